"""Figures for a period, computed by SQL aggregates (never by loading records).

Archived records count: archiving takes a record out of the working lists, not out of
the history a report describes.

Petitions: carried over from before the period (received earlier, still pending when it
began), received in the period, resolved (decided) in it, of those on time, and those
still open past their deadline at the period's end; by kind and by field. A petition
resolved in the period was either carried over or received in it, so every row balances:
resolved <= carried over + received. Tasks (also by lead agency), trainings and meetings
likewise.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import Row, and_, case, func, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.sql import ColumnElement

from hrdesk.domain.access import Permission
from hrdesk.domain.periods import Period
from hrdesk.domain.vocab import MeetingStatus, PetitionStatus, TaskStatus
from hrdesk.services.common import require, today
from hrdesk.store.models import (
    Agency,
    Conclusion,
    Meeting,
    Petition,
    Task,
    TrainingAttendance,
    TrainingEvent,
)


@dataclass
class PetitionFigures:
    received: int = 0
    resolved: int = 0
    on_time: int = 0
    overdue: int = 0
    # Last, so figures written before it existed (four numbers) still read.
    carried_over: int = 0

    def add(self, other: PetitionFigures) -> None:
        self.received += other.received
        self.resolved += other.resolved
        self.on_time += other.on_time
        self.overdue += other.overdue
        self.carried_over += other.carried_over

    @property
    def to_resolve(self) -> int:
        """What the period had to deal with: carried over plus received."""
        return self.carried_over + self.received

    @property
    def balances(self) -> bool:
        """Resolved never exceeds what there was to resolve, and on time never exceeds it."""
        return self.on_time <= self.resolved <= self.to_resolve


@dataclass(frozen=True)
class TaskFigures:
    due: int
    done: int
    done_on_time: int
    overdue: int

    def __add__(self, other: TaskFigures) -> TaskFigures:
        return TaskFigures(
            self.due + other.due,
            self.done + other.done,
            self.done_on_time + other.done_on_time,
            self.overdue + other.overdue,
        )


@dataclass(frozen=True)
class TrainingFigures:
    events: int
    participants: int
    members_trained: int


@dataclass(frozen=True)
class MeetingFigures:
    held: int
    conclusions: int
    conclusions_with_task: int


@dataclass
class PeriodStatistics:
    period: Period
    as_of: date
    petitions: PetitionFigures = field(default_factory=PetitionFigures)
    by_kind: dict[str, PetitionFigures] = field(default_factory=dict)
    by_field: dict[str, PetitionFigures] = field(default_factory=dict)
    tasks: TaskFigures | None = None
    # The same task figures by lead agency (its name; None for tasks with none); they sum
    # to `tasks`.
    tasks_by_agency: dict[str | None, TaskFigures] = field(default_factory=dict)
    trainings: TrainingFigures | None = None
    meetings: MeetingFigures | None = None


def _count(condition: ColumnElement[bool]) -> ColumnElement[int]:
    return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)


def _petition_rows(
    session: Session, start: date, end: date, cutoff: date
) -> list[Row[str, str, int, int, int, int, int]]:
    p = Petition
    received = p.received_on.between(start, end)
    resolved = p.decided_on.between(start, end)
    stopped_by_end = or_(
        p.decided_on <= end,
        p.closed_on <= end,
        p.status.in_([PetitionStatus.RETURNED.value, PetitionStatus.TRANSFERRED.value]),
    )
    overdue = and_(p.deadline < cutoff, ~func.coalesce(stopped_by_end, False))
    # Still pending when the period began: decided in it or later, or not decided and
    # neither closed, returned nor transferred before it. Anything decided in the period
    # and received before it is counted here, which is what makes every row balance.
    pending_at_start = or_(
        p.decided_on >= start,
        and_(
            p.decided_on.is_(None),
            or_(p.closed_on.is_(None), p.closed_on >= start),
            p.status.not_in([PetitionStatus.RETURNED.value, PetitionStatus.TRANSFERRED.value]),
        ),
    )
    carried = and_(p.received_on < start, pending_at_start)
    query = (
        select(
            p.kind,
            p.field,
            _count(received),
            _count(resolved),
            _count(and_(resolved, p.decided_on <= p.deadline)),
            _count(overdue),
            _count(carried),
        )
        .where(p.received_on <= end)
        .group_by(p.kind, p.field)
    )
    return list(session.execute(query))


def period_statistics(
    session: Session, period: Period, as_of: date | None = None
) -> PeriodStatistics:
    require(session, Permission.VIEW_RECORDS)
    as_of = as_of or today(session)
    start, end = period.start, period.end
    # Overdue is judged at the period's end, or today for a period still running.
    cutoff = min(end, as_of)
    stats = PeriodStatistics(period, as_of)
    for kind, field_name, received, resolved, on_time, overdue, carried in _petition_rows(
        session, start, end, cutoff
    ):
        figures = PetitionFigures(received, resolved, on_time, overdue, carried)
        stats.petitions.add(figures)
        stats.by_kind.setdefault(kind, PetitionFigures()).add(figures)
        stats.by_field.setdefault(field_name, PetitionFigures()).add(figures)
    stats.tasks_by_agency = _task_figures(session, start, end, cutoff)
    stats.tasks = sum(stats.tasks_by_agency.values(), TaskFigures(0, 0, 0, 0))
    stats.trainings = _training_figures(session, start, end)
    stats.meetings = _meeting_figures(session, start, end)
    return stats


def _task_figures(
    session: Session, start: date, end: date, cutoff: date
) -> dict[str | None, TaskFigures]:
    """Task figures by lead agency; an agency with nothing to count in the period is left out."""
    t = Task
    done_in = and_(t.status == TaskStatus.DONE.value, t.completed_on.between(start, end))
    open_at_cutoff = or_(
        t.status.in_([TaskStatus.OPEN.value, TaskStatus.IN_PROGRESS.value]),
        and_(t.status == TaskStatus.DONE.value, t.completed_on > cutoff),
    )
    rows = session.execute(
        select(
            Agency.name,
            _count(t.due_on.between(start, end)),
            _count(done_in),
            _count(and_(done_in, or_(t.due_on.is_(None), t.completed_on <= t.due_on))),
            _count(and_(t.due_on < cutoff, open_at_cutoff)),
        )
        .outerjoin(Agency, Agency.id == t.lead_agency_id)
        .group_by(Agency.name)
    )
    by_agency: dict[str | None, TaskFigures] = {}
    for name, *counts in rows:
        figures = TaskFigures(*counts)
        if figures != TaskFigures(0, 0, 0, 0):
            by_agency[name] = figures
    return by_agency


def _training_figures(session: Session, start: date, end: date) -> TrainingFigures:
    in_period = and_(TrainingEvent.starts_on <= end, TrainingEvent.ends_on >= start)
    events = session.scalar(select(func.count()).select_from(TrainingEvent).where(in_period))
    row = session.execute(
        select(
            func.count(TrainingAttendance.id),
            func.count(func.distinct(TrainingAttendance.member_id)),
        )
        .join(TrainingEvent, TrainingEvent.id == TrainingAttendance.event_id)
        .where(in_period, TrainingAttendance.present.is_(True))
    ).one()
    return TrainingFigures(events or 0, row[0], row[1])


def _meeting_figures(session: Session, start: date, end: date) -> MeetingFigures:
    from datetime import datetime, time, timedelta

    from hrdesk.services.fields import VIETNAM

    begin = datetime.combine(start, time.min, VIETNAM)
    finish = datetime.combine(end + timedelta(days=1), time.min, VIETNAM)
    in_period = and_(
        Meeting.starts_at >= begin,
        Meeting.starts_at < finish,
        Meeting.status == MeetingStatus.HELD.value,
    )
    held = session.scalar(select(func.count()).select_from(Meeting).where(in_period)) or 0
    row = session.execute(
        select(func.count(Conclusion.id), func.count(Conclusion.task_id))
        .join(Meeting, Meeting.id == Conclusion.meeting_id)
        .where(in_period)
    ).one()
    return MeetingFigures(held, row[0], row[1])
