"""Messages about the office's calendar and the deadline rule sets."""

from __future__ import annotations

from hrdesk.messages.text import Text

TEXTS: dict[str, Text] = {
    "office.swap_needs_announcement": Text(
        "Name the Government's announcement",
        "Chưa ghi thông báo của Chính phủ về việc hoán đổi ngày làm việc",
    ),
    "office.swap_day_off_weekday": Text(
        "The day off in a swap is a weekday",
        "Ngày nghỉ hoán đổi phải là một ngày làm việc trong tuần",
    ),
    "office.swap_day_worked_weekend": Text(
        "The day worked in exchange is a Saturday or Sunday",
        "Ngày làm bù phải là thứ Bảy hoặc Chủ nhật",
    ),
    "office.no_expected_days": Text(
        "The year {year} has no expected days to confirm",
        "Năm {year} không có ngày nghỉ dự kiến nào cần xác nhận",
    ),
    "rules.channel_later": Text(
        "This channel exists only under a later rule set",
        "Hình thức tiếp nhận này chỉ có theo bộ quy định áp dụng sau",
    ),
    "rules.channel_from": Text(
        "This channel exists only from {day} ({basis})",
        "Hình thức tiếp nhận này chỉ có từ ngày {day} ({basis})",
    ),
    "rules.not_switchable": Text(
        "Rule set '{set_id}' cannot be switched on or off",
        "Bộ quy định '{set_id}' không thể bật hoặc tắt",
    ),
    "rules.rule_needs_key": Text(
        "Each rule must be a JSON object with a key",
        "Mỗi quy định phải là một đối tượng JSON có khóa (key)",
    ),
    "rules.bad_set_id": Text(
        "A rule set needs an id without '+': {set_id}",
        "Bộ quy định cần có mã (id) không chứa dấu '+': {set_id}",
    ),
    "rules.set_needs_date_basis": Text(
        "Rule set '{set_id}' needs effective_from and its basis: {reason}",
        "Bộ quy định '{set_id}' cần có ngày hiệu lực (effective_from) và căn cứ: {reason}",
    ),
    "rules.unknown_status": Text(
        "Rule set '{set_id}': unknown status '{status}'",
        "Bộ quy định '{set_id}': trạng thái '{status}' không hợp lệ",
    ),
    "rules.unconfirmed_not_optional": Text(
        "Rule set '{set_id}' is unconfirmed: it must be optional",
        "Bộ quy định '{set_id}' chưa được xác nhận: phải để ở dạng tùy chọn",
    ),
    "rules.unconfirmed_needs_source": Text(
        "Rule set '{set_id}': say where it comes from",
        "Bộ quy định '{set_id}': chưa ghi nguồn",
    ),
    "rules.no_sets": Text(
        "The rules file has no list of rule sets",
        "Tệp quy định không có danh sách các bộ quy định",
    ),
    "rules.set_not_object": Text(
        "Each rule set must be a JSON object",
        "Mỗi bộ quy định phải là một đối tượng JSON",
    ),
    "rules.parent_not_before": Text(
        "Rule set '{set_id}' builds on '{parent}', which is not before it",
        "Bộ quy định '{set_id}' dựa trên '{parent}', nhưng bộ đó không đứng trước nó",
    ),
    "rules.set_twice": Text(
        "Rule set '{set_id}' appears twice",
        "Bộ quy định '{set_id}' xuất hiện hai lần",
    ),
    "rules.optional_needs_amends": Text(
        "Optional rule set '{set_id}' must name the set it amends",
        "Bộ quy định tùy chọn '{set_id}' phải ghi rõ bộ quy định mà nó sửa đổi",
    ),
    "rules.rules_not_list": Text(
        "Rule set '{set_id}': rules is a list",
        "Bộ quy định '{set_id}': mục rules phải là một danh sách",
    ),
    "rules.no_base_set": Text(
        "The rules file has no set that always applies",
        "Tệp quy định không có bộ quy định nào luôn được áp dụng",
    ),
    "rules.in_set": Text(
        "Rule set '{set_id}': {error}",
        "Bộ quy định '{set_id}': {error}",
    ),
    "holidays.no_entries": Text(
        "The holiday data has no list of entries",
        "Dữ liệu ngày nghỉ lễ không có danh sách các ngày",
    ),
    "holidays.bad_entry": Text(
        "Entry {n} is not valid: {reason}", "Mục thứ {n} không hợp lệ: {reason}"
    ),
    "holidays.unknown_kind": Text(
        "Entry {n} has unknown kind '{kind}'", "Mục thứ {n} có loại '{kind}' không hợp lệ"
    ),
    "holidays.makeup_not_weekend": Text(
        "Entry {n}: a make-up working day is a weekend",
        "Mục thứ {n}: ngày làm bù phải là thứ Bảy hoặc Chủ nhật",
    ),
    "holidays.bad_year": Text(
        "Year {n} is not valid: {reason}", "Năm thứ {n} không hợp lệ: {reason}"
    ),
    "rules.rule_missing": Text(
        "Rule '{rule}' has no '{name}'", "Quy định '{rule}' thiếu mục '{name}'"
    ),
    "rules.bad_days": Text(
        "Rule '{rule}': days must be a positive whole number",
        "Quy định '{rule}': số ngày phải là số nguyên dương",
    ),
    "rules.bad_unit": Text(
        "Rule '{rule}': unit must be 'days' or 'working_days'",
        "Quy định '{rule}': đơn vị (unit) phải là 'days' hoặc 'working_days'",
    ),
    "rules.bad_count": Text(
        "The value {name} must be a whole number >= 0",
        "Mục {name} phải là số nguyên không âm",
    ),
    "rules.no_rules": Text(
        "The rules file has no list of rules", "Tệp quy định không có danh sách các quy định"
    ),
    "rules.rule_not_object": Text(
        "Each rule must be a JSON object", "Mỗi quy định phải là một đối tượng JSON"
    ),
    "rules.missing": Text("Missing rules: {keys}", "Còn thiếu các quy định: {keys}"),
    "rules.cannot_read": Text("Cannot read {path}: {reason}", "Không đọc được {path}: {reason}"),
    "rules.not_object": Text(
        "The file {path} is not a JSON object", "Tệp {path} không phải là một đối tượng JSON"
    ),
    "rules.override_no_rules": Text(
        "The override file has no list of rules",
        "Tệp điều chỉnh không có danh sách các quy định",
    ),
    "rules.override_unknown_rule": Text(
        "The override names an unknown rule '{key}'",
        "Tệp điều chỉnh ghi một quy định không có: '{key}'",
    ),
    "rules.override_sets_not_list": Text(
        "The rule_sets of the override file must be a list",
        "Mục rule_sets trong tệp điều chỉnh phải là một danh sách",
    ),
    "rules.override_unknown_set": Text(
        "The override names an unknown rule set '{set_id}'",
        "Tệp điều chỉnh ghi một bộ quy định không có: '{set_id}'",
    ),
}
