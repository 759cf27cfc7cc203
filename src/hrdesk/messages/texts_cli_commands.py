"""Messages of the commands that reach the window's work from the command line (issue 19):
accounts, records one at a time, the petition workflow, meetings, history, holidays."""

from __future__ import annotations

from hrdesk.messages.text import Text

TEXTS: dict[str, Text] = {
    "cli19.account_added": Text(
        "Account {username} added ({role})", "Đã thêm tài khoản {username} ({role})"
    ),
    "cli19.account_disabled": Text(
        "Account {username} disabled: its password opens nothing any more",
        "Đã khóa tài khoản {username}: mật khẩu của tài khoản này không mở được gì nữa",
    ),
    "cli19.role_set": Text(
        "Account {username} is now {role}", "Tài khoản {username} nay có vai trò {role}"
    ),
    "cli19.password_set": Text(
        "New password set for {username}", "Đã đặt mật khẩu mới cho {username}"
    ),
    "cli19.bad_json": Text(
        "The file {path} is not JSON: {reason}", "Tệp {path} không phải JSON hợp lệ: {reason}"
    ),
    "cli19.json_not_a_record": Text(
        "The file {path} must hold one record: a JSON object of field names and values",
        "Tệp {path} phải chứa một hồ sơ: một đối tượng JSON gồm tên trường và giá trị",
    ),
    "cli19.json_not_a_list": Text(
        "The file {path} must hold a JSON list of objects",
        "Tệp {path} phải chứa một danh sách JSON gồm các đối tượng",
    ),
    "cli19.not_a_field_option": Text(
        "Expected --FIELD VALUE, not {token}",
        "Cần viết theo dạng --TÊN_TRƯỜNG GIÁ_TRỊ, không phải {token}",
    ),
    "cli19.field_needs_value": Text(
        "The option {option} needs a value", "Tùy chọn {option} cần có giá trị"
    ),
    "cli19.unknown_field": Text(
        "There is no field {field} here; the fields are: {known}",
        "Không có trường {field} ở đây; các trường là: {known}",
    ),
    "cli19.classify_is_a_step": Text(
        "A petition's {field} changes by its classify step: hrdesk petition step UID classify",
        "Trường {field} của đơn thư thay đổi qua bước phân loại: hrdesk petition step UID classify",
    ),
    "cli19.record_changed": Text("Changed {uid}", "Đã cập nhật {uid}"),
    "cli19.record_archived": Text("Archived {uid}", "Đã lưu trữ {uid}"),
    "cli19.record_restored": Text(
        "Brought {uid} back from the archive", "Đã đưa {uid} trở lại từ kho lưu trữ"
    ),
    "cli19.step_option_unused": Text(
        "The step “{step}” does not take {options}",
        "Bước “{step}” không dùng {options}",
    ),
    "cli19.step_recorded": Text(
        "Step “{step}” recorded on {day}; the petition is now: {status}",
        "Đã ghi bước “{step}” ngày {day}; đơn thư nay ở trạng thái: {status}",
    ),
    "cli19.denouncer_needs_reveal": Text(
        "A denouncer's identity is confidential: add --reveal to open it (the audit log "
        "records who opened it)",
        "Danh tính người tố cáo được giữ bí mật: thêm --reveal để mở (nhật ký sẽ ghi lại "
        "người đã mở)",
    ),
    "cli19.conclusion_added": Text("Conclusion added: {uid}", "Đã thêm kết luận: {uid}"),
    "cli19.task_from_conclusion": Text(
        "Task made from the conclusion: {uid}", "Đã giao nhiệm vụ từ kết luận: {uid}"
    ),
    "cli19.holiday_added": Text("Added {day}", "Đã thêm ngày {day}"),
}
TEXTS.update(
    {
        "cli19.check_damaged": Text("Store: damaged: {reason}", "Kho dữ liệu: hỏng: {reason}"),
        "cli19.quick_counts": Text(
            "Records (not archived): {counts}", "Số hồ sơ (chưa lưu trữ): {counts}"
        ),
        "cli19.chain_empty": Text("Audit log: empty", "Nhật ký: chưa có mục nào"),
    }
)
TEXTS.update(
    {
        "cli19.holiday_removed": Text(
            "The day {day} is no longer expected off", "Ngày {day} không còn là ngày nghỉ dự kiến"
        ),
        "cli19.holiday_replaced": Text(
            "The day {day} is replaced as announced",
            "Đã thay ngày {day} theo thông báo",
        ),
    }
)
