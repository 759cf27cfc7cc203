"""The people who filed a petition, for a reader outside the window (the command line):
as the details pane gives them, a denouncer's identity only when opened on purpose; and
the edit form's save (details and people) for `hrdesk edit petitions`."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from hrdesk.domain.errors import PermissionDenied, ValidationError
from hrdesk.domain.vocab import PetitionKind
from hrdesk.services.common import by_uid
from hrdesk.services.petitions import (
    _in_row,
    _petitioner,
    can_see_petitioners,
    petitioners_of,
    reveal_petitioners,
    set_petitioners,
    update_details,
)
from hrdesk.store.models import Petition


@dataclass(frozen=True)
class Person:
    full_name: str
    address: str
    id_number: str
    phone: str
    representative: bool


def people_for_reader(session: Session, uid: str, *, reveal: bool = False) -> list[Person]:
    """The petition's people for the signed-in officer. A denouncer's identity needs
    `reveal` (the opening is written to the audit log, so call it in a transaction);
    who may not see people at all is refused, as in the window."""
    petition = by_uid(session, Petition, uid, "petition")
    if petition.kind == PetitionKind.DENUNCIATION:
        if not reveal and can_see_petitioners(session, petition):
            raise PermissionDenied("cli19.denouncer_needs_reveal")
        people = reveal_petitioners(session, uid)
    else:
        people = petitioners_of(session, uid)
    return [
        Person(
            p.full_name,
            p.address or "",
            p.id_number or "",
            p.phone or "",
            bool(p.representative),
        )
        for p in people
    ]


def update_petition(
    session: Session,
    uid: str,
    *,
    petitioners: list[dict[str, Any]] | None = None,
    reveal: bool = False,
    **values: Any,
) -> Petition:
    """What the window's edit form saves: the details, and the people when `petitioners`
    is given (they replace the petition's people, each checked as the form checks them).
    Every problem is named at once. A denouncer's people are changed only by an officer
    who may see them and opens them on purpose (`reveal`): the opening goes into the audit
    log, as in the window, and so does each person removed and added."""
    problems: list[ValidationError] = []
    petition: Petition | None = None
    try:
        petition = update_details(session, uid, **values)
    except ValidationError as exc:
        problems += exc.problems
    if petitioners is not None:
        target = by_uid(session, Petition, uid, "petition")
        if target.kind == PetitionKind.DENUNCIATION:
            if can_see_petitioners(session, target) and not reveal:
                raise PermissionDenied("cli19.denouncer_needs_reveal")
            reveal_petitioners(session, uid)  # refused, as in the window, to who may not
        else:
            petitioners_of(session, uid)  # who may not see people may not change them
        with session.no_autoflush:
            for row, person in enumerate(petitioners, start=1):
                try:
                    _petitioner(session, person)
                except ValidationError as exc:
                    problems += [_in_row(p, row) for p in exc.problems]
    if problems:
        raise ValidationError.of(problems)
    assert petition is not None
    if petitioners is not None:
        set_petitioners(session, uid, petitioners)
    return petition
