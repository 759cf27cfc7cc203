"""Petitions (đơn thư): intake, details, and the people who filed them.

The people who filed a petition are personal data: only officers whose role allows it
read them, and a denouncer's identity only the officer handling the case or an
administrator (Law on Denunciations 2018, Art. 8(3) and 47).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from hrdesk.domain.access import Permission
from hrdesk.domain.deadline_state import DeadlineState
from hrdesk.domain.errors import PermissionDenied, ValidationError
from hrdesk.domain.local_government import names_district_level
from hrdesk.domain.petition_deadline import CaseFacts, due_for, suspension_periods
from hrdesk.domain.vocab import (
    Channel,
    HandlingLevel,
    PetitionField,
    PetitionKind,
    PetitionStatus,
    StepKind,
)
from hrdesk.services import listing, records
from hrdesk.services.common import actor_of, by_uid, require, resolve_officer, today
from hrdesk.services.fields import (
    Field,
    apply,
    coerce,
    coerce_all,
    field_map,
    missing_fields,
    require_fields,
)
from hrdesk.services.office import calendar
from hrdesk.services.rules import check_channel, deadline_clock, rules_of
from hrdesk.store.audit_log import append_entry
from hrdesk.store.models import Agency, Petition, Petitioner, PetitionStep

DETAIL_FIELDS = field_map(
    Field("reference", "Số vào sổ", "Reference", max_length=40),
    Field("channel", "Hình thức nhận", "Channel", "choice", required=True, choices=Channel),
    Field("field", "Lĩnh vực", "Field", "choice", required=True, choices=PetitionField),
    Field("summary", "Nội dung vụ việc", "Summary", "multiline", required=True, max_length=4000),
    Field("people_count", "Số người", "Number of people", "int", minimum=1, maximum=100000),
    Field("prior_agency", "Cơ quan đã giải quyết", "Handled before by", max_length=300),
    Field("handling_agency", "Cơ quan xử lý", "Handling agency", "agency"),
    Field("handling_level", "Cấp giải quyết", "Handling level", "choice", choices=HandlingLevel),
)
CLASSIFICATION_FIELDS = field_map(
    Field("kind", "Loại đơn", "Kind", "choice", required=True, choices=PetitionKind),
    Field("complaint_round", "Lần khiếu nại", "Complaint round", "int", minimum=1, maximum=2),
    Field("complex", "Phức tạp", "Complex", "bool"),
    Field("especially_complex", "Đặc biệt phức tạp", "Especially complex", "bool"),
    Field("remote_area", "Vùng sâu, vùng xa", "Remote area", "bool"),
)
INTAKE_FIELDS = {
    "received_on": Field("received_on", "Ngày nhận", "Date received", "date", required=True),
    **DETAIL_FIELDS,
    **CLASSIFICATION_FIELDS,
}
PETITIONER_FIELDS = field_map(
    Field("full_name", "Họ và tên", "Full name", required=True, max_length=120),
    Field("address", "Địa chỉ", "Address", max_length=300),
    Field("id_number", "Số giấy tờ tùy thân", "ID document", max_length=20),
    Field("phone", "Điện thoại", "Phone", max_length=40),
    Field("representative", "Người đại diện", "Representative", "bool"),
)
DEADLINE_FIELD = Field("deadline", "Hạn xử lý", "Deadline", "date")

# What a reader sees instead of a denouncer's identity, or of data their role may not see.
CONFIDENTIAL = "(bảo mật)"
HIDDEN = "(ẩn)"


def check_classification(petition: Petition) -> None:
    if petition.kind != PetitionKind.COMPLAINT and (petition.complaint_round or 1) != 1:
        raise ValidationError("complaint_round", "petition.round_only_complaint")
    if petition.especially_complex and not petition.complex:
        petition.complex = True


def case_facts(petition: Petition) -> CaseFacts:
    """What the petition's deadline depends on, read from the record and its timeline."""
    return CaseFacts(
        kind=petition.kind,
        status=petition.status,
        received_on=petition.received_on,
        accepted_on=petition.accepted_on,
        complaint_round=petition.complaint_round or 1,
        complex=bool(petition.complex),
        remote_area=bool(petition.remote_area),
        extension_days=petition.extension_days or 0,
        suspensions=suspension_periods([(s.kind, s.occurred_on) for s in petition.steps]),
    )


