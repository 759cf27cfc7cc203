"""Drafting a report's sections from the records without losing what the officer typed.

A section is the officer's own once its text differs from what was last drafted for it
(and is not empty): a new draft replaces it only when asked to (`replace_edited`). A
section whose heading is not one of the usual ones is never touched.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from hrdesk.domain.access import Permission
from hrdesk.domain.periods import Period, parse_period
from hrdesk.domain.text import clean_multiline
from hrdesk.services.common import actor_of, require
from hrdesk.services.report_draft import draft_sections
from hrdesk.services.report_figures import ReportFigures, report_figures
from hrdesk.services.report_stale import StaleSection, heading_key, stale_among
from hrdesk.services.reports import report_for_period
from hrdesk.store.models import Report, ReportSection


@dataclass(frozen=True)
class DraftOutcome:
    report_uid: str
    drafted: tuple[str, ...]  # headings whose text is now the new draft
    kept: tuple[str, ...]  # headings whose typed text was kept (ask before replacing)
    # Of those kept, the ones written over a draft whose figures have changed since.
    stale: tuple[StaleSection, ...] = ()


def typed_by_officer(section: ReportSection) -> bool:
    """True when the section holds text that is not the last draft made for it."""
    body = (section.body or "").strip()
    return bool(body) and section.body != section.drafted_body


def draft_report(
    session: Session,
    period: Period | str,
    *,
    replace_edited: bool = False,
    only: Collection[str] | None = None,
    as_of: date | None = None,
) -> DraftOutcome:
    """Draft the usual sections of the period's report (made if it has none) from its
    records, or only the sections headed `only`; sections the officer edited are kept
    unless `replace_edited`."""
    require(session, Permission.EDIT_RECORDS)
    if isinstance(period, str):
        period = parse_period(period)
    report = report_for_period(session, period)
    texts = {
        heading_key(h): t for h, t in draft_sections(report_figures(session, period, as_of)).items()
    }
    chosen = None if only is None else {heading_key(h) for h in only}
    drafted, kept = [], []
    for section in report.sections:
        text = texts.get(heading_key(section.heading))
        if text is None or (chosen is not None and heading_key(section.heading) not in chosen):
            continue
        if typed_by_officer(section) and not replace_edited:
            kept.append(section)
            continue
        section.body = section.drafted_body = clean_multiline(text) or ""
        drafted.append(section.heading)
    session.flush()
    return DraftOutcome(
        report.uid, tuple(drafted), tuple(s.heading for s in kept), stale_among(kept, texts)
    )


def sections_for_print(
    session: Session, report: Report, figures: ReportFigures
) -> list[tuple[str, str]]:
    """The sections as the PDF prints them: a section still holding its untouched draft
    gets the draft of `figures` (the appendix's), so text and tables never disagree; the
    refreshed draft is stored when the officer may edit."""
    texts = {heading_key(h): t for h, t in draft_sections(figures).items()}
    may_store = actor_of(session).can(Permission.EDIT_RECORDS)
    printed = []
    for section in report.sections:
        body = section.body or ""
        fresh = texts.get(heading_key(section.heading))
        if fresh is not None and section.drafted_body is not None and body == section.drafted_body:
            body = clean_multiline(fresh) or ""
            if may_store and body != section.body:
                section.body = section.drafted_body = body
        printed.append((section.heading, body))
    return printed
