"""member agencies' contributions to a report, and the files they came in

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-03
"""

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _record() -> list[sa.Column[Any]]:
    return [
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "contributions",
        sa.Column("period_label", sa.String(length=40), nullable=False),
        sa.Column("agency_id", sa.Integer(), nullable=False),
        sa.Column("requested_on", sa.Date(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=True),
        sa.Column("summary", sa.Text(), nullable=True),
        sa.Column("excuse", sa.Text(), nullable=True),
        sa.Column("reminded_on", sa.Date(), nullable=True),
        *_record(),
        sa.ForeignKeyConstraint(
            ["agency_id"], ["agencies.id"], name=op.f("fk_contributions_agency_id_agencies")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contributions")),
        sa.UniqueConstraint(
            "period_label", "agency_id", name=op.f("uq_contributions_period_label_agency_id")
        ),
        sa.UniqueConstraint("uid", name=op.f("uq_contributions_uid")),
    )
    op.create_index(op.f("ix_contributions_period_label"), "contributions", ["period_label"])
    op.create_index(op.f("ix_contributions_agency_id"), "contributions", ["agency_id"])
    op.create_table(
        "contribution_files",
        sa.Column("contribution_id", sa.Integer(), nullable=False),
        sa.Column("file_name", sa.String(length=260), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        *_record(),
        sa.ForeignKeyConstraint(
            ["contribution_id"],
            ["contributions.id"],
            name=op.f("fk_contribution_files_contribution_id_contributions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contribution_files")),
        sa.UniqueConstraint("contribution_id", name=op.f("uq_contribution_files_contribution_id")),
        sa.UniqueConstraint("uid", name=op.f("uq_contribution_files_uid")),
    )


def downgrade() -> None:
    op.drop_table("contribution_files")
    op.drop_index(op.f("ix_contributions_agency_id"), "contributions")
    op.drop_index(op.f("ix_contributions_period_label"), "contributions")
    op.drop_table("contributions")
