"""The national consolidated tables for a period: the sums of every province's figures,
the same tables as a province's report appendix, as Excel and as a Decree 30 PDF.

For each office the latest package kept for the period counts (a corrected report
replaces the earlier one); a package whose workbook could not be read counts nothing, and
the tables say how many provinces they cover.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from hrdesk.central.figures import national_statistics
from hrdesk.central.models import Office, Package
from hrdesk.documents.report_tables import FigureTable, report_tables
from hrdesk.domain.periods import Period
from hrdesk.services.statistics import PeriodStatistics

CENTRE_PARENT = "BAN CHỈ ĐẠO TRUNG ƯƠNG VỀ QUYỀN CON NGƯỜI"
CENTRE_NAME = "Văn phòng thường trực"


@dataclass(frozen=True)
class NationalTables:
    period: Period
    provinces: list[str]  # whose figures are in the sums
    stats: PeriodStatistics

    @property
    def tables(self) -> list[FigureTable]:
        return report_tables(self.stats)


def national_tables(session: Session, period: Period) -> NationalTables:
    latest: dict[int, tuple[int, str | None, str]] = {}
    rows = session.execute(
        select(Package.office_id, Package.sequence, Package.figures, Office.province)
        .join(Office, Office.id == Package.office_id)
        .where(Package.period_label == period.label, Office.revoked_at.is_(None))
    )
    for office_id, sequence, figures, province in rows:
        if office_id not in latest or sequence > latest[office_id][0]:
            latest[office_id] = (sequence, figures, province)
    counted = [(f, p) for _s, f, p in latest.values() if f]
    stats = national_statistics(period, [f for f, _p in counted])
    return NationalTables(period, sorted(p for _f, p in counted), stats)


def _work(folder: Path | None) -> tempfile.TemporaryDirectory[str]:
    return tempfile.TemporaryDirectory(prefix="national-", dir=folder)


def national_xlsx(tables: NationalTables, workdir: Path | None = None) -> bytes:
    from hrdesk.documents.spreadsheet import Sheet, write_table

    about = Sheet(
        "Kỳ báo cáo",
        ("Nội dung", "Giá trị"),
        [
            ("Báo cáo", "Số liệu tổng hợp toàn quốc"),
            ("Kỳ báo cáo", tables.period.title_vi),
            ("Từ ngày", tables.period.start),
            ("Đến ngày", tables.period.end),
            ("Số tỉnh, thành phố có số liệu", len(tables.provinces)),
            ("Các tỉnh, thành phố", ", ".join(tables.provinces)),
        ],
    )
    sheets = [about, *(Sheet(t.sheet, t.headers, t.rows) for t in tables.tables)]
    with _work(workdir) as temp:
        path = write_table(Path(temp) / "national.xlsx", sheets)
        return path.read_bytes()


def national_pdf(tables: NationalTables, workdir: Path | None = None) -> bytes:
    """The tables in the Decree 30 layout: letterhead, title, the appendix's tables."""
    from hrdesk.documents.layout import Italic, Kit, Letterhead, caps, write_pdf
    from hrdesk.documents.report import appendix
    from hrdesk.domain.formatting import vietnamese_date_line

    kit = Kit()
    head = Letterhead(
        CENTRE_PARENT, CENTRE_NAME, date_line=vietnamese_date_line("Hà Nội", date.today())
    )
    period = tables.period
    story = [
        kit.letterhead(head),
        *kit.title(
            "Báo cáo", f"Tổng hợp số liệu công tác bảo đảm quyền con người {period.title_vi}"
        ),
        kit.para(
            f"Số liệu tổng hợp từ báo cáo của {len(tables.provinces)}/34 tỉnh, thành phố "
            f"gửi về {caps(CENTRE_NAME).lower()} Ban Chỉ đạo Trung ương."
        ),
        kit.para(Italic("(Số liệu chi tiết tại Phụ lục kèm theo.)")),
    ]
    reference = f"(Tổng hợp từ báo cáo của {len(tables.provinces)} tỉnh, thành phố)"
    story += appendix(kit, tables.tables, reference, period)
    with _work(workdir) as temp:
        path = write_pdf(
            Path(temp) / "national.pdf", story, title="Tổng hợp số liệu toàn quốc", kit=kit
        )
        return path.read_bytes()
