"""Messages about the expected holidays the office removes or replaces."""

from __future__ import annotations

from hrdesk.messages.text import Text

TEXTS: dict[str, Text] = {
    "holidays.not_expected": Text(
        "The day {day} is not an expected holiday that can still be changed",
        "Ngày {day} không phải là ngày nghỉ dự kiến còn có thể thay đổi",
    ),
    "holidays.needs_announcement": Text(
        "Name the Government's announcement",
        "Chưa ghi thông báo của Chính phủ",
    ),
    "holidays.same_day": Text(
        "The announced day is the expected day itself",
        "Ngày theo thông báo trùng với ngày dự kiến",
    ),
    "holidays.new_day_weekend": Text(
        "The announced day off is a weekday",
        "Ngày nghỉ theo thông báo phải là một ngày làm việc trong tuần",
    ),
}
