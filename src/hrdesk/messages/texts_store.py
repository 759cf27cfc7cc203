"""Messages about the store, its key file and its backups."""

from __future__ import annotations

from hrdesk.messages.text import Text

TEXTS: dict[str, Text] = {
    "store.unreadable": Text(
        "The store {path} cannot be read: it is damaged, or encrypted with another key",
        "Không đọc được kho dữ liệu {path}: tệp bị hỏng hoặc được mã hóa bằng khóa khác",
    ),
    "store.in_use": Text(
        "The store {path} is in use by another program; close it first",
        "Kho dữ liệu {path} đang được chương trình khác sử dụng; hãy đóng chương trình đó trước",
    ),
    "store.cannot_open": Text(
        "The store {path} cannot be opened: {reason}",
        "Không mở được kho dữ liệu {path}: {reason}",
    ),
    "store.newer_version": Text(
        "This store was written by a newer version of HR Desk (schema {revision}); "
        "install that version to open it",
        "Kho dữ liệu này do phiên bản HR Desk mới hơn ghi (lược đồ {revision}); "
        "hãy cài phiên bản đó để mở",
    ),
    "store.encrypt_needs_account": Text(
        "The store is not encrypted but this profile has officer accounts; sign in as one "
        "of them ({usernames}) to encrypt it",
        "Kho dữ liệu chưa được mã hóa nhưng hồ sơ đã có tài khoản cán bộ; hãy đăng nhập "
        "bằng một tài khoản ({usernames}) để mã hóa",
    ),
    "store.encrypted_copy_bad": Text(
        "The encrypted copy of the store did not verify; nothing was changed",
        "Bản sao đã mã hóa của kho dữ liệu không khớp; chưa có gì thay đổi",
    ),
    "store.keyfile_unreadable": Text(
        "The key file {path} cannot be read: {reason}",
        "Không đọc được tệp khóa {path}: {reason}",
    ),
    "store.keyfile_unknown": Text(
        "The key file {path} is not one HR Desk can read",
        "Tệp khóa {path} không phải loại HR Desk đọc được",
    ),
    "store.audit_append_only": Text(
        "The audit log is append-only: its entries cannot be changed",
        "Nhật ký thao tác chỉ được ghi thêm: không thể sửa các mục đã ghi",
    ),
    "backup.damaged": Text("The file {name} is damaged", "Tệp {name} bị hỏng"),
    "backup.copy_differs": Text(
        "The copy written to {path} does not match the store",
        "Bản sao ghi ra {path} không khớp với kho dữ liệu",
    ),
    "backup.not_written": Text(
        "The backup could not be written to {folder}: {reason}",
        "Không ghi được bản sao lưu vào {folder}: {reason}",
    ),
    "backup.not_read_back": Text(
        "The backup {path} cannot be read back: {reason}",
        "Không đọc lại được bản sao lưu {path}: {reason}",
    ),
    "backup.read_back_wrong": Text(
        "The backup {path} did not read back correctly ({reason})",
        "Bản sao lưu {path} đọc lại không đúng ({reason})",
    ),
    "backup.not_a_backup": Text(
        "The file {name} is not an HR Desk backup", "Tệp {name} không phải là bản sao lưu HR Desk"
    ),
    "backup.did_not_verify": Text(
        "The backup {name} did not verify", "Bản sao lưu {name} không vượt qua kiểm tra"
    ),
    "backup.no_keys": Text(
        "The file {name} holds no keys: it cannot be opened here",
        "Tệp {name} không chứa khóa: không mở được ở đây",
    ),
    "backup.content_differs": Text(
        "The file {name} is damaged: its content does not match its record",
        "Tệp {name} bị hỏng: nội dung không khớp với thông tin ghi kèm",
    ),
    "backup.restore_needs_admin": Text(
        "Only an administrator of the backed-up store may restore it",
        "Chỉ quản trị viên của kho dữ liệu đã sao lưu mới được khôi phục",
    ),
    "backup.open_elsewhere": Text(
        "HR Desk has the profile {path} open in another window or command: "
        "close it, then restore again",
        "HR Desk đang mở hồ sơ {path} ở một cửa sổ hoặc lệnh khác: hãy đóng lại rồi "
        "khôi phục lần nữa",
    ),
}
