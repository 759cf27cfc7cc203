"""The receiving side of packages: offices whose keys are trusted, and packages received.

A trusted office is one public key (an office that replaced its key has a row for each
key, under the same name, so its chain of packages continues). A received package's
`uid` is the sender's package uid, which is why the same package cannot be taken twice.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Integer, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from hrdesk.store.base import Base, NFCString, NFCText, RecordMixin, UTCDateTime


class TrustedOffice(RecordMixin, Base):
    __tablename__ = "trusted_offices"

    office_name: Mapped[str] = mapped_column(NFCString(300), index=True)
    key_id: Mapped[str] = mapped_column(String(16), unique=True)
    # The key as the second line of a minisign public key file (base64).
    public_key: Mapped[str] = mapped_column(String(64))
    fingerprint: Mapped[str] = mapped_column(String(80))

    packages: Mapped[list[ReceivedPackage]] = relationship(back_populates="trusted_office")


class ReceivedPackage(RecordMixin, Base):
    __tablename__ = "received_packages"

    trusted_office_id: Mapped[int] = mapped_column(ForeignKey("trusted_offices.id"), index=True)
    office_name: Mapped[str] = mapped_column(NFCString(300), index=True)
    key_id: Mapped[str] = mapped_column(String(16))
    sequence: Mapped[int] = mapped_column(Integer)
    sha512: Mapped[str] = mapped_column(String(128), unique=True)
    previous_sha512: Mapped[str | None] = mapped_column(String(128))
    period_label: Mapped[str] = mapped_column(String(40))
    bagging_date: Mapped[str] = mapped_column(String(10))
    includes_personal_data: Mapped[bool] = mapped_column(Boolean, default=False)
    received_at: Mapped[datetime] = mapped_column(UTCDateTime)
    # The name of the bag folder inside the package (its files are in `content`).
    path: Mapped[str | None] = mapped_column(NFCText)
    # What the receiver was warned of (a gap in the sequence), if anything: message codes
    # and their parameters as JSON, shown in the officer's language (bundles.kept_warnings).
    warnings: Mapped[str | None] = mapped_column(NFCText)

    trusted_office: Mapped[TrustedOffice] = relationship(back_populates="packages")
    content: Mapped[ReceivedPackageFile | None] = relationship(
        back_populates="package", cascade="all, delete-orphan", lazy="select"
    )


class ReceivedPackageFile(RecordMixin, Base):
    """The verified package itself, as received, kept inside the encrypted store (and so
    in its backups); in a table of its own so lists of packages never load it."""

    __tablename__ = "received_package_files"
    __audit_parent__ = "package"

    package_id: Mapped[int] = mapped_column(
        ForeignKey("received_packages.id", ondelete="CASCADE"), unique=True
    )
    # Never written into the audit log (bytes, and maybe personal data).
    zip_bytes: Mapped[bytes] = mapped_column(LargeBinary, info={"sensitive": True})

    package: Mapped[ReceivedPackage] = relationship(back_populates="content")
