"""What the details pane and `hrdesk show` give of a task: the record, its agencies and
responsible member by name, and its progress notes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from hrdesk.domain.vocab import TaskSource, TaskStatus
from hrdesk.services.common import by_uid
from hrdesk.store.models import Task


@dataclass(frozen=True)
class ProgressNote:
    noted_on: date
    author: str
    text: str


@dataclass(frozen=True)
class TaskView:
    uid: str
    title: str
    source: TaskSource
    source_ref: str
    lead_agency: str
    supporting_agencies: tuple[str, ...]
    responsible_member: str
    due_on: date | None
    status: TaskStatus
    completed_on: date | None
    description: str
    notes: tuple[ProgressNote, ...]  # oldest first


def read_task(session: Session, uid: str) -> TaskView:
    task = by_uid(session, Task, uid, "task")
    return TaskView(
        uid=task.uid,
        title=task.title,
        source=TaskSource(task.source),
        source_ref=task.source_ref or "",
        lead_agency=task.lead_agency.name if task.lead_agency else "",
        supporting_agencies=tuple(a.name for a in task.supporting_agencies),
        responsible_member=task.responsible_member.full_name if task.responsible_member else "",
        due_on=task.due_on,
        status=TaskStatus(task.status),
        completed_on=task.completed_on,
        description=task.description or "",
        notes=tuple(ProgressNote(n.noted_on, n.author or "", n.text) for n in task.notes),
    )
