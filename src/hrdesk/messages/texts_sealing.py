"""Messages about sealed packages: personal data encrypted to the centre's recipient key."""

from __future__ import annotations

from hrdesk.messages.text import Text

TEXTS: dict[str, Text] = {
    "outbox.refused.sealed": Text(
        "The centre refused package {sequence}: it cannot open it (sealed to another "
        "recipient key? connect again with the centre's current one). The centre said: {reason}",
        "Trung tâm từ chối gói {sequence}: trung tâm không mở được gói (gói được mã hóa bằng "
        "khóa nhận khác? hãy kết nối lại với khóa nhận hiện tại của trung tâm). "
        "Trung tâm trả lời: {reason}",
    ),
    "sealing.recipient_expected": Text(
        "Give the centre's recipient key: one line starting with age1…",
        "Hãy nhập khóa nhận của trung tâm: một dòng bắt đầu bằng age1…",
    ),
    "sealing.recipient_not_valid": Text(
        "The centre's recipient key is not a valid age key: {reason}",
        "Khóa nhận của trung tâm không phải là khóa age hợp lệ: {reason}",
    ),
    "sealing.identity_expected": Text(
        "The key file holds no secret key (a line starting with AGE-SECRET-KEY-1…)",
        "Tệp khóa không chứa khóa bí mật (một dòng bắt đầu bằng AGE-SECRET-KEY-1…)",
    ),
    "sealing.identity_not_valid": Text(
        "The secret key is not a valid age key: {reason}",
        "Khóa bí mật không phải là khóa age hợp lệ: {reason}",
    ),
    "sealing.no_recipient": Text(
        "A package with personal data is sealed for the centre, and this office has no "
        "recipient key of the centre: connect to the centre with its recipient key first "
        "(hrdesk outbox connect --recipient …)",
        "Gói có dữ liệu cá nhân phải được mã hóa cho trung tâm, nhưng văn phòng chưa có khóa "
        "nhận của trung tâm: hãy kết nối tới trung tâm kèm khóa nhận trước "
        "(hrdesk outbox connect --recipient …)",
    ),
    "sealing.cannot_open": Text(
        "The sealed package {path} cannot be opened with this key "
        "(it was sealed for another key, or it is damaged): {reason}",
        "Không mở được gói đã mã hóa {path} bằng khóa này "
        "(gói được mã hóa cho khóa khác, hoặc đã bị hỏng): {reason}",
    ),
    "sealing.needs_identity": Text(
        "The package {path} is sealed for the centre: only the centre's secret key "
        "opens it (--identity FILE)",
        "Gói {path} đã được mã hóa cho trung tâm: chỉ khóa bí mật của trung tâm mở được "
        "(--identity TỆP)",
    ),
    "sealing.identity_unreadable": Text(
        "The secret key file {path} cannot be read: {reason}",
        "Không đọc được tệp khóa bí mật {path}: {reason}",
    ),
    "sealing.for_the_centre": Text(
        "The package {path} is sealed for the central office (it holds personal data): "
        "only the centre "
        "opens and keeps it",
        "Gói {path} đã được mã hóa cho trung tâm (có dữ liệu cá nhân): chỉ trung tâm mở và lưu "
        "được gói này",
    ),
}
