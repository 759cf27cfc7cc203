"""search index over folded text

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Filled by hrdesk.store.migrate after the upgrade, with the code of the final schema:
    # the index is derived data, rebuilt whenever an existing store is migrated.
    op.execute(
        "CREATE VIRTUAL TABLE IF NOT EXISTS search_index USING fts5("
        "kind UNINDEXED, uid UNINDEXED, title UNINDEXED, body, private, "
        "tokenize = 'unicode61', prefix = '2 3')"
    )


def downgrade() -> None:
    op.execute("DROP TABLE IF EXISTS search_index")
