"""Tasks: lead and supporting agencies, due dates, progress notes; overdue in red."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtWidgets import QInputDialog, QPushButton, QWidget
from sqlalchemy.orm import Session

from hrdesk.domain.access import Permission
from hrdesk.domain.formatting import format_date
from hrdesk.domain.vocab import TaskStatus
from hrdesk.services import tasks
from hrdesk.services.read_models.tasks import TaskView
from hrdesk.ui.context import UiContext
from hrdesk.ui.details_html import detail_rows, esc
from hrdesk.ui.filters import FilterBar
from hrdesk.ui.list_workspace import ListWorkspace
from hrdesk.ui.panels.action_bar import ActionBar
from hrdesk.ui.panels.details_pane import DetailsPane
from hrdesk.ui.panels.record_forms import (
    RecordForms,
    RecordService,
    agency_choices,
    member_choices,
    offer_agencies,
)
from hrdesk.ui.panels.record_table import RecordTable
from hrdesk.ui.store_thread import StoreOp
from hrdesk.ui.table_model import ExtraColumn, RecordTableModel


class TasksWorkspace(ListWorkspace):
    forms: RecordForms  # a new task's form is also opened filled in (prefill)
    service = RecordService(tasks.FIELDS, tasks.create_task, tasks.update_task, tasks.archive_task)
    # What is due when, where it stands and whether it is late, all in sight even on a
    # 1024-pixel screen (the table has about 480 px there; "Đang thực hiện" needs 100).
    key_columns = (("title", 160), ("due_on", None), ("status", 104), ("overdue", 80))

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, "tasks", parent)
        self.note_button = QPushButton(self.tr("Progress note…"))
        self.note_button.clicked.connect(self.add_note)
        model = RecordTableModel(ctx, self.kind, self._overdue_column(), self)
        details = DetailsPane(ctx, self.kind, self.details_html)
        self.assemble(
            filters=offer_agencies(ctx, FilterBar(model.spec, ctx.lang)),
            table=RecordTable(model, self.key_columns),
            action_bar=ActionBar(partial(ctx.can, Permission.EDIT_RECORDS), [self.note_button]),
            details=details,
            show_details=details.show_record,
            forms=RecordForms(
                ctx,
                self.kind,
                self.service,
                (self.tr("New task"), self.tr("Edit task")),
                self,
                options=lambda s: {
                    "lead_agency": agency_choices(s),
                    "responsible_member": member_choices(s),
                },
                new_values={"status": TaskStatus.OPEN.value},
            ),
        )

    def _overdue_column(self) -> list[ExtraColumn]:
        now = self.ctx.today()

        def late(row: dict[str, Any]) -> str | None:
            open_ = row["status"] in (TaskStatus.OPEN, TaskStatus.IN_PROGRESS)
            return "red" if open_ and row["due_on"] and row["due_on"] < now else None

        return [
            ExtraColumn(
                self.tr("Overdue"),
                lambda r: self.tr("overdue") if late(r) else "",
                late,
                name="overdue",
            )
        ]

    def add_note(self) -> None:
        uid = self.selected_uid()
        if not uid:
            return
        text, ok = QInputDialog.getMultiLineText(
            self, self.tr("Progress note"), self.tr("What was done:")
        )
        if ok and text.strip():

            def work(s: Session) -> None:
                tasks.add_note(s, uid, text)

            # The change notice reloads the list, keeping the task chosen, so its details
            # show the note; a refusal is reported by the operation.
            StoreOp(self.ctx, work, changes="tasks", parent=self).run()

    def prefill(self, values: dict[str, Any], done: Callable[[str], Any] | None = None) -> None:
        """Open a new-task form filled in (a meeting conclusion's text, say); `done(uid)`
        hears of the task once it is saved."""
        self.forms.open(None, values, done=done)

    def apply_navigation(self, how: dict[str, Any]) -> None:
        overdue = bool(how.get("overdue"))
        self.filters.reset(overdue=overdue)  # the list holds what the dashboard counted
        self.filters.show_origin(self.tr("From the dashboard: overdue tasks") if overdue else "")

    def details_html(self, task: TaskView) -> str:
        lang = self.ctx.lang
        parts = [
            f"<h3>{esc(task.title)}</h3>",
            detail_rows(
                [
                    (self.tr("Source"), task.source.label(lang)),
                    (self.tr("Source document"), task.source_ref),
                    (self.tr("Lead agency"), task.lead_agency),
                    (
                        self.tr("Supporting agencies"),
                        ", ".join(task.supporting_agencies),
                    ),
                    (self.tr("Responsible member"), task.responsible_member),
                    (self.tr("Due"), format_date(task.due_on) if task.due_on else None),
                    (self.tr("Status"), task.status.label(lang)),
                    (
                        self.tr("Completed"),
                        format_date(task.completed_on) if task.completed_on else None,
                    ),
                ]
            ),
        ]
        if task.description:
            parts.append(f"<p>{esc(task.description)}</p>")
        parts.append("<h4>" + self.tr("Progress") + "</h4>")
        for note in reversed(task.notes):
            parts.append(
                f"<p><b>{format_date(note.noted_on)}</b> {esc(note.author)}<br>{esc(note.text)}</p>"
            )
        if not task.notes:
            parts.append("<p>" + self.tr("No progress notes yet.") + "</p>")
        return "".join(parts)
