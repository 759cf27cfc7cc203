"""Member agencies (cơ quan thành viên) and committee members (thành viên Ban Chỉ đạo)."""

from __future__ import annotations

from datetime import date
from typing import ClassVar

from sqlalchemy import Boolean, Date, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from hrdesk.store.base import ArchivableMixin, Base, NFCString, NFCText, RecordMixin


class Agency(RecordMixin, ArchivableMixin, Base):
    __tablename__ = "agencies"

    name: Mapped[str] = mapped_column(NFCString(300), unique=True)
    name_key: Mapped[str] = mapped_column(String(600), index=True, default="")
    short_name: Mapped[str | None] = mapped_column(NFCString(60))
    kind: Mapped[str] = mapped_column(String(32), index=True)
    address: Mapped[str | None] = mapped_column(NFCString(300))
    phone: Mapped[str | None] = mapped_column(NFCString(40))
    email: Mapped[str | None] = mapped_column(NFCString(120))
    notes: Mapped[str | None] = mapped_column(NFCText)

    members: Mapped[list[Member]] = relationship(back_populates="agency")

    __collation__: ClassVar[dict[str, tuple[str, str]]] = {"name_key": ("name", "text")}


class Member(RecordMixin, ArchivableMixin, Base):
    __tablename__ = "members"

    full_name: Mapped[str] = mapped_column(NFCString(120))
    name_key: Mapped[str] = mapped_column(String(300), index=True, default="")
    title: Mapped[str | None] = mapped_column(NFCString(200))
    agency_id: Mapped[int | None] = mapped_column(ForeignKey("agencies.id"), index=True)
    # The current role; the appointments below are its history.
    role: Mapped[str] = mapped_column(String(32), index=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    phone: Mapped[str | None] = mapped_column(NFCString(40))
    email: Mapped[str | None] = mapped_column(NFCString(120))

    agency: Mapped[Agency | None] = relationship(back_populates="members")
    appointments: Mapped[list[Appointment]] = relationship(
        back_populates="member",
        cascade="all, delete-orphan",
        order_by="Appointment.term_start",
    )

    __collation__: ClassVar[dict[str, tuple[str, str]]] = {"name_key": ("full_name", "name")}


class Appointment(RecordMixin, Base):
    """A decision appointing a member to a role for a term."""

    __tablename__ = "appointments"
    __audit_parent__ = "member"

    member_id: Mapped[int] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"), index=True)
    role: Mapped[str] = mapped_column(String(32))
    decision_number: Mapped[str | None] = mapped_column(NFCString(60))
    decision_date: Mapped[date | None] = mapped_column(Date)
    term_start: Mapped[date] = mapped_column(Date)
    term_end: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str | None] = mapped_column(NFCText)

    member: Mapped[Member] = relationship(back_populates="appointments")
