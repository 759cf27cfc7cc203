"""The petition workflow: each step the law allows, recorded on the case's timeline with
its date, the acting officer and a note, and the statutory deadline recomputed.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from hrdesk.domain.access import Permission
from hrdesk.domain.errors import ValidationError
from hrdesk.domain.local_government import check_not_district_level
from hrdesk.domain.petition_flow import Action, allowed_actions, check_allowed
from hrdesk.domain.text import clean, clean_multiline
from hrdesk.domain.vocab import Outcome, PetitionStatus, StepKind
from hrdesk.messages import Localized
from hrdesk.services.common import by_uid, require, today
from hrdesk.services.fields import Field, apply, coerce
from hrdesk.services.office import calendar
from hrdesk.services.petitions import (
    CLASSIFICATION_FIELDS,
    add_step,
    check_classification,
    recompute_deadline,
)
from hrdesk.services.rules import granted_steps, rules_of
from hrdesk.store.models import Petition, PetitionStep

DATE_FIELD = Field("on", "Ngày", "Date", "date")


def offered_actions(session: Session, petition: Petition) -> tuple[Action, ...]:
    """The steps offered for the petition today: its stage and kind, and the steps the
    rules in force grant it. The window's buttons and `hrdesk petition actions` both."""
    return allowed_actions(petition.status, petition.kind, granted_steps(session, petition))


def actions_for(session: Session, uid: str) -> tuple[Action, ...]:
    """`offered_actions` of the petition with this uid, for an officer who may read it."""
    require(session, Permission.VIEW_RECORDS)
    return offered_actions(session, by_uid(session, Petition, uid, "petition"))


def _begin(
    session: Session, uid: str, action: Action, on: date | str | None
) -> tuple[Petition, date, str]:
    actor = require(session, Permission.EDIT_RECORDS)
    petition = by_uid(session, Petition, uid, "petition")
    when = coerce(session, DATE_FIELD, on) or today(session)
    # The steps a later rule set brings are open on the days it is in force.
    check_allowed(petition.status, petition.kind, action, granted_steps(session, petition, when))
    if when > today(session):
        raise ValidationError("on", "petition.step_in_future")
    last = max((s.occurred_on for s in petition.steps), default=petition.received_on)
    if when < last:
        raise ValidationError("on", "petition.step_before_last", last=last)
    return petition, when, actor.display_name


def _finish(
    session: Session, petition: Petition, kind: StepKind, when: date, actor: str, note: str | None
) -> PetitionStep:
    step = add_step(petition, kind, when, actor, clean_multiline(note) if note else None)
    session.flush()
    return step


def classify(
    session: Session,
    uid: str,
    *,
    on: date | str | None = None,
    note: str | None = None,
    **classification: Any,
) -> PetitionStep:
    """Record the kind, round, complexity and remoteness; the acceptance limit follows them."""
    petition, when, actor = _begin(session, uid, Action.CLASSIFY, on)
    with session.no_autoflush:
        before = {name: getattr(petition, name) for name in CLASSIFICATION_FIELDS}
        apply(session, petition, CLASSIFICATION_FIELDS, classification)
        check_classification(petition)
        petition.status = PetitionStatus.CLASSIFIED.value
        changed = any(getattr(petition, name) != value for name, value in before.items())
        # A deadline carried over by hand from a paper book stands until the case is
        # classified differently; then the law's limit for the new class applies.
        if petition.deadline_rule != "manual" or changed:
            recompute_deadline(session, petition)
    return _finish(session, petition, StepKind.CLASSIFIED, when, actor, note)


def accept(
    session: Session, uid: str, *, on: date | str | None = None, note: str | None = None
) -> PetitionStep:
    """Thụ lý: the resolution clock starts from this date."""
    petition, when, actor = _begin(session, uid, Action.ACCEPT, on)
    petition.status = PetitionStatus.ACCEPTED.value
    petition.accepted_on = when
    recompute_deadline(session, petition)
    return _finish(session, petition, StepKind.ACCEPTED, when, actor, note)


