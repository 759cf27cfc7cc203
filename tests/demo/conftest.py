"""Demo stores built once per module on real profiles: building is the slow part."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from sqlalchemy.orm import Session

from hrdesk.demo import DemoSummary, build_demo
from hrdesk.domain.access import SYSTEM
from hrdesk.profile import Profile
from hrdesk.store.database import Store
from tests.conftest import pinned

from .support import AS_OF

Builder = Callable[..., tuple[Store, DemoSummary]]


@pytest.fixture(scope="module")
def make_demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Builder]:
    """Build a demo into a fresh profile; every store opened is closed afterwards."""
    stores: list[Store] = []

    def make(**options: object) -> tuple[Store, DemoSummary]:
        store = Store.open(Profile.resolve(tmp_path_factory.mktemp("demo")), options=pinned(AS_OF))
        stores.append(store)
        options.setdefault("as_of", AS_OF)
        return store, build_demo(store, **options)  # type: ignore[arg-type]

    yield make
    for store in stores:
        store.close()


@pytest.fixture(scope="module")
def small(make_demo: Builder) -> tuple[Store, DemoSummary]:
    return make_demo(size="small", seed=1)


@pytest.fixture
def reader(small: tuple[Store, DemoSummary]) -> Iterator[Session]:
    """A session on the small demo, with today pinned to the demo's date."""
    store, _ = small
    with store.reader(SYSTEM) as session:
        yield session
