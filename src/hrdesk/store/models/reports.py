"""Periodic reports (báo cáo) and the ledger of packages sent upward."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from hrdesk.store.base import Base, NFCString, NFCText, RecordMixin


class Report(RecordMixin, Base):
    __tablename__ = "reports"

    period_label: Mapped[str] = mapped_column(String(40), index=True)
    period_kind: Mapped[str] = mapped_column(String(16))
    starts_on: Mapped[date] = mapped_column(Date)
    ends_on: Mapped[date] = mapped_column(Date)
    title: Mapped[str] = mapped_column(NFCText)
    status: Mapped[str] = mapped_column(String(16))
    document_number_id: Mapped[int | None] = mapped_column(ForeignKey("document_numbers.id"))

    sections: Mapped[list[ReportSection]] = relationship(
        back_populates="report", cascade="all, delete-orphan", order_by="ReportSection.position"
    )


class ReportSection(RecordMixin, Base):
    """A narrative section the officer wrote: heading and body."""

    __tablename__ = "report_sections"
    __audit_parent__ = "report"

    report_id: Mapped[int] = mapped_column(ForeignKey("reports.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    heading: Mapped[str] = mapped_column(NFCText)
    body: Mapped[str] = mapped_column(NFCText, default="")
    # The text last drafted from the records for this section: while `body` still equals
    # it, the officer has not typed anything and a new draft may replace it.
    drafted_body: Mapped[str | None] = mapped_column(NFCText)

    report: Mapped[Report] = relationship(back_populates="sections")


class Package(RecordMixin, Base):
    """One package written for the central office: the sender's ledger."""

    __tablename__ = "packages"

    sequence: Mapped[int] = mapped_column(Integer, unique=True)
    period_label: Mapped[str] = mapped_column(String(40))
    file_name: Mapped[str] = mapped_column(NFCString(200))
    sha512: Mapped[str] = mapped_column(String(128))
    previous_sha512: Mapped[str | None] = mapped_column(String(128))
    key_id: Mapped[str] = mapped_column(String(16))
    written_to: Mapped[str | None] = mapped_column(NFCText)
    status: Mapped[str] = mapped_column(String(16))
    includes_personal_data: Mapped[bool] = mapped_column(Boolean, default=False)
    report_id: Mapped[int | None] = mapped_column(ForeignKey("reports.id"))
