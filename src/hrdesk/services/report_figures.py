"""Everything a periodic report says in figures, computed once.

`report_figures` gathers the appendix's statistics (`period_statistics`) and the detail
the narrative names: the meetings held and their conclusions, the overdue tasks and their
lead agencies, the trainings with their topics and who attended, the petitions of the
previous period and of the same period a year before, and what is left for the next
period. The drafted sections and the appendix are both made from one `ReportFigures`, so
a number in the text is the number in the table.

Only committee business and counts: no petitioner, and never a denouncer, is read here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import ColumnElement, and_, func, or_, select
from sqlalchemy.orm import Session

from hrdesk.domain.formatting import VIETNAM_FIXED
from hrdesk.domain.periods import Period
from hrdesk.domain.text import vi_sorted
from hrdesk.domain.vocab import MeetingStatus, TaskStatus
from hrdesk.services.common import today
from hrdesk.services.contributions import ContributionView, contributions_for_period
from hrdesk.services.statistics import PeriodStatistics, PetitionFigures, period_statistics
from hrdesk.store.models import (
    Agency,
    Conclusion,
    Meeting,
    Task,
    TrainingAttendance,
    TrainingEvent,
    TrainingTopic,
)

_OPEN = [TaskStatus.OPEN.value, TaskStatus.IN_PROGRESS.value]


@dataclass(frozen=True)
class MeetingHeld:
    day: date  # in Vietnam
    title: str
    conclusions: tuple[str, ...]


@dataclass(frozen=True)
class OverdueTask:
    title: str
    lead_agency: str | None
    due_on: date


@dataclass(frozen=True)
class TrainingHeld:
    title: str
    starts_on: date
    ends_on: date
    topics: tuple[str, ...]
    present: int


@dataclass(frozen=True)
class Attendee:
    """A person present at the period's trainings, and at how many of them."""

    name: str
    agency: str | None
    events: int
    member: bool


@dataclass(frozen=True)
class ReportFigures:
    period: Period
    stats: PeriodStatistics
    previous: Period
    previous_petitions: PetitionFigures
    year_earlier: Period
    year_earlier_petitions: PetitionFigures
    # Petitions still pending at the period's end: what the next period takes over.
    pending_at_end: int
    meetings: tuple[MeetingHeld, ...]
    overdue_tasks: tuple[OverdueTask, ...]
    trainings: tuple[TrainingHeld, ...]
    attendance_by_agency: tuple[tuple[str | None, int], ...]
    attendees: tuple[Attendee, ...]
    next_period: Period
    tasks_due_next: int
    # The member agencies asked for their contribution to this period's report.
    contributions: tuple[ContributionView, ...] = ()


def report_figures(session: Session, period: Period, as_of: date | None = None) -> ReportFigures:
    """The period's figures and the detail behind them (permission checked by the stats)."""
    as_of = as_of or today(session)
    stats = period_statistics(session, period, as_of)
    previous, earlier = period.previous(), period.year_earlier()
    following = period.following()
    after_end = Period.range(following.start, following.start)
    cutoff = min(period.end, as_of)
    return ReportFigures(
        period=period,
        stats=stats,
        previous=previous,
        previous_petitions=period_statistics(session, previous, as_of).petitions,
        year_earlier=earlier,
        year_earlier_petitions=period_statistics(session, earlier, as_of).petitions,
        pending_at_end=period_statistics(session, after_end, as_of).petitions.carried_over,
        meetings=_meetings(session, period),
        overdue_tasks=_overdue_tasks(session, cutoff),
        trainings=_trainings(session, period),
        attendance_by_agency=_attendance_by_agency(session, period),
        attendees=_attendees(session, period),
        next_period=following,
        tasks_due_next=_tasks_due(session, following),
        contributions=tuple(contributions_for_period(session, period, as_of)),
    )


def _meetings(session: Session, period: Period) -> tuple[MeetingHeld, ...]:
    begin = datetime.combine(period.start, time.min, VIETNAM_FIXED)
    finish = datetime.combine(period.end + timedelta(days=1), time.min, VIETNAM_FIXED)
    meetings = session.scalars(
        select(Meeting)
        .where(
            Meeting.starts_at >= begin,
            Meeting.starts_at < finish,
            Meeting.status == MeetingStatus.HELD.value,
        )
        .order_by(Meeting.starts_at, Meeting.id)
    ).all()
    held = []
    for meeting in meetings:
        texts = session.scalars(
            select(Conclusion.text)
            .where(Conclusion.meeting_id == meeting.id)
            .order_by(Conclusion.position, Conclusion.id)
        ).all()
        day = meeting.starts_at.astimezone(VIETNAM_FIXED).date()
        held.append(MeetingHeld(day, meeting.title, tuple(texts)))
    return tuple(held)


