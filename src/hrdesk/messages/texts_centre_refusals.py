"""Why the central service refused a package, beyond the verifier's own findings
(central/receiving.py): kept as codes in its refusals table, read in the board's language."""

from __future__ import annotations

from hrdesk.messages.text import Text

TEXTS: dict[str, Text] = {
    "centre.no_office_registered": Text(
        "No office is registered here", "Ở đây chưa đăng ký văn phòng nào"
    ),
    "centre.packages_changed": Text(
        "The office's packages changed while this one was checked; send it again",
        "Các gói của văn phòng đã thay đổi trong khi kiểm tra gói này; hãy gửi lại",
    ),
    "centre.not_verified": Text("The package could not be checked", "Không kiểm tra được gói"),
    "centre.office_revoked": Text(
        "The office of {province} was revoked on {day}",
        "Văn phòng của {province} đã bị thu hồi ngày {day}",
    ),
    "centre.key_revoked": Text(
        "Key {key} was revoked on {day}", "Khóa {key} đã bị thu hồi ngày {day}"
    ),
    "centre.key_replaced": Text(
        "Key {key} was replaced on {replaced}; this package was made on {made}, after that",
        "Khóa {key} đã được thay ngày {replaced}; gói này được lập ngày {made}, sau ngày đó",
    ),
    "centre.replay": Text(
        "Package {uid} (number {sequence}) was already received (a replay)",
        "Gói {uid} (số {sequence}) đã được nhận trước đây (gửi lại)",
    ),
}
