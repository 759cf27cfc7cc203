"""trusted office keys and received packages

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-24
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "trusted_offices",
        sa.Column("office_name", sa.String(length=300), nullable=False),
        sa.Column("key_id", sa.String(length=16), nullable=False),
        sa.Column("public_key", sa.String(length=64), nullable=False),
        sa.Column("fingerprint", sa.String(length=80), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_trusted_offices")),
        sa.UniqueConstraint("key_id", name=op.f("uq_trusted_offices_key_id")),
        sa.UniqueConstraint("uid", name=op.f("uq_trusted_offices_uid")),
    )
    with op.batch_alter_table("trusted_offices", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_trusted_offices_office_name"), ["office_name"], unique=False
        )

    op.create_table(
        "received_packages",
        sa.Column("trusted_office_id", sa.Integer(), nullable=False),
        sa.Column("office_name", sa.String(length=300), nullable=False),
        sa.Column("key_id", sa.String(length=16), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("sha512", sa.String(length=128), nullable=False),
        sa.Column("previous_sha512", sa.String(length=128), nullable=True),
        sa.Column("period_label", sa.String(length=40), nullable=False),
        sa.Column("bagging_date", sa.String(length=10), nullable=False),
        sa.Column("includes_personal_data", sa.Boolean(), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.Column("path", sa.Text(), nullable=False),
        sa.Column("warning", sa.Text(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["trusted_office_id"],
            ["trusted_offices.id"],
            name=op.f("fk_received_packages_trusted_office_id_trusted_offices"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_received_packages")),
        sa.UniqueConstraint("sha512", name=op.f("uq_received_packages_sha512")),
        sa.UniqueConstraint("uid", name=op.f("uq_received_packages_uid")),
    )
    with op.batch_alter_table("received_packages", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_received_packages_office_name"), ["office_name"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_received_packages_trusted_office_id"),
            ["trusted_office_id"],
            unique=False,
        )


def downgrade() -> None:
    with op.batch_alter_table("received_packages", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_received_packages_trusted_office_id"))
        batch_op.drop_index(batch_op.f("ix_received_packages_office_name"))
    op.drop_table("received_packages")
    with op.batch_alter_table("trusted_offices", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_trusted_offices_office_name"))
    op.drop_table("trusted_offices")
