"""The people who filed a petition, for a reader outside the window (the command line):
as the details pane gives them, a denouncer's identity only when opened on purpose."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from hrdesk.domain.errors import PermissionDenied
from hrdesk.domain.vocab import PetitionKind
from hrdesk.services.common import by_uid
from hrdesk.services.petitions import can_see_petitioners, petitioners_of, reveal_petitioners
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
