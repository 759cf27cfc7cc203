"""Meetings (cuộc họp): the list, and for the chosen meeting its attendance, agenda with
discussion, conclusions and the tasks they became; the minutes as a PDF."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox, QPushButton, QWidget
from sqlalchemy.orm import Session

from hrdesk.domain.access import Permission
from hrdesk.domain.formatting import format_date, format_datetime, local_datetime
from hrdesk.domain.vocab import MeetingStatus
from hrdesk.services import meetings
from hrdesk.services.read_models import editors
from hrdesk.services.read_models.events import MeetingView
from hrdesk.ui.context import UiContext
from hrdesk.ui.details_html import blank_details, detail_rows, esc
from hrdesk.ui.filters import FilterBar
from hrdesk.ui.list_workspace import ListWorkspace
from hrdesk.ui.panels.action_bar import ActionBar
from hrdesk.ui.panels.details_pane import DetailsWithButtons, read_view
from hrdesk.ui.panels.record_forms import (
    RecordForms,
    RecordService,
    agency_choices,
    member_choices,
    offer_agencies,
)
from hrdesk.ui.panels.record_table import RecordTable
from hrdesk.ui.store_thread import StoreOp, StoreWork
from hrdesk.ui.table_model import RecordTableModel
from hrdesk.ui.workspaces.meeting_agenda import AgendaDialog
from hrdesk.ui.workspaces.meeting_attendance import AttendanceDialog
from hrdesk.ui.workspaces.meeting_common import DocumentJob, heading, note, paragraphs
from hrdesk.ui.workspaces.meeting_conclusions import ConclusionDialog, task_form

TASK_LINK = "task-from"  # href scheme of the "Create task…" link beside a conclusion
CHOICE_CHARS = 110


class MeetingsWorkspace(ListWorkspace):
    service = RecordService(
        meetings.FIELDS,
        meetings.create_meeting,
        meetings.update_meeting,
        meetings.archive_meeting,
    )

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, "meetings", parent)
        # Conclusions of the shown meeting that have no task yet: (uid, text).
        self.open_conclusions: list[tuple[str, str]] = []
        self.shown_status: str | None = None
        self.documents = DocumentJob(ctx, self)
        self.panel = self._details_panel()
        model = RecordTableModel(ctx, self.kind, [], self)
        table = RecordTable(model)
        # The spec's width cuts "dd/mm/yyyy hh:mm" short: size the column to the text.
        table.fit_text("starts_at", "00/00/0000 00:00")
        self.assemble(
            filters=offer_agencies(ctx, FilterBar(model.spec, ctx.lang)),
            table=table,
            action_bar=ActionBar(partial(ctx.can, Permission.EDIT_RECORDS)),
            details=self.panel,
            show_details=self.show_details,
            details_focus=self.panel.focus_chain(),
            forms=RecordForms(
                ctx,
                self.kind,
                self.service,
                (self.tr("New meeting"), self.tr("Edit meeting")),
                self,
                options=self._form_options,
                new_values={"status": MeetingStatus.PLANNED.value},
            ),
        )

    @staticmethod
    def _form_options(s: Session) -> dict[str, list[tuple[str, str]]]:
        people = member_choices(s)
        return {"chair": people, "secretary": people}

    # -- the details panel and its actions
    def _details_panel(self) -> DetailsWithButtons:
        def button(text: str, name: str, slot: Any) -> QPushButton:
            widget = QPushButton(text)
            widget.setObjectName(name)
            widget.clicked.connect(lambda: slot())
            return widget

        self.attendance_button = button(
            self.tr("Attendance…"), "attendance_button", self.edit_attendance
        )
        self.agenda_button = button(self.tr("Agenda…"), "agenda_button", self.edit_agenda)
        self.conclusion_button = button(
            self.tr("Add conclusion…"), "conclusion_button", self.add_conclusion
        )
        self.task_button = button(
            self.tr("Task from conclusion…"), "task_button", self.task_from_conclusion
        )
        self.minutes_button = button(self.tr("Minutes (PDF)…"), "minutes_button", self.minutes)
        panel = DetailsWithButtons(
            [
                self.attendance_button,
                self.agenda_button,
                self.conclusion_button,
                self.task_button,
                self.minutes_button,
            ]
        )
        panel.link.connect(self._link)
        return panel

    def show_details(self, uid: str | None) -> None:
        self.open_conclusions = []
        self.shown_status = None
        if uid:
            read_view(self.ctx, self.kind, uid, self).success(
                lambda view: self._show_view(uid, view)
            ).run()
        else:
            self.panel.set_html(blank_details())
        self._enable_buttons(uid)

    def _show_view(self, uid: str, view: MeetingView) -> None:
        if self.selected_uid() != uid:  # another meeting chosen while this one was read
            return
        self.open_conclusions = []  # details_html lists them again
        self.panel.set_html(self.details_html(view))
        self._enable_buttons(uid)

    def _enable_buttons(self, uid: str | None) -> None:
        """As the shown meeting allows (its conclusions and status once it is read)."""
        can_edit = uid is not None and self.ctx.can(Permission.EDIT_RECORDS)
        for widget in (self.attendance_button, self.agenda_button, self.conclusion_button):
            widget.setEnabled(can_edit)
        self.task_button.setEnabled(can_edit and bool(self.open_conclusions))
        # A cancelled meeting has no minutes (the document refuses it).
        cancelled = self.shown_status == MeetingStatus.CANCELLED.value
        self.minutes_button.setEnabled(uid is not None and not cancelled)

    def details_html(self, meeting: MeetingView) -> str:
        self.shown_status = meeting.status.value
        lang = self.ctx.lang
        parts = [
            f"<h3>{esc(meeting.title)}</h3>",
            detail_rows(
                [
                    (self.tr("Time"), self._time(meeting)),
                    (self.tr("Place"), meeting.place),
                    (self.tr("Chair"), meeting.chair),
                    (self.tr("Secretary"), meeting.secretary),
                    (self.tr("Status"), meeting.status.label(lang)),
                ]
            ),
        ]
        if meeting.discussion:
            parts.append(f"<p>{paragraphs(meeting.discussion)}</p>")
        parts += self._attendance(meeting)
        parts += self._agenda(meeting)
        parts += self._conclusions(meeting)
        return "".join(parts)

    @staticmethod
    def _time(meeting: MeetingView) -> str:
        start = format_datetime(meeting.starts_at)
        if meeting.ends_at is None:
            return start
        same_day = (
            local_datetime(meeting.starts_at).date() == local_datetime(meeting.ends_at).date()
        )
        end = format_datetime(meeting.ends_at)
        return f"{start} – {end[-5:] if same_day else end}"

    def _attendance(self, meeting: MeetingView) -> list[str]:
        parts = [heading(self.tr("Attendance"))]
        if not meeting.attendance:
            return [*parts, note(self.tr("No attendance recorded yet."))]
        present = [a for a in meeting.attendance if a.present]
        absent = [a for a in meeting.attendance if not a.present]
        guest = esc(self.tr("guest"))
        names = ", ".join(
            esc(a.full_name) + ("" if a.member else f" <i>({guest})</i>") for a in present
        )
        came = esc(self.tr("Present (%n):", "", len(present)))
        parts.append(f"<p><b>{came}</b> {names}</p>")
        if absent:
            away = esc(self.tr("Absent (%n):", "", len(absent)))
            parts.append(f"<p><b>{away}</b></p><ul>")
            parts += [f"<li>{esc(a.full_name)}: {esc(a.absence_reason)}</li>" for a in absent]
            parts.append("</ul>")
        return parts

    def _agenda(self, meeting: MeetingView) -> list[str]:
        parts = [heading(self.tr("Agenda"))]
        if not meeting.agenda:
            return [*parts, note(self.tr("No agenda yet."))]
        parts.append("<ol>")
        for item in meeting.agenda:
            discussion = f"<br>{paragraphs(item.discussion)}" if item.discussion else ""
            parts.append(f"<li><b>{paragraphs(item.title)}</b>{discussion}</li>")
        parts.append("</ol>")
        return parts

    def _conclusions(self, meeting: MeetingView) -> list[str]:
        parts = [heading(self.tr("Conclusions"))]
        if not meeting.conclusions:
            return [*parts, note(self.tr("No conclusions yet."))]
        can_edit = self.ctx.can(Permission.EDIT_RECORDS)
        parts.append("<ol>")
        for conclusion in meeting.conclusions:
            lines = [paragraphs(conclusion.text)]
            if conclusion.agenda_position is not None:
                on_item = self.tr("On agenda item %1").replace(
                    "%1", str(conclusion.agenda_position)
                )
                lines.append(f"<small>{esc(on_item)}</small>")
            task = conclusion.task
            if task is not None:
                state = task.status.label(self.ctx.lang)
                due = (
                    self.tr("due %1").replace("%1", format_date(task.due_on)) if task.due_on else ""
                )
                about = ", ".join(x for x in (state, due) if x)
                became = esc(self.tr("Task"))
                lines.append(f"→ {became}: <i>{esc(task.title)}</i> ({esc(about)})")
            else:
                self.open_conclusions.append((conclusion.uid, conclusion.text))
                if can_edit:
                    href = f"{TASK_LINK}:{conclusion.uid}"
                    make = esc(self.tr("Create task from conclusion…"))
                    lines.append(f"<a href='{href}'>{make}</a>")
            parts.append(f"<li>{'<br>'.join(lines)}</li>")
        parts.append("</ol>")
        return parts

    def _link(self, url: QUrl) -> None:
        if url.scheme() == TASK_LINK:
            self.task_from_conclusion(url.path())

    # -- editors
    def _run_editor(self, dialog: QDialog) -> bool:
        """Run an editor; what it saves is announced (its StoreOp's changes), and the list
        reloads itself with the same record chosen, so the details show the change."""
        return bool(dialog.exec())

    def _open_editor(self, read: StoreWork[Any], make: Callable[[Any], QDialog]) -> None:
        """Read what the editor starts from, then open it (the window does not wait)."""
        StoreOp(self.ctx, read, parent=self).success(
            lambda data: self._run_editor(make(data))
        ).run()

    def edit_attendance(self) -> None:
        uid = self.selected_uid()
        if uid:  # nothing chosen: nothing to edit
            self._open_editor(
                partial(editors.meeting_attendance, uid=uid),
                lambda data: AttendanceDialog(self.ctx, uid, data, self),
            )

    def edit_agenda(self) -> None:
        uid = self.selected_uid()
        if uid:  # nothing chosen: nothing to edit
            self._open_editor(
                partial(editors.meeting_agenda, uid=uid),
                lambda data: AgendaDialog(self.ctx, uid, data, self),
            )

    def add_conclusion(self) -> None:
        uid = self.selected_uid()
        if uid:  # nothing chosen: nothing to edit
            self._open_editor(
                partial(editors.agenda_titles, uid=uid),
                lambda data: ConclusionDialog(self.ctx, uid, data, self),
            )

    def task_from_conclusion(self, conclusion_uid: str | None = None) -> None:
        """Open the new-task form filled in from a conclusion (asking which, when the
        meeting has several without a task), once what it starts from is read."""
        if not self.ctx.can(Permission.EDIT_RECORDS):
            return
        uid = conclusion_uid or self._choose_conclusion()
        if uid is None:
            return
        title = self.tr("New task from a conclusion")

        def starting(s: Session) -> tuple[dict[str, Any], dict[str, list[tuple[str, str]]]]:
            options = {"lead_agency": agency_choices(s), "responsible_member": member_choices(s)}
            return meetings.task_values_from_conclusion(s, uid), options

        self._open_editor(
            starting,
            lambda start: task_form(self.ctx, uid, start[0], start[1], title, self),
        )

    def _choose_conclusion(self) -> str | None:
        if not self.open_conclusions:
            return None
        if len(self.open_conclusions) == 1:
            return self.open_conclusions[0][0]
        labels = []
        for number, (_uid, text) in enumerate(self.open_conclusions, start=1):
            line = " ".join(text.split())
            short = line if len(line) <= CHOICE_CHARS else line[: CHOICE_CHARS - 1] + "…"
            labels.append(f"{number}. {short}")
        chosen, ok = QInputDialog.getItem(
            self,
            self.tr("Task from conclusion"),
            self.tr("Which conclusion becomes a task?"),
            labels,
            0,
            False,
        )
        return self.open_conclusions[labels.index(chosen)][0] if ok and chosen else None

    # -- the minutes
    def minutes(self) -> None:
        uid = self.selected_uid()
        if not uid:
            return
        try:
            from hrdesk.documents.minutes import build_minutes
        except ImportError:
            QMessageBox.information(
                self, self.tr("Minutes"), self.tr("Minutes cannot be made in this version.")
            )
            return
        start = (self.table.chosen_row() or {}).get("starts_at")
        day = local_datetime(start).date().isoformat() if start else "cuoc-hop"
        self.documents.start(
            build_minutes,
            uid,
            file_name=f"bien-ban-{day}.pdf",
            title=self.tr("Minutes"),
            progress_title=self.tr("Making the minutes…"),
            writes=True,
        )
