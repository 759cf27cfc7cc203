"""Messages about one value typed in a form, a cell of an imported file or an option."""

from __future__ import annotations

from hrdesk.messages.text import Text

TEXTS: dict[str, Text] = {
    "field.required": Text("{label} is required", "Chưa nhập {label:lower}"),
    "field.several": Text("There are {count} problems:", "Có {count} chỗ chưa đúng:"),
    "field.too_long": Text(
        "{label} is longer than {limit} characters", "{label} dài quá {limit} ký tự"
    ),
    "field.not_date": Text(
        "Not a date: '{value}' (write dd/mm/yyyy)",
        "Không phải là ngày: '{value}' (ghi theo ngày/tháng/năm)",
    ),
    "field.date_required": Text(
        "A date is required (dd/mm/yyyy)", "Chưa nhập ngày (ngày/tháng/năm)"
    ),
    "field.not_datetime": Text(
        "Not a date and time: '{value}' (write dd/mm/yyyy hh:mm)",
        "Không phải là ngày giờ: '{value}' (ghi theo ngày/tháng/năm giờ:phút)",
    ),
    "field.not_yes_no": Text(
        "{label}: '{value}' is not yes or no", "{label}: '{value}' không phải là có hay không"
    ),
    "field.not_whole_number": Text(
        "{label}: '{value}' is not a whole number", "{label}: '{value}' không phải là số nguyên"
    ),
    "field.too_small": Text(
        "{label} must be at least {minimum}", "{label} phải từ {minimum} trở lên"
    ),
    "field.too_large": Text(
        "{label} must be at most {maximum}", "{label} không được quá {maximum}"
    ),
    "field.not_a_choice": Text(
        "Not one of {allowed}: '{value}'",
        "Giá trị '{value}' không có trong danh sách: {allowed}",
    ),
    "field.in_future": Text("{label} is in the future", "{label} là một ngày trong tương lai"),
    "field.place_required": Text("The place name is required", "Chưa nhập địa danh"),
    "field.bad_uid": Text("Not a valid id: '{value}'", "Mã định danh không hợp lệ: '{value}'"),
    "field.uid_exists": Text(
        "A record with id {uid} already exists", "Đã có một bản ghi mang mã {uid}"
    ),
    "row.required": Text("Row {row}: {label} is required", "Dòng {row}: chưa nhập {label:lower}"),
    "dates.ends_before_start": Text(
        "The end is before the start", "Thời điểm kết thúc ở trước thời điểm bắt đầu"
    ),
    "dates.term_ends_before_start": Text(
        "The term ends before it starts", "Nhiệm kỳ kết thúc trước ngày bắt đầu"
    ),
    "dates.term_ends_before_decision": Text(
        "The term ends before the appointing decision",
        "Nhiệm kỳ kết thúc trước ngày của quyết định bổ nhiệm",
    ),
    "period.bad_quarter": Text(
        "A quarter is 1 to 4, not {quarter}", "Quý phải từ 1 đến 4, không phải {quarter}"
    ),
    "period.bad_half": Text(
        "A half year is 1 or 2, not {half}", "Nửa năm phải là 1 hoặc 2, không phải {half}"
    ),
    "period.end_before_start": Text(
        "The end {end} is before the start {start}",
        "Ngày kết thúc {end} ở trước ngày bắt đầu {start}",
    ),
    "period.bad_year": Text("Not a valid year: {year}", "Năm không hợp lệ: {year}"),
    "period.bad_date": Text(
        "Not a date: '{value}' (write yyyy-mm-dd)",
        "Không phải là ngày: '{value}' (ghi theo năm-tháng-ngày)",
    ),
    "period.not_a_period": Text(
        "Not a period: '{value}'; use 2026-Q3, 2026-H1, 2026 or 2026-01-05..2026-02-10",
        "Không phải là kỳ báo cáo: '{value}'; ghi 2026-Q3 (quý), 2026-H1 (6 tháng), "
        "2026 (năm) hoặc 2026-01-05..2026-02-10 (khoảng ngày)",
    ),
    "province.former": Text(
        "The former province {former} is part of {successor} since 01/07/2025",
        "Tỉnh cũ {former} đã hợp nhất vào {successor} từ ngày 01/07/2025",
    ),
    "province.required": Text("A province is required", "Chưa nhập tỉnh, thành phố"),
    "province.unknown": Text(
        "Not one of the 34 provinces and cities: '{name}'",
        "Không phải là một trong 34 tỉnh, thành phố: '{name}'",
    ),
    "province.unknown_close": Text(
        "Not one of the 34 provinces and cities: '{name}'; did you mean {close}?",
        "Không phải là một trong 34 tỉnh, thành phố: '{name}'; có phải là {close}?",
    ),
}