def recompute_deadline(session: Session, petition: Petition) -> None:
    """The statutory deadline for the petition's current stage, by the rule set in force
    on the day it was received (its basis is kept in `rule_set`)."""
    rules = rules_of(session, petition)
    due = due_for(rules, calendar(session), case_facts(petition))
    if due is not None:
        petition.deadline, petition.deadline_rule = due.due, due.rule.key
        petition.rule_set = rules.info.id


def add_step(
    petition: Petition, kind: StepKind, on: date, actor: str, note: str | None
) -> PetitionStep:
    step = PetitionStep(
        kind=kind.value, occurred_on=on, actor=actor, note=note, deadline_after=petition.deadline
    )
    petition.steps.append(step)
    return step


def receive_petition(
    session: Session,
    *,
    petitioners: list[dict[str, Any]] | None = None,
    handler: str | None = None,
    deadline: date | str | None = None,
    note: str | None = None,
    identity_withheld: bool = False,
    uid: str | None = None,
    **values: Any,
) -> Petition:
    """Log a new petition as received; its first deadline is the acceptance limit.

    `deadline` overrides the computed one (for records carried over from paper books);
    it may not fall before the date received. `identity_withheld` logs a denunciation
    whose denouncer is recorded only in the paper case file (as exported records show it).
    """
    actor = require(session, Permission.EDIT_RECORDS)
    petitioners = petitioners or []
    values.setdefault("complaint_round", 1)
    values.setdefault("people_count", max(1, len(petitioners)))
    petition = Petition(status=PetitionStatus.RECEIVED.value, extensions=0, extension_days=0)
    with session.no_autoflush:
        # Every problem of the form at once: the officer fixes them all in one go.
        problems = missing_fields(INTAKE_FIELDS, values)
        if uid:
            problems += _problems(lambda: records.valid_uid(session, Petition, uid))
        coerced, bad = coerce_all(session, INTAKE_FIELDS, values)
        problems += bad
        for name, value in coerced.items():
            setattr(petition, name, value)
        problems += _problems(lambda: check_classification(petition))
        problems += _problems(lambda: check_handling_agency(petition.handling_agency))
        if petition.received_on is not None:
            received_on = petition.received_on
            problems += _problems(lambda: check_channel(session, petition.channel, received_on))
        if petition.received_on is not None and petition.received_on > today(session):
            problems.append(
                ValidationError(
                    "received_on", "field.in_future", label=INTAKE_FIELDS["received_on"].localized
                )
            )
        people: list[Petitioner] = []
        for index, person in enumerate(petitioners, start=1):
            try:
                people.append(_petitioner(session, person))
            except ValidationError as exc:
                problems += [_in_row(p, index) for p in exc.problems]
        if (
            not petitioners
            and not identity_withheld
            and petition.kind != PetitionKind.RECOMMENDATION
        ):
            problems.append(ValidationError("petitioners", "petition.needs_petitioner"))
        problems += _problems(lambda: coerce(session, DEADLINE_FIELD, deadline))
        if problems:
            raise ValidationError.of(problems)
        if uid:
            petition.uid = records.valid_uid(session, Petition, uid)
        petition.petitioners = people
        # The officer who logs a case handles it unless another is named.
        if handler:
            petition.handler = resolve_officer(session, handler, "handler")
        else:
            petition.handler_id = actor.officer_id
        recompute_deadline(session, petition)
        given = coerce(session, DEADLINE_FIELD, deadline)
        if given is not None:
            if given < petition.received_on:
                raise ValidationError("deadline", "petition.deadline_before_received")
            petition.deadline, petition.deadline_rule = given, "manual"
        add_step(petition, StepKind.RECEIVED, petition.received_on, actor.display_name, note)
    session.add(petition)
    session.flush()
    return petition


def _problems(check: Callable[[], object]) -> list[ValidationError]:
    """The problems `check` raises, or none."""
    try:
        check()
    except ValidationError as exc:
        return list(exc.problems)
    return []


def _in_row(problem: ValidationError, row: int) -> ValidationError:
    """A petitioner's problem, named by the row of the petitioners' table."""
    return ValidationError(f"petitioners[{row}].{problem.field}", problem.code, **problem.params)


def _petitioner(session: Session, values: dict[str, Any]) -> Petitioner:
    require_fields(PETITIONER_FIELDS, values)
    person = Petitioner()
    apply(session, person, PETITIONER_FIELDS, {k: v for k, v in values.items() if k != "uid"})
    return person


