"""The central service's own words (src/hrdesk/central/, `hrdesk central …`): its keys,
offices, board accounts, what its commands print and what they ask at a terminal."""

from __future__ import annotations

from hrdesk.messages.text import Text

TEXTS: dict[str, Text] = {
    # The centre's keys (central/centre_key.py, central/recipient_key.py).
    "centre.key_file_unreadable": Text(
        "The centre key file {path} cannot be read: {reason}",
        "Không đọc được tệp khóa của trung tâm {path}: {reason}",
    ),
    "centre.key_not_in_keyring": Text(
        "The secret half of the centre key {key} is not in this computer's keyring",
        "Phần bí mật của khóa trung tâm {key} không có trong kho khóa của máy này",
    ),
    "centre.key_mismatch": Text(
        "The centre key {key} does not match its public half",
        "Khóa trung tâm {key} không khớp với phần công khai của nó",
    ),
    "centre.no_keyring": Text(
        "This server has no working keyring: give a passphrase for the centre key ({env})",
        "Máy chủ này không có kho khóa dùng được: hãy cho mật khẩu bảo vệ khóa trung tâm ({env})",
    ),
    "centre.passphrase_too_short": Text(
        "The centre key's passphrase must have at least {count} characters",
        "Mật khẩu bảo vệ khóa trung tâm phải có ít nhất {count} ký tự",
    ),
    "centre.recipient_file_unreadable": Text(
        "The centre's recipient key file {path} cannot be read: {reason}",
        "Không đọc được tệp khóa nhận của trung tâm {path}: {reason}",
    ),
    "centre.recipient_not_in_keyring": Text(
        "The centre's recipient key {recipient} is not in this computer's keyring",
        "Khóa nhận {recipient} của trung tâm không có trong kho khóa của máy này",
    ),
    "centre.recipient_mismatch": Text(
        "The centre's recipient key {recipient} does not match its secret",
        "Khóa nhận {recipient} của trung tâm không khớp với phần bí mật của nó",
    ),
    # Offices and their keys (central/offices.py).
    "centre.province_needed": Text(
        "Give the office's province (--province), one of the 34 provinces",
        "Hãy cho biết tỉnh, thành phố của văn phòng (--province), một trong 34 tỉnh, thành phố",
    ),
    "centre.key_id_taken": Text(
        "Another key with the id {key} is registered",
        "Đã đăng ký một khóa khác mang mã {key}",
    ),
    "centre.key_of_another_province": Text(
        "This key is registered for {registered}, not {province}",
        "Khóa này đã được đăng ký cho {registered}, không phải {province}",
    ),
    "centre.office_has_no_key": Text(
        "Office {office} has no key {key}", "Văn phòng {office} không có khóa {key}"
    ),
    # Accounts of the board (central/users.py).
    "centre.account_name_needed": Text(
        "Give the officer's account name", "Hãy cho tên đăng nhập của cán bộ"
    ),
    "centre.role_unknown": Text("The role is one of {roles}", "Vai trò là một trong {roles}"),
    "centre.password_too_short": Text(
        "The password must have at least {count} characters",
        "Mật khẩu phải có ít nhất {count} ký tự",
    ),
    "centre.account_taken": Text("There is already an account {name}", "Đã có tài khoản {name}"),
    # The database (central/database.py).
    "centre.database_unsupported": Text(
        "Unsupported database {backend}: use SQLite or PostgreSQL",
        "Không dùng được cơ sở dữ liệu {backend}: hãy dùng SQLite hoặc PostgreSQL",
    ),
    # What `hrdesk central …` asks at a terminal.
    "prompt.centre_passphrase": Text(
        "Passphrase for the centre key:", "Mật khẩu bảo vệ khóa trung tâm:"
    ),
    # What `hrdesk central …` prints.
    "said.centre_serving": Text(
        "HR Desk central: {url} (data {data}, key {key})",
        "HR Desk trung tâm: {url} (dữ liệu {data}, khóa {key})",
    ),
    "said.centre_office_added": Text(
        "Added: office {office}, {province}, {name}, key {key} ({fingerprint})",
        "Đã thêm: văn phòng {office}, {province}, {name}, khóa {key} ({fingerprint})",
    ),
    "said.centre_office_rotated": Text(
        "New key: office {office}, {province}, {name}, key {key} ({fingerprint})",
        "Đã thay khóa: văn phòng {office}, {province}, {name}, khóa {key} ({fingerprint})",
    ),
    "said.centre_office_unchanged": Text(
        "Unchanged: office {office}, {province}, {name}",
        "Không thay đổi: văn phòng {office}, {province}, {name}",
    ),
    "said.centre_office_revoked_on": Text("Revoked {day}", "Đã thu hồi ngày {day}"),
    "said.centre_key_state_active": Text("In use", "Đang dùng"),
    "said.centre_key_state_retired": Text("Replaced", "Đã thay"),
    "said.centre_key_state_revoked": Text("Revoked", "Đã thu hồi"),
    "said.centre_revoked_office": Text(
        "Revoked every key of office {office}, {province}",
        "Đã thu hồi mọi khóa của văn phòng {office}, {province}",
    ),
    "said.centre_revoked_key": Text(
        "Revoked key {key} of office {office}, {province}",
        "Đã thu hồi khóa {key} của văn phòng {office}, {province}",
    ),
    "said.centre_key_written": Text(
        "Centre key {key} written to {path}, fingerprint {fingerprint}",
        "Đã ghi khóa trung tâm {key} vào {path}, dấu vân tay {fingerprint}",
    ),
    "said.centre_recipient_written": Text(
        "Recipient key {recipient} written to {path}",
        "Đã ghi khóa nhận {recipient} vào {path}",
    ),
    "said.centre_identity_written": Text(
        "The recipient key's secret half written to {path}: keep it at the centre",
        "Đã ghi phần bí mật của khóa nhận vào {path}: chỉ giữ tại trung tâm",
    ),
    "said.centre_not_a_file": Text("Not a file: {name}", "Không phải là tệp: {name}"),
    "said.centre_too_large": Text(
        "Refused {name}: larger than the service accepts",
        "Từ chối {name}: lớn hơn mức dịch vụ nhận",
    ),
    "said.centre_refused": Text("Refused {name}: {reason}", "Từ chối {name}: {reason}"),
    "said.centre_accepted": Text(
        "Accepted {name}, receipt for {sha}…", "Đã nhận {name}, biên nhận cho {sha}…"
    ),
    "said.centre_already": Text(
        "Already received {name}, receipt for {sha}…",
        "Đã nhận {name} từ trước, biên nhận cho {sha}…",
    ),
    "said.centre_warning": Text("Warning: {text}", "Cảnh báo: {text}"),
    "said.centre_receipts_written": Text(
        "Receipts written to {folder}: {count}", "Đã ghi {count} biên nhận vào {folder}"
    ),
    "said.centre_user_added": Text("Added {name} ({role})", "Đã thêm {name} ({role})"),
}
