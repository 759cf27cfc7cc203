"""Same seed, same demo; and the national bulk path, run small."""

from __future__ import annotations

import pytest

from hrdesk.demo import ahead, build_demo, petitions
from hrdesk.profile import Profile
from hrdesk.store.database import Store
from hrdesk.store.models import Petition, Petitioner, PetitionStep

from .support import AS_OF, count, table_rows

BIG_TABLES = ("petitions", "petition_steps", "petitioners")


def test_same_seed_and_date_give_identical_records(small, make_demo):
    first, _ = small
    second, _ = make_demo(size="small", seed=1)
    for table in (*BIG_TABLES, "members", "appointments", "tasks", "meetings"):
        assert table_rows(first, table) == table_rows(second, table), table


def test_another_seed_gives_other_petitions(small, make_demo):
    first, _ = small
    other, _ = make_demo(size="small", seed=2)
    assert table_rows(first, "petitions") != table_rows(other, "petitions")


def _index_names(store) -> set[str]:
    with store.engine.connect() as connection:
        rows = connection.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name IN (?, ?, ?)",
            BIG_TABLES,
        )
        return {name for (name,) in rows}


def test_national_path_rebuilds_the_big_tables_indexes(make_demo):
    store, summary = make_demo(size="national", seed=3, petitions=2000)
    assert summary.petitions == 2000 and summary.petition_steps > 8000
    expected = {
        index.name
        for model in (Petition, PetitionStep, Petitioner)
        for index in model.__table__.indexes
    }
    assert expected <= _index_names(store)
    with store.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
        assert not list(connection.exec_driver_sql("PRAGMA foreign_key_check"))
        plan = connection.exec_driver_sql(
            "EXPLAIN QUERY PLAN SELECT id FROM petitions WHERE status = 'accepted' "
            "AND deadline < '2026-01-01'"
        ).all()
    assert any("ix_petitions_status_deadline" in str(row) for row in plan)


def test_national_demo_has_every_provinces_committee(make_demo):
    store, summary = make_demo(size="national", seed=3, petitions=200)
    assert count(store, "agencies", "name LIKE 'Công an %'") == 34
    assert summary.members > 34 * 30
    assert count(store, "petitioners", "address LIKE '%Thành phố Hồ Chí Minh'") > 0


def test_rows_made_in_a_second_process_equal_rows_made_here(make_demo, monkeypatch):
    if not ahead.can_fork():
        pytest.skip("rows are made in a second process only where fork is available")
    forked, _ = make_demo(size="national", seed=4, petitions=300)
    monkeypatch.setattr(ahead, "can_fork", lambda: False)
    inline, _ = make_demo(size="national", seed=4, petitions=300)
    for table in BIG_TABLES:
        assert table_rows(forked, table) == table_rows(inline, table), table


@pytest.mark.parametrize("size", ["small", "national"])
def test_a_failed_build_leaves_the_store_empty(size, tmp_path, monkeypatch):
    def fail(*_args: object) -> None:
        raise ValueError("no more petitions")

    monkeypatch.setattr(petitions.PetitionBuilder, "_petition", fail)
    store = Store.open(Profile.resolve(tmp_path))
    try:
        # In the national demo the rows are made in a second process: its error comes back.
        with pytest.raises((ValueError, RuntimeError), match="no more petitions"):
            build_demo(store, size=size, petitions=50, as_of=AS_OF)
        for table in ("office", "agencies", "members", "tasks", "petitions", "audit_entries"):
            assert count(store, table) == 0, table
    finally:
        store.close()