def update_details(session: Session, uid: str, **values: Any) -> Petition:
    """Change the petition's details (not its classification, which is a step of its own).

    A case kept from before 01/07/2025 keeps its district-level agency; choosing one anew
    is refused."""
    kept = by_uid(session, Petition, uid, "petition").handling_agency

    def check(p: Petition) -> None:
        check_channel(session, p.channel, p.received_on)
        if p.handling_agency is not kept:
            check_handling_agency(p.handling_agency)

    return records.update(session, Petition, "petition", uid, DETAIL_FIELDS, values, check=check)


def check_handling_agency(agency: Agency | None) -> None:
    """A district-level body (gone since 01/07/2025) cannot be chosen to handle a case."""
    if agency is not None and names_district_level(agency.name):
        raise ValidationError("handling_agency", "petition.district_agency", name=agency.name)


def handling_agency_choices(session: Session, keep: str | None = None) -> list[tuple[str, str]]:
    """(uid, name) of the agencies a case may be given to, in Vietnamese order: the
    working list of agencies without the district-level bodies kept from before, except
    `keep` (the uid of the one a case kept from before already names)."""
    rows = listing.fetch(session, "agencies", sort="name", limit=None)
    return [
        (r["uid"], r["name"])
        for r in rows
        if r["uid"] == keep or not names_district_level(r["name"])
    ]


def archive_petition(session: Session, uid: str, archived: bool = True) -> Petition:
    return records.archive(session, Petition, "petition", uid, archived)


def can_see_petitioners(session: Session, petition: Petition) -> bool:
    actor = actor_of(session)
    if not actor.can(Permission.VIEW_PERSONAL_DATA):
        return False
    if petition.kind != PetitionKind.DENUNCIATION:
        return True
    handles = actor.officer_id is not None and petition.handler_id == actor.officer_id
    return handles or actor.can(Permission.VIEW_ANY_DENOUNCER)


def _require_petitioner_access(session: Session, petition: Petition) -> None:
    require(session, Permission.VIEW_PERSONAL_DATA)
    if not can_see_petitioners(session, petition):
        raise PermissionDenied("petition.denouncer_confidential")


def petitioners_of(session: Session, uid: str) -> list[Petitioner]:
    """The people who filed the petition, for an officer allowed to see them."""
    petition = by_uid(session, Petition, uid, "petition")
    _require_petitioner_access(session, petition)
    return list(petition.petitioners)


def reveal_petitioners(session: Session, uid: str) -> list[Petitioner]:
    """The people who filed the petition, opened on purpose by an officer allowed to see
    them; the opening itself goes into the audit log, since a denouncer's identity is
    confidential (Law on Denunciations 2018, Art. 8(3) and 47)."""
    people = petitioners_of(session, uid)
    append_entry(session, "reveal", "petitioners", uid, {})
    return people


def set_petitioners(session: Session, uid: str, people: list[dict[str, Any]]) -> list[Petitioner]:
    require(session, Permission.EDIT_RECORDS)
    petition = by_uid(session, Petition, uid, "petition")
    _require_petitioner_access(session, petition)
    with session.no_autoflush:
        replacing = [_petitioner(session, p) for p in people]
        # Deleted here, not left as orphans for the flush to remove: the audit log sees a
        # flush's deletions before it runs, and an orphan's removal only during it.
        for person in list(petition.petitioners):
            session.delete(person)
        petition.petitioners = replacing
    session.flush()
    return list(petition.petitioners)


def people_text(
    session: Session, petition: Petition, attribute: str, *, leaving_the_office: bool = False
) -> str | None:
    """The petitioners' names (or addresses, ID numbers) joined by "; ", or a mask.

    A denouncer's identity never leaves the case file: in anything exported or printed
    (`leaving_the_office`) it is masked whoever asks.
    """
    if leaving_the_office and petition.kind == PetitionKind.DENUNCIATION:
        return CONFIDENTIAL
    if not can_see_petitioners(session, petition):
        return CONFIDENTIAL if petition.kind == PetitionKind.DENUNCIATION else HIDDEN
    values = [getattr(p, attribute) or "" for p in petition.petitioners]
    return "; ".join(values) if any(values) else None


def deadline_state(session: Session, petition: Petition, on: date | None = None) -> DeadlineState:
    """How the petition stands against its deadline on `on` (today)."""
    return deadline_clock(session, on).state(petition.status, petition.deadline)
