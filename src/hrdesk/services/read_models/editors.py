"""What the window's forms and editors start from: a record's form values, the choices of
an agency or member field, and the rows a meeting's or training's editor opens with.

Plain values only (uids for related records): nothing here hands out a stored object.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from hrdesk.domain.vocab import MemberRole
from hrdesk.services import listing, petitions
from hrdesk.services.agencies import FIELDS as AGENCY_FIELDS
from hrdesk.services.common import by_uid
from hrdesk.services.fields import Field
from hrdesk.services.meetings import FIELDS as MEETING_FIELDS
from hrdesk.services.members import FIELDS as MEMBER_FIELDS
from hrdesk.services.tasks import FIELDS as TASK_FIELDS
from hrdesk.services.trainings import FIELDS as TRAINING_FIELDS
from hrdesk.store.models import Agency, Meeting, Member, Petition, Task, TrainingEvent

ROLE_ORDER = {role.value: number for number, role in enumerate(MemberRole)}

# Each kind's model, the label its not-found error names, and the fields its form edits.
FORMS: dict[str, tuple[Any, str, dict[str, Field]]] = {
    "agencies": (Agency, "agency", AGENCY_FIELDS),
    "members": (Member, "member", MEMBER_FIELDS),
    "tasks": (Task, "task", TASK_FIELDS),
    "trainings": (TrainingEvent, "training", TRAINING_FIELDS),
    "meetings": (Meeting, "meeting", MEETING_FIELDS),
    "petitions": (Petition, "petition", petitions.DETAIL_FIELDS),
}


def _plain(value: Any) -> Any:
    """A related record as its uid; any other value as it is."""
    uid = getattr(value, "uid", None)
    return uid if isinstance(uid, str) else value


def form_values(session: Session, kind: str, uid: str) -> dict[str, Any]:
    """A record's values as its edit form shows them (a related record by its uid)."""
    model, label, fields = FORMS[kind]
    record = by_uid(session, model, uid, label)
    return {name: _plain(getattr(record, name)) for name in fields}


def agency_choices(session: Session) -> list[tuple[str, str]]:
    """(uid, name) of every agency in the list, for an agency field."""
    rows = listing.fetch(session, "agencies", sort="name", limit=None)
    return [(r["uid"], r["name"]) for r in rows]


def member_choices(session: Session) -> list[tuple[str, str]]:
    """(uid, full name) of every member in the list, for a member field."""
    rows = listing.fetch(session, "members", sort="full_name", limit=None)
    return [(r["uid"], r["full_name"]) for r in rows]


def committee(session: Session) -> list[dict[str, Any]]:
    """Active members, heads first, then by name in Vietnamese order (as the minutes do)."""
    rows = listing.fetch(session, "members", sort="full_name", limit=None)
    active = [r for r in rows if r.get("active")]
    return sorted(active, key=lambda r: ROLE_ORDER.get(r.get("role") or "", len(ROLE_ORDER)))


def meeting_attendance(
    session: Session, uid: str
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """A meeting's attendance as its editor takes it, and the committee to add from."""
    meeting = by_uid(session, Meeting, uid, "meeting")
    saved = [
        {
            "member": a.member.uid if a.member else None,
            "full_name": a.full_name,
            "title": a.title,
            "agency_name": a.agency_name,
            "present": a.present,
            "absence_reason": a.absence_reason,
        }
        for a in meeting.attendance
    ]
    return saved, committee(session)


def meeting_agenda(session: Session, uid: str) -> tuple[list[dict[str, str]], int]:
    """A meeting's agenda items, and how many conclusions are tied to one of them."""
    meeting = by_uid(session, Meeting, uid, "meeting")
    items = [
        {"uid": a.uid, "title": a.title, "discussion": a.discussion or ""} for a in meeting.agenda
    ]
    return items, sum(1 for c in meeting.conclusions if c.agenda_item_id is not None)


def agenda_titles(session: Session, uid: str) -> list[tuple[int, str]]:
    """(position, title) of a meeting's agenda items, for a conclusion to name one."""
    meeting = by_uid(session, Meeting, uid, "meeting")
    return [(a.position, a.title) for a in meeting.agenda]


def training_topics(session: Session, uid: str) -> list[dict[str, str]]:
    event = by_uid(session, TrainingEvent, uid, "training")
    return [{"title": t.title, "presenter": t.presenter or ""} for t in event.topics]


def training_roster(
    session: Session, uid: str
) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[tuple[str, str]]]:
    """A training's roster as its editor takes it, the committee, and the agencies."""
    event = by_uid(session, TrainingEvent, uid, "training")
    saved = [
        {
            "member": a.member.uid if a.member else None,
            "full_name": a.full_name,
            "title": a.title,
            "agency": a.agency.uid if a.agency else None,
            "agency_name": a.agency_name or (a.agency.name if a.agency else None),
            "present": a.present,
        }
        for a in event.attendance
    ]
    return saved, committee(session), agency_choices(session)
