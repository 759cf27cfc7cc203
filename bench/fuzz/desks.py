"""Real protected profiles for the targets: an office with records, as an officer has it."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import TypeVar

from sqlalchemy.orm import Session

from hrdesk.profile import Profile
from hrdesk.services import office
from hrdesk.signin import Desk, create_profile
from hrdesk.store.options import ScryptCost, StoreOptions

USERNAME = "quantri"
PASSWORD = "mật khẩu của quản trị"
TODAY = date(2026, 11, 20)
T = TypeVar("T")


# Full-cost scrypt takes most of a second per passphrase (a restore unwraps the backup's
# key each run): the harness lowers its cost and pins its day, as the tests do.
OPTIONS = StoreOptions(today=lambda: TODAY, scrypt=ScryptCost(n=2**10))


def new_desk(root: Path, province: str = "Gia Lai", *, records: bool = False) -> Desk:
    """A new protected profile with its office set up (and the tests' records, if asked)."""
    desk = create_profile(
        Profile(root),
        username=USERNAME,
        password=PASSWORD,
        full_name="Nguyễn Quản Trị",
        options=OPTIONS,
    )
    with desk.store.transaction(desk.actor) as s:
        office.setup_office(
            s,
            province=province,
            name=f"Ban Chỉ đạo về quyền con người tỉnh {province}",
            parent_body="ỦY BAN NHÂN DÂN",
        )
        if records:
            from tests.bundles.records import fill

            fill(s)
    return desk


@contextlib.contextmanager
def rolled_back(desk: Desk) -> Iterator[Session]:
    """A session whose work is always rolled back: every run starts from the same store."""
    session = desk.store.session(desk.actor)
    try:
        with session.begin():
            yield session
            session.rollback()
    finally:
        session.close()


def in_rolled_back(desk: Desk, work: Callable[[Session], T]) -> T:
    with rolled_back(desk) as session:
        return work(session)
