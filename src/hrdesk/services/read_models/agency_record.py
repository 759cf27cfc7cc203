"""An agency's contributions to the periodic report over the periods it was asked for, as
its details pane and `hrdesk show agencies UID` give them: one row a period, newest first,
and the tally of how it answered."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from hrdesk.domain.periods import parse_period
from hrdesk.services.contributions import (
    EXCUSED,
    LATE,
    MISSING,
    ON_TIME,
    WAITING,
    ContributionView,
    agency_record,
)


@dataclass(frozen=True)
class PastContribution:
    """One period's request to the agency and what came of it, judged on the day read."""

    period_label: str  # "2026-Q3"
    due_on: date  # the date it was asked to report by
    received_on: date | None
    state: str  # on_time, late, missing, waiting (not due yet) or excused
    days_late: int  # late: days after the due date it came; missing: days overdue so far


@dataclass(frozen=True)
class ContributionTally:
    """How many of the periods the agency was asked for ended in each state."""

    periods: int
    on_time: int
    late: int
    missing: int
    excused: int
    waiting: int


def _newest_first(view: ContributionView) -> tuple[date, date]:
    return parse_period(view.period_label).end, view.due_on


def past_contributions(
    session: Session, agency_uid: str, as_of: date | None = None
) -> tuple[tuple[PastContribution, ...], ContributionTally]:
    """The agency's record over every period it was asked for, newest period first."""
    views = sorted(agency_record(session, agency_uid, as_of), key=_newest_first, reverse=True)
    rows = tuple(
        PastContribution(v.period_label, v.due_on, v.received_on, v.state, v.days_late)
        for v in views
    )
    states = [r.state for r in rows]
    tally = ContributionTally(
        periods=len(rows),
        on_time=states.count(ON_TIME),
        late=states.count(LATE),
        missing=states.count(MISSING),
        excused=states.count(EXCUSED),
        waiting=states.count(WAITING),
    )
    return rows, tally
