"""Shared fixtures: a real store on a temporary profile, an officer, a pinned today."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

# Qt aborts without a platform; tests never need a real screen.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("HRDESK_HOME", None)

from hrdesk.domain.access import Actor
from hrdesk.domain.vocab import OfficerRole
from hrdesk.profile import Profile
from hrdesk.store.database import Store
from hrdesk.store.options import ScryptCost, StoreOptions

TODAY = date(2026, 11, 20)
ADMIN = Actor("admin", OfficerRole.ADMIN, None, "Quản trị viên")
# Full-cost scrypt takes most of a second per password: test slots and keys cost less.
CHEAP_SCRYPT = ScryptCost(n=2**10)


class PinnedDay:
    """A store's clock in tests: it says `day`, which a test may move."""

    def __init__(self, day: date) -> None:
        self.day = day

    def __call__(self) -> date:
        return self.day


def pinned(day: date = TODAY) -> StoreOptions:
    """Options for a test store or desk: today pinned to `day`, cheap scrypt."""
    return StoreOptions(today=PinnedDay(day), scrypt=CHEAP_SCRYPT)


def cheap() -> StoreOptions:
    """Options for a test that keeps the real clock: only scrypt is cheap."""
    return StoreOptions(scrypt=CHEAP_SCRYPT)


def set_today(store: Store, day: date) -> None:
    """Move the pinned clock of a store opened with `pinned()` options."""
    clock = store.options.today
    assert isinstance(clock, PinnedDay), "open the store with options=pinned()"
    clock.day = day


class MemoryKeyring:
    """An OS keyring that lives in memory: tests never touch the developer's real one."""

    priority = 1

    def __init__(self) -> None:
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.secrets.pop((service, username), None)


@pytest.fixture(autouse=True)
def memory_keyring(monkeypatch: pytest.MonkeyPatch) -> MemoryKeyring:
    import keyring
    from keyring.backend import KeyringBackend

    backend = type("TestKeyring", (MemoryKeyring, KeyringBackend), {})()
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture(scope="session")
def template_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated empty store, made once; each test copies it (migrating takes a while)."""
    profile = Profile(tmp_path_factory.mktemp("template"))
    Store.open(profile).close()
    return profile.store_path


@pytest.fixture
def profile(tmp_path: Path, template_store: Path) -> Profile:
    profile = Profile(tmp_path / "profile").ensure()
    shutil.copy(template_store, profile.store_path)
    return profile


@pytest.fixture
def store(profile: Profile) -> Iterator[Store]:
    """The profile's store, with today pinned to TODAY."""
    store = Store.open(profile, options=pinned())
    yield store
    store.close()


@pytest.fixture
def office(store: Store) -> Store:
    """A store set up for the Gia Lai committee, with two agencies."""
    from hrdesk.services import agencies, office

    with store.transaction(ADMIN) as s:
        office.setup_office(
            s,
            province="Gia Lai",
            name="Ban Chỉ đạo về quyền con người tỉnh Gia Lai",
            parent_body="ỦY BAN NHÂN DÂN TỈNH GIA LAI",
        )
        agencies.create_agency(s, name="Sở Tư pháp", short_name="STP", kind="department")
        agencies.create_agency(s, name="Công an tỉnh", kind="police")
    return store