def return_with_guidance(
    session: Session, uid: str, *, guidance: str, on: date | str | None = None
) -> PetitionStep:
    """Trả lại đơn và hướng dẫn: the guidance given to the citizen is required."""
    if not clean(guidance or ""):
        raise ValidationError("guidance", "petition.guidance_required")
    petition, when, actor = _begin(session, uid, Action.RETURN, on)
    petition.status = PetitionStatus.RETURNED.value
    return _finish(session, petition, StepKind.RETURNED, when, actor, guidance)


def transfer(
    session: Session, uid: str, *, to: str, on: date | str | None = None, note: str | None = None
) -> PetitionStep:
    """Chuyển đơn to the competent agency (a denunciation within the rule's
    `denunciation.forwarding` limit, Art. 24(2))."""
    target = clean(to or "")
    if not target:
        raise ValidationError("to", "petition.transfer_needs_agency")
    check_not_district_level("to", target)
    petition, when, actor = _begin(session, uid, Action.TRANSFER, on)
    petition.status = PetitionStatus.TRANSFERRED.value
    petition.transferred_to = target
    text = f"Chuyển đến: {target}" + (f". {note}" if note else "")
    return _finish(session, petition, StepKind.TRANSFERRED, when, actor, text)


def max_extension_days(session: Session, uid: str | None = None) -> int:
    """The longest extension the rules allow (the petition's own set, or today's)."""
    if uid is None:
        from hrdesk.services.rules import deadline_rules

        return deadline_rules(session).rule("denunciation.extension").days
    petition = by_uid(session, Petition, uid, "petition")
    return rules_of(session, petition).rule("denunciation.extension").days


def extend(
    session: Session,
    uid: str,
    *,
    days: int | None = None,
    on: date | str | None = None,
    note: str | None = None,
) -> PetitionStep:
    """Gia hạn a denunciation: once if complex, twice if especially complex, each time by
    up to the extension rule's days (the longest if `days` is not given)."""
    petition, when, actor = _begin(session, uid, Action.EXTEND, on)
    rules = rules_of(session, petition)
    longest = rules.rule("denunciation.extension").days
    days = longest if days is None else days
    if not 1 <= int(days) <= longest:
        raise ValidationError("days", "petition.extension_days", max=longest)
    if not petition.complex and not petition.especially_complex:
        raise ValidationError("extension", "petition.extend_complex_only")
    assert petition.deadline is not None
    extended = rules.extension(
        petition.kind,
        petition.deadline,
        petition.extensions or 0,
        especially_complex=bool(petition.especially_complex),
        days=int(days),
        cal=calendar(session),
    )
    petition.extensions = (petition.extensions or 0) + 1
    petition.extension_days = (petition.extension_days or 0) + int(days)
    petition.deadline = extended.due
    return _finish(session, petition, StepKind.EXTENDED, when, actor, note)


def verify(session: Session, uid: str, *, note: str, on: date | str | None = None) -> PetitionStep:
    """A verification step (xác minh): what was checked and found."""
    if not clean(note or ""):
        raise ValidationError("note", "petition.verified_needs_note")
    petition, when, actor = _begin(session, uid, Action.VERIFY, on)
    return _finish(session, petition, StepKind.VERIFIED, when, actor, note)


def decide(
    session: Session,
    uid: str,
    *,
    outcome: str,
    on: date | str | None = None,
    note: str | None = None,
) -> PetitionStep:
    """The decision or conclusion; it stops the clock. On time if on or before the deadline."""
    result = Outcome.parse(outcome, "outcome") if outcome else None
    if result is None:
        raise ValidationError("outcome", "field.required", label=Localized("Kết quả", "Outcome"))
    petition, when, actor = _begin(session, uid, Action.DECIDE, on)
    petition.status = PetitionStatus.DECIDED.value
    petition.decided_on = when
    petition.outcome = result.value
    petition.outcome_note = clean_multiline(note) if note else None
    return _finish(session, petition, StepKind.DECIDED, when, actor, note)


