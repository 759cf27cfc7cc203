"""Running bundle work in the caller's session, or in a transaction of its own."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from hrdesk.profile import Profile

if TYPE_CHECKING:
    from hrdesk.signin import Desk


@contextlib.contextmanager
def transaction(desk_or_session: Desk | Session) -> Iterator[Session]:
    """A Session is used as it is (its owner commits); a Desk gets a transaction of its own,
    which is what a worker thread should ask for."""
    if isinstance(desk_or_session, Session):
        yield desk_or_session
        return
    desk = desk_or_session
    with desk.store.transaction(desk.actor) as session:
        yield session


def owns_transaction(desk_or_session: Desk | Session) -> bool:
    return not isinstance(desk_or_session, Session)


def profile_of(session: Session) -> Profile:
    return Profile(session.info["profile_root"])
