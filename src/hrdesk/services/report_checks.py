"""No empty report leaves the office: which of a report's sections hold no text.

A section left empty is not printed, so a report with empty sections is shorter than it
looks in the window; previewing and printing warn, and packaging refuses unless the
officer confirms (`allow_empty`).
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from hrdesk.domain.access import Permission
from hrdesk.domain.errors import ValidationError
from hrdesk.domain.periods import Period, parse_period
from hrdesk.messages import Localized
from hrdesk.services.common import require
from hrdesk.services.reports import DEFAULT_SECTIONS
from hrdesk.store.models import Report


def empty_sections(session: Session, period: Period | str) -> tuple[str, ...]:
    """The headings of the period's sections without text, in order; a period with no
    report yet has every usual section empty."""
    require(session, Permission.VIEW_RECORDS)
    if isinstance(period, str):
        period = parse_period(period)
    report = session.scalars(select(Report).where(Report.period_label == period.label)).first()
    if report is None:
        return DEFAULT_SECTIONS
    return tuple(s.heading for s in report.sections if not (s.body or "").strip())


def require_sections_written(
    session: Session, period: Period | str, *, allow_empty: bool = False
) -> tuple[str, ...]:
    """Refuse (ValidationError on "allow_empty_sections") a report with empty sections,
    unless `allow_empty`; returns the empty headings either way."""
    if isinstance(period, str):
        period = parse_period(period)
    empty = empty_sections(session, period)
    if empty and not allow_empty:
        raise ValidationError(
            "allow_empty_sections",
            "report.empty_sections_refused",
            period=Localized(period.title_vi, period.label),
            sections="; ".join(empty),
            count=len(empty),
        )
    return empty
