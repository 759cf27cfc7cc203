"""Messages for a write or a read the disk refused (a full or damaged stick)."""

from __future__ import annotations

from hrdesk.messages.text import Text

TEXTS: dict[str, Text] = {
    "file.not_written": Text(
        "The file {name} could not be written to {folder}: {reason}; nothing was left there",
        "Không ghi được {name} vào {folder}: {reason}; không để lại tệp nào ở đó",
    ),
    "backup.checksums_wrong": Text(
        "The backup {name} is damaged (its contents do not match their checksums); "
        "nothing was changed. Use another copy",
        "Bản sao lưu {name} bị hỏng (nội dung không khớp mã kiểm tra); chưa thay đổi gì. "
        "Hãy dùng một bản sao lưu khác",
    ),
}