def _overdue_tasks(session: Session, cutoff: date) -> tuple[OverdueTask, ...]:
    """The tasks the statistics count as overdue at `cutoff`, earliest due first."""
    open_at_cutoff = or_(
        Task.status.in_(_OPEN),
        and_(Task.status == TaskStatus.DONE.value, Task.completed_on > cutoff),
    )
    rows = session.execute(
        select(Task.title, Agency.name, Task.due_on)
        .outerjoin(Agency, Agency.id == Task.lead_agency_id)
        .where(Task.due_on < cutoff, open_at_cutoff)
        .order_by(Task.due_on, Task.id)
    )
    # `due_on < cutoff` above leaves no task without a due date.
    return tuple(OverdueTask(title, agency, due) for title, agency, due in rows if due)


def _tasks_due(session: Session, period: Period) -> int:
    return (
        session.scalar(
            select(func.count())
            .select_from(Task)
            .where(Task.due_on.between(period.start, period.end), Task.status.in_(_OPEN))
        )
        or 0
    )


def _in_period(period: Period) -> ColumnElement[bool]:
    return and_(TrainingEvent.starts_on <= period.end, TrainingEvent.ends_on >= period.start)


def _trainings(session: Session, period: Period) -> tuple[TrainingHeld, ...]:
    present = (
        select(func.count(TrainingAttendance.id))
        .where(
            TrainingAttendance.event_id == TrainingEvent.id,
            TrainingAttendance.present.is_(True),
        )
        .scalar_subquery()
    )
    rows = session.execute(
        select(
            TrainingEvent.id,
            TrainingEvent.title,
            TrainingEvent.starts_on,
            TrainingEvent.ends_on,
            present,
        )
        .where(_in_period(period))
        .order_by(TrainingEvent.starts_on, TrainingEvent.id)
    ).all()
    held = []
    for event_id, title, starts_on, ends_on, count in rows:
        topics = session.scalars(
            select(TrainingTopic.title)
            .where(TrainingTopic.event_id == event_id)
            .order_by(TrainingTopic.position, TrainingTopic.id)
        ).all()
        held.append(TrainingHeld(title, starts_on, ends_on, tuple(topics), count or 0))
    return tuple(held)


def _agency_name() -> ColumnElement[Any]:
    return func.coalesce(Agency.name, TrainingAttendance.agency_name)


def _attendance_by_agency(session: Session, period: Period) -> tuple[tuple[str | None, int], ...]:
    """People present by agency (the recorded agency, else the name typed in), most first."""
    name = _agency_name()
    rows = session.execute(
        select(name, func.count(TrainingAttendance.id))
        .select_from(TrainingAttendance)
        .join(TrainingEvent, TrainingEvent.id == TrainingAttendance.event_id)
        .outerjoin(Agency, Agency.id == TrainingAttendance.agency_id)
        .where(_in_period(period), TrainingAttendance.present.is_(True))
        .group_by(name)
    ).all()
    ordered = vi_sorted(rows, key=lambda row: row[0] or "")
    ordered.sort(key=lambda row: -row[1])
    return tuple((agency, count) for agency, count in ordered)


def _attendees(session: Session, period: Period) -> tuple[Attendee, ...]:
    """Each person present (a member once, whatever name was typed), most trainings first."""
    person = func.coalesce(
        TrainingAttendance.member_id * -1, func.lower(TrainingAttendance.full_name)
    )
    rows = session.execute(
        select(
            func.min(TrainingAttendance.full_name),
            func.min(_agency_name()),
            func.count(func.distinct(TrainingAttendance.event_id)),
            func.max(TrainingAttendance.member_id),
        )
        .select_from(TrainingAttendance)
        .join(TrainingEvent, TrainingEvent.id == TrainingAttendance.event_id)
        .outerjoin(Agency, Agency.id == TrainingAttendance.agency_id)
        .where(_in_period(period), TrainingAttendance.present.is_(True))
        .group_by(person)
    ).all()
    people = [
        Attendee(name, agency, count, member is not None) for name, agency, count, member in rows
    ]
    ordered = vi_sorted(people, key=lambda a: a.name)
    ordered.sort(key=lambda a: (not a.member, -a.events))
    return tuple(ordered)
