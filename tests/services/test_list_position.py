"""A record's row in a list, asked of the store in one query: the same row the list's pages
put it in, for every sort and direction, however far down the list it is."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from hrdesk.demo import build_demo
from hrdesk.profile import Profile
from hrdesk.services import listing
from hrdesk.services.list_specs import KINDS
from hrdesk.store.database import Store
from tests.conftest import ADMIN, TODAY, pinned

PAGE = 37  # pages of an odd size: rows cross page and group boundaries


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    store = Store.open(Profile.resolve(tmp_path_factory.mktemp("demo")), options=pinned())
    build_demo(store, size="small", seed=11, as_of=TODAY)
    yield store
    store.close()


def _paged(s, kind, flt, sort, descending) -> list[str]:
    uids: list[str] = []
    while True:
        page = listing.fetch(
            s, kind, flt, sort=sort, descending=descending, offset=len(uids), limit=PAGE
        )
        uids += [row["uid"] for row in page]
        if len(page) < PAGE:
            return uids


@pytest.mark.parametrize("kind", KINDS)
def test_every_record_is_found_where_the_pages_put_it(demo, kind):
    spec = listing.spec_for(kind)
    with demo.reader(ADMIN) as s:
        for column in spec.columns:
            for descending in (False, True):
                order = _paged(s, kind, listing.ListFilter(), column.name, descending)
                assert order, kind
                for number in sorted({0, 1, len(order) // 2, len(order) - 1}):
                    found = listing.position(
                        s,
                        kind,
                        None,
                        order[number],
                        sort=column.name,
                        descending=descending,
                    )
                    assert found == number, (kind, column.name, descending)


def test_a_record_the_filter_leaves_out_has_no_row(demo):
    with demo.reader(ADMIN) as s:
        rows = listing.fetch(s, "tasks", limit=None)
        uid = rows[0]["uid"]
        other = next(r["status"] for r in rows if r["status"] != rows[0]["status"])
        flt = listing.ListFilter(status=other)
        assert listing.position(s, "tasks", flt, uid) is None
        assert listing.position(s, "tasks", None, "no-such-uid") is None
