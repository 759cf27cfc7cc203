"""Migration 0003 makes exactly the tables the models describe, and can be undone."""

from __future__ import annotations

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect

from hrdesk.profile import Profile
from hrdesk.store import migrate
from hrdesk.store.base import Base
from hrdesk.store.engine import create_store_engine

TABLES = {"trusted_offices", "received_packages"}


def _ours(diff: object) -> bool:
    text = repr(diff)
    return any(table in text for table in TABLES)


def test_migration_matches_the_models(tmp_path):
    profile = Profile(tmp_path / "p").ensure()
    engine = create_store_engine(profile.store_path)
    migrate.upgrade_to(engine)
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"render_as_batch": True})
        diffs = compare_metadata(context, Base.metadata)
        assert [d for d in diffs if _ours(d)] == []
        assert set(inspect(connection).get_table_names()) >= TABLES
    engine.dispose()


def test_migration_0003_downgrades_to_0002_and_back(tmp_path):
    profile = Profile(tmp_path / "p").ensure()
    engine = create_store_engine(profile.store_path)
    migrate.upgrade_to(engine)
    config = migrate.alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0002")
    with engine.connect() as connection:
        assert not TABLES & set(inspect(connection).get_table_names())
    migrate.upgrade_to(engine)
    with engine.connect() as connection:
        assert set(inspect(connection).get_table_names()) >= TABLES
    engine.dispose()
