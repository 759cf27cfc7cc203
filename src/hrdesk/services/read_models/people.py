"""What the details pane and `hrdesk show` give of a committee member and of a member
agency: the record, a member's appointments, the training their people attended, and an
agency's contributions to the periodic report over past periods."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from hrdesk.domain.vocab import AgencyKind, MemberRole
from hrdesk.services import trainings
from hrdesk.services.common import by_uid
from hrdesk.services.read_models.agency_record import (
    ContributionTally,
    PastContribution,
    past_contributions,
)
from hrdesk.store.models import Agency, Member


@dataclass(frozen=True)
class Appointment:
    role: MemberRole
    term_start: date
    term_end: date | None
    decision_number: str
    decision_date: date | None


@dataclass(frozen=True)
class Attended:
    """One training a member was on the roster of."""

    event_uid: str
    starts_on: date
    title: str
    present: bool


@dataclass(frozen=True)
class MemberView:
    uid: str
    full_name: str
    title: str
    agency: str
    role: MemberRole
    phone: str
    email: str
    active: bool
    appointments: tuple[Appointment, ...]  # oldest first
    training: tuple[Attended, ...]


@dataclass(frozen=True)
class AgencyPerson:
    full_name: str
    role: MemberRole


@dataclass(frozen=True)
class AgencyTraining:
    """A training the agency's people came to, with how many of them did."""

    event_uid: str
    starts_on: date
    title: str
    participants: int


@dataclass(frozen=True)
class AgencyView:
    uid: str
    name: str
    short_name: str
    kind: AgencyKind
    address: str
    phone: str
    email: str
    notes: str
    members: tuple[AgencyPerson, ...]  # those not archived
    training: tuple[AgencyTraining, ...]
    contributions: tuple[PastContribution, ...]  # newest period first
    contribution_tally: ContributionTally


def read_member(session: Session, uid: str) -> MemberView:
    member = by_uid(session, Member, uid, "member")
    return MemberView(
        uid=member.uid,
        full_name=member.full_name,
        title=member.title or "",
        agency=member.agency.name if member.agency else "",
        role=MemberRole(member.role),
        phone=member.phone or "",
        email=member.email or "",
        active=bool(member.active),
        appointments=tuple(
            Appointment(
                MemberRole(a.role),
                a.term_start,
                a.term_end,
                a.decision_number or "",
                a.decision_date,
            )
            for a in member.appointments
        ),
        training=tuple(
            Attended(r.event_uid, r.starts_on, r.title, r.present)
            for r in trainings.member_history(session, uid)
        ),
    )


def read_agency(session: Session, uid: str) -> AgencyView:
    agency = by_uid(session, Agency, uid, "agency")
    seen: dict[str, int] = {}
    titles: dict[str, tuple[date, str]] = {}
    for record in trainings.agency_history(session, uid):
        if record.present:
            seen[record.event_uid] = seen.get(record.event_uid, 0) + 1
            titles[record.event_uid] = (record.starts_on, record.title)
    contributions, tally = past_contributions(session, uid)
    return AgencyView(
        uid=agency.uid,
        name=agency.name,
        short_name=agency.short_name or "",
        kind=AgencyKind(agency.kind),
        address=agency.address or "",
        phone=agency.phone or "",
        email=agency.email or "",
        notes=agency.notes or "",
        members=tuple(
            AgencyPerson(m.full_name, MemberRole(m.role))
            for m in agency.members
            if m.archived_at is None
        ),
        training=tuple(
            AgencyTraining(event_uid, *titles[event_uid], count)
            for event_uid, count in seen.items()
        ),
        contributions=contributions,
        contribution_tally=tally,
    )
