"""The figures the dashboard (Tổng quan) shows: what needs attention today, and the trends.

Every figure is one SQL aggregate over indexed columns (deadline, status, received_on,
decided_on, starts_on, starts_at), so the dashboard of a national store costs a handful
of index scans, never a load of records. Each card uses the same conditions as the list
it opens (archived records left out, the same "overdue"), so clicking a card shows
exactly as many rows as the card says. The petition charts count every petition the
office received or resolved, as the periodic reports do; tasks and training are counted
as their lists show them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time
from typing import Any

from sqlalchemy import and_, case, func, select
from sqlalchemy.orm import Session
from sqlalchemy.sql import ColumnElement

from hrdesk.domain.access import Permission
from hrdesk.domain.deadline_state import DueSoonRule
from hrdesk.domain.formatting import VIETNAM_FIXED
from hrdesk.domain.periods import Period
from hrdesk.domain.vocab import (
    PETITION_RUNNING,
    TASK_OPEN_STATUSES,
    MeetingStatus,
    PetitionKind,
    TaskStatus,
)
from hrdesk.services.common import require, today
from hrdesk.services.rules import deadline_clock
from hrdesk.store.models import Meeting, Petition, Task, TrainingAttendance, TrainingEvent

MONTHS = 12
QUARTERS = 8

_RUNNING = [s.value for s in PETITION_RUNNING]
_TASK_OPEN = [s.value for s in TASK_OPEN_STATUSES]


@dataclass(frozen=True)
class NextMeeting:
    uid: str
    title: str
    starts_at: datetime  # aware, UTC
    place: str | None


@dataclass(frozen=True)
class QuarterTraining:
    year: int
    quarter: int
    events: int
    participants: int  # attendance entries marked present


@dataclass(frozen=True)
class TodayCounts:
    """The cards: what needs attention as of `as_of`."""

    as_of: date
    petitions_overdue: int
    petitions_due_soon: int  # still running, due soon by `due_soon` (amber in the list)
    tasks_overdue: int
    next_meeting: NextMeeting | None
    quarter: Period
    trainings_this_quarter: int
    participants_this_quarter: int
    due_soon: DueSoonRule  # what "due soon" means, for the card to say


@dataclass(frozen=True)
class ChartSeries:
    """The charts' data; lists run oldest first, one entry per month or quarter."""

    months: list[date]  # the first day of each of the last MONTHS months, this one last
    received: dict[str, list[int]] = field(default_factory=dict)  # petition kind → per month
    resolved: dict[str, list[int]] = field(default_factory=dict)  # decided, per month
    tasks_by_status: dict[str, int] = field(default_factory=dict)  # every TaskStatus
    training_by_quarter: list[QuarterTraining] = field(default_factory=list)


@dataclass(frozen=True)
class Dashboard:
    counts: TodayCounts
    charts: ChartSeries


def _count(condition: ColumnElement[bool]) -> ColumnElement[int]:
    return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)


