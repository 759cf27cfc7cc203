"""indexes for sorting the petitions list by a column of few values

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-23

Sorting a million petitions by kind, field, channel, status, outcome or handling agency
took ten seconds or more: SQLite sorted every row. The list now reads such a column a
value at a time, in the order of the values' labels, each value's live rows in id order;
a partial index per column over the live rows gives exactly that order.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

COLUMNS = ("kind", "field", "channel", "status", "outcome", "handling_agency_id")


def upgrade() -> None:
    for column in COLUMNS:
        op.create_index(
            f"ix_petitions_live_{column}",
            "petitions",
            [column],
            sqlite_where=sa.text("archived_at IS NULL"),
        )


def downgrade() -> None:
    for column in reversed(COLUMNS):
        op.drop_index(f"ix_petitions_live_{column}", "petitions")
