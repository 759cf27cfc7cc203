"""What the details pane and `hrdesk show` give of a training and of a meeting: the
record, its topics or agenda, who came, and a meeting's conclusions with the tasks they
became."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy.orm import Session

from hrdesk.domain.vocab import MeetingStatus, TaskStatus
from hrdesk.services.common import by_uid
from hrdesk.store.models import Meeting, TrainingEvent


@dataclass(frozen=True)
class Topic:
    title: str
    presenter: str


@dataclass(frozen=True)
class Participant:
    """One person on a training's roster or at a meeting."""

    full_name: str
    member: bool  # a committee member, not an outside official or a guest
    agency: str
    present: bool
    absence_reason: str = ""


@dataclass(frozen=True)
class TrainingView:
    uid: str
    title: str
    starts_on: date
    ends_on: date | None
    place: str
    organiser: str
    materials: str
    topics: tuple[Topic, ...]
    roster: tuple[Participant, ...]

    @property
    def members_on_roster(self) -> int:
        return sum(1 for p in self.roster if p.member)

    @property
    def present(self) -> int:
        return sum(1 for p in self.roster if p.present)


@dataclass(frozen=True)
class AgendaEntry:
    position: int
    title: str
    discussion: str


@dataclass(frozen=True)
class ConclusionTask:
    """The task a conclusion became."""

    uid: str
    title: str
    status: TaskStatus
    due_on: date | None


@dataclass(frozen=True)
class ConclusionEntry:
    uid: str
    text: str
    agenda_position: int | None
    task: ConclusionTask | None


@dataclass(frozen=True)
class MeetingView:
    uid: str
    title: str
    starts_at: datetime
    ends_at: datetime | None
    place: str
    chair: str  # the name as the minutes give it, with the member's title
    secretary: str
    status: MeetingStatus
    discussion: str
    attendance: tuple[Participant, ...]
    agenda: tuple[AgendaEntry, ...]
    conclusions: tuple[ConclusionEntry, ...]


def read_training(session: Session, uid: str) -> TrainingView:
    event = by_uid(session, TrainingEvent, uid, "training")
    return TrainingView(
        uid=event.uid,
        title=event.title,
        starts_on=event.starts_on,
        ends_on=event.ends_on,
        place=event.place or "",
        organiser=event.organiser_agency.name if event.organiser_agency else "",
        materials=event.materials or "",
        topics=tuple(Topic(t.title, t.presenter or "") for t in event.topics),
        roster=tuple(
            Participant(
                a.full_name,
                a.member_id is not None,
                (a.agency.name if a.agency is not None else a.agency_name) or "",
                bool(a.present),
            )
            for a in event.attendance
        ),
    )


def _person(member: Any, name: str | None) -> str:
    shown = name or (member.full_name if member else None)
    if shown and member is not None and member.title:
        return f"{shown}, {member.title}"
    return shown or ""


def read_meeting(session: Session, uid: str) -> MeetingView:
    meeting = by_uid(session, Meeting, uid, "meeting")
    conclusions = []
    for c in meeting.conclusions:
        task = c.task
        conclusions.append(
            ConclusionEntry(
                c.uid,
                c.text,
                c.agenda_item.position if c.agenda_item is not None else None,
                ConclusionTask(task.uid, task.title, TaskStatus(task.status), task.due_on)
                if task is not None
                else None,
            )
        )
    return MeetingView(
        uid=meeting.uid,
        title=meeting.title,
        starts_at=meeting.starts_at,
        ends_at=meeting.ends_at,
        place=meeting.place or "",
        chair=_person(meeting.chair, meeting.chair_name),
        secretary=_person(meeting.secretary, meeting.secretary_name),
        status=MeetingStatus(meeting.status),
        discussion=meeting.discussion or "",
        attendance=tuple(
            Participant(
                a.full_name,
                a.member_id is not None,
                a.agency_name or "",
                bool(a.present),
                a.absence_reason or "",
            )
            for a in meeting.attendance
        ),
        agenda=tuple(AgendaEntry(a.position, a.title, a.discussion or "") for a in meeting.agenda),
        conclusions=tuple(conclusions),
    )
