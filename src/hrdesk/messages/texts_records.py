"""Messages about the committee's records: agencies, members, petitions, tasks,
meetings, trainings, reports, lists and imports."""

from __future__ import annotations

from hrdesk.messages.text import Text

TEXTS: dict[str, Text] = {
    "record.not_found": Text("No {kind} with id {uid}", "Không có {kind} nào mang mã {uid}"),
    "record.no_such_agency": Text(
        "No agency '{name}' in the list of member agencies",
        "Không có cơ quan '{name}' trong danh sách cơ quan thành viên",
    ),
    "record.agency_exists": Text(
        "An agency named '{name}' already exists", "Đã có cơ quan mang tên '{name}'"
    ),
    "record.member_ambiguous": Text(
        "More than one member is named '{name}'; choose by id",
        "Có nhiều thành viên cùng tên '{name}'; hãy chọn theo mã",
    ),
    "record.no_such_member": Text(
        "No committee member named '{name}'", "Không có thành viên Ban Chỉ đạo tên '{name}'"
    ),
    "record.no_such_officer": Text(
        "No officer account '{name}'", "Không có tài khoản cán bộ '{name}'"
    ),
    "permission.denied": Text(
        "The account {username} ({role:lower}) may not {action}",
        "Tài khoản {username} ({role:lower}) không được {action}",
    ),
    "petition.round_only_complaint": Text(
        "Only a complaint has a first or second round",
        "Chỉ đơn khiếu nại mới có lần đầu hay lần hai",
    ),
    "petition.needs_petitioner": Text(
        "A complaint or denunciation needs the person who filed it",
        "Đơn khiếu nại, tố cáo phải có người gửi đơn",
    ),
    "petition.deadline_before_received": Text(
        "The deadline is before the date the petition was received",
        "Hạn xử lý ở trước ngày nhận đơn",
    ),
    "petition.denouncer_confidential": Text(
        "A denouncer's identity is confidential: only the officer handling the case "
        "and administrators may see it",
        "Danh tính người tố cáo được giữ bí mật: chỉ cán bộ thụ lý vụ việc và quản trị viên "
        "được xem",
    ),
    "task.done_needs_date": Text(
        "A task marked done needs the date it was done",
        "Nhiệm vụ đã hoàn thành cần có ngày hoàn thành",
    ),
    "task.date_only_when_done": Text(
        "Only a task marked done has a completion date",
        "Chỉ nhiệm vụ đã hoàn thành mới có ngày hoàn thành",
    ),
    "meeting.absence_reason": Text("Give the reason for the absence", "Cần ghi lý do vắng mặt"),
    "meeting.no_agenda_item": Text(
        "The agenda has no item {position}", "Chương trình họp không có mục {position}"
    ),
    "meeting.conclusion_has_task": Text(
        "This conclusion already has a task", "Kết luận này đã có nhiệm vụ"
    ),
    "report.heading_required": Text("Section {row} needs a heading", "Mục {row} chưa có tiêu đề"),
    "report.none_for_period": Text(
        "There is no report for {period}", "Chưa có báo cáo cho kỳ {period}"
    ),
    "office.not_set_up": Text(
        "The office is not set up yet: run `hrdesk init` or the set-up in the window",
        "Văn phòng chưa được thiết lập: chạy `hrdesk init` hoặc thiết lập trong cửa sổ",
    ),
    "office.holiday_exists": Text(
        "The day {day} is already in the office's calendar",
        "Ngày {day} đã có trong lịch của văn phòng",
    ),
    "numbering.type_required": Text(
        "The document type is required (BB, BC, KH, TB…)",
        "Chưa nhập loại văn bản (BB, BC, KH, TB…)",
    ),
    "numbering.record_required": Text(
        "The record the number is for is required", "Chưa chọn hồ sơ được cấp số"
    ),
    "list.unknown_kind": Text(
        "Not one of {kinds}: '{kind}'",
        "Loại hồ sơ không có: '{kind}' (chọn một trong: {kinds})",
    ),
    "list.no_status": Text(
        "A list of {kind} has no status to filter by", "Danh sách {kind} không lọc theo trạng thái"
    ),
    "list.no_subkind": Text(
        "A list of {kind} has no kinds to filter by", "Danh sách {kind} không lọc theo loại"
    ),
    "list.no_deadline": Text("A list of {kind} has no deadlines", "Danh sách {kind} không có hạn"),
    "list.no_agency": Text(
        "A list of {kind} is not filtered by agency", "Danh sách {kind} không lọc theo cơ quan"
    ),
    "list.no_date": Text(
        "A list of {kind} has no date to filter by", "Danh sách {kind} không lọc theo ngày"
    ),
    "list.range_reversed": Text(
        "The end of the range is before its start", "Ngày cuối ở trước ngày đầu của khoảng"
    ),
    "list.unknown_column": Text(
        "Not a column of {kind}: '{column}' (columns: {columns})",
        "Danh sách {kind} không có cột '{column}' (các cột: {columns})",
    ),
    "list.limit_too_small": Text("The limit must be at least 1", "Giới hạn phải từ 1 trở lên"),
    "import.failed": Text(
        "Nothing was imported; fix these and try again:",
        "Chưa nhập gì; hãy sửa những lỗi sau rồi thử lại:",
    ),
    "import.cell": Text(
        "Row {row}, column '{column}': {problem}", "Dòng {row}, cột '{column}': {problem}"
    ),
    "import.row": Text("Row {row}: {problem}", "Dòng {row}: {problem}"),
    "import.more": Text("And {count} more", "Và {count} lỗi khác nữa"),
    "import.unknown_columns": Text(
        "Unknown columns: {columns} (known: {known})",
        "Cột không nhận ra: {columns} (các cột dùng được: {known})",
    ),
    "import.missing_columns": Text("Missing columns: {columns}", "Thiếu cột: {columns}"),
    "demo.store_not_empty": Text(
        "This store already has {table}: a demo needs an empty store",
        "Kho dữ liệu này đã có {table}: bản trình diễn cần một kho trống",
    ),
    "demo.bad_petition_count": Text(
        "The number of petitions must be a whole number of 0 or more",
        "Số đơn thư phải là số nguyên từ 0 trở lên",
    ),
    "record.district_level": Text(
        "The district level (cấp huyện) no longer exists since 01/07/2025: name the "
        "commune or the provincial body that took over its powers",
        "Cấp huyện không còn tồn tại từ ngày 01/07/2025: hãy ghi cấp xã hoặc cơ quan cấp "
        "tỉnh đã tiếp nhận nhiệm vụ, quyền hạn của cấp huyện",
    ),
    "petition.unknown_kind": Text(
        "Unknown kind of petition '{kind}'", "Loại đơn '{kind}' không hợp lệ"
    ),
    "petition.bad_round": Text(
        "A complaint is resolved a first or a second time (1 or 2), not {round}",
        "Khiếu nại được giải quyết lần đầu hoặc lần hai (1 hoặc 2), không phải {round}",
    ),
    "petition.second_round_complaint_only": Text(
        "Only complaints have a second round, not a {kind:lower}",
        "Chỉ khiếu nại mới được giải quyết lần hai, {kind:lower} thì không",
    ),
    "petition.extend_denunciation_only": Text(
        "Only a denunciation's resolution can be extended, not a {kind:lower}'s: the law "
        "gives complex and remote complaints longer limits instead",
        "Chỉ được gia hạn giải quyết tố cáo, không gia hạn {kind:lower}: luật đã quy định "
        "thời hạn dài hơn cho khiếu nại phức tạp và ở vùng sâu, vùng xa",
    ),
    "petition.bad_extension": Text(
        "An extension is 1 to {max} days, not {days}",
        "Mỗi lần gia hạn từ 1 đến {max} ngày, không phải {days}",
    ),
    "petition.negative_extensions": Text(
        "The number of extensions cannot be negative", "Số lần gia hạn không thể là số âm"
    ),
    "petition.extended_once": Text(
        "A complex denunciation may be extended once only ({article})",
        "Tố cáo phức tạp chỉ được gia hạn một lần ({article})",
    ),
    "petition.extensions_used": Text(
        "An especially complex denunciation may be extended {times} times only ({article})",
        "Tố cáo đặc biệt phức tạp chỉ được gia hạn {times} lần ({article})",
    ),
    "petition.extend_only_denunciation": Text(
        "Only a denunciation's deadline can be extended",
        "Chỉ được gia hạn thời hạn giải quyết tố cáo",
    ),
    "petition.step_not_granted": Text(
        "The step '{step}' is not granted by the rules in force for this petition",
        "Bước '{step}' không có trong quy định đang áp dụng cho đơn này",
    ),
    "petition.step_not_allowed": Text(
        "A petition that is {state:lower} cannot be given the step '{step}'",
        "Đơn ở trạng thái {state:lower} không thể chuyển sang bước '{step}'",
    ),
    "petition.step_in_future": Text(
        "The day of the step is in the future", "Ngày của bước xử lý là ngày trong tương lai"
    ),
    "petition.step_before_last": Text(
        "The day is before the last step on the timeline ({last})",
        "Ngày này trước bước xử lý gần nhất trong quá trình ({last})",
    ),
    "petition.guidance_required": Text(
        "Say what the citizen was told to do", "Chưa ghi nội dung đã hướng dẫn công dân"
    ),
    "petition.transfer_needs_agency": Text(
        "Name the agency the petition goes to", "Chưa ghi cơ quan được chuyển đơn đến"
    ),
    "petition.extension_days": Text(
        "An extension is 1 to {max} days", "Mỗi lần gia hạn từ 1 đến {max} ngày"
    ),
    "petition.extend_complex_only": Text(
        "Only a complex case may be extended (Art. 30)",
        "Chỉ vụ việc phức tạp mới được gia hạn (Điều 30)",
    ),
    "petition.verified_needs_note": Text("Say what was verified", "Chưa ghi nội dung đã xác minh"),
    "petition.suspend_needs_grounds": Text(
        "Give the grounds for the temporary suspension", "Chưa ghi căn cứ tạm đình chỉ"
    ),
    "petition.terminate_needs_grounds": Text(
        "Give the grounds for ending the resolution", "Chưa ghi căn cứ đình chỉ giải quyết"
    ),
    "petition.withdrawn_part_needed": Text(
        "Say which part of the complaint was withdrawn",
        "Chưa ghi phần nội dung khiếu nại đã rút",
    ),
}
