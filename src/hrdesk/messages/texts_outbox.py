"""Messages of the outbox: connecting to the centre, sending, and the centre's receipts."""

from __future__ import annotations

from hrdesk.messages.text import Text

_CENTRE_SAID = " The centre said: {reason}"
_CENTRE_SAID_VI = " Trung tâm trả lời: {reason}"


def _refused(en: str, vi: str) -> Text:
    return Text(
        f"The centre refused package {{sequence}}: {en}.{_CENTRE_SAID}",
        f"Trung tâm từ chối gói {{sequence}}: {vi}.{_CENTRE_SAID_VI}",
    )


TEXTS: dict[str, Text] = {
    "outbox.url_not_web": Text(
        "The address {url} is not that of a web service (https://…)",
        "Địa chỉ {url} không phải là địa chỉ của một dịch vụ web (https://…)",
    ),
    "outbox.url_needs_https": Text(
        "The centre must be reached over https: {url} would send packages unencrypted",
        "Phải kết nối tới trung tâm bằng https: {url} sẽ gửi gói báo cáo không được mã hóa",
    ),
    "outbox.key_needed": Text(
        "Give the centre's public key file (CENTRE.pub)",
        "Hãy chọn tệp khóa công khai của trung tâm (CENTRE.pub)",
    ),
    "outbox.key_not_valid": Text(
        "The centre's key is not a public key: {reason}",
        "Khóa của trung tâm không phải là khóa công khai: {reason}",
    ),
    "outbox.key_unreadable": Text(
        "The key file {path} cannot be read: {reason}",
        "Không đọc được tệp khóa {path}: {reason}",
    ),
    "outbox.ca_not_valid": Text(
        "The certificate to trust is not a PEM certificate: {reason}",
        "Chứng thư cần tin cậy không phải là chứng thư PEM: {reason}",
    ),
    "outbox.proxy_not_valid": Text(
        "The proxy {proxy} is not a proxy address (http://host:port)",
        "Proxy {proxy} không phải là địa chỉ proxy (http://máy:cổng)",
    ),
    "outbox.not_connected": Text(
        "This office is not connected to a central service: an administrator runs "
        "`hrdesk outbox connect --url … --key CENTRE.pub` (or Settings → Central office)",
        "Văn phòng chưa kết nối với dịch vụ của trung tâm: quản trị viên chạy "
        "`hrdesk outbox connect --url … --key CENTRE.pub` (hoặc Cài đặt → Trung tâm)",
    ),
    "outbox.not_our_package": Text(
        "The file {path} is not a package of this office's ledger",
        "Tệp {path} không phải là gói báo cáo có trong sổ của văn phòng này",
    ),
    "outbox.centre_busy": Text(
        "The centre is busy or down (HTTP {status}); it will be tried again",
        "Trung tâm đang bận hoặc ngừng hoạt động (HTTP {status}); sẽ gửi lại sau",
    ),
    "outbox.not_the_service": Text(
        "The address answered HTTP {status}: is it the centre's service, and the proxy "
        "right? Check Settings → Central office; it will be tried again",
        "Địa chỉ trả lời HTTP {status}: đó có đúng là dịch vụ của trung tâm và proxy có đúng "
        "không? Hãy kiểm tra Cài đặt → Trung ương; sẽ gửi lại sau",
    ),
    "outbox.unreachable": Text(
        "The centre cannot be reached; it will be tried again ({reason})",
        "Không kết nối được tới trung tâm; sẽ gửi lại sau ({reason})",
    ),
    "outbox.connection_lost": Text(
        "The connection to the centre was lost; the upload will go on from where it stopped "
        "({reason})",
        "Mất kết nối tới trung tâm; lần sau sẽ gửi tiếp từ chỗ đã dừng ({reason})",
    ),
    "outbox.proxy_failed": Text(
        "The proxy did not pass the request on: {reason}",
        "Máy chủ proxy không chuyển tiếp yêu cầu: {reason}",
    ),
    "outbox.certificate_refused": Text(
        "The centre's certificate is not trusted, so nothing was sent: {reason}",
        "Chứng thư của trung tâm không được tin cậy nên chưa gửi gì: {reason}",
    ),
    "outbox.upload_forgotten": Text(
        "The centre no longer holds the upload; it will be sent again",
        "Trung tâm không còn giữ phần đã gửi; gói sẽ được gửi lại",
    ),
    "outbox.no_receipt_yet": Text(
        "The package was sent but the centre has no receipt for it yet",
        "Đã gửi gói nhưng trung tâm chưa có biên nhận",
    ),
    "outbox.stopped": Text("Sending was stopped", "Đã dừng gửi"),
    "outbox.refused.zip": _refused("the zip file is damaged", "tệp zip bị hỏng"),
    "outbox.refused.bag": _refused("the package's layout is wrong", "cấu trúc gói không đúng"),
    "outbox.refused.signature": _refused(
        "its signature was not accepted (is this office registered at the centre?)",
        "chữ ký không được chấp nhận (văn phòng đã được đăng ký tại trung tâm chưa?)",
    ),
    "outbox.refused.bag-info": _refused(
        "its description (bag-info) is wrong", "phần mô tả gói (bag-info) không đúng"
    ),
    "outbox.refused.payload": _refused(
        "its files do not match their hashes", "các tệp trong gói không khớp mã băm"
    ),
    "outbox.refused.chain": _refused(
        "it does not follow the office's earlier packages",
        "gói không nối tiếp các gói trước của văn phòng",
    ),
    "outbox.refused.key": _refused(
        "the office key that signed it is revoked or replaced",
        "khóa văn phòng đã ký gói đã bị thu hồi hoặc thay thế",
    ),
    "outbox.refused.package": _refused("it could not be checked", "không kiểm tra được gói"),
    "outbox.refused.http": _refused("the request was refused", "yêu cầu bị từ chối"),
    "outbox.refused.other": Text(
        f"The centre refused package {{sequence}} ({{check}}).{_CENTRE_SAID}",
        f"Trung tâm từ chối gói {{sequence}} ({{check}}).{_CENTRE_SAID_VI}",
    ),
    "receipt.signature_unreadable": Text(
        "The receipt's signature cannot be read: {reason}",
        "Không đọc được chữ ký của biên nhận: {reason}",
    ),
    "receipt.other_key": Text(
        "The receipt is signed with key {signed}, not with the centre's pinned key {pinned}",
        "Biên nhận được ký bằng khóa {signed}, không phải khóa đã ghim của trung tâm {pinned}",
    ),
    "receipt.not_verified": Text(
        "The receipt's signature does not match its text: {reason}",
        "Chữ ký không khớp với nội dung biên nhận: {reason}",
    ),
    "receipt.not_json": Text(
        "This is not an HR Desk receipt", "Đây không phải là biên nhận của HR Desk"
    ),
    "receipt.comment_disagrees": Text(
        "The receipt's signed comment names another package",
        "Chú thích đã ký của biên nhận nêu một gói khác",
    ),
    "receipt.other_package": Text(
        "The receipt is for package {named}, not for package {expected}",
        "Biên nhận dành cho gói {named}, không phải gói {expected}",
    ),
    "receipt.not_ours": Text(
        "The receipt names package {named}, which this office did not send",
        "Biên nhận nêu gói {named}, không phải gói văn phòng này đã gửi",
    ),
    "receipt.hash_differs": Text(
        "The receipt is for other bytes ({named}…) than package {sequence} sent ({sent}…)",
        "Biên nhận dành cho nội dung khác ({named}…) với gói {sequence} đã gửi ({sent}…)",
    ),
    "receipt.no_centre": Text(
        "No centre key is pinned, so the receipt cannot be checked: connect to the centre "
        "first (`hrdesk outbox connect`)",
        "Chưa ghim khóa của trung tâm nên không kiểm tra được biên nhận: hãy kết nối với "
        "trung tâm trước (`hrdesk outbox connect`)",
    ),
    "receipt.file_missing": Text("The file {path} does not exist", "Không có tệp {path}"),
    "receipt.file_unreadable": Text(
        "The receipt {path} cannot be read: {reason}", "Không đọc được biên nhận {path}: {reason}"
    ),
}