def current_quarter(day: date) -> Period:
    return Period.quarter(day.year, (day.month - 1) // 3 + 1)


def _month_start(day: date, back: int = 0) -> date:
    index = day.year * 12 + day.month - 1 - back
    return date(index // 12, index % 12 + 1, 1)


def _quarter_index(year: int, quarter: int) -> int:
    return year * 4 + quarter - 1


def today_counts(session: Session, as_of: date | None = None) -> TodayCounts:
    """The cards' counts; `as_of` defaults to today (pinned by tests in the session)."""
    require(session, Permission.VIEW_RECORDS)
    day = as_of or today(session)
    p = Petition
    clock = deadline_clock(session, day)
    # The last day "due soon" reaches comes from the calendar (one rule with the row's
    # colour and the list's filter); one range over the (status, deadline) index then
    # gives both petition counts.
    _first, last = clock.due_soon_range()
    overdue, due_soon = session.execute(
        select(_count(p.deadline < day), _count(p.deadline >= day)).where(
            p.status.in_(_RUNNING), p.deadline <= last, p.archived_at.is_(None)
        )
    ).one()
    tasks_overdue = session.scalar(
        select(func.count())
        .select_from(Task)
        .where(Task.status.in_(_TASK_OPEN), Task.due_on < day, Task.archived_at.is_(None))
    )
    quarter = current_quarter(day)
    events, participants = _training_totals(session, quarter.start, quarter.end)
    return TodayCounts(
        as_of=day,
        petitions_overdue=int(overdue),
        petitions_due_soon=int(due_soon),
        tasks_overdue=int(tasks_overdue or 0),
        next_meeting=next_meeting(session, day),
        quarter=quarter,
        trainings_this_quarter=events,
        participants_this_quarter=participants,
        due_soon=clock.rule,
    )


def next_meeting(session: Session, day: date) -> NextMeeting | None:
    """The first planned meeting from now on (from the start of `day` when it is not today)."""
    start = datetime.combine(day, time.min, VIETNAM_FIXED)
    now = datetime.now(VIETNAM_FIXED)
    # A meeting that began an hour ago is not "next"; a pinned day (tests) has no "now".
    moment = now if now.date() == day else start
    row = session.execute(
        select(Meeting.uid, Meeting.title, Meeting.starts_at, Meeting.place)
        .where(
            Meeting.starts_at >= moment,
            Meeting.status == MeetingStatus.PLANNED.value,
            Meeting.archived_at.is_(None),
        )
        .order_by(Meeting.starts_at, Meeting.id)
        .limit(1)
    ).first()
    return None if row is None else NextMeeting(*row)


def _training_totals(session: Session, start: date, end: date) -> tuple[int, int]:
    """Events starting between `start` and `end`, and the people present at them."""
    in_range = and_(
        TrainingEvent.starts_on.between(start, end), TrainingEvent.archived_at.is_(None)
    )
    events = session.scalar(select(func.count()).select_from(TrainingEvent).where(in_range))
    participants = session.scalar(
        select(func.count(TrainingAttendance.id))
        .join(TrainingEvent, TrainingEvent.id == TrainingAttendance.event_id)
        .where(in_range, TrainingAttendance.present.is_(True))
    )
    return int(events or 0), int(participants or 0)


def chart_series(session: Session, as_of: date | None = None) -> ChartSeries:
    """Petitions received and resolved per month by kind, tasks by status, and training
    participants per quarter, each one grouped query."""
    require(session, Permission.VIEW_RECORDS)
    day = as_of or today(session)
    months = [_month_start(day, back) for back in range(MONTHS - 1, -1, -1)]
    return ChartSeries(
        months=months,
        received=_per_month(session, Petition.received_on, months, day),
        resolved=_per_month(session, Petition.decided_on, months, day),
        tasks_by_status=_tasks_by_status(session),
        training_by_quarter=_training_by_quarter(session, day),
    )


def _per_month(
    session: Session, column: Any, months: list[date], day: date
) -> dict[str, list[int]]:
    position = {(m.year, m.month): i for i, m in enumerate(months)}
    kinds = [kind.value for kind in PetitionKind]
    series = {kind: [0] * len(months) for kind in kinds}
    # Counted per day in the index's own order, then added up per month here: no function
    # on each of a national year's quarter of a million rows, and no sort.
    query = select(Petition.kind, column, func.count()).where(column >= months[0], column <= day)
    if column is Petition.received_on:
        # Naming the kinds lets SQLite read the (kind, received_on) index alone, never
        # the table. (For decided_on it would lead the planner away from the
        # (decided_on, kind) index.)
        query = query.where(Petition.kind.in_(kinds)).group_by(Petition.kind, column)
    else:
        query = query.group_by(column, Petition.kind)
    for kind, on, n in session.execute(query):
        index = position.get((on.year, on.month))
        if index is not None:
            series.setdefault(kind, [0] * len(months))[index] += n
    return series


def _tasks_by_status(session: Session) -> dict[str, int]:
    counts = {status.value: 0 for status in TaskStatus}
    rows = session.execute(
        select(Task.status, func.count()).where(Task.archived_at.is_(None)).group_by(Task.status)
    )
    counts.update({status: n for status, n in rows})
    return counts


def _training_by_quarter(session: Session, day: date) -> list[QuarterTraining]:
    this = current_quarter(day)
    last = _quarter_index(this.start.year, (this.start.month - 1) // 3 + 1)
    first = last - QUARTERS + 1
    start = Period.quarter(first // 4, first % 4 + 1).start
    # Events and the people present, per starting day (the starts_on index's order, each
    # event's present people counted from the (event_id, present) index), then per quarter.
    present = (
        select(func.count(TrainingAttendance.id))
        .where(
            TrainingAttendance.event_id == TrainingEvent.id,
            TrainingAttendance.present.is_(True),
        )
        .scalar_subquery()
    )
    rows = session.execute(
        select(TrainingEvent.starts_on, func.count(), func.coalesce(func.sum(present), 0))
        .where(
            TrainingEvent.starts_on.between(start, this.end),
            TrainingEvent.archived_at.is_(None),
        )
        .group_by(TrainingEvent.starts_on)
    )
    found: dict[int, tuple[int, int]] = {}
    for on, events, people in rows:
        index = _quarter_index(on.year, (on.month - 1) // 3 + 1)
        before = found.get(index, (0, 0))
        found[index] = (before[0] + events, before[1] + people)
    return [
        QuarterTraining(i // 4, i % 4 + 1, *found.get(i, (0, 0))) for i in range(first, last + 1)
    ]


def dashboard(session: Session, as_of: date | None = None) -> Dashboard:
    """Everything the dashboard shows, in one read."""
    day = as_of or today(session)
    return Dashboard(today_counts(session, day), chart_series(session, day))
