"""Messages about backups and the disk: free space, the automatic backups' budget."""

from __future__ import annotations

from hrdesk.messages.text import Text

TEXTS: dict[str, Text] = {
    "backup.no_space": Text(
        "There is not enough free space in {folder} for the backup: it needs {needed} MB "
        "and leaves {reserve} MB free, but only {free} MB is free; nothing was written",
        "Không đủ dung lượng trống trong {folder} để sao lưu: cần {needed} MB và giữ lại "
        "{reserve} MB trống, nhưng chỉ còn {free} MB; chưa ghi gì",
    ),
    "backup.budget_dropped": Text(
        "To stay within the {budget} MB set for automatic backups, {count} older copies "
        "were removed (made {dates}); {kept} are kept",
        "Để không vượt quá {budget} MB dành cho sao lưu tự động, đã xóa {count} bản sao "
        "lưu cũ (tạo lúc {dates}); còn giữ {kept} bản",
    ),
    "backup.budget_too_small": Text(
        "The newest automatic backup alone takes {size} MB, more than the {budget} MB set "
        "for automatic backups; it is kept. Raise the limit (setting backups.budget_mb)",
        "Riêng bản sao lưu tự động mới nhất đã chiếm {size} MB, vượt quá {budget} MB dành "
        "cho sao lưu tự động; bản này vẫn được giữ. Hãy tăng giới hạn (cài đặt "
        "backups.budget_mb)",
    ),
}
