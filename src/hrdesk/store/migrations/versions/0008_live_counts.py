"""live record counts kept by triggers

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-23

Opening the petitions list counted its rows first: a tenth of a second on a national store
of a million petitions, read from the live index every time. The number of records not
archived is now kept in `live_counts`, moved by triggers in the same transaction as the
change, so the whole list's count is one row. `hrdesk check` compares it with a real
count and `hrdesk check --reindex` recounts it.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ("petitions",)


def upgrade() -> None:
    op.execute(
        "CREATE TABLE live_counts (name VARCHAR(64) NOT NULL PRIMARY KEY, live INTEGER NOT NULL)"
    )
    for table in TABLES:
        op.execute(
            f"INSERT INTO live_counts (name, live) "
            f"SELECT '{table}', count(*) FROM {table} WHERE archived_at IS NULL"
        )
        op.execute(
            f"CREATE TRIGGER {table}_live_insert AFTER INSERT ON {table} "
            f"WHEN NEW.archived_at IS NULL BEGIN "
            f"UPDATE live_counts SET live = live + 1 WHERE name = '{table}'; END"
        )
        op.execute(
            f"CREATE TRIGGER {table}_live_delete AFTER DELETE ON {table} "
            f"WHEN OLD.archived_at IS NULL BEGIN "
            f"UPDATE live_counts SET live = live - 1 WHERE name = '{table}'; END"
        )
        op.execute(
            f"CREATE TRIGGER {table}_live_archive AFTER UPDATE OF archived_at ON {table} "
            f"WHEN (OLD.archived_at IS NULL) != (NEW.archived_at IS NULL) BEGIN "
            f"UPDATE live_counts SET live = live + "
            f"(CASE WHEN NEW.archived_at IS NULL THEN 1 ELSE -1 END) WHERE name = '{table}'; END"
        )


def downgrade() -> None:
    for table in TABLES:
        for event in ("insert", "delete", "archive"):
            op.execute(f"DROP TRIGGER IF EXISTS {table}_live_{event}")
    op.execute("DROP TABLE IF EXISTS live_counts")
