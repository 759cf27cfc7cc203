"""The audit log: append-only, each entry chained to the one before by its hash."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from hrdesk.store.base import Base, NFCString, UTCDateTime


class AuditEntry(Base):
    __tablename__ = "audit_entries"
    # AUTOINCREMENT keeps the highest id ever used in sqlite_sequence, so removing the
    # newest entries (which no later entry's hash would betray) is still detected.
    __table_args__ = {"sqlite_autoincrement": True}  # noqa: RUF012

    id: Mapped[int] = mapped_column(primary_key=True)
    # Consecutive from 1: a gap or a repeat shows a deleted or reordered entry.
    seq: Mapped[int] = mapped_column(Integer, unique=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    actor: Mapped[str] = mapped_column(NFCString(60))
    action: Mapped[str] = mapped_column(String(16))
    table_name: Mapped[str] = mapped_column(String(60))
    record_uid: Mapped[str | None] = mapped_column(String(36), index=True)
    # The record a reader looks at: a petition for its steps and petitioners, etc.
    subject_uid: Mapped[str | None] = mapped_column(String(36), index=True)
    # JSON: {"field": [old, new], …}; personal data shows as hidden, never as a value.
    changes: Mapped[str] = mapped_column(Text)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))
