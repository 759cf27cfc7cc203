"""The outbox: packages waiting to reach the central office, and the receipts it sent back.

A package's zip is kept here, inside the encrypted store, from the moment it is built until
the centre's receipt arrives: a stick pulled out, a window closed or a laptop restarted
loses nothing, and a package with personal data never waits as a plain file.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from hrdesk.store.base import Base, NFCText, RecordMixin, UTCDateTime
from hrdesk.store.models.reports import Package


class OutboxItem(RecordMixin, Base):
    """One package on its way to the centre. `state`: waiting, arrived, refused, carried
    (acknowledged by hand: taken to a centre with no service)."""

    __tablename__ = "outbox"
    __audit_parent__ = "package"

    package_id: Mapped[int] = mapped_column(
        ForeignKey("packages.id", ondelete="CASCADE"), unique=True
    )
    zip_sha512: Mapped[str] = mapped_column(String(128), index=True)
    size: Mapped[int] = mapped_column(Integer)
    # Never written into the audit log (bytes, and maybe personal data).
    zip_bytes: Mapped[bytes | None] = mapped_column(LargeBinary, info={"sensitive": True})
    state: Mapped[str] = mapped_column(String(16), default="waiting")
    tries: Mapped[int] = mapped_column(Integer, default=0)
    next_try_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # The tus upload under way at the centre: a restart asks it how far it got.
    upload_url: Mapped[str | None] = mapped_column(NFCText)
    # The last problem, as a catalogue code and its parameters (JSON), shown translated.
    problem_code: Mapped[str | None] = mapped_column(String(80))
    problem_params: Mapped[str | None] = mapped_column(NFCText)
    arrived_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    package: Mapped[Package] = relationship()


class Receipt(RecordMixin, Base):
    """The centre's signed receipt for one of our packages, verified with the pinned key."""

    __tablename__ = "receipts"
    __audit_parent__ = "package"

    package_id: Mapped[int] = mapped_column(
        ForeignKey("packages.id", ondelete="CASCADE"), unique=True
    )
    package_sha512: Mapped[str] = mapped_column(String(128))
    text: Mapped[str] = mapped_column(NFCText)
    minisig: Mapped[str] = mapped_column(NFCText)
    centre_key_id: Mapped[str] = mapped_column(String(16))
    received_at: Mapped[str] = mapped_column(String(32))
    audit_count: Mapped[int | None] = mapped_column(Integer)
    audit_hash: Mapped[str | None] = mapped_column(String(128))
    came_by: Mapped[str] = mapped_column(String(16))  # "upload" or "file"

    package: Mapped[Package] = relationship()
