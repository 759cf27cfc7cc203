"""Why the centre could not count a package's figures in the national tables
(central/figures.py): a warning on the package, kept as a code, read on the board."""

from __future__ import annotations

from hrdesk.messages.text import Text

TEXTS: dict[str, Text] = {
    "centre.figures_not_counted": Text(
        "Figures not counted in the national tables: {reason:lower}",
        "Số liệu không được tính vào bảng tổng hợp toàn quốc: {reason:lower}",
    ),
    "figures.not_a_count": Text(
        "Sheet {where}: {value} is not a count",
        "Trang tính {where}: {value} không phải là một số đếm",
    ),
    "figures.no_part": Text("Report.xlsx has no {name}", "Tệp report.xlsx không có {name}"),
    "figures.part_too_large": Text(
        "Report.xlsx: {name} is too large for a report's tables",
        "Tệp report.xlsx: {name} quá lớn đối với các bảng của báo cáo",
    ),
    "figures.no_workbook": Text("The package has no {name}", "Gói không có tệp {name}"),
    "figures.unreadable": Text(
        "Report.xlsx cannot be read: {reason}", "Không đọc được tệp report.xlsx: {reason}"
    ),
    "figures.too_many_rows": Text(
        "A sheet has too many rows for a report's tables",
        "Một trang tính có quá nhiều dòng đối với các bảng của báo cáo",
    ),
    "figures.no_sheet": Text(
        "Report.xlsx has no sheet {sheet}", "Tệp report.xlsx không có trang tính {sheet}"
    ),
    "figures.wrong_rows": Text(
        "Sheet {sheet} has {count} rows, not {width}",
        "Trang tính {sheet} có {count} dòng, không phải {width}",
    ),
}
