"""Officer accounts (administrators only): add, change role, disable, reset passwords.

An account is a row in the store (name, role, active) and a key slot in the profile
(the store key wrapped by the account's password). The row is written first: a slot
without a row opens nothing.
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hrdesk.domain.access import Permission
from hrdesk.domain.errors import ValidationError
from hrdesk.domain.text import clean
from hrdesk.domain.vocab import OfficerRole
from hrdesk.messages import Localized
from hrdesk.services.common import actor_of, require
from hrdesk.signin import MIN_PASSWORD, check_password, check_username
from hrdesk.store.keyfile import KeyFile
from hrdesk.store.models import Officer

FULL_NAME = Localized("Họ và tên", "Full name")


def officers(session: Session) -> list[Officer]:
    require(session, Permission.VIEW_RECORDS)
    return list(session.scalars(select(Officer).order_by(Officer.username)))


def _officer(session: Session, username: str) -> Officer:
    officer = session.scalars(select(Officer).where(Officer.username == username)).first()
    if officer is None:
        raise ValidationError("username", "account.no_such_account", username=username)
    return officer


def _active_admins(session: Session) -> int:
    return (
        session.scalar(
            select(func.count()).where(Officer.role == OfficerRole.ADMIN.value, Officer.active)
        )
        or 0
    )


def add_officer(
    session: Session,
    keyfile: KeyFile,
    key: bytes,
    *,
    username: str,
    full_name: str,
    role: str,
    password: str,
) -> Officer:
    """A new account; it can sign in once the session is committed."""
    require(session, Permission.MANAGE_ACCOUNTS)
    username = check_username(username)
    check_password(password, MIN_PASSWORD)
    name = clean(full_name)
    if not name:
        raise ValidationError("full_name", "field.required", label=FULL_NAME)
    chosen = OfficerRole.parse(role, "role")
    if session.scalars(select(Officer).where(Officer.username == username)).first():
        raise ValidationError("username", "account.exists", username=username)
    officer = Officer(username=username, full_name=name, role=chosen.value, active=True)
    session.add(officer)
    session.flush()
    keyfile.add_slot(username, password, key)
    return officer


def set_role(session: Session, username: str, role: str) -> Officer:
    require(session, Permission.MANAGE_ACCOUNTS)
    officer = _officer(session, username)
    chosen = OfficerRole.parse(role, "role")
    if (
        officer.role == OfficerRole.ADMIN
        and chosen != OfficerRole.ADMIN
        and _active_admins(session) <= 1
    ):
        raise ValidationError("role", "account.last_admin")
    officer.role = chosen.value
    session.flush()
    return officer


def disable_officer(session: Session, keyfile: KeyFile, username: str) -> Officer:
    """Disable an account and remove its key slot: its password opens nothing any more."""
    require(session, Permission.MANAGE_ACCOUNTS)
    officer = _officer(session, username)
    if username == actor_of(session).username:
        raise ValidationError("username", "account.disable_self")
    if officer.role == OfficerRole.ADMIN and _active_admins(session) <= 1:
        raise ValidationError("username", "account.last_admin")
    officer.active = False
    session.flush()
    keyfile.remove_slot(username)
    return officer


def reset_password(
    session: Session, keyfile: KeyFile, key: bytes, username: str, password: str
) -> None:
    """An administrator sets a new password for an officer who forgot theirs."""
    require(session, Permission.MANAGE_ACCOUNTS)
    officer = _officer(session, username)
    if not officer.active:
        raise ValidationError("username", "account.disabled", username=username)
    check_password(password, MIN_PASSWORD)
    keyfile.add_slot(username, password, key)


def change_own_password(keyfile: KeyFile, username: str, old: str, new: str) -> None:
    """Any officer changes their own password (the old one proves it is them)."""
    key = keyfile.unwrap(username, old)
    check_password(new, MIN_PASSWORD)
    if new == old:
        raise ValidationError("password", "account.same_password")
    keyfile.add_slot(username, new, key)
