"""Petitions (đơn thư): complaints, denunciations and recommendations, with their timeline.

The people who filed a petition live in their own table (`Petitioner`): their data is
personal, read only through the petition services, and for a denunciation it is the
denouncer's identity, which the law keeps confidential.
"""

from __future__ import annotations

from datetime import date
from typing import ClassVar

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from hrdesk.store.base import ArchivableMixin, Base, NFCString, NFCText, RecordMixin
from hrdesk.store.models.agencies import Agency
from hrdesk.store.models.officers import Officer

SENSITIVE = {"sensitive": True}
LIVE = text("archived_at IS NULL")
GROUPED = ("kind", "field", "channel", "status", "outcome", "handling_agency_id")


class Petition(RecordMixin, ArchivableMixin, Base):
    __tablename__ = "petitions"
    __table_args__ = (
        Index("ix_petitions_status_deadline", "status", "deadline"),
        Index("ix_petitions_kind_received_on", "kind", "received_on"),
        Index("ix_petitions_decided_on_kind", "decided_on", "kind"),
        # The working list shows records not archived: these partial indexes let it count,
        # sort and page through a million rows without touching the rows themselves.
        *(
            Index(f"ix_petitions_live_{column}", column, sqlite_where=LIVE)
            for column in ("received_on", "deadline", "summary_key", "reference", "decided_on")
        ),
        # Columns of few values sort a group at a time (list_specs.Grouping): each value's
        # live rows in id order, straight from these.
        *(Index(f"ix_petitions_live_{column}", column, sqlite_where=LIVE) for column in GROUPED),
        # The dashboard's open cases by deadline, counted from the index alone.
        Index("ix_petitions_live_status_deadline", "status", "deadline", sqlite_where=LIVE),
    )

    # The number in the reception book, e.g. "2026/0153".
    reference: Mapped[str | None] = mapped_column(NFCString(40))
    received_on: Mapped[date] = mapped_column(Date)
    channel: Mapped[str] = mapped_column(String(32))
    kind: Mapped[str] = mapped_column(String(32))
    complaint_round: Mapped[int] = mapped_column(Integer, default=1)
    complex: Mapped[bool] = mapped_column(Boolean, default=False)
    especially_complex: Mapped[bool] = mapped_column(Boolean, default=False)
    remote_area: Mapped[bool] = mapped_column(Boolean, default=False)
    field: Mapped[str] = mapped_column(String(32), index=True)
    summary: Mapped[str] = mapped_column(NFCText)
    summary_key: Mapped[str] = mapped_column(String(600), default="")
    people_count: Mapped[int] = mapped_column(Integer, default=1)
    prior_agency: Mapped[str | None] = mapped_column(NFCString(300))
    handling_agency_id: Mapped[int | None] = mapped_column(ForeignKey("agencies.id"), index=True)
    handler_id: Mapped[int | None] = mapped_column(ForeignKey("officers.id"), index=True)
    status: Mapped[str] = mapped_column(String(32), index=True)
    deadline: Mapped[date | None] = mapped_column(Date)
    deadline_rule: Mapped[str | None] = mapped_column(String(60))
    # The rule set the deadline was computed by ("136-2025", "136-2025+nd155-2026").
    rule_set: Mapped[str | None] = mapped_column(String(80))
    # Cấp xã or cấp tỉnh (HandlingLevel); none on records from before the field existed.
    handling_level: Mapped[str | None] = mapped_column(String(16))
    accepted_on: Mapped[date | None] = mapped_column(Date)
    decided_on: Mapped[date | None] = mapped_column(Date)
    closed_on: Mapped[date | None] = mapped_column(Date)
    extensions: Mapped[int] = mapped_column(Integer, default=0)
    extension_days: Mapped[int] = mapped_column(Integer, default=0)
    transferred_to: Mapped[str | None] = mapped_column(NFCString(300))
    outcome: Mapped[str | None] = mapped_column(String(32))
    outcome_note: Mapped[str | None] = mapped_column(NFCText)

    handling_agency: Mapped[Agency | None] = relationship()
    handler: Mapped[Officer | None] = relationship()
    petitioners: Mapped[list[Petitioner]] = relationship(
        back_populates="petition", cascade="all, delete-orphan", order_by="Petitioner.id"
    )
    steps: Mapped[list[PetitionStep]] = relationship(
        back_populates="petition",
        cascade="all, delete-orphan",
        order_by="(PetitionStep.occurred_on, PetitionStep.id)",
    )

    __collation__: ClassVar[dict[str, tuple[str, str]]] = {"summary_key": ("summary", "text")}


class Petitioner(RecordMixin, Base):
    """A person who filed the petition (for a denunciation: the denouncer)."""

    __tablename__ = "petitioners"
    __audit_parent__ = "petition"

    petition_id: Mapped[int] = mapped_column(
        ForeignKey("petitions.id", ondelete="CASCADE"), index=True
    )
    full_name: Mapped[str] = mapped_column(NFCString(120), info=SENSITIVE)
    address: Mapped[str | None] = mapped_column(NFCString(300), info=SENSITIVE)
    id_number: Mapped[str | None] = mapped_column(NFCString(20), info=SENSITIVE)
    phone: Mapped[str | None] = mapped_column(NFCString(40), info=SENSITIVE)
    representative: Mapped[bool] = mapped_column(Boolean, default=False)

    petition: Mapped[Petition] = relationship(back_populates="petitioners")


class PetitionStep(RecordMixin, Base):
    """One step on a petition's timeline, with the deadline as it stood after the step."""

    __tablename__ = "petition_steps"
    __audit_parent__ = "petition"

    petition_id: Mapped[int] = mapped_column(
        ForeignKey("petitions.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(32))
    occurred_on: Mapped[date] = mapped_column(Date)
    actor: Mapped[str | None] = mapped_column(NFCString(120))
    note: Mapped[str | None] = mapped_column(NFCText)
    deadline_after: Mapped[date | None] = mapped_column(Date)

    petition: Mapped[Petition] = relationship(back_populates="steps")
