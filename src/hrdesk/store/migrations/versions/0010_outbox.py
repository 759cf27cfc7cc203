"""the outbox and the centre's receipts

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-03

Packages now wait in the store (`outbox`, their zip inside the encrypted file) until the
central office's service takes them, and its signed receipts are kept (`receipts`). A
package built by an earlier version is not queued: it was carried or marked by hand.
"""

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _record_columns() -> list[sa.Column[Any]]:
    return [
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "outbox",
        sa.Column("package_id", sa.Integer(), nullable=False),
        sa.Column("zip_sha512", sa.String(length=128), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("zip_bytes", sa.LargeBinary(), nullable=True),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("tries", sa.Integer(), nullable=False),
        sa.Column("next_try_at", sa.DateTime(), nullable=True),
        sa.Column("upload_url", sa.Text(), nullable=True),
        sa.Column("problem_code", sa.String(length=80), nullable=True),
        sa.Column("problem_params", sa.Text(), nullable=True),
        sa.Column("arrived_at", sa.DateTime(), nullable=True),
        *_record_columns(),
        sa.ForeignKeyConstraint(
            ["package_id"],
            ["packages.id"],
            name=op.f("fk_outbox_package_id_packages"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_outbox")),
        sa.UniqueConstraint("package_id", name=op.f("uq_outbox_package_id")),
        sa.UniqueConstraint("uid", name=op.f("uq_outbox_uid")),
    )
    op.create_index(op.f("ix_outbox_zip_sha512"), "outbox", ["zip_sha512"])
    op.create_table(
        "receipts",
        sa.Column("package_id", sa.Integer(), nullable=False),
        sa.Column("package_sha512", sa.String(length=128), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("minisig", sa.Text(), nullable=False),
        sa.Column("centre_key_id", sa.String(length=16), nullable=False),
        sa.Column("received_at", sa.String(length=32), nullable=False),
        sa.Column("audit_count", sa.Integer(), nullable=True),
        sa.Column("audit_hash", sa.String(length=128), nullable=True),
        sa.Column("came_by", sa.String(length=16), nullable=False),
        *_record_columns(),
        sa.ForeignKeyConstraint(
            ["package_id"],
            ["packages.id"],
            name=op.f("fk_receipts_package_id_packages"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_receipts")),
        sa.UniqueConstraint("package_id", name=op.f("uq_receipts_package_id")),
        sa.UniqueConstraint("uid", name=op.f("uq_receipts_uid")),
    )


def downgrade() -> None:
    op.drop_table("receipts")
    op.drop_index(op.f("ix_outbox_zip_sha512"), table_name="outbox")
    op.drop_table("outbox")
