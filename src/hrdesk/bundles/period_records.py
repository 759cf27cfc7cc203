"""Which records a period's package covers, each as the plain dict its JSON line holds.

Petitions received or decided in the period; tasks due or completed in it, or overdue and
still open at its start; trainings that overlap it; meetings that start in it (Vietnam
time); the committee's members and agencies as they stand. Petitioners appear only with
`personal`; a denouncer's identity never does. Field by field: SCHEMA.md.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session, selectinload

from hrdesk.domain.periods import Period
from hrdesk.domain.vocab import TASK_OPEN_STATUSES, PetitionKind, TaskStatus
from hrdesk.services.fields import VIETNAM
from hrdesk.store.models import (
    Agency,
    Conclusion,
    Meeting,
    MeetingAttendance,
    Member,
    Petition,
    Task,
    TrainingAttendance,
    TrainingEvent,
)

BATCH = 500
PETITION_COLUMNS = (
    "reference",
    "received_on",
    "channel",
    "kind",
    "complaint_round",
    "complex",
    "especially_complex",
    "remote_area",
    "field",
    "summary",
    "people_count",
    "prior_agency",
    "status",
    "deadline",
    "deadline_rule",
    "accepted_on",
    "decided_on",
    "closed_on",
    "extensions",
    "extension_days",
    "transferred_to",
    "outcome",
    "outcome_note",
)


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def _uid(record: Any) -> str | None:
    return record.uid if record is not None else None


def petitions(session: Session, period: Period, personal: bool) -> Iterator[dict[str, Any]]:
    query = (
        select(Petition)
        .where(
            or_(
                Petition.received_on.between(period.start, period.end),
                Petition.decided_on.between(period.start, period.end),
            )
        )
        .options(
            selectinload(Petition.steps),
            selectinload(Petition.petitioners),
            selectinload(Petition.handling_agency),
        )
        .order_by(Petition.received_on, Petition.id)
    )
    for p in session.scalars(query.execution_options(yield_per=BATCH)):
        record = {"uid": p.uid, **{c: _plain(getattr(p, c)) for c in PETITION_COLUMNS}}
        record["handling_agency_uid"] = _uid(p.handling_agency)
        record["archived"] = p.archived
        # Step notes and actors stay in the office: they can name people.
        record["steps"] = [{"kind": s.kind, "occurred_on": _plain(s.occurred_on)} for s in p.steps]
        confidential = p.kind == PetitionKind.DENUNCIATION
        record["identity_confidential"] = confidential
        if personal:
            record["petitioners"] = (
                []
                if confidential
                else [
                    {
                        "full_name": x.full_name,
                        "address": x.address,
                        "representative": x.representative,
                    }
                    for x in p.petitioners
                ]
            )
        yield record


def tasks(session: Session, period: Period) -> Iterator[dict[str, Any]]:
    start, end = period.start, period.end
    open_at_end = or_(
        Task.status.in_([s.value for s in TASK_OPEN_STATUSES]),
        and_(Task.status == TaskStatus.DONE.value, Task.completed_on > end),
    )
    query = (
        select(Task)
        .where(
            Task.archived_at.is_(None),
            or_(
                Task.due_on.between(start, end),
                Task.completed_on.between(start, end),
                and_(Task.due_on < start, open_at_end),
            ),
        )
        .options(
            selectinload(Task.notes),
            selectinload(Task.supporting_agencies),
            selectinload(Task.lead_agency),
            selectinload(Task.responsible_member),
        )
        .order_by(Task.due_on, Task.id)
    )
    for t in session.scalars(query.execution_options(yield_per=BATCH)):
        yield {
            "uid": t.uid,
            "title": t.title,
            "description": t.description,
            "source": t.source,
            "source_ref": t.source_ref,
            "lead_agency_uid": _uid(t.lead_agency),
            "supporting_agency_uids": sorted(a.uid for a in t.supporting_agencies),
            "responsible_member_uid": _uid(t.responsible_member),
            "due_on": _plain(t.due_on),
            "status": t.status,
            "completed_on": _plain(t.completed_on),
            "notes": [{"noted_on": _plain(n.noted_on), "text": n.text} for n in t.notes],
        }


def trainings(session: Session, period: Period) -> Iterator[dict[str, Any]]:
    query = (
        select(TrainingEvent)
        .where(
            TrainingEvent.archived_at.is_(None),
            TrainingEvent.starts_on <= period.end,
            TrainingEvent.ends_on >= period.start,
        )
        .options(
            selectinload(TrainingEvent.topics),
            selectinload(TrainingEvent.organiser_agency),
            selectinload(TrainingEvent.attendance).selectinload(TrainingAttendance.member),
            selectinload(TrainingEvent.attendance).selectinload(TrainingAttendance.agency),
        )
        .order_by(TrainingEvent.starts_on, TrainingEvent.id)
    )
    for e in session.scalars(query.execution_options(yield_per=BATCH)):
        yield {
            "uid": e.uid,
            "title": e.title,
            "starts_on": _plain(e.starts_on),
            "ends_on": _plain(e.ends_on),
            "place": e.place,
            "organiser_agency_uid": _uid(e.organiser_agency),
            "topics": [{"title": t.title, "presenter": t.presenter} for t in e.topics],
            "attendance": [
                {
                    "member_uid": _uid(a.member),
                    "full_name": a.full_name,
                    "title": a.title,
                    "agency_uid": _uid(a.agency),
                    "agency_name": a.agency_name,
                    "present": a.present,
                }
                for a in e.attendance
            ],
        }


def meetings(session: Session, period: Period) -> Iterator[dict[str, Any]]:
    begin = datetime.combine(period.start, time.min, VIETNAM)
    finish = datetime.combine(period.end + timedelta(days=1), time.min, VIETNAM)
    query = (
        select(Meeting)
        .where(
            Meeting.archived_at.is_(None), Meeting.starts_at >= begin, Meeting.starts_at < finish
        )
        .options(
            selectinload(Meeting.chair),
            selectinload(Meeting.secretary),
            selectinload(Meeting.attendance).selectinload(MeetingAttendance.member),
            selectinload(Meeting.agenda),
            selectinload(Meeting.conclusions).selectinload(Conclusion.task),
        )
        .order_by(Meeting.starts_at, Meeting.id)
    )
    for m in session.scalars(query.execution_options(yield_per=BATCH)):
        yield {
            "uid": m.uid,
            "title": m.title,
            "starts_at": _plain(m.starts_at),
            "ends_at": _plain(m.ends_at),
            "place": m.place,
            "status": m.status,
            "chair_member_uid": _uid(m.chair),
            "chair_name": m.chair_name,
            "secretary_member_uid": _uid(m.secretary),
            "secretary_name": m.secretary_name,
            "attendance": [
                {
                    "member_uid": _uid(a.member),
                    "full_name": a.full_name,
                    "title": a.title,
                    "agency_name": a.agency_name,
                    "present": a.present,
                    "absence_reason": a.absence_reason,
                }
                for a in m.attendance
            ],
            "agenda": [{"title": a.title} for a in m.agenda],
            "conclusions": [{"text": c.text, "task_uid": _uid(c.task)} for c in m.conclusions],
        }


def members(session: Session) -> Iterator[dict[str, Any]]:
    query = (
        select(Member)
        .where(Member.archived_at.is_(None))
        .options(selectinload(Member.appointments), selectinload(Member.agency))
        .order_by(Member.name_key, Member.id)
    )
    for m in session.scalars(query.execution_options(yield_per=BATCH)):
        yield {
            "uid": m.uid,
            "full_name": m.full_name,
            "title": m.title,
            "agency_uid": _uid(m.agency),
            "role": m.role,
            "active": m.active,
            "appointments": [
                {
                    "role": a.role,
                    "decision_number": a.decision_number,
                    "decision_date": _plain(a.decision_date),
                    "term_start": _plain(a.term_start),
                    "term_end": _plain(a.term_end),
                }
                for a in m.appointments
            ],
        }


def agencies(session: Session) -> Iterator[dict[str, Any]]:
    query = select(Agency).where(Agency.archived_at.is_(None)).order_by(Agency.name_key, Agency.id)
    for a in session.scalars(query.execution_options(yield_per=BATCH)):
        yield {"uid": a.uid, "name": a.name, "short_name": a.short_name, "kind": a.kind}
