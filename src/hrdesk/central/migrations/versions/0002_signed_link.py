"""Each package's link in its office's chain: the SHA-512 of its signed tag manifest.

The verifier links a package to the one before by signed content, not by the zip file's
hash (a re-encoded copy is the same package). Rows kept before this revision have none;
their senders named the zip's hash, which the chain check still accepts for them.

Revision ID: 0002
Revises: 0001
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("packages", schema=None) as batch_op:
        batch_op.add_column(sa.Column("signed_sha512", sa.String(length=128), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("packages", schema=None) as batch_op:
        batch_op.drop_column("signed_sha512")
