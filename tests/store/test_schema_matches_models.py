"""The migrations make exactly the schema the models describe (tables, columns, indexes)."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from hrdesk.profile import Profile
from hrdesk.store import migrate
from hrdesk.store.base import Base
from hrdesk.store.engine import create_store_engine

# Derived data the models do not describe: the search index and the kept record counts.
DERIVED = ("search_index", "live_counts")


def test_a_migrated_store_has_the_models_schema(tmp_path):
    profile = Profile(tmp_path / "p").ensure()
    engine = create_store_engine(profile.store_path)
    migrate.upgrade_to(engine)
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"render_as_batch": True})
        diffs = [d for d in compare_metadata(context, Base.metadata) if not _derived(d)]
    engine.dispose()
    assert diffs == []


def _derived(diff: object) -> bool:
    return any(f"Table('{name}" in repr(diff) for name in DERIVED)
