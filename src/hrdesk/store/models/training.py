"""Training events (tập huấn): topics with presenters, and who attended."""

from __future__ import annotations

from datetime import date
from typing import ClassVar

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from hrdesk.store.base import ArchivableMixin, Base, NFCString, NFCText, RecordMixin
from hrdesk.store.models.agencies import Agency, Member


class TrainingEvent(RecordMixin, ArchivableMixin, Base):
    __tablename__ = "training_events"

    title: Mapped[str] = mapped_column(NFCText)
    title_key: Mapped[str] = mapped_column(String(600), index=True, default="")
    starts_on: Mapped[date] = mapped_column(Date, index=True)
    ends_on: Mapped[date] = mapped_column(Date)
    place: Mapped[str | None] = mapped_column(NFCString(300))
    organiser_agency_id: Mapped[int | None] = mapped_column(ForeignKey("agencies.id"), index=True)
    materials: Mapped[str | None] = mapped_column(NFCText)

    organiser_agency: Mapped[Agency | None] = relationship()
    topics: Mapped[list[TrainingTopic]] = relationship(
        back_populates="event", cascade="all, delete-orphan", order_by="TrainingTopic.position"
    )
    attendance: Mapped[list[TrainingAttendance]] = relationship(
        back_populates="event", cascade="all, delete-orphan", order_by="TrainingAttendance.id"
    )

    __collation__: ClassVar[dict[str, tuple[str, str]]] = {"title_key": ("title", "text")}


class TrainingTopic(RecordMixin, Base):
    __tablename__ = "training_topics"
    __audit_parent__ = "event"

    event_id: Mapped[int] = mapped_column(
        ForeignKey("training_events.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    title: Mapped[str] = mapped_column(NFCText)
    presenter: Mapped[str | None] = mapped_column(NFCString(200))

    event: Mapped[TrainingEvent] = relationship(back_populates="topics")


class TrainingAttendance(RecordMixin, Base):
    """One person on the roster: a committee member, or an outside official typed in."""

    __tablename__ = "training_attendance"
    __audit_parent__ = "event"
    # The dashboard's people present per quarter, counted from the index alone.
    __table_args__ = (Index("ix_training_attendance_event_id_present", "event_id", "present"),)

    event_id: Mapped[int] = mapped_column(
        ForeignKey("training_events.id", ondelete="CASCADE"), index=True
    )
    member_id: Mapped[int | None] = mapped_column(ForeignKey("members.id"), index=True)
    full_name: Mapped[str] = mapped_column(NFCString(120))
    title: Mapped[str | None] = mapped_column(NFCString(200))
    agency_id: Mapped[int | None] = mapped_column(ForeignKey("agencies.id"), index=True)
    agency_name: Mapped[str | None] = mapped_column(NFCString(300))
    present: Mapped[bool] = mapped_column(Boolean, default=True)

    event: Mapped[TrainingEvent] = relationship(back_populates="attendance")
    member: Mapped[Member | None] = relationship()
    agency: Mapped[Agency | None] = relationship()
