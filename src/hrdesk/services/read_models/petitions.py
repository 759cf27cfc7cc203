"""A petition's case as the details pane and `hrdesk show` give it, read in one session:
the facts, the deadline and its rule, the timeline, and the people who filed it where the
officer may see them (a denouncer only once opened on purpose)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from hrdesk.domain.deadline_state import DeadlineState
from hrdesk.domain.petition_flow import Action
from hrdesk.domain.vocab import (
    Channel,
    Outcome,
    PetitionField,
    PetitionKind,
    PetitionStatus,
    StepKind,
)
from hrdesk.services.common import by_uid
from hrdesk.services.petition_flow import offered_actions
from hrdesk.services.petitions import (
    CLASSIFICATION_FIELDS,
    can_see_petitioners,
    deadline_state,
    petitioners_of,
    reveal_petitioners,
)
from hrdesk.services.rules import stored_rules
from hrdesk.store.models import Petition, Petitioner


@dataclass(frozen=True)
class Person:
    full_name: str
    address: str
    id_number: str
    phone: str
    representative: bool

    @classmethod
    def of(cls, p: Petitioner) -> Person:
        return cls(p.full_name, p.address or "", p.id_number or "", p.phone or "", p.representative)


@dataclass(frozen=True)
class Step:
    on: date
    kind: StepKind
    actor: str
    note: str
    deadline_after: date | None


@dataclass(frozen=True)
class CaseView:
    """What the panel shows of one petition, read in one session."""

    uid: str
    reference: str
    kind: PetitionKind
    status: PetitionStatus
    complaint_round: int
    flags: tuple[str, ...]  # the classification's labels: complex, remote area…
    field: PetitionField
    channel: Channel
    received_on: date
    handling_agency: str
    handler: str
    prior_agency: str
    people_count: int
    transferred_to: str
    outcome: Outcome | None
    outcome_note: str
    decided_on: date | None
    summary: str
    deadline: date | None
    state: DeadlineState
    rule_key: str
    rule: str
    rule_set: str  # the legal basis of the rule set the petition is measured by
    rule_set_unconfirmed: bool
    extensions: int
    steps: tuple[Step, ...]
    actions: tuple[Action, ...]
    complex: bool
    classification: dict[str, Any]  # kind, round and flags, as the classify step takes them
    can_see_people: bool
    people: tuple[Person, ...] | None  # None: masked or hidden

    @property
    def denunciation(self) -> bool:
        return self.kind is PetitionKind.DENUNCIATION


def read_case(
    session: Session, uid: str, lang: str, revealed: tuple[Person, ...] | None = None
) -> CaseView:
    """The case as the panel shows it. A denouncer's identity is given only as `revealed`,
    which the caller got through `reveal_petitioners` (logged); everyone else who may see
    people gets them here."""
    p = by_uid(session, Petition, uid, "petition")
    kind = PetitionKind(p.kind)
    can_see = can_see_petitioners(session, p)
    people: tuple[Person, ...] | None = None
    if can_see:
        if kind is not PetitionKind.DENUNCIATION:
            people = tuple(Person.of(x) for x in petitioners_of(session, uid))
        elif revealed is not None:
            people = revealed
    flags = tuple(
        CLASSIFICATION_FIELDS[name].label(lang)
        for name in ("complex", "especially_complex", "remote_area")
        if getattr(p, name)
    )
    return CaseView(
        uid=p.uid,
        reference=p.reference or "",
        kind=kind,
        status=PetitionStatus(p.status),
        complaint_round=p.complaint_round or 1,
        flags=flags,
        field=PetitionField(p.field),
        channel=Channel(p.channel),
        received_on=p.received_on,
        handling_agency=p.handling_agency.name if p.handling_agency else "",
        handler=p.handler.full_name if p.handler else "",
        prior_agency=p.prior_agency or "",
        people_count=p.people_count or 1,
        transferred_to=p.transferred_to or "",
        outcome=Outcome(p.outcome) if p.outcome else None,
        outcome_note=p.outcome_note or "",
        decided_on=p.decided_on,
        summary=p.summary or "",
        deadline=p.deadline,
        state=deadline_state(session, p),
        rule_key=p.deadline_rule or "",
        rule=_rule_text(session, p, lang),
        rule_set=stored_rules(session, p).info.basis(lang),
        rule_set_unconfirmed=stored_rules(session, p).info.unconfirmed,
        extensions=p.extensions or 0,
        steps=tuple(
            Step(s.occurred_on, StepKind(s.kind), s.actor or "", s.note or "", s.deadline_after)
            for s in p.steps
        ),
        actions=offered_actions(session, p),
        complex=bool(p.complex or p.especially_complex),
        classification={name: getattr(p, name) for name in CLASSIFICATION_FIELDS},
        can_see_people=can_see,
        people=people,
    )


def _rule_text(session: Session, petition: Petition, lang: str) -> str:
    """The article the deadline comes from, in the window's language ("" for a manual one)."""
    key = petition.deadline_rule
    if not key or key == "manual":
        return ""
    try:
        rule = stored_rules(session, petition).rule(key)
    except KeyError:  # a rule an office's override file has since dropped
        return key
    return rule.article_vi if lang == "vi" else rule.article_en


def reveal_people(session: Session, uid: str) -> tuple[Person, ...]:
    """A denouncer's identity, shown on purpose: `reveal_petitioners` logs that it was."""
    return tuple(Person.of(p) for p in reveal_petitioners(session, uid))
