from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from hrdesk.profile import Profile
from hrdesk.services import office
from hrdesk.signin import Desk, create_profile
from tests.conftest import pinned

PASSWORD = "mật khẩu của quản trị"


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[Desk]:
    """A new protected profile with its administrator signed in and the office set up."""
    desk = create_profile(
        Profile(tmp_path / "profile"),
        username="quantri",
        password=PASSWORD,
        full_name="Nguyễn Quản Trị",
        options=pinned(),
    )
    with desk.store.transaction(desk.actor) as s:
        office.setup_office(
            s,
            province="Gia Lai",
            name="Ban Chỉ đạo về quyền con người tỉnh Gia Lai",
            parent_body="ỦY BAN NHÂN DÂN TỈNH GIA LAI",
        )
    yield desk
    desk.close(backup=False)
