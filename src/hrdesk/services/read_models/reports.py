"""What the Reports workspace shows of a period's report: its title, narrative sections
and the number its first print took."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from hrdesk.domain.errors import ValidationError
from hrdesk.domain.formatting import format_date
from hrdesk.domain.periods import Period
from hrdesk.services.reports import DEFAULT_SECTIONS, report_for_period, set_sections


@dataclass(frozen=True)
class ReportView:
    """What the tab shows of a period's report; `uid` is None while it has none yet."""

    uid: str | None
    title: str
    sections: list[tuple[str, str]]
    number: str | None  # "05/BC-BCĐ, 20/11/2026" once it has been printed


def read_report(session: Session, period: Period) -> ReportView:
    """The period's report, or the usual empty sections if none was saved yet (looking at a
    period must not create its report: only saving or printing does)."""
    from hrdesk.documents.report import TYPE_CODE
    from hrdesk.services.numbering import number_of
    from hrdesk.services.office import format_document_number, get_office

    try:
        report = report_for_period(session, period, create=False)
    except ValidationError:
        title = f"Báo cáo công tác bảo đảm quyền con người {period.title_vi}"
        return ReportView(None, title, [(h, "") for h in DEFAULT_SECTIONS], None)
    number = number_of(session, TYPE_CODE, report.uid)
    office = get_office(session)
    shown = None
    if number is not None and office is not None:
        shown = f"{format_document_number(number, office)}, {format_date(number.issued_on)}"
    sections = [(s.heading, s.body) for s in report.sections]
    return ReportView(report.uid, report.title, sections, shown)


def save_sections(session: Session, period: Period, sections: list[dict[str, Any]]) -> str:
    """Save a period's narrative sections (making its report on the first save)."""
    report = report_for_period(session, period)
    return set_sections(session, report.uid, sections).uid
