"""Messages about the office's declared settings (`hrdesk settings`, Settings in the window)."""

from __future__ import annotations

from hrdesk.messages.text import Text

TEXTS: dict[str, Text] = {
    "settings.unknown": Text(
        "There is no setting '{key}'; the settings are: {keys}",
        "Không có cài đặt '{key}'; các cài đặt là: {keys}",
    ),
    "settings.out_of_range": Text(
        "{label} must be a whole number from {minimum} to {maximum}, not '{value}'",
        "{label} phải là số nguyên từ {minimum} đến {maximum}, không phải '{value}'",
    ),
    "settings.bad_value": Text(
        "{label} must be a {kind}, not '{value}'",
        "{label} phải là {kind}, không phải '{value}'",
    ),
    "settings.changed_elsewhere": Text(
        "{label} is not changed here: use {changed_with}",
        "{label} không thay đổi ở đây: hãy dùng {changed_with}",
    ),
}
