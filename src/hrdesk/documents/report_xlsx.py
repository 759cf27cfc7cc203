"""The periodic report's figures as an Excel workbook: the PDF's tables, one sheet each.

A first sheet says which period the figures cover, with the dates as real Excel dates.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.orm import Session

from hrdesk.documents.report_tables import FigureTable, report_tables
from hrdesk.documents.spreadsheet import Sheet, write_table
from hrdesk.domain.errors import ValidationError
from hrdesk.domain.periods import Period, parse_period
from hrdesk.services.office import require_office
from hrdesk.services.reports import report_for_period
from hrdesk.services.statistics import period_statistics


def _sheet(table: FigureTable) -> Sheet:
    return Sheet(table.sheet, table.headers, table.rows)


def write_report_xlsx(session: Session, period: Period | str, path: Path) -> Path:
    """Write the report's figure tables for `period` to an .xlsx file (atomically)."""
    path = Path(path)
    if path.suffix.lower() != ".xlsx":
        raise ValidationError("xlsx", "file.wrong_type", name=path.name, suffix=".xlsx")
    period = period if isinstance(period, Period) else parse_period(period)
    office = require_office(session)
    report = report_for_period(session, period)
    stats = period_statistics(session, period)
    about = Sheet(
        "Kỳ báo cáo",
        ("Nội dung", "Giá trị"),
        [
            ("Cơ quan báo cáo", office.name),
            ("Báo cáo", report.title),
            ("Kỳ báo cáo", period.title_vi),
            ("Từ ngày", period.start),
            ("Đến ngày", period.end),
            ("Số liệu tính đến ngày", min(stats.as_of, period.end)),
        ],
    )
    return write_table(path, [about, *(_sheet(t) for t in report_tables(stats))])
