"""Declarative base, column types and mixins shared by every model.

Every table has an integer primary key and a `uid` (UUID text) that stays the same
across exports and imports. Text is normalised to NFC on its way into the store and
timestamps are stored as UTC.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from sqlalchemy import DateTime, MetaData, String, Text, TypeDecorator
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from hrdesk.domain.text import nfc

# Constraint names Alembic can find again when a later migration alters a table in batch mode.
NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def new_uid() -> str:
    return str(uuid.uuid4())


def utcnow() -> datetime:
    return datetime.now(UTC)


class NFCText(TypeDecorator[str]):
    """Unbounded text stored in NFC, whatever form the keyboard or the file used."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: str | None, dialect: object) -> str | None:
        return nfc(value)


class NFCString(TypeDecorator[str]):
    """Short text (names, codes) stored in NFC."""

    impl = String
    cache_ok = True

    def process_bind_param(self, value: str | None, dialect: object) -> str | None:
        return nfc(value)


class UTCDateTime(TypeDecorator[datetime]):
    """A moment in time: stored as naive UTC, read back as an aware UTC datetime."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: object) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given for a UTC column; attach a time zone first")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: object) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class RecordMixin:
    """Integer key, stable uid and UTC creation/update times."""

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uid)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)


class ArchivableMixin:
    """Records are archived, not deleted, so history and reports stay whole."""

    archived_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)

    @property
    def archived(self) -> bool:
        return self.archived_at is not None
