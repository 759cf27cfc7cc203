"""Petitions, training, meetings, reports and packages.

Part of revision 0001, frozen as it was: later revisions change the schema, never this.
"""

import sqlalchemy as sa
from alembic import op

from hrdesk.store.migrations.foundation.columns import record as _record


def create() -> None:
    op.create_table(
        "petitions",
        sa.Column("reference", sa.String(length=40), nullable=True),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("channel", sa.String(length=32), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("complaint_round", sa.Integer(), nullable=False),
        sa.Column("complex", sa.Boolean(), nullable=False),
        sa.Column("especially_complex", sa.Boolean(), nullable=False),
        sa.Column("remote_area", sa.Boolean(), nullable=False),
        sa.Column("field", sa.String(length=32), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("summary_key", sa.String(length=600), nullable=False),
        sa.Column("people_count", sa.Integer(), nullable=False),
        sa.Column("prior_agency", sa.String(length=300), nullable=True),
        sa.Column("handling_agency_id", sa.Integer(), nullable=True),
        sa.Column("handler_id", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(length=32), nullable=False),
        sa.Column("deadline", sa.Date(), nullable=True),
        sa.Column("deadline_rule", sa.String(length=60), nullable=True),
        sa.Column("accepted_on", sa.Date(), nullable=True),
        sa.Column("decided_on", sa.Date(), nullable=True),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("extensions", sa.Integer(), nullable=False),
        sa.Column("extension_days", sa.Integer(), nullable=False),
        sa.Column("transferred_to", sa.String(length=300), nullable=True),
        sa.Column("outcome", sa.String(length=32), nullable=True),
        sa.Column("outcome_note", sa.Text(), nullable=True),
        *_record(),
        sa.Column("archived_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["handler_id"], ["officers.id"], name=op.f("fk_petitions_handler_id_officers")
        ),
        sa.ForeignKeyConstraint(
            ["handling_agency_id"],
            ["agencies.id"],
            name=op.f("fk_petitions_handling_agency_id_agencies"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_petitions")),
        sa.UniqueConstraint("uid", name=op.f("uq_petitions_uid")),
    )
    op.create_index(op.f("ix_petitions_deadline"), "petitions", ["deadline"])
    op.create_index(op.f("ix_petitions_decided_on"), "petitions", ["decided_on"])
    op.create_index(op.f("ix_petitions_field"), "petitions", ["field"])
    op.create_index(op.f("ix_petitions_handler_id"), "petitions", ["handler_id"])
    op.create_index(op.f("ix_petitions_handling_agency_id"), "petitions", ["handling_agency_id"])
    op.create_index(op.f("ix_petitions_received_on"), "petitions", ["received_on"])
    op.create_index(op.f("ix_petitions_reference"), "petitions", ["reference"])
    op.create_index(op.f("ix_petitions_status"), "petitions", ["status"])
    op.create_index(op.f("ix_petitions_summary_key"), "petitions", ["summary_key"])
    op.create_index("ix_petitions_kind_received_on", "petitions", ["kind", "received_on"])
    op.create_index("ix_petitions_status_deadline", "petitions", ["status", "deadline"])

    op.create_table(
        "reports",
        sa.Column("period_label", sa.String(length=40), nullable=False),
        sa.Column("period_kind", sa.String(length=16), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("document_number_id", sa.Integer(), nullable=True),
        *_record(),
        sa.ForeignKeyConstraint(
            ["document_number_id"],
            ["document_numbers.id"],
            name=op.f("fk_reports_document_number_id_document_numbers"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reports")),
        sa.UniqueConstraint("uid", name=op.f("uq_reports_uid")),
    )
    op.create_index(op.f("ix_reports_period_label"), "reports", ["period_label"])

    op.create_table(
        "training_events",
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("title_key", sa.String(length=600), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=False),
        sa.Column("place", sa.String(length=300), nullable=True),
        sa.Column("organiser_agency_id", sa.Integer(), nullable=True),
        sa.Column("materials", sa.Text(), nullable=True),
        *_record(),
        sa.Column("archived_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["organiser_agency_id"],
            ["agencies.id"],
            name=op.f("fk_training_events_organiser_agency_id_agencies"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_training_events")),
        sa.UniqueConstraint("uid", name=op.f("uq_training_events_uid")),
    )
    op.create_index(
        op.f("ix_training_events_organiser_agency_id"), "training_events", ["organiser_agency_id"]
    )
    op.create_index(op.f("ix_training_events_starts_on"), "training_events", ["starts_on"])
    op.create_index(op.f("ix_training_events_title_key"), "training_events", ["title_key"])

    op.create_table(
        "meetings",
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("title_key", sa.String(length=600), nullable=False),
        sa.Column("starts_at", sa.DateTime(), nullable=False),
        sa.Column("ends_at", sa.DateTime(), nullable=True),
        sa.Column("place", sa.String(length=300), nullable=True),
        sa.Column("chair_member_id", sa.Integer(), nullable=True),
        sa.Column("chair_name", sa.String(length=120), nullable=True),
        sa.Column("secretary_member_id", sa.Integer(), nullable=True),
        sa.Column("secretary_name", sa.String(length=120), nullable=True),
        sa.Column("discussion", sa.Text(), nullable=True),
        sa.Column("status", sa.String(length=32), nullable=False),
        *_record(),
        sa.Column("archived_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["chair_member_id"], ["members.id"], name=op.f("fk_meetings_chair_member_id_members")
        ),
        sa.ForeignKeyConstraint(
            ["secretary_member_id"],
            ["members.id"],
            name=op.f("fk_meetings_secretary_member_id_members"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meetings")),
        sa.UniqueConstraint("uid", name=op.f("uq_meetings_uid")),
    )
    op.create_index(op.f("ix_meetings_starts_at"), "meetings", ["starts_at"])
    op.create_index(op.f("ix_meetings_status"), "meetings", ["status"])
    op.create_index(op.f("ix_meetings_title_key"), "meetings", ["title_key"])

    op.create_table(
        "packages",
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("period_label", sa.String(length=40), nullable=False),
        sa.Column("file_name", sa.String(length=200), nullable=False),
        sa.Column("sha512", sa.String(length=128), nullable=False),
        sa.Column("previous_sha512", sa.String(length=128), nullable=True),
        sa.Column("key_id", sa.String(length=16), nullable=False),
        sa.Column("written_to", sa.Text(), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("includes_personal_data", sa.Boolean(), nullable=False),
        sa.Column("report_id", sa.Integer(), nullable=True),
        *_record(),
        sa.ForeignKeyConstraint(
            ["report_id"], ["reports.id"], name=op.f("fk_packages_report_id_reports")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_packages")),
        sa.UniqueConstraint("sequence", name=op.f("uq_packages_sequence")),
        sa.UniqueConstraint("uid", name=op.f("uq_packages_uid")),
    )

    op.create_table(
        "petition_steps",
        sa.Column("petition_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("occurred_on", sa.Date(), nullable=False),
        sa.Column("actor", sa.String(length=120), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("deadline_after", sa.Date(), nullable=True),
        *_record(),
        sa.ForeignKeyConstraint(
            ["petition_id"],
            ["petitions.id"],
            name=op.f("fk_petition_steps_petition_id_petitions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_petition_steps")),
        sa.UniqueConstraint("uid", name=op.f("uq_petition_steps_uid")),
    )
    op.create_index(op.f("ix_petition_steps_petition_id"), "petition_steps", ["petition_id"])

    op.create_table(
        "petitioners",
        sa.Column("petition_id", sa.Integer(), nullable=False),
        sa.Column("full_name", sa.String(length=120), nullable=False),
        sa.Column("address", sa.String(length=300), nullable=True),
        sa.Column("id_number", sa.String(length=20), nullable=True),
        sa.Column("phone", sa.String(length=40), nullable=True),
        sa.Column("representative", sa.Boolean(), nullable=False),
        *_record(),
        sa.ForeignKeyConstraint(
            ["petition_id"],
            ["petitions.id"],
            name=op.f("fk_petitioners_petition_id_petitions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_petitioners")),
        sa.UniqueConstraint("uid", name=op.f("uq_petitioners_uid")),
    )
    op.create_index(op.f("ix_petitioners_petition_id"), "petitioners", ["petition_id"])

    op.create_table(
        "report_sections",
        sa.Column("report_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("heading", sa.Text(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        *_record(),
        sa.ForeignKeyConstraint(
            ["report_id"],
            ["reports.id"],
            name=op.f("fk_report_sections_report_id_reports"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_report_sections")),
        sa.UniqueConstraint("uid", name=op.f("uq_report_sections_uid")),
    )
    op.create_index(op.f("ix_report_sections_report_id"), "report_sections", ["report_id"])

    op.create_table(
        "training_attendance",
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=True),
        sa.Column("full_name", sa.String(length=120), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=True),
        sa.Column("agency_id", sa.Integer(), nullable=True),
        sa.Column("agency_name", sa.String(length=300), nullable=True),
        sa.Column("present", sa.Boolean(), nullable=False),
        *_record(),
        sa.ForeignKeyConstraint(
            ["agency_id"], ["agencies.id"], name=op.f("fk_training_attendance_agency_id_agencies")
        ),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["training_events.id"],
            name=op.f("fk_training_attendance_event_id_training_events"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["member_id"], ["members.id"], name=op.f("fk_training_attendance_member_id_members")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_training_attendance")),
        sa.UniqueConstraint("uid", name=op.f("uq_training_attendance_uid")),
    )
    op.create_index(op.f("ix_training_attendance_agency_id"), "training_attendance", ["agency_id"])
    op.create_index(op.f("ix_training_attendance_event_id"), "training_attendance", ["event_id"])
    op.create_index(op.f("ix_training_attendance_member_id"), "training_attendance", ["member_id"])

    op.create_table(
        "training_topics",
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("presenter", sa.String(length=200), nullable=True),
        *_record(),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["training_events.id"],
            name=op.f("fk_training_topics_event_id_training_events"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_training_topics")),
        sa.UniqueConstraint("uid", name=op.f("uq_training_topics_uid")),
    )
    op.create_index(op.f("ix_training_topics_event_id"), "training_topics", ["event_id"])

    op.create_table(
        "agenda_items",
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("discussion", sa.Text(), nullable=True),
        *_record(),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meetings.id"],
            name=op.f("fk_agenda_items_meeting_id_meetings"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agenda_items")),
        sa.UniqueConstraint("uid", name=op.f("uq_agenda_items_uid")),
    )
    op.create_index(op.f("ix_agenda_items_meeting_id"), "agenda_items", ["meeting_id"])

    op.create_table(
        "meeting_attendance",
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=True),
        sa.Column("full_name", sa.String(length=120), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=True),
        sa.Column("agency_name", sa.String(length=300), nullable=True),
        sa.Column("present", sa.Boolean(), nullable=False),
        sa.Column("absence_reason", sa.Text(), nullable=True),
        *_record(),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meetings.id"],
            name=op.f("fk_meeting_attendance_meeting_id_meetings"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["member_id"], ["members.id"], name=op.f("fk_meeting_attendance_member_id_members")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting_attendance")),
        sa.UniqueConstraint("uid", name=op.f("uq_meeting_attendance_uid")),
    )
    op.create_index(op.f("ix_meeting_attendance_meeting_id"), "meeting_attendance", ["meeting_id"])
    op.create_index(op.f("ix_meeting_attendance_member_id"), "meeting_attendance", ["member_id"])

    op.create_table(
        "conclusions",
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("agenda_item_id", sa.Integer(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("task_id", sa.Integer(), nullable=True),
        *_record(),
        sa.ForeignKeyConstraint(
            ["agenda_item_id"],
            ["agenda_items.id"],
            name=op.f("fk_conclusions_agenda_item_id_agenda_items"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meetings.id"],
            name=op.f("fk_conclusions_meeting_id_meetings"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["task_id"],
            ["tasks.id"],
            name=op.f("fk_conclusions_task_id_tasks"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_conclusions")),
        sa.UniqueConstraint("uid", name=op.f("uq_conclusions_uid")),
    )
    op.create_index(op.f("ix_conclusions_meeting_id"), "conclusions", ["meeting_id"])
