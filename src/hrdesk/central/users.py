"""Central officers who sign in to the board: roles, Argon2 password hashes, sessions, and
growing delays after wrong passwords.

Roles: a viewer sees the board; an officer also downloads packages, receipts and the
national tables; an administrator also manages accounts (on the command line). After
FREE_TRIES wrong passwords in a row an account waits 1 s, then 2, 4, … up to MAX_WAIT
before the next try is even checked; a right password resets the count. Sessions live in
the database (several service processes share them): the cookie holds a random token,
the table only its SHA-256, with the session's CSRF token beside it.
"""

from __future__ import annotations

import contextlib
import hashlib
import secrets
from dataclasses import dataclass
from datetime import timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from hrdesk.central.models import User, WebSession
from hrdesk.central.offices import as_utc
from hrdesk.domain.errors import ValidationError
from hrdesk.store.base import utcnow

ROLES = ("administrator", "officer", "viewer")
RANK = {"viewer": 0, "officer": 1, "administrator": 2}
MIN_PASSWORD = 10
FREE_TRIES = 3
MAX_WAIT = 900  # seconds
SESSION_HOURS = 12

_hasher = PasswordHasher()  # Argon2id, memory-hard, with the library's current defaults
_DUMMY = _hasher.hash("no such account: the same work as for a real one")


@dataclass(frozen=True)
class Officer:
    id: int
    name: str
    role: str

    def can(self, role: str) -> bool:
        return RANK[self.role] >= RANK[role]


@dataclass(frozen=True)
class SignIn:
    officer: Officer | None
    wait_seconds: int = 0  # > 0: refused unchecked, try again after this long


def add_user(session: Session, name: str, role: str, password: str) -> Officer:
    name = " ".join(name.split())
    if not name:
        raise ValidationError("name", "centre.account_name_needed")
    if role not in ROLES:
        raise ValidationError("role", "centre.role_unknown", roles=list(ROLES))
    if len(password) < MIN_PASSWORD:
        raise ValidationError("password", "centre.password_too_short", count=MIN_PASSWORD)
    if session.scalars(select(User).where(User.name == name)).first() is not None:
        raise ValidationError("name", "centre.account_taken", name=name)
    user = User(
        name=name,
        role=role,
        password_hash=_hasher.hash(password),
        created_at=utcnow(),
        failed_count=0,
    )
    session.add(user)
    session.flush()
    return Officer(user.id, user.name, user.role)


def wait_after(failures: int) -> int:
    """Seconds to wait before the next try after `failures` wrong passwords in a row."""
    if failures < FREE_TRIES:
        return 0
    return min(2 ** (failures - FREE_TRIES), MAX_WAIT)


def check_password(session: Session, name: str, password: str) -> SignIn:
    user = session.scalars(select(User).where(User.name == " ".join(name.split()))).first()
    if user is None:
        with contextlib.suppress(VerificationError):
            _hasher.verify(_DUMMY, password)
        return SignIn(None)
    now = utcnow()
    locked = as_utc(user.locked_until)
    if locked is not None and locked > now:
        return SignIn(None, max(1, int((locked - now).total_seconds() + 0.999)))
    try:
        _hasher.verify(user.password_hash, password)
    except (VerificationError, InvalidHashError):
        user.failed_count += 1
        wait = wait_after(user.failed_count)
        user.locked_until = now + timedelta(seconds=wait) if wait else None
        return SignIn(None, wait)
    user.failed_count = 0
    user.locked_until = None
    if _hasher.check_needs_rehash(user.password_hash):
        user.password_hash = _hasher.hash(password)
    return SignIn(Officer(user.id, user.name, user.role))


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode("ascii", "replace")).hexdigest()


def open_session(session: Session, officer: Officer) -> str:
    """A new signed-in session; returns the token for the cookie."""
    token = secrets.token_urlsafe(32)
    now = utcnow()
    session.execute(delete(WebSession).where(WebSession.expires_at < now))
    session.add(
        WebSession(
            token_sha256=_digest(token),
            user_id=officer.id,
            csrf_token=secrets.token_urlsafe(32),
            created_at=now,
            expires_at=now + timedelta(hours=SESSION_HOURS),
        )
    )
    session.flush()
    return token


@dataclass(frozen=True)
class SignedIn:
    officer: Officer
    csrf_token: str


def session_for(session: Session, token: str | None) -> SignedIn | None:
    if not token:
        return None
    row = session.scalars(
        select(WebSession).where(WebSession.token_sha256 == _digest(token))
    ).first()
    if row is None or as_utc(row.expires_at) <= utcnow():
        return None
    user = row.user
    return SignedIn(Officer(user.id, user.name, user.role), row.csrf_token)


def close_session(session: Session, token: str | None) -> None:
    if token:
        session.execute(delete(WebSession).where(WebSession.token_sha256 == _digest(token)))
