"""Meetings (cuộc họp): attendance, agenda, discussion, conclusions that become tasks."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from hrdesk.domain.access import Permission
from hrdesk.domain.errors import ValidationError
from hrdesk.domain.formatting import format_date, local_datetime
from hrdesk.domain.text import clean, clean_multiline
from hrdesk.domain.vocab import MeetingStatus, TaskSource
from hrdesk.messages import Localized
from hrdesk.services import records
from hrdesk.services.common import by_uid, require, resolve_member
from hrdesk.services.fields import Field, field_map
from hrdesk.services.tasks import create_task
from hrdesk.store.models import AgendaItem, Conclusion, Meeting, MeetingAttendance, Task

FULL_NAME = Localized("Họ và tên", "Full name")
AGENDA_TITLE = Localized("Nội dung", "Agenda item")
CONCLUSION_TEXT = Localized("Nội dung kết luận", "Conclusion")

FIELDS = field_map(
    Field("title", "Tên cuộc họp", "Title", "multiline", required=True, max_length=500),
    Field("starts_at", "Thời gian bắt đầu", "Starts at", "datetime", required=True),
    Field("ends_at", "Thời gian kết thúc", "Ends at", "datetime"),
    Field("place", "Địa điểm", "Place", max_length=300),
    Field("chair", "Chủ trì", "Chair", "member"),
    Field("chair_name", "Tên người chủ trì", "Chair's name", max_length=120),
    Field("secretary", "Thư ký", "Secretary", "member"),
    Field("secretary_name", "Tên thư ký", "Secretary's name", max_length=120),
    Field("discussion", "Diễn biến chung", "Discussion", "multiline"),
    Field("status", "Trạng thái", "Status", "choice", required=True, choices=MeetingStatus),
)


def _check(meeting: Meeting) -> None:
    if records.out_of_order(meeting.starts_at, meeting.ends_at):
        raise ValidationError("ends_at", "dates.ends_before_start")
    if meeting.chair is not None and not meeting.chair_name:
        meeting.chair_name = meeting.chair.full_name
    if meeting.secretary is not None and not meeting.secretary_name:
        meeting.secretary_name = meeting.secretary.full_name


def create_meeting(session: Session, **values: Any) -> Meeting:
    values.setdefault("status", MeetingStatus.PLANNED.value)
    return records.create(session, Meeting, FIELDS, values, _check)


def update_meeting(session: Session, uid: str, **values: Any) -> Meeting:
    return records.update(session, Meeting, "meeting", uid, FIELDS, values, _check)


def archive_meeting(session: Session, uid: str, archived: bool = True) -> Meeting:
    return records.archive(session, Meeting, "meeting", uid, archived)


def set_attendance(session: Session, uid: str, people: list[dict[str, Any]]) -> Meeting:
    """Replace the attendance list. Each entry: member (uid or name) or full_name; present;
    absence_reason (required when absent, as the minutes must give it)."""
    require(session, Permission.EDIT_RECORDS)
    meeting = by_uid(session, Meeting, uid, "meeting")
    rows = []
    with session.no_autoflush:
        for index, person in enumerate(people, start=1):
            member = resolve_member(session, person.get("member"), f"attendance[{index}].member")
            name = clean(person.get("full_name")) or (member.full_name if member else None)
            if not name:
                raise ValidationError(
                    f"attendance[{index}].full_name", "row.required", row=index, label=FULL_NAME
                )
            present = bool(person.get("present", True))
            reason = clean_multiline(person.get("absence_reason"))
            if not present and not reason:
                raise ValidationError(
                    f"attendance[{index}].absence_reason", "meeting.absence_reason"
                )
            agency = member.agency.name if member and member.agency else None
            rows.append(
                MeetingAttendance(
                    member=member,
                    full_name=name,
                    title=clean(person.get("title")) or (member.title if member else None),
                    agency_name=clean(person.get("agency_name")) or agency,
                    present=present,
                    absence_reason=None if present else reason,
                )
            )
        meeting.attendance = rows
    session.flush()
    return meeting


def set_agenda(session: Session, uid: str, items: list[dict[str, Any]]) -> list[AgendaItem]:
    """Set the agenda: items in order, each with a title and what was discussed.

    An item given with the `uid` of an existing item is that item, changed and moved, so
    the conclusions tied to it stay tied; items left out are removed (their conclusions
    stay, no longer tied to an item).
    """
    require(session, Permission.EDIT_RECORDS)
    meeting = by_uid(session, Meeting, uid, "meeting")
    existing = {item.uid: item for item in meeting.agenda}
    kept = []
    for index, entry in enumerate(items, start=1):
        title = clean_multiline(entry.get("title"))
        if not title:
            raise ValidationError(
                f"agenda[{index}].title", "row.required", row=index, label=AGENDA_TITLE
            )
        item = existing.get(entry.get("uid") or "") or AgendaItem()
        item.position, item.title = index, title
        item.discussion = clean_multiline(entry.get("discussion"))
        kept.append(item)
    with session.no_autoflush:
        for conclusion in meeting.conclusions:
            if conclusion.agenda_item is not None and conclusion.agenda_item not in kept:
                conclusion.agenda_item = None
        meeting.agenda = kept
    session.flush()
    return kept


def add_conclusion(
    session: Session, uid: str, text: str, agenda_position: int | None = None
) -> Conclusion:
    require(session, Permission.EDIT_RECORDS)
    meeting = by_uid(session, Meeting, uid, "meeting")
    body = clean_multiline(text)
    if not body:
        raise ValidationError("text", "field.required", label=CONCLUSION_TEXT)
    item = None
    if agenda_position is not None:
        item = next((a for a in meeting.agenda if a.position == agenda_position), None)
        if item is None:
            raise ValidationError(
                "agenda_position", "meeting.no_agenda_item", position=agenda_position
            )
    conclusion = Conclusion(position=len(meeting.conclusions) + 1, text=body, agenda_item=item)
    meeting.conclusions.append(conclusion)
    session.flush()
    return conclusion


def task_values_from_conclusion(session: Session, conclusion_uid: str) -> dict[str, Any]:
    """What a new task made from this conclusion starts with (the window's form uses it)."""
    require(session, Permission.VIEW_RECORDS)
    conclusion = by_uid(session, Conclusion, conclusion_uid, "conclusion")
    meeting = conclusion.meeting
    return {
        "title": conclusion.text,
        "source": TaskSource.MEETING.value,
        # The day as it was in Vietnam: a meeting at 06:30 is not on the previous (UTC) day.
        "source_ref": f"Kết luận cuộc họp {meeting.title} "
        f"({format_date(local_datetime(meeting.starts_at))})",
    }


def task_from_conclusion(session: Session, conclusion_uid: str, **values: Any) -> Task:
    """Create the task a conclusion calls for, and link the conclusion to it."""
    conclusion = by_uid(session, Conclusion, conclusion_uid, "conclusion")
    if conclusion.task_id is not None:
        raise ValidationError("conclusion", "meeting.conclusion_has_task")
    task = create_task(
        session, **{**task_values_from_conclusion(session, conclusion_uid), **values}
    )
    conclusion.task = task
    session.flush()
    return task
