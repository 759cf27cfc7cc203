"""The registry of provincial offices and their keys: add, rotate, revoke, list.

One office per province. Adding a key for a province that has an office already is a
rotation: the office's current key is retired (still valid for packages made before that
day) and the new one becomes current. Revoking a key, or a whole office, makes its
packages refused from then on.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import overload

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from hrdesk.bundles.bagcheck import TrustedKey
from hrdesk.bundles.keys import fingerprint
from hrdesk.bundles.minisign import MinisignError, parse_public_key
from hrdesk.central.models import Office, OfficeKey
from hrdesk.domain.errors import NotFound, ValidationError
from hrdesk.domain.provinces import PROVINCES, canonical_province, default_office_name
from hrdesk.domain.text import fold
from hrdesk.store.base import utcnow


@overload
def as_utc(moment: datetime) -> datetime: ...
@overload
def as_utc(moment: datetime | None) -> datetime | None: ...
def as_utc(moment: datetime | None) -> datetime | None:
    """SQLite gives back naive datetimes; the centre stores only UTC."""
    if moment is None or moment.tzinfo is not None:
        return moment
    return moment.replace(tzinfo=UTC)


@dataclass(frozen=True)
class KeyState:
    key_id: str
    fingerprint: str
    added_at: datetime
    retired_at: datetime | None
    revoked_at: datetime | None

    @property
    def state(self) -> str:
        if self.revoked_at:
            return "revoked"
        return "retired" if self.retired_at else "current"


@dataclass(frozen=True)
class OfficeView:
    id: int
    province: str
    name: str
    revoked_at: datetime | None
    keys: tuple[KeyState, ...]


@dataclass(frozen=True)
class RegisteredKey:
    """A key as the receiver checks it: its office, and whether it may still sign."""

    trusted: TrustedKey
    office_id: int
    province: str
    office_name: str
    retired_at: datetime | None
    revoked_at: datetime | None
    office_revoked_at: datetime | None


def _province_from(province: str | None, name: str | None) -> str:
    if province:
        return canonical_province(province)
    folded = fold(name or "")
    found = [p for p in PROVINCES if fold(p) in folded]
    if len(found) != 1:
        raise ValidationError("province", "centre.province_needed")
    return found[0]


def add_office(
    session: Session, public_key_text: str, province: str | None = None, name: str | None = None
) -> tuple[OfficeView, str]:
    """Register an office's key; returns the office and what was done ("added",
    "rotated" or "unchanged")."""
    try:
        public = parse_public_key(public_key_text)
    except MinisignError as exc:
        raise ValidationError("key", exc.code, **exc.params) from None
    unit = _province_from(province, name)
    clean_name = " ".join((name or "").split()) or default_office_name(unit)
    existing = session.scalars(
        select(OfficeKey).where(OfficeKey.key_id == public.key_id_text)
    ).first()
    if existing is not None:
        if parse_public_key(existing.public_key).key != public.key:
            raise ValidationError("key", "centre.key_id_taken", key=public.key_id_text)
        if existing.office.province != unit:
            registered = existing.office.province
            raise ValidationError(
                "key", "centre.key_of_another_province", registered=registered, province=unit
            )
        return office_view(existing.office), "unchanged"
    office = session.scalars(
        select(Office).where(Office.province == unit, Office.revoked_at.is_(None))
    ).first()
    now = utcnow()
    action = "rotated"
    if office is None:
        office = Office(province=unit, name=clean_name, created_at=now)
        session.add(office)
        action = "added"
    elif name:
        office.name = clean_name
    for key in office.keys:
        if key.retired_at is None and key.revoked_at is None:
            key.retired_at = now
    office.keys.append(
        OfficeKey(
            key_id=public.key_id_text,
            public_key=public.encoded().splitlines()[1],
            fingerprint=fingerprint(public.key),
            added_at=now,
        )
    )
    session.flush()
    return office_view(office), action


def office_view(office: Office) -> OfficeView:
    keys = tuple(
        KeyState(
            k.key_id,
            k.fingerprint,
            as_utc(k.added_at),
            as_utc(k.retired_at),
            as_utc(k.revoked_at),
        )
        for k in office.keys
    )
    return OfficeView(office.id, office.province, office.name, as_utc(office.revoked_at), keys)


def list_offices(session: Session) -> list[OfficeView]:
    offices = session.scalars(
        select(Office).options(selectinload(Office.keys)).order_by(Office.province, Office.id)
    )
    return [office_view(o) for o in offices]


def revoke(session: Session, office_id: int, key_id: str | None = None) -> OfficeView:
    """Revoke one key of an office, or (without `key_id`) the office and all its keys."""
    office = session.get(Office, office_id)
    if office is None:
        raise NotFound("central.no_office", office=office_id)
    now = utcnow()
    if key_id is None:
        office.revoked_at = office.revoked_at or now
        for key in office.keys:
            key.revoked_at = key.revoked_at or now
    else:
        found = next((k for k in office.keys if k.key_id == key_id.upper()), None)
        if found is None:
            raise ValidationError("key", "centre.office_has_no_key", office=office_id, key=key_id)
        found.revoked_at = found.revoked_at or now
    session.flush()
    return office_view(office)


def registered_keys(session: Session) -> dict[str, RegisteredKey]:
    """Every key ever registered, by key id, revoked ones too (so a refusal can say why)."""
    rows = session.execute(select(OfficeKey, Office).join(Office, Office.id == OfficeKey.office_id))
    keys: dict[str, RegisteredKey] = {}
    for key, office in rows:
        public = parse_public_key(key.public_key)
        keys[key.key_id] = RegisteredKey(
            TrustedKey(public, f"{office.name} ({office.province})"),
            office.id,
            office.province,
            office.name,
            as_utc(key.retired_at),
            as_utc(key.revoked_at),
            as_utc(office.revoked_at),
        )
    return keys
