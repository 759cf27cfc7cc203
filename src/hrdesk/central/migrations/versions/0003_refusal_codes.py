"""A refusal's reason as a message code and its parameters, read in the board's language.

The refusals table kept the reason as English text only. New rows also keep the code and
its parameters (JSON); older rows keep their text, shown as written.

Revision ID: 0003
Revises: 0002
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("refusals", schema=None) as batch_op:
        batch_op.add_column(sa.Column("reason_code", sa.String(length=80), nullable=True))
        batch_op.add_column(sa.Column("reason_params", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("refusals", schema=None) as batch_op:
        batch_op.drop_column("reason_params")
        batch_op.drop_column("reason_code")
