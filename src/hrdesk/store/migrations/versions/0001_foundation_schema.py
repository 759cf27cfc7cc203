"""foundation schema

Revision ID: 0001
Revises:
Create Date: 2026-11-23 05:51:13.119252
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    from hrdesk.store.migrations.foundation import cases_events, office_people_tasks

    office_people_tasks.create()
    cases_events.create()


def downgrade() -> None:
    # Dropping a table drops its indexes.
    for table in (
        "conclusions",
        "task_supporting_agencies",
        "task_notes",
        "meeting_attendance",
        "agenda_items",
        "training_topics",
        "training_attendance",
        "tasks",
        "report_sections",
        "petitioners",
        "petition_steps",
        "packages",
        "meetings",
        "appointments",
        "training_events",
        "reports",
        "petitions",
        "members",
        "settings",
        "officers",
        "office_holidays",
        "office",
        "document_numbers",
        "audit_entries",
        "agencies",
    ):
        op.drop_table(table)
