"""The office itself, its document-number series, its holidays and its settings."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, CheckConstraint, Date, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from hrdesk.store.base import Base, NFCString, NFCText, RecordMixin, UTCDateTime


class Office(RecordMixin, Base):
    """The one standing office this profile belongs to (one row)."""

    __tablename__ = "office"

    province: Mapped[str] = mapped_column(NFCString(80))
    name: Mapped[str] = mapped_column(NFCString(300))
    parent_body: Mapped[str] = mapped_column(NFCString(300))
    # The symbol after the type code in a document number: "05/BB-BCĐ".
    symbol: Mapped[str] = mapped_column(NFCString(30), default="BCĐ")
    # The place written on the date line: "Gia Lai, ngày … tháng … năm …".
    place_name: Mapped[str] = mapped_column(NFCString(80))
    address: Mapped[str | None] = mapped_column(NFCString(300))
    phone: Mapped[str | None] = mapped_column(NFCString(40))
    email: Mapped[str | None] = mapped_column(NFCString(120))


class DocumentNumber(RecordMixin, Base):
    """One number taken from the office's yearly series (01 on 1 January)."""

    __tablename__ = "document_numbers"
    __table_args__ = (UniqueConstraint("year", "number"),)

    year: Mapped[int] = mapped_column(Integer)
    number: Mapped[int] = mapped_column(Integer)
    type_code: Mapped[str] = mapped_column(NFCString(10))
    subject: Mapped[str] = mapped_column(NFCText)
    issued_on: Mapped[date] = mapped_column(Date)
    record_uid: Mapped[str | None] = mapped_column(String(36), index=True)


class OfficeHoliday(RecordMixin, Base):
    """A day the office adds to the shipped calendar: a day off, or a make-up working day."""

    __tablename__ = "office_holidays"

    day: Mapped[date] = mapped_column(Date, unique=True)
    name: Mapped[str] = mapped_column(NFCString(200))
    working: Mapped[bool] = mapped_column(Boolean, default=False)
    # The Government's announcement the day comes from (a swap of working days).
    source: Mapped[str | None] = mapped_column(NFCText)


class HolidayDecision(RecordMixin, Base):
    """The office's word on the shipped calendar's expected days (a Tết not yet announced):
    a whole year confirmed (`day` empty), or one day removed, or replaced by `new_day`,
    citing the Government's announcement. Kept in the order made: the last word on a day
    stands."""

    __tablename__ = "holiday_decisions"
    __table_args__ = (
        CheckConstraint("action IN ('confirmed', 'removed', 'replaced')", name="action"),
        CheckConstraint("action = 'confirmed' OR day IS NOT NULL", name="day"),
        CheckConstraint("(action = 'replaced') = (new_day IS NOT NULL)", name="new_day"),
    )

    action: Mapped[str] = mapped_column(String(16))
    year: Mapped[int] = mapped_column(Integer)
    day: Mapped[date | None] = mapped_column(Date)
    new_day: Mapped[date | None] = mapped_column(Date)
    announcement: Mapped[str] = mapped_column(NFCText, default="")
    # The officer's account and name, as the history names them, and when (UTC).
    decided_by: Mapped[str] = mapped_column(String(60))
    decided_by_name: Mapped[str] = mapped_column(NFCString(200))
    decided_at: Mapped[datetime] = mapped_column(UTCDateTime)


class Setting(Base):
    """A named setting with a JSON value (idle lock minutes, language, …)."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str] = mapped_column(NFCText)
