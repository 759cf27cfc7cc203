"""The centre's tables (SQLAlchemy 2, typed). Its own schema and migrations, separate from
the desktop store's."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Office(Base):
    """A provincial office that sends packages: its province, name and keys."""

    __tablename__ = "offices"

    id: Mapped[int] = mapped_column(primary_key=True)
    province: Mapped[str] = mapped_column(String(80), index=True)
    name: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    keys: Mapped[list[OfficeKey]] = relationship(back_populates="office", order_by="OfficeKey.id")


class OfficeKey(Base):
    """One public key of an office. A replaced key is `retired` (still valid for packages
    made before that day); a revoked key is valid for nothing."""

    __tablename__ = "office_keys"

    id: Mapped[int] = mapped_column(primary_key=True)
    office_id: Mapped[int] = mapped_column(ForeignKey("offices.id"), index=True)
    key_id: Mapped[str] = mapped_column(String(16), unique=True)
    public_key: Mapped[str] = mapped_column(String(80))  # minisign's base64 line
    fingerprint: Mapped[str] = mapped_column(String(90))
    added_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    retired_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    office: Mapped[Office] = relationship(back_populates="keys")


class Package(Base):
    """A package received and kept; its file is packages/<sha512[:2]>/<sha512>.zip."""

    __tablename__ = "packages"
    __table_args__ = (UniqueConstraint("office_id", "sequence"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True)
    sha512: Mapped[str] = mapped_column(String(128), unique=True)
    # The link in the office's chain: SHA-512 of the signed tag manifest (None before 0002).
    signed_sha512: Mapped[str | None] = mapped_column(String(128))
    office_id: Mapped[int] = mapped_column(ForeignKey("offices.id"), index=True)
    key_id: Mapped[str] = mapped_column(String(16))
    sequence: Mapped[int] = mapped_column(Integer)
    previous_sha512: Mapped[str | None] = mapped_column(String(128))
    period_label: Mapped[str] = mapped_column(String(40), index=True)
    period_start: Mapped[date] = mapped_column(Date)
    period_end: Mapped[date] = mapped_column(Date)
    bagging_date: Mapped[str] = mapped_column(String(10))
    size: Mapped[int] = mapped_column(Integer)
    received_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    gap: Mapped[bool] = mapped_column(Boolean, default=False)
    # JSON: a list of message codes with their parameters (bundles/kept_warnings.py); a
    # package kept before them has a list of English sentences, shown as written.
    warnings: Mapped[str] = mapped_column(Text, default="[]")
    figures: Mapped[str | None] = mapped_column(Text)  # JSON, see figures.py
    receipt: Mapped[str] = mapped_column(Text)
    receipt_minisig: Mapped[str] = mapped_column(Text)
    office: Mapped[Office] = relationship()


class Refusal(Base):
    """A package refused: the log line the centre keeps (never its bytes)."""

    __tablename__ = "refusals"

    id: Mapped[int] = mapped_column(primary_key=True)
    sha512: Mapped[str] = mapped_column(String(128), index=True)
    office_id: Mapped[int | None] = mapped_column(ForeignKey("offices.id"), index=True)
    period_label: Mapped[str | None] = mapped_column(String(40))
    check_name: Mapped[str] = mapped_column(String(40))
    reason: Mapped[str] = mapped_column(Text)  # in English, for the log and older rows
    # Why, as a message code and its parameters (JSON), read in the board's language;
    # None for rows kept before central revision 0003 (see central/refusal_reasons.py).
    reason_code: Mapped[str | None] = mapped_column(String(80))
    reason_params: Mapped[str | None] = mapped_column(Text)
    size: Mapped[int] = mapped_column(Integer)
    received_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class User(Base):
    """A central officer who signs in to the board."""

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    role: Mapped[str] = mapped_column(String(20))
    password_hash: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    failed_count: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class WebSession(Base):
    """A signed-in browser: the cookie holds a random token, the table its SHA-256."""

    __tablename__ = "web_sessions"

    id: Mapped[int] = mapped_column(primary_key=True)
    token_sha256: Mapped[str] = mapped_column(String(64), unique=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    csrf_token: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    user: Mapped[User] = relationship()
