"""What the command line prints when a command succeeds (hrdesk/cli/said.py)."""

from __future__ import annotations

from hrdesk.messages.text import Text

TEXTS: dict[str, Text] = {
    # hrdesk package …
    "said.checking": Text("Checking {path}", "Đang kiểm tra {path}"),
    "said.package_valid": Text(
        "Valid: package {sequence} of {office}, period {period}",
        "Hợp lệ: gói số {sequence} của {office}, kỳ {period}",
    ),
    "said.package_invalid": Text(
        "Invalid: {check}: {reason:lower}", "Không hợp lệ: {check}: {reason:lower}"
    ),
    "said.package_not_checked": Text(
        "Invalid: the package could not be checked", "Không hợp lệ: không kiểm tra được gói"
    ),
    "said.packages_sent": Text("Sent:", "Đã gửi:"),
    "said.packages_received": Text("Received:", "Đã nhận:"),
    "said.no_packages": Text("No packages sent or received yet", "Chưa gửi hoặc nhận gói nào"),
    "said.package_marked": Text(
        "Package {sequence} ({period}) is now {status:lower}",
        "Gói số {sequence} ({period}) nay ở trạng thái {status:lower}",
    ),
    "said.confirm_personal_data": Text(
        "The package will hold the names and addresses of complainants and petitioners "
        "(never a denouncer's). Include them?",
        "Gói sẽ chứa họ tên và địa chỉ của người khiếu nại, người kiến nghị, phản ánh "
        "(không bao giờ có của người tố cáo). Đưa vào gói?",
    ),
    "said.key_passphrase_prompt": Text(
        "Passphrase for the office key:", "Cụm mật khẩu của khóa văn phòng:"
    ),
    # hrdesk key …
    "said.key_id": Text("Key id:      {key_id}", "Mã khóa:     {key_id}"),
    "said.fingerprint": Text("Fingerprint: {fingerprint}", "Dấu vân tay: {fingerprint}"),
    "said.trusted": Text("Trusted: {office}", "Đã tin cậy: {office}"),
    "said.trusted_key": Text(
        "Key id {key_id}, fingerprint {fingerprint}",
        "Mã khóa {key_id}, dấu vân tay {fingerprint}",
    ),
    "said.check_fingerprint": Text(
        "Check the fingerprint with the sending office (by phone) before importing",
        "Hãy đối chiếu dấu vân tay với văn phòng gửi (qua điện thoại) trước khi nhập gói",
    ),
    "said.confirm_replace_key": Text(
        "Replace the office key? Receiving offices must be sent the new public key.",
        "Thay khóa của văn phòng? Phải gửi khóa công khai mới cho các văn phòng nhận.",
    ),
    "said.key_replaced": Text("Replaced key {key_id}", "Đã thay khóa {key_id}"),
    "said.send_new_key": Text(
        "Send the new public key (hrdesk key export --out FILE.pub) to the receiving offices",
        "Hãy gửi khóa công khai mới (hrdesk key export --out TỆP.pub) cho các văn phòng nhận",
    ),
    "said.no_office_key": Text(
        "Office key: none yet (made with the first package or `hrdesk key export`)",
        "Khóa văn phòng: chưa có (được tạo cùng gói đầu tiên hoặc bằng `hrdesk key export`)",
    ),
    "said.office_key_keyring": Text(
        "Office key (secret half kept in the OS keyring):",
        "Khóa văn phòng (nửa bí mật giữ trong kho khóa của hệ điều hành):",
    ),
    "said.office_key_passphrase": Text(
        "Office key (secret half kept in the profile, under a passphrase):",
        "Khóa văn phòng (nửa bí mật giữ trong hồ sơ, bảo vệ bằng cụm mật khẩu):",
    ),
    # hrdesk init, check, restore, forget-secrets
    "said.set_up": Text(
        "Set up {office} ({province}) in {path}", "Đã thiết lập {office} ({province}) tại {path}"
    ),
    "said.administrator": Text("Administrator: {username}", "Quản trị viên: {username}"),
    "said.store_ok": Text("Store: ok, encrypted ({path})", "Kho dữ liệu: tốt, đã mã hóa ({path})"),
    "said.store_damaged": Text("Store: damaged: {reason}", "Kho dữ liệu: bị hỏng: {reason}"),
    "said.broken_links": Text(
        "Links: {count} rows point to records that do not exist",
        "Liên kết: {count} dòng trỏ tới bản ghi không tồn tại",
    ),
    "said.index_rebuilt": Text(
        "Search index: rebuilt, {count} records",
        "Chỉ mục tìm kiếm: đã dựng lại, {count} bản ghi",
    ),
    "said.index_count": Text("Search index: {count} records", "Chỉ mục tìm kiếm: {count} bản ghi"),
    "said.counts_recounted": Text(
        "Record counts: recounted, {counts}", "Số bản ghi: đã đếm lại, {counts}"
    ),
    "said.count_wrong": Text(
        "Record counts: {table} kept as {kept}, but {real} are not archived "
        "(hrdesk check --reindex recounts)",
        "Số bản ghi: {table} ghi là {kept}, nhưng có {real} bản ghi chưa lưu trữ "
        "(hrdesk check --reindex sẽ đếm lại)",
    ),
    "said.counts_ok": Text("Record counts: ok", "Số bản ghi: tốt"),
    "said.deadlines_recomputed": Text(
        "Deadlines: recomputed under the rules in force on {day}: {moved} of {open} open "
        "petitions moved",
        "Thời hạn: đã tính lại theo quy định có hiệu lực ngày {day}: {moved} trong {open} "
        "đơn đang giải quyết đổi thời hạn",
    ),
    "said.override_unused": Text(
        "Deadlines: the office's rules file was not used: {reason}",
        "Thời hạn: không dùng tệp quy định riêng của văn phòng: {reason}",
    ),
    "said.audit_ok": Text(
        "Audit log: {count} entries, chain intact",
        "Nhật ký thay đổi: {count} mục, chuỗi nguyên vẹn",
    ),
    "said.audit_broken": Text(
        "Audit log: broken at entry {number}: {reason}",
        "Nhật ký thay đổi: chuỗi bị đứt ở mục {number}: {reason}",
    ),
    "said.backup_of": Text(
        "Backup of {office}, made {made}", "Bản sao lưu của {office}, tạo lúc {made}"
    ),
    "said.backup_of_unnamed": Text(
        "Backup of an HR Desk store, made {made}",
        "Bản sao lưu kho dữ liệu HR Desk, tạo lúc {made}",
    ),
    "said.confirm_restore": Text(
        "Replace the current store with this backup? Type yes:",
        "Thay kho dữ liệu hiện tại bằng bản sao lưu này? Gõ yes (hoặc có):",
    ),
    "said.nothing_changed": Text("Nothing was changed", "Không có gì thay đổi"),
    "said.previous_kept": Text(
        "The previous store is kept in {path}", "Kho dữ liệu cũ được giữ tại {path}"
    ),
    "said.restored": Text("Restored {name}", "Đã khôi phục {name}"),
    "said.secrets_removed": Text(
        "Removed {count} secret(s) from the keyring", "Đã xóa {count} bí mật khỏi kho khóa"
    ),
    # hrdesk import, export
    "said.records_imported": Text(
        "Imported {file}: {created} created, {updated} updated",
        "Đã nhập {file}: {created} bản ghi mới, {updated} bản ghi cập nhật",
    ),
    "said.records_exported": Text(
        "Exported {count} {kind} to {path}", "Đã xuất {count} {kind} ra {path}"
    ),
    # hrdesk demo
    "said.demo_making": Text(
        "Making the {size} demo profile in {path} …",
        "Đang tạo hồ sơ trình diễn {size} tại {path} …",
    ),
    "said.demo_ready": Text(
        "Demo ready in {seconds} s: {agencies} agencies, {members} members, {tasks} tasks, "
        "{petitions} petitions ({steps} steps), {trainings} trainings, {meetings} meetings",
        "Đã tạo xong bản trình diễn trong {seconds} giây: {agencies} cơ quan, {members} thành "
        "viên, {tasks} nhiệm vụ, {petitions} đơn ({steps} bước xử lý), {trainings} lớp tập "
        "huấn, {meetings} cuộc họp",
    ),
    "said.demo_sign_in": Text(
        "Sign in as '{user}' with the password '{password}'",
        "Đăng nhập bằng tài khoản '{user}', mật khẩu '{password}'",
    ),
    "said.demo_reused": Text(
        "Reusing the demo profile in {path} (sign in as {user} / {password})",
        "Dùng lại hồ sơ trình diễn tại {path} (đăng nhập: {user} / {password})",
    ),
    "said.demo_no_keyring": Text(
        "This computer has no keyring: the office key is kept under the passphrase '{passphrase}'",
        "Máy tính này không có kho khóa: khóa văn phòng được giữ dưới cụm mật khẩu '{passphrase}'",
    ),
    "said.demo_headless": Text(
        "On the command line: {variables} hrdesk --profile {path} …",
        "Trên dòng lệnh: {variables} hrdesk --profile {path} …",
    ),
    "said.no_display": Text(
        "No display: the window cannot open here", "Không có màn hình: cửa sổ không mở được ở đây"
    ),
}
