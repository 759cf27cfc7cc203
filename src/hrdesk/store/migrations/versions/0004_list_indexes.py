"""indexes for lists of a million petitions

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23

The working lists show petitions that are not archived, sorted by one column and paged.
Partial indexes on those columns (WHERE archived_at IS NULL) answer the count, the sort
and a page deep in the list from the index alone. An index on (decided_on, kind) serves
the monthly figures of the dashboard and the reports.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

LIVE_COLUMNS = ("received_on", "deadline", "summary_key", "reference", "decided_on")


def upgrade() -> None:
    for column in LIVE_COLUMNS:
        op.drop_index(f"ix_petitions_{column}", "petitions")
    for column in LIVE_COLUMNS:
        op.create_index(
            f"ix_petitions_live_{column}",
            "petitions",
            [column],
            sqlite_where=sa.text("archived_at IS NULL"),
        )
    op.create_index("ix_petitions_decided_on_kind", "petitions", ["decided_on", "kind"])
    # Statistics for the planner, sampled (a full ANALYZE reads every index of a big store).
    op.execute("PRAGMA analysis_limit = 400")
    op.execute("ANALYZE")


def downgrade() -> None:
    op.drop_index("ix_petitions_decided_on_kind", "petitions")
    for column in LIVE_COLUMNS:
        op.drop_index(f"ix_petitions_live_{column}", "petitions")
    for column in LIVE_COLUMNS:
        op.create_index(f"ix_petitions_{column}", "petitions", [column])
