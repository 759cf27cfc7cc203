"""Messages for a stick pulled out in the middle of a write."""

from __future__ import annotations

from hrdesk.messages.text import Text

TEXTS: dict[str, Text] = {
    "file.not_read_back": Text(
        "The file {name} was written to {folder} but is not there any more (was the stick "
        "pulled out?); nothing was left there. Plug the stick in again and export again",
        "Đã ghi {name} vào {folder} nhưng không còn thấy tệp ở đó (USB bị rút ra?); không "
        "để lại tệp nào ở đó. Hãy cắm lại USB rồi xuất lại",
    ),
}
