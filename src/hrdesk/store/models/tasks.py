"""Tasks (nhiệm vụ) with their supporting agencies and dated progress notes."""

from __future__ import annotations

from datetime import date
from typing import ClassVar

from sqlalchemy import Column, Date, ForeignKey, Index, String, Table, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from hrdesk.store.base import ArchivableMixin, Base, NFCString, NFCText, RecordMixin
from hrdesk.store.models.agencies import Agency, Member

task_supporting_agencies = Table(
    "task_supporting_agencies",
    Base.metadata,
    Column("task_id", ForeignKey("tasks.id", ondelete="CASCADE"), primary_key=True),
    Column("agency_id", ForeignKey("agencies.id"), primary_key=True),
)


class Task(RecordMixin, ArchivableMixin, Base):
    __tablename__ = "tasks"
    __table_args__ = (
        Index("ix_tasks_status_due_on", "status", "due_on"),
        # The dashboard's tasks by status and overdue, counted from the index alone.
        Index(
            "ix_tasks_live_status_due_on",
            "status",
            "due_on",
            sqlite_where=text("archived_at IS NULL"),
        ),
    )

    title: Mapped[str] = mapped_column(NFCText)
    title_key: Mapped[str] = mapped_column(String(600), index=True, default="")
    description: Mapped[str | None] = mapped_column(NFCText)
    source: Mapped[str] = mapped_column(String(32))
    source_ref: Mapped[str | None] = mapped_column(NFCString(200))
    lead_agency_id: Mapped[int | None] = mapped_column(ForeignKey("agencies.id"), index=True)
    responsible_member_id: Mapped[int | None] = mapped_column(ForeignKey("members.id"), index=True)
    due_on: Mapped[date | None] = mapped_column(Date, index=True)
    status: Mapped[str] = mapped_column(String(32))
    completed_on: Mapped[date | None] = mapped_column(Date)

    lead_agency: Mapped[Agency | None] = relationship(foreign_keys=[lead_agency_id])
    responsible_member: Mapped[Member | None] = relationship()
    supporting_agencies: Mapped[list[Agency]] = relationship(secondary=task_supporting_agencies)
    notes: Mapped[list[TaskNote]] = relationship(
        back_populates="task", cascade="all, delete-orphan", order_by="TaskNote.noted_on"
    )

    __collation__: ClassVar[dict[str, tuple[str, str]]] = {"title_key": ("title", "text")}


class TaskNote(RecordMixin, Base):
    __tablename__ = "task_notes"
    __audit_parent__ = "task"

    task_id: Mapped[int] = mapped_column(ForeignKey("tasks.id", ondelete="CASCADE"), index=True)
    noted_on: Mapped[date] = mapped_column(Date)
    text: Mapped[str] = mapped_column(NFCText)
    author: Mapped[str | None] = mapped_column(NFCString(120))

    task: Mapped[Task] = relationship(back_populates="notes")
