"""report sections remember their drafted text

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-03

A section drafted from the records keeps the text as drafted (`drafted_body`), so that a
new draft replaces only what the officer has not edited since.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("report_sections", sa.Column("drafted_body", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("report_sections") as batch:
        batch.drop_column("drafted_body")
