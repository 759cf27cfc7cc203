"""Bringing a store's schema up to this version of HR Desk, safely.

Before any pending migration runs on a store that has data, the store is copied to the
profile's backups. A store written by a newer HR Desk is refused, never "downgraded".
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine

from hrdesk.domain.errors import StoreError

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
# Revisions after which the search index must be rebuilt (it is derived data): 0002 made
# it empty. Others leave it alone: rebuilding a million records takes minutes.
REINDEX_AFTER = {"0002"}


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def check_compatible(revision: str | None) -> None:
    """Refuse a store whose schema this version does not know (written by a newer one)."""
    if revision is None:
        return
    script = ScriptDirectory.from_config(alembic_config())
    try:
        script.get_revision(revision)
    except Exception as exc:
        raise StoreError("store.newer_version", revision=revision) from exc


def upgrade_to(engine: Engine, revision: str = "head") -> None:
    config = alembic_config()
    with engine.begin() as connection:
        # The sqlite3 driver runs DDL outside any transaction unless one was begun
        # explicitly: a kill mid-way left 0009's new columns under revision 0008, a store
        # no later start could open ("duplicate column name"). One transaction instead:
        # a killed migration leaves exactly the old store.
        connection.exec_driver_sql("BEGIN IMMEDIATE")
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


def migrate(engine: Engine, backup: Callable[[str], object]) -> str | None:
    """Run pending migrations; `backup(revision)` copies the store first if it has a schema.

    Returns the revision the store had before (None for a new store).
    """
    with engine.connect() as connection:
        before = current_revision(connection)
    check_compatible(before)
    if before == head_revision():
        return before
    if before is not None:
        backup(before)
    upgrade_to(engine)
    if before is not None and REINDEX_AFTER & set(_applied_since(before)):
        from hrdesk.store import search_index

        with engine.begin() as connection:
            search_index.rebuild(connection)
    return before


def _applied_since(before: str) -> list[str]:
    script = ScriptDirectory.from_config(alembic_config())
    return [r.revision for r in script.iterate_revisions("heads", before)]