def suspend(session: Session, uid: str, *, note: str, on: date | str | None = None) -> PetitionStep:
    """Tạm đình chỉ a complaint's resolution (Law 136/2025/QH15): its clock stands, and
    the days until resumption are not counted. The grounds are required."""
    if not clean(note or ""):
        raise ValidationError("note", "petition.suspend_needs_grounds")
    petition, when, actor = _begin(session, uid, Action.SUSPEND, on)
    petition.status = PetitionStatus.SUSPENDED.value
    return _finish(session, petition, StepKind.SUSPENDED, when, actor, note)


def resume(
    session: Session, uid: str, *, on: date | str | None = None, note: str | None = None
) -> PetitionStep:
    """Resolution continues from the decision to resume; the deadline moves by the time
    the complaint stood suspended."""
    petition, when, actor = _begin(session, uid, Action.RESUME, on)
    petition.status = PetitionStatus.ACCEPTED.value
    step = add_step(
        petition, StepKind.RESUMED, when, actor, clean_multiline(note) if note else None
    )
    recompute_deadline(session, petition)
    step.deadline_after = petition.deadline
    session.flush()
    return step


def terminate(
    session: Session, uid: str, *, note: str, on: date | str | None = None
) -> PetitionStep:
    """Đình chỉ: resolution ends without a decision on the merits (the complainant
    withdrew, died, …); the case is closed. The grounds are required."""
    if not clean(note or ""):
        raise ValidationError("note", "petition.terminate_needs_grounds")
    petition, when, actor = _begin(session, uid, Action.TERMINATE, on)
    petition.status = PetitionStatus.CLOSED.value
    petition.outcome = Outcome.TERMINATED.value
    petition.outcome_note = clean_multiline(note)
    petition.closed_on = when
    return _finish(session, petition, StepKind.TERMINATED, when, actor, note)


def withdraw_part(
    session: Session, uid: str, *, note: str, on: date | str | None = None
) -> PetitionStep:
    """The complainant withdraws part of the complaint; the rest is still resolved."""
    if not clean(note or ""):
        raise ValidationError("note", "petition.withdrawn_part_needed")
    petition, when, actor = _begin(session, uid, Action.WITHDRAW_PART, on)
    return _finish(session, petition, StepKind.PARTLY_WITHDRAWN, when, actor, note)


def dialogue_skipped(
    session: Session, uid: str, *, on: date | str | None = None, note: str | None = None
) -> PetitionStep:
    """The complainant did not come to the dialogue without a valid reason: recorded,
    and the resolution goes on (Law on Complaints Art. 30(6) as amended by Law 136)."""
    petition, when, actor = _begin(session, uid, Action.DIALOGUE_SKIPPED, on)
    return _finish(session, petition, StepKind.DIALOGUE_SKIPPED, when, actor, note)


def close(
    session: Session, uid: str, *, on: date | str | None = None, note: str | None = None
) -> PetitionStep:
    petition, when, actor = _begin(session, uid, Action.CLOSE, on)
    petition.status = PetitionStatus.CLOSED.value
    petition.closed_on = when
    return _finish(session, petition, StepKind.CLOSED, when, actor, note)


def add_note(
    session: Session, uid: str, *, note: str, on: date | str | None = None
) -> PetitionStep:
    if not clean(note or ""):
        raise ValidationError("note", "field.required", label=Localized("Ghi chú", "Note"))
    petition, when, actor = _begin(session, uid, Action.NOTE, on)
    return _finish(session, petition, StepKind.NOTE, when, actor, note)


# Each takes the session, the petition's uid and the keywords of its own step.
ACTIONS: dict[Action, Callable[..., PetitionStep]] = {
    Action.CLASSIFY: classify,
    Action.ACCEPT: accept,
    Action.RETURN: return_with_guidance,
    Action.TRANSFER: transfer,
    Action.EXTEND: extend,
    Action.VERIFY: verify,
    Action.SUSPEND: suspend,
    Action.RESUME: resume,
    Action.WITHDRAW_PART: withdraw_part,
    Action.DIALOGUE_SKIPPED: dialogue_skipped,
    Action.DECIDE: decide,
    Action.TERMINATE: terminate,
    Action.CLOSE: close,
    Action.NOTE: add_note,
}
