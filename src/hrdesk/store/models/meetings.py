"""Meetings (cuộc họp): attendance, agenda, discussion and conclusions."""

from __future__ import annotations

from datetime import datetime
from typing import ClassVar

from sqlalchemy import Boolean, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from hrdesk.store.base import (
    ArchivableMixin,
    Base,
    NFCString,
    NFCText,
    RecordMixin,
    UTCDateTime,
)
from hrdesk.store.models.agencies import Member
from hrdesk.store.models.tasks import Task


class Meeting(RecordMixin, ArchivableMixin, Base):
    __tablename__ = "meetings"

    title: Mapped[str] = mapped_column(NFCText)
    title_key: Mapped[str] = mapped_column(String(600), index=True, default="")
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    ends_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    place: Mapped[str | None] = mapped_column(NFCString(300))
    chair_member_id: Mapped[int | None] = mapped_column(ForeignKey("members.id"))
    chair_name: Mapped[str | None] = mapped_column(NFCString(120))
    secretary_member_id: Mapped[int | None] = mapped_column(ForeignKey("members.id"))
    secretary_name: Mapped[str | None] = mapped_column(NFCString(120))
    discussion: Mapped[str | None] = mapped_column(NFCText)
    status: Mapped[str] = mapped_column(String(32), index=True)

    chair: Mapped[Member | None] = relationship(foreign_keys=[chair_member_id])
    secretary: Mapped[Member | None] = relationship(foreign_keys=[secretary_member_id])
    attendance: Mapped[list[MeetingAttendance]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", order_by="MeetingAttendance.id"
    )
    agenda: Mapped[list[AgendaItem]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", order_by="AgendaItem.position"
    )
    conclusions: Mapped[list[Conclusion]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", order_by="Conclusion.position"
    )

    __collation__: ClassVar[dict[str, tuple[str, str]]] = {"title_key": ("title", "text")}


class MeetingAttendance(RecordMixin, Base):
    __tablename__ = "meeting_attendance"
    __audit_parent__ = "meeting"

    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meetings.id", ondelete="CASCADE"), index=True
    )
    member_id: Mapped[int | None] = mapped_column(ForeignKey("members.id"), index=True)
    full_name: Mapped[str] = mapped_column(NFCString(120))
    title: Mapped[str | None] = mapped_column(NFCString(200))
    agency_name: Mapped[str | None] = mapped_column(NFCString(300))
    present: Mapped[bool] = mapped_column(Boolean, default=True)
    absence_reason: Mapped[str | None] = mapped_column(NFCText)

    meeting: Mapped[Meeting] = relationship(back_populates="attendance")
    member: Mapped[Member | None] = relationship()


class AgendaItem(RecordMixin, Base):
    __tablename__ = "agenda_items"
    __audit_parent__ = "meeting"

    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meetings.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    title: Mapped[str] = mapped_column(NFCText)
    discussion: Mapped[str | None] = mapped_column(NFCText)

    meeting: Mapped[Meeting] = relationship(back_populates="agenda")


class Conclusion(RecordMixin, Base):
    """A conclusion of a meeting; it may have become a task."""

    __tablename__ = "conclusions"
    __audit_parent__ = "meeting"

    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meetings.id", ondelete="CASCADE"), index=True
    )
    agenda_item_id: Mapped[int | None] = mapped_column(
        ForeignKey("agenda_items.id", ondelete="SET NULL")
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(NFCText)
    task_id: Mapped[int | None] = mapped_column(ForeignKey("tasks.id", ondelete="SET NULL"))

    meeting: Mapped[Meeting] = relationship(back_populates="conclusions")
    agenda_item: Mapped[AgendaItem | None] = relationship()
    task: Mapped[Task | None] = relationship()
