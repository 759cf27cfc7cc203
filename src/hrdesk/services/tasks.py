"""Tasks (nhiệm vụ): lead and supporting agencies, a due date, dated progress notes."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from hrdesk.domain.access import Permission
from hrdesk.domain.errors import ValidationError
from hrdesk.domain.text import clean_multiline
from hrdesk.domain.vocab import TaskSource, TaskStatus
from hrdesk.messages import Localized
from hrdesk.services import records
from hrdesk.services.common import by_uid, require, resolve_agency, today
from hrdesk.services.fields import Field, coerce, field_map
from hrdesk.store.models import Task, TaskNote

NOTE_TEXT = Localized("Nội dung", "Note")

FIELDS = field_map(
    Field("title", "Nội dung nhiệm vụ", "Title", "multiline", required=True, max_length=1000),
    Field("description", "Mô tả", "Description", "multiline"),
    Field("source", "Nguồn", "Source", "choice", required=True, choices=TaskSource),
    Field("source_ref", "Văn bản nguồn", "Source document", max_length=200),
    Field("lead_agency", "Cơ quan chủ trì", "Lead agency", "agency"),
    Field("responsible_member", "Thành viên phụ trách", "Responsible member", "member"),
    Field("due_on", "Hạn hoàn thành", "Due date", "date"),
    Field("status", "Trạng thái", "Status", "choice", required=True, choices=TaskStatus),
    Field("completed_on", "Ngày hoàn thành", "Completed on", "date"),
)


def _check(task: Task) -> None:
    if task.status == TaskStatus.DONE and task.completed_on is None:
        raise ValidationError("completed_on", "task.done_needs_date")
    if task.status != TaskStatus.DONE and task.completed_on is not None:
        raise ValidationError("completed_on", "task.date_only_when_done")


def _set_supporting(session: Session, task: Task, agencies: list[Any] | None) -> None:
    if agencies is None:
        return
    resolved = [resolve_agency(session, a, "supporting_agencies") for a in agencies]
    task.supporting_agencies = [a for a in resolved if a is not None]


def create_task(
    session: Session, *, supporting_agencies: list[Any] | None = None, **values: Any
) -> Task:
    values.setdefault("status", TaskStatus.OPEN.value)
    values.setdefault("source", TaskSource.OTHER.value)
    task = records.create(session, Task, FIELDS, values, _check)
    _set_supporting(session, task, supporting_agencies)
    session.flush()
    return task


def update_task(
    session: Session, uid: str, *, supporting_agencies: list[Any] | None = None, **values: Any
) -> Task:
    task = records.update(session, Task, "task", uid, FIELDS, values, _check)
    _set_supporting(session, task, supporting_agencies)
    session.flush()
    return task


def archive_task(session: Session, uid: str, archived: bool = True) -> Task:
    return records.archive(session, Task, "task", uid, archived)


def add_note(
    session: Session, task_uid: str, text: str, noted_on: date | str | None = None
) -> TaskNote:
    """A dated progress note on a task."""
    actor = require(session, Permission.EDIT_RECORDS)
    task = by_uid(session, Task, task_uid, "task")
    body = clean_multiline(text or "")
    if not body:
        raise ValidationError("text", "field.required", label=NOTE_TEXT)
    when = coerce(None, Field("noted_on", "Ngày", "Date", "date"), noted_on) or today(session)
    note = TaskNote(noted_on=when, text=body, author=actor.display_name)
    task.notes.append(note)
    if task.status == TaskStatus.OPEN:
        task.status = TaskStatus.IN_PROGRESS.value
    session.flush()
    return note


def is_overdue(task: Task, on: date) -> bool:
    return (
        task.due_on is not None
        and task.due_on < on
        and task.status
        in (
            TaskStatus.OPEN,
            TaskStatus.IN_PROGRESS,
        )
    )
