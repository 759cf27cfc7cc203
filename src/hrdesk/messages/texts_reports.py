"""Messages about the periodic report's sections: drafted, empty, refused."""

from __future__ import annotations

from hrdesk.messages.text import Text

TEXTS: dict[str, Text] = {
    "report.empty_sections_refused": Text(
        "The report for {period} has {count} empty section(s), which would not be printed: "
        "{sections}. Write them or draft them from the records (hrdesk report --draft), or "
        "package it as it is with --allow-empty-sections",
        "Báo cáo {period} còn {count} mục chưa có nội dung, sẽ không được in: {sections}. "
        "Hãy viết hoặc dự thảo các mục đó từ số liệu (hrdesk report --draft), hoặc đóng gói "
        "nguyên trạng với --allow-empty-sections",
    ),
    "report.empty_sections_warning": Text(
        "Warning: the report for {period} has {count} empty section(s), not printed: {sections}",
        "Cảnh báo: báo cáo {period} còn {count} mục chưa có nội dung, không được in: {sections}",
    ),
    "report.drafted": Text(
        "Drafted from the records: {drafted}",
        "Đã dự thảo từ số liệu: {drafted}",
    ),
    "report.draft_kept": Text(
        "Kept as the officer wrote them (add --replace-edited to replace): {kept}",
        "Giữ nguyên nội dung cán bộ đã viết (thêm --replace-edited để thay): {kept}",
    ),
    "contribution.due_before_request": Text(
        "The due date {due} is before the request ({on})",
        "Hạn gửi {due} trước ngày đề nghị ({on})",
    ),
    "contribution.no_agency": Text(
        "Choose at least one member agency", "Hãy chọn ít nhất một cơ quan thành viên"
    ),
    "contribution.received_before_request": Text(
        "Received on {on}, before it was asked for ({asked})",
        "Ngày nhận {on} trước ngày đề nghị ({asked})",
    ),
    "contribution.file_name_required": Text(
        "The received file needs a name", "Tệp nhận được cần có tên"
    ),
    "contribution.file_too_large": Text(
        "The file {name} is larger than {mb} MB", "Tệp {name} lớn hơn {mb} MB"
    ),
    "contribution.excuse_required": Text(
        "Say why the agency need not report", "Hãy ghi lý do cơ quan không phải báo cáo"
    ),
    "contribution.none_asked": Text(
        "No member agency has been asked for its report on {period}",
        "Chưa đề nghị cơ quan thành viên nào báo cáo kỳ {period}",
    ),
    "contribution.none_late": Text(
        "No member agency is late with its report on {period}",
        "Không có cơ quan thành viên nào chậm báo cáo kỳ {period}",
    ),
    "contribution.not_a_count": Text(
        "Sheet '{sheet}', row {row}, column {column} ({header}): '{value}' is not a count "
        "(a whole number, 0 or more)",
        "Trang '{sheet}', dòng {row}, cột {column} ({header}): '{value}' không phải là số "
        "lượng (số nguyên từ 0 trở lên)",
    ),
    "contribution.does_not_balance": Text(
        "Sheet '{sheet}', row {row}: resolved ({resolved}) cannot exceed carried over plus "
        "received ({total}), nor on time ({on_time}) exceed resolved",
        "Trang '{sheet}', dòng {row}: số đã giải quyết ({resolved}) không được lớn hơn kỳ "
        "trước chuyển sang cộng tiếp nhận ({total}), số đúng hạn ({on_time}) không được lớn "
        "hơn số đã giải quyết",
    ),
    "contribution.unknown_kind": Text(
        "Sheet '{sheet}', row {row}, column {column}: '{value}' is not a kind of petition",
        "Trang '{sheet}', dòng {row}, cột {column}: '{value}' không phải là loại đơn",
    ),
    "contribution.line_changed": Text(
        "Sheet '{sheet}', row {row}, column {column}: the template has '{expected}' here",
        "Trang '{sheet}', dòng {row}, cột {column}: mẫu ghi '{expected}' tại đây",
    ),
    "contribution.missing_sheet": Text(
        "The workbook has no sheet '{sheet}': use the template HR Desk wrote",
        "Tệp không có trang '{sheet}': hãy dùng mẫu do HR Desk tạo",
    ),
    "contribution.other_period": Text(
        "This template is for the period {found}, not {asked}",
        "Mẫu này của kỳ {found}, không phải kỳ {asked}",
    ),
    "contribution.other_agency": Text(
        "This template is from {found}, not {asked}",
        "Mẫu này của {found}, không phải của {asked}",
    ),
}
