"""What `hrdesk show agencies UID` prints of the agency's contributions to the periodic
report over past periods: the heading, the tally, and each period's line."""

from __future__ import annotations

from hrdesk.messages.text import Text

TEXTS: dict[str, Text] = {
    "agency_record.heading": Text(
        "Contributions to the report, by period", "Đóng góp báo cáo qua các kỳ"
    ),
    "agency_record.tally": Text(
        "In {periods} periods: {on_time} on time, {late} late, {missing} missing, "
        "{excused} excused",
        "Trong {periods} kỳ: {on_time} đúng hạn, {late} chậm, {missing} chưa gửi, "
        "{excused} được miễn",
    ),
    "agency_record.tally_waiting": Text("Not due yet: {waiting}", "Chưa đến hạn: {waiting}"),
    "agency_record.row": Text(
        "Period {period}: requested by {due}, received on {received} — {state}",
        "Kỳ {period}: hạn gửi {due}, nhận ngày {received} — {state}",
    ),
    "agency_record.row_not_received": Text(
        "Period {period}: requested by {due} — {state}",
        "Kỳ {period}: hạn gửi {due} — {state}",
    ),
    # the state of one period's contribution
    "agency_record.on_time": Text("On time", "Đúng hạn"),
    "agency_record.late": Text("Late by {days} days", "Chậm {days} ngày"),
    "agency_record.missing": Text("Missing", "Chưa gửi"),
    "agency_record.excused": Text("Excused", "Được miễn"),
    "agency_record.waiting": Text("Not due yet", "Chưa đến hạn"),
}
