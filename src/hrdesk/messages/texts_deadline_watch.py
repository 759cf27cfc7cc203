"""Messages about the office's warnings before a deadline ("due soon") and the agencies
a new petition may be handled by."""

from __future__ import annotations

from hrdesk.messages.text import Text

TEXTS: dict[str, Text] = {
    "rules.due_soon_missing": Text(
        "The rules file does not say when a case is due soon "
        '(a "due_soon" object with "days" and "unit")',
        "Tệp quy định chưa ghi khi nào đơn được coi là sắp đến hạn "
        '(mục "due_soon" với "days" và "unit")',
    ),
    "rules.due_soon_days": Text(
        'When a case is due soon: "days" must be a whole number from 0 to 366, not {days}',
        'Mức sắp đến hạn: "days" phải là số nguyên từ 0 đến 366, không phải {days}',
    ),
    "rules.due_soon_unit": Text(
        'When a case is due soon: "unit" must be one of {units}, not {unit}',
        'Mức sắp đến hạn: "unit" phải là một trong {units}, không phải {unit}',
    ),
    "list.no_due_soon": Text(
        "A list of {kind} has no cases due soon", "Danh sách {kind} không lọc theo hạn sắp đến"
    ),
    "petition.district_agency": Text(
        "The agency {name} is district-level, gone since 01/07/2025: give the case to the "
        "commune or provincial body that took over its tasks",
        "Cơ quan {name} thuộc cấp huyện, không còn từ ngày 01/07/2025: hãy giao vụ việc cho "
        "cơ quan cấp xã hoặc cấp tỉnh đã tiếp nhận nhiệm vụ của cơ quan này",
    ),
}
