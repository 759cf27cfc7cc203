"""Opening a store made by an older version upgrades it, after a backup; a newer one is refused."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from hrdesk.domain.errors import StoreError
from hrdesk.profile import Profile
from hrdesk.store import migrate
from hrdesk.store.database import Store
from hrdesk.store.engine import create_store_engine

FIRST = "0001"

# A few rows in every table the first revision had, written as that version wrote them.
ROWS = {
    "office": "INSERT INTO office (id, uid, created_at, updated_at, province, name, parent_body, "
    "symbol, place_name) VALUES (1, 'o-1', '2025-01-01 00:00:00', '2025-01-01 00:00:00', "
    "'Gia Lai', 'Ban Chỉ đạo về quyền con người tỉnh Gia Lai', 'ỦY BAN NHÂN DÂN TỈNH GIA LAI', "
    "'BCĐ', 'Gia Lai')",
    "agencies": "INSERT INTO agencies (id, uid, created_at, updated_at, name, name_key, kind) "
    "VALUES (1, 'a-1', '2025-01-01 00:00:00', '2025-01-01 00:00:00', 'Sở Tư pháp', 'k', "
    "'department')",
    "members": "INSERT INTO members (id, uid, created_at, updated_at, full_name, name_key, "
    "agency_id, role, active) VALUES (1, 'm-1', '2025-01-01 00:00:00', '2025-01-01 00:00:00', "
    "'Nguyễn Văn Đức', 'k', 1, 'member', 1)",
    "petitions": "INSERT INTO petitions (id, uid, created_at, updated_at, received_on, channel, "
    "kind, complaint_round, complex, especially_complex, remote_area, field, summary, "
    "summary_key, people_count, status, extensions, extension_days) VALUES (1, 'p-1', "
    "'2025-01-01 00:00:00', '2025-01-01 00:00:00', '2025-03-02', 'direct', 'complaint', 1, 0, "
    "0, 0, 'land', 'Khiếu nại về đất đai', 'k', 1, 'received', 0, 0)",
    "petitioners": "INSERT INTO petitioners (id, uid, created_at, updated_at, petition_id, "
    "full_name, representative) VALUES (1, 'pp-1', '2025-01-01 00:00:00', "
    "'2025-01-01 00:00:00', 1, 'Trần Thị Hoà', 0)",
    "petition_steps": "INSERT INTO petition_steps (id, uid, created_at, updated_at, petition_id, "
    "kind, occurred_on) VALUES (1, 's-1', '2025-01-01 00:00:00', '2025-01-01 00:00:00', 1, "
    "'received', '2025-03-02')",
}


def _dump(path: Path, tables: list[str], like: dict | None = None) -> dict[str, list[dict]]:
    """Every row as a dict; with `like`, only the columns those rows had (a later revision
    adds columns)."""
    with sqlite3.connect(path) as db:
        db.row_factory = sqlite3.Row
        dump = {t: [dict(r) for r in db.execute(f"SELECT * FROM {t} ORDER BY id")] for t in tables}
    if like is not None:
        for table, rows in dump.items():
            names = set(like[table][0]) if like[table] else set()
            dump[table] = [{k: v for k, v in r.items() if k in names} for r in rows]
    return dump


def _store_at_first_revision(profile: Profile) -> None:
    profile.ensure()
    engine = create_store_engine(profile.store_path)
    migrate.upgrade_to(engine, FIRST)
    with engine.begin() as connection:
        for sql in ROWS.values():
            connection.execute(text(sql))
    engine.dispose()


def test_store_made_at_the_first_revision_upgrades_and_keeps_every_row(tmp_path):
    profile = Profile(tmp_path / "old")
    _store_at_first_revision(profile)
    before = _dump(profile.store_path, list(ROWS))

    with Store.open(profile) as store, store.engine.connect() as connection:
        assert migrate.current_revision(connection) == migrate.head_revision()
        indexed = connection.execute(text("SELECT count(*) FROM search_index")).scalar()

    assert _dump(profile.store_path, list(ROWS), before) == before
    assert indexed == 3  # agency, member and petition are searchable after the upgrade
    backups = list(profile.backups_dir.glob(f"before-upgrade-{FIRST}-*.db"))
    assert len(backups) == 1
    assert _dump(backups[0], list(ROWS), before) == before


def test_store_from_a_newer_version_is_refused_with_a_clear_message(store):
    with store.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    store.close()
    with pytest.raises(StoreError, match="newer version of HR Desk"):
        Store.open(store.profile)


def test_up_to_date_store_opens_without_a_backup(store):
    store.close()
    Store.open(store.profile).close()
    assert list(store.profile.backups_dir.iterdir()) == []


def test_store_pragmas_keep_committed_records(store):
    with store.engine.connect() as connection:
        pragma = connection.exec_driver_sql
        assert pragma("PRAGMA journal_mode").scalar() == "wal"
        assert pragma("PRAGMA synchronous").scalar() == 2  # FULL
        assert pragma("PRAGMA foreign_keys").scalar() == 1
