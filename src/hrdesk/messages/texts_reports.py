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
}
