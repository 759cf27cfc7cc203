"""Messages about minisign keys and signature files."""

from __future__ import annotations

from hrdesk.messages.text import Text

TEXTS: dict[str, Text] = {
    "minisign.not_base64": Text(
        "{label} is not valid base64", "{label} không phải là chuỗi base64 hợp lệ"
    ),
    "minisign.wrong_form": Text(
        "{label} has the wrong length or form", "{label} có độ dài hoặc dạng không đúng"
    ),
    "minisign.not_public_key": Text(
        "Not a minisign public key: expected one base64 line",
        "Không phải khóa công khai minisign: cần đúng một dòng base64",
    ),
    "minisign.not_ed25519": Text(
        "Not an Ed25519 minisign public key", "Không phải khóa công khai minisign Ed25519"
    ),
    "minisign.not_one_line": Text("{label} must be one line", "{label} phải nằm trên một dòng"),
    "minisign.too_long": Text(
        "{label} is too long for minisign", "{label} quá dài so với giới hạn của minisign"
    ),
    "minisign.four_lines": Text(
        "A minisign signature file has exactly four lines",
        "Tệp chữ ký minisign phải có đúng bốn dòng",
    ),
    "minisign.no_comments": Text(
        "The signature file's comment lines are missing",
        "Tệp chữ ký thiếu các dòng chú thích",
    ),
    "minisign.not_prehashed": Text(
        "Only prehashed (ED) signatures are accepted",
        "Chỉ chấp nhận chữ ký dạng băm trước (ED)",
    ),
    "minisign.other_key": Text(
        "Signed with key {signed}, not with {expected}",
        "Được ký bằng khóa {signed}, không phải khóa {expected}",
    ),
    "minisign.no_match": Text(
        "The signature does not match the signed file",
        "Chữ ký không khớp với tệp được ký",
    ),
    "minisign.comment_no_match": Text(
        "The trusted comment's signature does not match",
        "Chữ ký của chú thích tin cậy không khớp",
    ),
    "key.id_taken": Text(
        "Another key with the id {key_id} is already trusted",
        "Đã tin cậy một khóa khác có cùng mã {key_id}",
    ),
    "key.file_not_v1": Text(
        "The key file {path} is not a version 1 office key file",
        "Tệp khóa {path} không phải là tệp khóa văn phòng phiên bản 1",
    ),
    "key.none_yet": Text("This office has no signing key yet", "Văn phòng chưa có khóa ký"),
    "key.secret_not_in_keyring": Text(
        "The secret half of the office key {key_id} is not in this computer's keyring "
        "(another user account, or the keyring was reset): an administrator can replace "
        "the key (`hrdesk key replace --yes`)",
        "Phần bí mật của khóa văn phòng {key_id} không có trong kho khóa của máy này "
        "(tài khoản người dùng khác, hoặc kho khóa đã bị đặt lại): quản trị viên có thể "
        "thay khóa (`hrdesk key replace --yes`)",
    ),
    "key.halves_differ": Text(
        "The office key {key_id} does not match its public half",
        "Khóa văn phòng {key_id} không khớp với phần khóa công khai của nó",
    ),
}
