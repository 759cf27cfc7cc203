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
}
