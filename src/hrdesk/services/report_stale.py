"""Sections the officer wrote over a draft whose figures have changed since.

A section the officer edited keeps its text when the report is drafted again, and so the
figures of the draft it was written from. When a draft made now from the period's records
says something else than that draft did, the section is stale: the window and
`hrdesk report --draft` say so, show what changed, and offer to draft it again (asking
before the typed text is replaced) or to mark the text as brought up to date by hand.
"""

from __future__ import annotations

import difflib
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from hrdesk.domain.access import Permission
from hrdesk.domain.errors import ValidationError
from hrdesk.domain.periods import Period, parse_period
from hrdesk.domain.text import clean_multiline
from hrdesk.services.common import require
from hrdesk.services.report_draft import draft_sections
from hrdesk.services.report_figures import report_figures
from hrdesk.services.reports import report_for_period
from hrdesk.store.models import ReportSection

CONTEXT_WORDS = 3  # words kept either side of a change, so "45 đơn" reads as what it counts


@dataclass(frozen=True)
class Change:
    """One place where the new draft differs: the words before and after, with context."""

    before: str
    after: str


@dataclass(frozen=True)
class StaleSection:
    heading: str
    drafted: str  # the draft the officer's text was written from
    fresh: str  # the draft the records give now
    changes: tuple[Change, ...]


def heading_key(heading: str) -> str:
    """Headings match whatever their spacing and case."""
    return " ".join(heading.split()).casefold()


def written_over_draft(section: ReportSection) -> bool:
    """The officer's own text, written over a draft (not typed from nothing)."""
    body = (section.body or "").strip()
    return bool(body) and section.drafted_body is not None and section.body != section.drafted_body


def changes(before: str, after: str) -> tuple[Change, ...]:
    """Where `after` differs from `before`, word by word, each with a few words around it."""
    old, new = before.split(), after.split()
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    found = []
    for group in matcher.get_grouped_opcodes(CONTEXT_WORDS):
        i1, i2 = group[0][1], group[-1][2]
        j1, j2 = group[0][3], group[-1][4]
        found.append(Change(" ".join(old[i1:i2]), " ".join(new[j1:j2])))
    return tuple(found)


def stale_among(
    sections: list[ReportSection], fresh: Mapping[str, str]
) -> tuple[StaleSection, ...]:
    """The sections written over a draft that differs from `fresh` (drafts by heading key)."""
    stale = []
    for section in sections:
        text = fresh.get(heading_key(section.heading))
        if text is None or not written_over_draft(section):
            continue
        now = clean_multiline(text) or ""
        drafted = section.drafted_body or ""
        if now != drafted:
            stale.append(StaleSection(section.heading, drafted, now, changes(drafted, now)))
    return tuple(stale)


def fresh_drafts(session: Session, period: Period, as_of: date | None = None) -> dict[str, str]:
    """What each usual section would say if drafted now, by heading key."""
    texts = draft_sections(report_figures(session, period, as_of))
    return {heading_key(h): t for h, t in texts.items()}


def stale_sections(
    session: Session, period: Period | str, as_of: date | None = None
) -> tuple[StaleSection, ...]:
    """The period's sections the officer wrote over a draft whose figures changed since
    (none when the period has no report). The figures are computed only when some section
    was written over a draft."""
    require(session, Permission.VIEW_RECORDS)
    if isinstance(period, str):
        period = parse_period(period)
    try:
        report = report_for_period(session, period, create=False)
    except ValidationError:
        return ()
    sections = list(report.sections)
    if not any(written_over_draft(s) for s in sections):
        return ()
    return stale_among(sections, fresh_drafts(session, period, as_of))


def mark_up_to_date(
    session: Session, period: Period | str, heading: str, as_of: date | None = None
) -> None:
    """The officer has brought the section's figures up to date by hand: its text stays,
    and it is compared with the draft of today's records from now on."""
    require(session, Permission.EDIT_RECORDS)
    if isinstance(period, str):
        period = parse_period(period)
    report = report_for_period(session, period, create=False)
    fresh = fresh_drafts(session, period, as_of)
    for section in report.sections:
        text = fresh.get(heading_key(section.heading))
        if heading_key(section.heading) == heading_key(heading) and text is not None:
            section.drafted_body = clean_multiline(text) or ""
            session.flush()
            return
    raise ValidationError("heading", "report.no_drafted_section", heading=heading)
