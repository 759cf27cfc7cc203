"""Messages about report packages and the office's signing key."""

from __future__ import annotations

from hrdesk.messages.text import Text

TEXTS: dict[str, Text] = {
    "package.not_a_folder": Text(
        "Not a folder (is the stick plugged in?): {path}",
        "Không phải là thư mục (đã cắm USB chưa?): {path}",
    ),
    "package.exists": Text(
        "There is already a {path}; choose another folder", "Đã có {path}; hãy chọn thư mục khác"
    ),
    "package.folder_full": Text(
        "The folder {folder} is full: the package needs {size} bytes; "
        "free some space or use another stick",
        "Thư mục {folder} đã đầy: gói cần {size} byte; hãy giải phóng chỗ trống hoặc dùng USB khác",
    ),
    "package.folder_read_only": Text(
        "The folder {folder} is read-only (is the stick locked?)",
        "Thư mục {folder} chỉ đọc (USB có bị khóa ghi không?)",
    ),
    "package.folder_no_permission": Text(
        "No permission to write in {folder}", "Không có quyền ghi vào {folder}"
    ),
    "package.folder_gone": Text(
        "The folder {folder} went away while writing (was the stick removed?)",
        "Thư mục {folder} biến mất trong khi ghi (USB bị rút ra?)",
    ),
    "package.path_too_long": Text(
        "The path in {folder} is too long for Windows: choose a folder nearer the drive",
        "Đường dẫn trong {folder} quá dài đối với Windows: hãy chọn thư mục gần gốc ổ đĩa hơn",
    ),
    "package.file_in_use": Text(
        "Another program is using the file in {folder}: close it and try again",
        "Một chương trình khác đang dùng tệp trong {folder}: hãy đóng nó rồi thử lại",
    ),
    "package.not_written": Text(
        "The package could not be written to {folder}: {reason}",
        "Không ghi được gói vào {folder}: {reason}",
    ),
    "package.read_back_differs": Text(
        "The package written to {folder} does not read back as written ({reason}); "
        "the stick may be faulty: use another one",
        "Gói đã ghi vào {folder} đọc lại không đúng như đã ghi ({reason}); "
        "USB có thể bị lỗi: hãy dùng USB khác",
    ),
    "package.bad_status_change": Text(
        "A package that is {current:lower} cannot become {wanted:lower}",
        "Gói đang ở trạng thái {current:lower} không thể chuyển sang {wanted:lower}",
    ),
    "key.passphrase_needed": Text(
        "A passphrase is needed to protect the office key",
        "Cần có cụm mật khẩu để bảo vệ khóa của văn phòng",
    ),
    "key.no_keyring": Text(
        "This computer has no working keyring: give a passphrase to protect the "
        "office key (HRDESK_KEY_PASSPHRASE on the command line)",
        "Máy tính này không có kho khóa (keyring) hoạt động: hãy cho một cụm mật khẩu để "
        "bảo vệ khóa của văn phòng (HRDESK_KEY_PASSPHRASE trên dòng lệnh)",
    ),
    "key.passphrase_protected": Text(
        "The office key is protected by a passphrase on this computer: give it "
        "(HRDESK_KEY_PASSPHRASE on the command line)",
        "Trên máy này khóa của văn phòng được bảo vệ bằng cụm mật khẩu: hãy nhập cụm mật "
        "khẩu đó (HRDESK_KEY_PASSPHRASE trên dòng lệnh)",
    ),
    "key.wrong_passphrase": Text(
        "The passphrase for the office key is not right",
        "Cụm mật khẩu của khóa văn phòng không đúng",
    ),
    "key.passphrase_too_short": Text(
        "The office key's passphrase must be at least {minimum} characters",
        "Cụm mật khẩu của khóa văn phòng phải có ít nhất {minimum} ký tự",
    ),
    "key.wrapped_unreadable": Text(
        "The wrapped office key cannot be read: {reason}",
        "Không đọc được khóa văn phòng đã bọc: {reason}",
    ),
    "key.file_unreadable": Text(
        "The key file {path} cannot be read: {reason}", "Không đọc được tệp khóa {path}: {reason}"
    ),
    "work.cancelled": Text("Cancelled", "Đã hủy"),
}
