"""Messages only the command line gives."""

from __future__ import annotations

from hrdesk.messages.text import Text

TEXTS: dict[str, Text] = {
    "cli.no_profile": Text(
        "There is no HR Desk profile at {path}: run `hrdesk init` or `hrdesk demo`",
        "Không có hồ sơ HR Desk tại {path}: hãy chạy `hrdesk init` hoặc `hrdesk demo`",
    ),
    "cli.password_needed": Text(
        "Set {variable} or run in a terminal",
        "Hãy đặt biến môi trường {variable} hoặc chạy trong cửa sổ dòng lệnh",
    ),
    "cli.not_confirmed": Text("Not confirmed; nothing was done", "Chưa xác nhận; chưa làm gì"),
    "cli.personal_data_needs_yes": Text(
        "Including personal data needs --yes (or an answer at a terminal)",
        "Muốn đưa thông tin cá nhân vào gói cần thêm --yes (hoặc trả lời tại cửa sổ dòng lệnh)",
    ),
    "cli.replace_key_needs_yes": Text(
        "Replacing the office key needs --yes (or an answer at a terminal)",
        "Muốn thay khóa của văn phòng cần thêm --yes (hoặc trả lời tại cửa sổ dòng lệnh)",
    ),
    "cli.restore_needs_yes": Text(
        "Add --yes to restore without a question",
        "Thêm --yes để khôi phục mà không cần hỏi lại",
    ),
    "cli.verify_needs_key": Text(
        "Give the sending office's public key: --key FILE.pub",
        "Hãy cho khóa công khai của văn phòng gửi: --key TỆP.pub",
    ),
    "central.passphrase_needed": Text(
        "The centre key needs a passphrase here (no keyring): set {env}",
        "Khóa của trung tâm cần mật khẩu bảo vệ (máy không có kho khóa): hãy đặt biến {env}",
    ),
    "central.passphrases_differ": Text(
        "The two passphrases differ", "Hai lần nhập mật khẩu bảo vệ khóa không khớp nhau"
    ),
    "central.extra_missing": Text(
        "The central service needs its extra ({missing} missing): pip install 'hrdesk[central]'",
        "Dịch vụ trung tâm cần cài thêm thư viện (thiếu {missing}): pip install 'hrdesk[central]'",
    ),
    "central.not_a_file": Text("Not a file: {path}", "Không phải là tệp: {path}"),
    "central.not_a_folder": Text(
        "Not a folder: {path} (is the stick plugged in?)",
        "Không phải là thư mục: {path} (đã cắm USB chưa?)",
    ),
    "central.no_office": Text(
        "No office with id {office}", "Không có cơ quan nào mang mã {office}"
    ),
    "central.password_needed": Text(
        "Set {env} or run in a terminal", "Hãy đặt biến {env} hoặc chạy trong cửa sổ dòng lệnh"
    ),
    "central.passwords_differ": Text(
        "The two passwords differ", "Hai lần nhập mật khẩu không khớp nhau"
    ),
}
