"""the office's decisions on expected holidays in a table of their own

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-03

The decisions on the shipped calendar's expected days (a year confirmed, a day removed or
replaced, who made each, when, citing which announcement) were one JSON list under the
undeclared setting `holidays.expected_decisions`, rewritten whole at each decision. They
are rows of `holiday_decisions` now, each checked by the table's constraints; the list is
moved here once, in its order, and the setting removed. An entry an earlier version could
not have written (no action, a day that is not a date) stops the upgrade with its text
rather than being dropped: the backup taken before the upgrade keeps the store as it was.

The key and the columns are written out here, as in the earlier revisions: this revision
reads what earlier versions wrote, whatever later versions write.
"""

import json
import uuid
from collections.abc import Sequence
from datetime import UTC, date, datetime
from typing import Any

import sqlalchemy as sa
from alembic import op

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OLD_KEY = "holidays.expected_decisions"
ACTIONS = ("confirmed", "removed", "replaced")

settings = sa.table("settings", sa.column("key", sa.String()), sa.column("value", sa.Text()))
decisions = sa.table(
    "holiday_decisions",
    sa.column("uid", sa.String()),
    sa.column("created_at", sa.DateTime()),
    sa.column("updated_at", sa.DateTime()),
    sa.column("action", sa.String()),
    sa.column("year", sa.Integer()),
    sa.column("day", sa.Date()),
    sa.column("new_day", sa.Date()),
    sa.column("announcement", sa.Text()),
    sa.column("decided_by", sa.String()),
    sa.column("decided_by_name", sa.String()),
    sa.column("decided_at", sa.DateTime()),
)


def upgrade() -> None:
    op.create_table(
        "holiday_decisions",
        sa.Column("action", sa.String(length=16), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=True),
        sa.Column("new_day", sa.Date(), nullable=True),
        sa.Column("announcement", sa.Text(), nullable=False),
        sa.Column("decided_by", sa.String(length=60), nullable=False),
        sa.Column("decided_by_name", sa.String(length=200), nullable=False),
        sa.Column("decided_at", sa.DateTime(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "action IN ('confirmed', 'removed', 'replaced')",
            name=op.f("ck_holiday_decisions_action"),
        ),
        sa.CheckConstraint(
            "action = 'confirmed' OR day IS NOT NULL", name=op.f("ck_holiday_decisions_day")
        ),
        sa.CheckConstraint(
            "(action = 'replaced') = (new_day IS NOT NULL)",
            name=op.f("ck_holiday_decisions_new_day"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_holiday_decisions")),
        sa.UniqueConstraint("uid", name=op.f("uq_holiday_decisions_uid")),
    )
    _move_decisions()


def _move_decisions() -> None:
    connection = op.get_bind()
    text = connection.execute(sa.select(settings.c.value).where(settings.c.key == OLD_KEY)).scalar()
    if text is None:
        return
    kept = json.loads(text) or []
    if not isinstance(kept, list):
        raise ValueError(f"{OLD_KEY} is not a list: {text[:200]}")
    now = datetime.now(UTC).replace(tzinfo=None)
    rows = [_row(entry, now) for entry in kept]
    if rows:
        connection.execute(decisions.insert(), rows)
    connection.execute(settings.delete().where(settings.c.key == OLD_KEY))


def _row(entry: Any, now: datetime) -> dict[str, Any]:
    """One decision as 0.x wrote it (services/holidays.Decision.as_json) to a row."""
    if not isinstance(entry, dict) or entry.get("action") not in ACTIONS:
        raise ValueError(f"{OLD_KEY}: not a decision: {entry!r}")
    at = datetime.fromisoformat(entry["at"])
    if at.tzinfo is not None:
        at = at.astimezone(UTC).replace(tzinfo=None)  # stored as naive UTC (UTCDateTime)
    by = str(entry.get("by") or "")
    return {
        "uid": str(uuid.uuid4()),
        "created_at": now,
        "updated_at": now,
        "action": entry["action"],
        "year": int(entry["year"]),
        "day": date.fromisoformat(entry["day"]) if entry.get("day") else None,
        "new_day": date.fromisoformat(entry["new_day"]) if entry.get("new_day") else None,
        "announcement": str(entry.get("announcement") or ""),
        "decided_by": by,
        "decided_by_name": str(entry.get("by_name") or by),
        "decided_at": at,
    }


def downgrade() -> None:
    connection = op.get_bind()
    rows = connection.execute(sa.select(decisions).order_by(sa.text("id"))).mappings().all()
    if rows:
        kept = [
            {
                "action": row["action"],
                "year": row["year"],
                "day": row["day"].isoformat() if row["day"] else None,
                "new_day": row["new_day"].isoformat() if row["new_day"] else None,
                "announcement": row["announcement"],
                "by": row["decided_by"],
                "by_name": row["decided_by_name"],
                "at": row["decided_at"].replace(tzinfo=UTC).isoformat(),
            }
            for row in rows
        ]
        connection.execute(
            settings.insert(), [{"key": OLD_KEY, "value": json.dumps(kept, ensure_ascii=False)}]
        )
    op.drop_table("holiday_decisions")
