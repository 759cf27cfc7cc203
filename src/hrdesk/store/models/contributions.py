"""Member agencies' contributions to a periodic report (báo cáo của cơ quan thành viên).

For a period the office asks each member agency for its report by a date; the request
is a row here, and so is what came of it: received (on a date, with the file it came in
and the officer's summary) or excused. Late is not stored: it is the due date passed
with nothing received, or received after it.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, ForeignKey, LargeBinary, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from hrdesk.store.base import Base, NFCString, NFCText, RecordMixin
from hrdesk.store.models.agencies import Agency


class Contribution(RecordMixin, Base):
    __tablename__ = "contributions"
    __table_args__ = (UniqueConstraint("period_label", "agency_id"),)

    period_label: Mapped[str] = mapped_column(String(40), index=True)
    agency_id: Mapped[int] = mapped_column(ForeignKey("agencies.id"), index=True)
    requested_on: Mapped[date] = mapped_column(Date)
    due_on: Mapped[date] = mapped_column(Date)
    # "requested", "received" or "excused"
    status: Mapped[str] = mapped_column(String(16))
    received_on: Mapped[date | None] = mapped_column(Date)
    summary: Mapped[str | None] = mapped_column(NFCText)
    excuse: Mapped[str | None] = mapped_column(NFCText)
    reminded_on: Mapped[date | None] = mapped_column(Date)

    agency: Mapped[Agency] = relationship()
    file: Mapped[ContributionFile | None] = relationship(
        back_populates="contribution", cascade="all, delete-orphan", lazy="select"
    )


class ContributionFile(RecordMixin, Base):
    """The file a contribution came in (PDF, Word or Excel), inside the encrypted store;
    in a table of its own so lists never load it."""

    __tablename__ = "contribution_files"
    __audit_parent__ = "contribution"

    contribution_id: Mapped[int] = mapped_column(
        ForeignKey("contributions.id", ondelete="CASCADE"), unique=True
    )
    file_name: Mapped[str] = mapped_column(NFCString(260))
    content: Mapped[bytes] = mapped_column(LargeBinary, info={"sensitive": True})

    contribution: Mapped[Contribution] = relationship(back_populates="file")
