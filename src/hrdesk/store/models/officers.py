"""Officer accounts: who signs in and what their role allows."""

from __future__ import annotations

from sqlalchemy import Boolean, String
from sqlalchemy.orm import Mapped, mapped_column

from hrdesk.store.base import Base, NFCString, RecordMixin


class Officer(RecordMixin, Base):
    __tablename__ = "officers"

    username: Mapped[str] = mapped_column(String(60), unique=True)
    full_name: Mapped[str] = mapped_column(NFCString(120))
    role: Mapped[str] = mapped_column(String(16))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
