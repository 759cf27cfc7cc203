"""The periodic report (báo cáo) as a PDF in the layout of Decree 30/2020/NĐ-CP.

Letterhead with "Số: …/BC-…" and the place-and-date line, BÁO CÁO and its summary, the
narrative sections the officer wrote, the closing with recipients and the head's
signature, then an appendix (phụ lục) with the figure tables. Only counts are printed:
no petitioner, and never a denouncer, appears in a report.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer
from sqlalchemy import select
from sqlalchemy.orm import Session

from hrdesk.documents.blocks import Signature, closing, figure_table
from hrdesk.documents.layout import Bold, Italic, Kit, Letterhead, caps, write_pdf
from hrdesk.documents.report_charts import chart_page
from hrdesk.documents.report_tables import FigureTable, report_tables
from hrdesk.domain.access import Permission
from hrdesk.domain.formatting import format_date, vietnamese_date_line
from hrdesk.domain.periods import Period, parse_period
from hrdesk.domain.vocab import MemberRole
from hrdesk.services.common import actor_of, today
from hrdesk.services.numbering import document_number_for
from hrdesk.services.office import format_document_number, require_office
from hrdesk.services.report_figures import report_figures
from hrdesk.services.report_redraft import sections_for_print
from hrdesk.services.reports import report_for_period
from hrdesk.store.models import Member, Office

TYPE_CODE = "BC"
RECIPIENTS = ("Ban Chỉ đạo Trung ương về quyền con người (để báo cáo)", "Thành viên Ban Chỉ đạo")
ARCHIVE = "VT"
_ROMAN = ("", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX")


def roman(n: int) -> str:
    """1 to 39 in Roman numerals, as section headings number them."""
    tens, units = divmod(n, 10)
    return "X" * tens + _ROMAN[units]


def as_period(period: Period | str) -> Period:
    return period if isinstance(period, Period) else parse_period(period)


def head_of_committee(session: Session) -> Member | None:
    """The active member whose role is head (Trưởng ban), if the office has recorded one."""
    return session.scalars(
        select(Member)
        .where(
            Member.role == MemberRole.HEAD.value,
            Member.active.is_(True),
            Member.archived_at.is_(None),
        )
        .order_by(Member.id)
    ).first()


def collective(office: Office) -> str:
    """The collective a head signs for: "BAN CHỈ ĐẠO" for a steering committee."""
    name = caps(office.name)
    return "BAN CHỈ ĐẠO" if name.startswith("BAN CHỈ ĐẠO") else name


def summary_line(title: str) -> str:
    """The title without the "Báo cáo" the document type already says, capitalised."""
    text = " ".join(title.split())
    if text.casefold().startswith("báo cáo "):
        text = text[len("báo cáo ") :]
    return text[:1].upper() + text[1:]


def body(
    kit: Kit, sections: list[tuple[str, str]], office: Office, period: Period
) -> list[Flowable]:
    flowables: list[Flowable] = [
        kit.para(
            f"{office.name} báo cáo kết quả công tác bảo đảm quyền con người "
            f"{period.title_vi} như sau:"
        )
    ]
    # A section the officer left empty is not printed: an official report has no blank heading.
    written = [(h, text) for h, text in sections if text.strip()]
    for index, (heading, text) in enumerate(written, start=1):
        flowables.append(kit.para(f"{roman(index)}. {caps(heading)}", style="heading"))
        flowables += kit.paragraphs(text)
    flowables.append(kit.para(Italic("(Số liệu chi tiết tại Phụ lục kèm theo Báo cáo này.)")))
    flowables.append(
        kit.para(
            f"Trên đây là báo cáo kết quả công tác bảo đảm quyền con người {period.title_vi} "
            f"của {office.name}./."
        )
    )
    return flowables


def appendix(kit: Kit, tables: list[FigureTable], reference: str, period: Period) -> list[Flowable]:
    """The appendix page: PHỤ LỤC, what it holds, which report it belongs to, the tables."""
    flowables: list[Flowable] = [PageBreak(), kit.para("PHỤ LỤC", style="doc_type")]
    flowables.append(
        kit.para(
            caps(f"Số liệu công tác bảo đảm quyền con người {period.title_vi}"), style="summary"
        )
    )
    flowables.append(kit.para(Italic(reference), style="centre_italic"))
    flowables.append(Spacer(1, 10))
    for index, table in enumerate(tables, start=1):
        caption = kit.para(Bold(f"{index}. {table.caption}"), style="heading")
        grid = figure_table(kit, table.headers, table.rows, table.widths, total_row=table.total_row)
        flowables += [KeepTogether([caption, grid]), Spacer(1, 12)]
    return flowables


def build_report_pdf(session: Session, period: Period | str, path: Path) -> Path:
    """Write the report for `period` to `path` (PDF, atomically) and return the path.

    The report record is made if the period has none yet; its first print takes the next
    "BC" number of the year, dated today, and later prints reuse number and date.
    """
    period = as_period(period)
    office = require_office(session)
    report = report_for_period(session, period)
    # One computation for the drafted text and the appendix.
    figures = report_figures(session, period)
    sections = sections_for_print(session, report, figures)
    number = document_number_for(session, TYPE_CODE, report.uid, report.title, today(session))
    if report.document_number_id != number.id and actor_of(session).can(Permission.EDIT_RECORDS):
        report.document_number_id = number.id
    shown = format_document_number(number, office)
    head = Letterhead(
        office.parent_body,
        office.name,
        number=shown,
        date_line=vietnamese_date_line(office.place_name or office.province, number.issued_on),
    )
    kit = Kit()
    head_member = head_of_committee(session)
    signature = Signature(
        (f"TM. {collective(office)}", MemberRole.HEAD.label_vi),
        head_member.full_name if head_member else None,
    )
    reference = (
        f"(Kèm theo Báo cáo số {shown} ngày {format_date(number.issued_on)} của {office.name})"
    )
    story: list[Flowable] = [
        kit.letterhead(head),
        *kit.title("Báo cáo", summary_line(report.title)),
    ]
    text = body(kit, sections, office, period)
    # The signature never stands alone on a page: the last paragraph goes with it.
    story += [
        *text[:-1],
        KeepTogether([text[-1], Spacer(1, 6), closing(kit, signature, RECIPIENTS, ARCHIVE)]),
    ]
    story += appendix(kit, report_tables(figures.stats), reference, period)
    story += chart_page(session, kit, period, today(session))
    return write_pdf(Path(path), story, title=report.title, kit=kit)
