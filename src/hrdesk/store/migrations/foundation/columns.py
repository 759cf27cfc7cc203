"""Columns shared by the first revision's tables."""

from typing import Any

import sqlalchemy as sa


def record() -> list[sa.Column[Any]]:
    """The columns every record table has: key, stable uid, creation and update times."""
    return [
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
    ]
