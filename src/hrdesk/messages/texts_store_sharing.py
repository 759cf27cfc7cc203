"""Messages about two programs (the window and a command line) using one store at once."""

from __future__ import annotations

from hrdesk.messages.text import Text

TEXTS: dict[str, Text] = {
    "store.busy": Text(
        "Another program (the window or a command) is saving to the store {path}; nothing "
        "was changed: try again in a moment",
        "Một chương trình khác (cửa sổ hoặc một lệnh) đang ghi vào kho dữ liệu {path}; "
        "chưa có gì thay đổi: hãy thử lại sau giây lát",
    ),
}
