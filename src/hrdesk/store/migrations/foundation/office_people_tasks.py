"""The office, accounts, audit log, agencies, members and tasks.

Part of revision 0001, frozen as it was: later revisions change the schema, never this.
"""

import sqlalchemy as sa
from alembic import op

from hrdesk.store.migrations.foundation.columns import record as _record


def create() -> None:
    op.create_table(
        "agencies",
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("name_key", sa.String(length=600), nullable=False),
        sa.Column("short_name", sa.String(length=60), nullable=True),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("address", sa.String(length=300), nullable=True),
        sa.Column("phone", sa.String(length=40), nullable=True),
        sa.Column("email", sa.String(length=120), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        *_record(),
        sa.Column("archived_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agencies")),
        sa.UniqueConstraint("name", name=op.f("uq_agencies_name")),
        sa.UniqueConstraint("uid", name=op.f("uq_agencies_uid")),
    )
    op.create_index(op.f("ix_agencies_kind"), "agencies", ["kind"])
    op.create_index(op.f("ix_agencies_name_key"), "agencies", ["name_key"])

    op.create_table(
        "audit_entries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("actor", sa.String(length=60), nullable=False),
        sa.Column("action", sa.String(length=16), nullable=False),
        sa.Column("table_name", sa.String(length=60), nullable=False),
        sa.Column("record_uid", sa.String(length=36), nullable=True),
        sa.Column("subject_uid", sa.String(length=36), nullable=True),
        sa.Column("changes", sa.Text(), nullable=False),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_entries")),
        sa.UniqueConstraint("seq", name=op.f("uq_audit_entries_seq")),
        sqlite_autoincrement=True,
    )
    op.create_index(op.f("ix_audit_entries_record_uid"), "audit_entries", ["record_uid"])
    op.create_index(op.f("ix_audit_entries_subject_uid"), "audit_entries", ["subject_uid"])

    op.create_table(
        "document_numbers",
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("type_code", sa.String(length=10), nullable=False),
        sa.Column("subject", sa.Text(), nullable=False),
        sa.Column("issued_on", sa.Date(), nullable=False),
        sa.Column("record_uid", sa.String(length=36), nullable=True),
        *_record(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_document_numbers")),
        sa.UniqueConstraint("uid", name=op.f("uq_document_numbers_uid")),
        sa.UniqueConstraint("year", "number", name=op.f("uq_document_numbers_year_number")),
    )
    op.create_index(op.f("ix_document_numbers_record_uid"), "document_numbers", ["record_uid"])

    op.create_table(
        "office",
        sa.Column("province", sa.String(length=80), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("parent_body", sa.String(length=300), nullable=False),
        sa.Column("symbol", sa.String(length=30), nullable=False),
        sa.Column("place_name", sa.String(length=80), nullable=False),
        sa.Column("address", sa.String(length=300), nullable=True),
        sa.Column("phone", sa.String(length=40), nullable=True),
        sa.Column("email", sa.String(length=120), nullable=True),
        *_record(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_office")),
        sa.UniqueConstraint("uid", name=op.f("uq_office_uid")),
    )

    op.create_table(
        "office_holidays",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("working", sa.Boolean(), nullable=False),
        *_record(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_office_holidays")),
        sa.UniqueConstraint("day", name=op.f("uq_office_holidays_day")),
        sa.UniqueConstraint("uid", name=op.f("uq_office_holidays_uid")),
    )

    op.create_table(
        "officers",
        sa.Column("username", sa.String(length=60), nullable=False),
        sa.Column("full_name", sa.String(length=120), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        *_record(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_officers")),
        sa.UniqueConstraint("uid", name=op.f("uq_officers_uid")),
        sa.UniqueConstraint("username", name=op.f("uq_officers_username")),
    )

    op.create_table(
        "settings",
        sa.Column("key", sa.String(length=80), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_settings")),
    )

    op.create_table(
        "members",
        sa.Column("full_name", sa.String(length=120), nullable=False),
        sa.Column("name_key", sa.String(length=300), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=True),
        sa.Column("agency_id", sa.Integer(), nullable=True),
        sa.Column("role", sa.String(length=32), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("phone", sa.String(length=40), nullable=True),
        sa.Column("email", sa.String(length=120), nullable=True),
        *_record(),
        sa.Column("archived_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["agency_id"], ["agencies.id"], name=op.f("fk_members_agency_id_agencies")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_members")),
        sa.UniqueConstraint("uid", name=op.f("uq_members_uid")),
    )
    op.create_index(op.f("ix_members_agency_id"), "members", ["agency_id"])
    op.create_index(op.f("ix_members_name_key"), "members", ["name_key"])
    op.create_index(op.f("ix_members_role"), "members", ["role"])

    op.create_table(
        "appointments",
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=32), nullable=False),
        sa.Column("decision_number", sa.String(length=60), nullable=True),
        sa.Column("decision_date", sa.Date(), nullable=True),
        sa.Column("term_start", sa.Date(), nullable=False),
        sa.Column("term_end", sa.Date(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        *_record(),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["members.id"],
            name=op.f("fk_appointments_member_id_members"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_appointments")),
        sa.UniqueConstraint("uid", name=op.f("uq_appointments_uid")),
    )
    op.create_index(op.f("ix_appointments_member_id"), "appointments", ["member_id"])

    op.create_table(
        "tasks",
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("title_key", sa.String(length=600), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("source", sa.String(length=32), nullable=False),
        sa.Column("source_ref", sa.String(length=200), nullable=True),
        sa.Column("lead_agency_id", sa.Integer(), nullable=True),
        sa.Column("responsible_member_id", sa.Integer(), nullable=True),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=32), nullable=False),
        sa.Column("completed_on", sa.Date(), nullable=True),
        *_record(),
        sa.Column("archived_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["lead_agency_id"], ["agencies.id"], name=op.f("fk_tasks_lead_agency_id_agencies")
        ),
        sa.ForeignKeyConstraint(
            ["responsible_member_id"],
            ["members.id"],
            name=op.f("fk_tasks_responsible_member_id_members"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tasks")),
        sa.UniqueConstraint("uid", name=op.f("uq_tasks_uid")),
    )
    op.create_index(op.f("ix_tasks_due_on"), "tasks", ["due_on"])
    op.create_index(op.f("ix_tasks_lead_agency_id"), "tasks", ["lead_agency_id"])
    op.create_index(op.f("ix_tasks_responsible_member_id"), "tasks", ["responsible_member_id"])
    op.create_index(op.f("ix_tasks_title_key"), "tasks", ["title_key"])
    op.create_index("ix_tasks_status_due_on", "tasks", ["status", "due_on"])

    op.create_table(
        "task_notes",
        sa.Column("task_id", sa.Integer(), nullable=False),
        sa.Column("noted_on", sa.Date(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("author", sa.String(length=120), nullable=True),
        *_record(),
        sa.ForeignKeyConstraint(
            ["task_id"], ["tasks.id"], name=op.f("fk_task_notes_task_id_tasks"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_task_notes")),
        sa.UniqueConstraint("uid", name=op.f("uq_task_notes_uid")),
    )
    op.create_index(op.f("ix_task_notes_task_id"), "task_notes", ["task_id"])

    op.create_table(
        "task_supporting_agencies",
        sa.Column("task_id", sa.Integer(), nullable=False),
        sa.Column("agency_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["agency_id"],
            ["agencies.id"],
            name=op.f("fk_task_supporting_agencies_agency_id_agencies"),
        ),
        sa.ForeignKeyConstraint(
            ["task_id"],
            ["tasks.id"],
            name=op.f("fk_task_supporting_agencies_task_id_tasks"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("task_id", "agency_id", name=op.f("pk_task_supporting_agencies")),
    )
