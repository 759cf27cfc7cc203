"""Messages for faults met while the store is copied, restored or upgraded: a full disk,
a restore interrupted by a crash, a target that vanished mid-write."""

from __future__ import annotations

from hrdesk.messages.text import Text

TEXTS: dict[str, Text] = {
    "restore.no_space": Text(
        "There is not enough free space in {folder} to keep a copy of the current store "
        "before the restore: it needs {needed} MB and leaves {reserve} MB free, but only "
        "{free} MB is free; nothing was changed",
        "Không đủ dung lượng trống trong {folder} để giữ một bản của kho dữ liệu hiện tại "
        "trước khi khôi phục: cần {needed} MB và giữ lại {reserve} MB trống, nhưng chỉ còn "
        "{free} MB; chưa thay đổi gì",
    ),
    "upgrade.no_space": Text(
        "There is not enough free space in {folder} for the copy of the store taken before "
        "it is upgraded: it needs {needed} MB and leaves {reserve} MB free, but only {free} "
        "MB is free; the store was not upgraded. Free some space and open it again",
        "Không đủ dung lượng trống trong {folder} để sao chép kho dữ liệu trước khi nâng "
        "cấp: cần {needed} MB và giữ lại {reserve} MB trống, nhưng chỉ còn {free} MB; kho "
        "dữ liệu chưa được nâng cấp. Hãy giải phóng dung lượng rồi mở lại",
    ),
    "restore.journal_unreadable": Text(
        "A restore was interrupted and its note {path} cannot be read; nothing was "
        "changed. Ask the administrator to check the disk",
        "Một lần khôi phục bị gián đoạn và không đọc được ghi chú {path} của nó; chưa thay "
        "đổi gì. Hãy báo quản trị viên kiểm tra ổ đĩa",
    ),
}
