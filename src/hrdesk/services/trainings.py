"""Training events (tập huấn): topics and presenters, the roster, and training history."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from hrdesk.domain.access import Permission
from hrdesk.domain.errors import ValidationError
from hrdesk.domain.text import clean, clean_multiline
from hrdesk.messages import Localized
from hrdesk.services import records
from hrdesk.services.common import by_uid, require, resolve_agency, resolve_member
from hrdesk.services.fields import Field, field_map
from hrdesk.store.models import Agency, Member, TrainingAttendance, TrainingEvent, TrainingTopic

FULL_NAME = Localized("Họ và tên", "Full name")
TOPIC_TITLE = Localized("Chuyên đề", "Topic")

FIELDS = field_map(
    Field("title", "Tên lớp tập huấn", "Title", "multiline", required=True, max_length=500),
    Field("starts_on", "Từ ngày", "Starts on", "date", required=True),
    Field("ends_on", "Đến ngày", "Ends on", "date", required=True),
    Field("place", "Địa điểm", "Place", max_length=300),
    Field("organiser_agency", "Cơ quan tổ chức", "Organiser", "agency"),
    Field("materials", "Tài liệu", "Materials", "multiline"),
)


def _check(event: TrainingEvent) -> None:
    if records.out_of_order(event.starts_on, event.ends_on):
        raise ValidationError("ends_on", "dates.ends_before_start")


def create_training(session: Session, **values: Any) -> TrainingEvent:
    if values.get("starts_on") and not values.get("ends_on"):
        values["ends_on"] = values["starts_on"]
    return records.create(session, TrainingEvent, FIELDS, values, _check)


def update_training(session: Session, uid: str, **values: Any) -> TrainingEvent:
    return records.update(session, TrainingEvent, "training", uid, FIELDS, values, _check)


def archive_training(session: Session, uid: str, archived: bool = True) -> TrainingEvent:
    return records.archive(session, TrainingEvent, "training", uid, archived)


def set_topics(session: Session, uid: str, topics: list[dict[str, Any]]) -> list[TrainingTopic]:
    """Replace the programme: topics in order, each with its presenter."""
    require(session, Permission.EDIT_RECORDS)
    event = by_uid(session, TrainingEvent, uid, "training")
    rows = []
    for index, topic in enumerate(topics, start=1):
        title = clean_multiline(topic.get("title"))
        if not title:
            raise ValidationError(
                f"topics[{index}].title", "row.required", row=index, label=TOPIC_TITLE
            )
        rows.append(
            TrainingTopic(position=index, title=title, presenter=clean(topic.get("presenter")))
        )
    with session.no_autoflush:
        event.topics = rows
    session.flush()
    return rows


def set_roster(session: Session, uid: str, people: list[dict[str, Any]]) -> TrainingEvent:
    """Replace the roster. Each entry names a member (uid or name), or an outside official
    by full_name with their agency; `present` says whether they came."""
    require(session, Permission.EDIT_RECORDS)
    event = by_uid(session, TrainingEvent, uid, "training")
    rows = []
    with session.no_autoflush:
        for index, person in enumerate(people, start=1):
            member = resolve_member(session, person.get("member"), f"roster[{index}].member")
            name = clean(person.get("full_name")) or (member.full_name if member else None)
            if not name:
                raise ValidationError(
                    f"roster[{index}].full_name", "row.required", row=index, label=FULL_NAME
                )
            agency = resolve_agency(session, person.get("agency"), f"roster[{index}].agency")
            if agency is None and member is not None:
                agency = member.agency
            rows.append(
                TrainingAttendance(
                    member=member,
                    full_name=name,
                    title=clean(person.get("title")) or (member.title if member else None),
                    agency=agency,
                    agency_name=clean(person.get("agency_name"))
                    or (agency.name if agency else None),
                    present=bool(person.get("present", True)),
                )
            )
        event.attendance = rows
    session.flush()
    return event


@dataclass(frozen=True)
class TrainingRecord:
    """One training someone (or some agency's staff) attended."""

    event_uid: str
    title: str
    starts_on: date
    ends_on: date
    attendee: str
    present: bool


def _history(session: Session, condition: Any) -> list[TrainingRecord]:
    require(session, Permission.VIEW_RECORDS)
    rows = session.execute(
        select(TrainingEvent, TrainingAttendance)
        .join(TrainingAttendance, TrainingAttendance.event_id == TrainingEvent.id)
        .where(condition)
        .order_by(TrainingEvent.starts_on.desc(), TrainingAttendance.id)
    )
    return [
        TrainingRecord(e.uid, e.title, e.starts_on, e.ends_on, a.full_name, a.present)
        for e, a in rows
    ]


def member_history(session: Session, member_uid: str) -> list[TrainingRecord]:
    member = by_uid(session, Member, member_uid, "member")
    return _history(session, TrainingAttendance.member_id == member.id)


def agency_history(session: Session, agency_uid: str) -> list[TrainingRecord]:
    agency = by_uid(session, Agency, agency_uid, "agency")
    return _history(session, TrainingAttendance.agency_id == agency.id)
