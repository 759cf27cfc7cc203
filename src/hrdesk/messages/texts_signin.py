"""Messages about signing in, officer accounts and profiles."""

from __future__ import annotations

from hrdesk.messages.text import Text

TEXTS: dict[str, Text] = {
    "signin.wrong_password": Text(
        "The officer name or the password is not right",
        "Tên cán bộ hoặc mật khẩu không đúng",
    ),
    "signin.try_later": Text(
        "Too many wrong passwords: try again in {seconds} seconds",
        "Nhập sai mật khẩu quá nhiều lần: hãy thử lại sau {seconds} giây",
    ),
    "signin.bad_username": Text(
        "Use 2 to 40 lower-case letters, digits, dots, dashes or underscores",
        "Tên tài khoản gồm 2 đến 40 ký tự: chữ thường không dấu, chữ số, dấu chấm, "
        "gạch ngang hoặc gạch dưới",
    ),
    "signin.password_too_short": Text(
        "The password must be at least {minimum} characters",
        "Mật khẩu phải có ít nhất {minimum} ký tự",
    ),
    "signin.passwords_differ": Text(
        "The two passwords differ", "Hai lần nhập mật khẩu không khớp nhau"
    ),
    "signin.which_account": Text(
        "This profile has {count} officer accounts: say which (HRDESK_USER)",
        "Hồ sơ này có {count} tài khoản cán bộ: hãy chọn một (HRDESK_USER)",
    ),
    "signin.nobody_signed_in": Text("No officer is signed in", "Chưa có cán bộ nào đăng nhập"),
    "signin.change_needs_officer": Text(
        "A change to the store needs a signed-in officer",
        "Muốn thay đổi dữ liệu cần có cán bộ đăng nhập",
    ),
    "signin.no_keyring": Text(
        "This computer has no working keyring to remember the sign-in: {reason}",
        "Máy tính này không có kho khóa (keyring) hoạt động để ghi nhớ đăng nhập: {reason}",
    ),
    "signin.keyring_forgot": Text(
        "This computer's keyring did not keep the sign-in; it is not remembered",
        "Kho khóa (keyring) của máy không lưu được đăng nhập; đăng nhập không được ghi nhớ",
    ),
    "account.no_such_account": Text(
        "There is no account '{username}'", "Không có tài khoản '{username}'"
    ),
    "account.exists": Text(
        "The account '{username}' already exists", "Tài khoản '{username}' đã có"
    ),
    "account.disabled": Text(
        "The account '{username}' is disabled", "Tài khoản '{username}' đã bị khóa"
    ),
    "account.last_admin": Text(
        "The office needs at least one administrator",
        "Văn phòng cần có ít nhất một quản trị viên",
    ),
    "account.disable_self": Text(
        "You cannot disable your own account", "Không thể tự khóa tài khoản của chính mình"
    ),
    "account.same_password": Text(
        "The new password is the same as the old one", "Mật khẩu mới trùng với mật khẩu cũ"
    ),
    "profile.exists": Text(
        "There is already an HR Desk profile at {path}", "Đã có hồ sơ HR Desk tại {path}"
    ),
    "profile.missing": Text(
        "There is no HR Desk profile at {path}", "Không có hồ sơ HR Desk tại {path}"
    ),
    "profile.not_writable": Text(
        "The profile folder {path} is not writable: {reason}",
        "Không ghi được vào thư mục hồ sơ {path}: {reason}",
    ),
}
