"""Training (tập huấn): events with their topics and presenters, the roster of members and
outside officials who came or did not, and the sign-in sheet and attendance list as PDFs.

Each member's and agency's training history is in the Members & agencies workspace.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtWidgets import QDialog, QMessageBox, QPushButton, QWidget

from hrdesk.domain.access import Permission
from hrdesk.domain.formatting import format_date
from hrdesk.services import trainings
from hrdesk.services.read_models import editors
from hrdesk.services.read_models.events import TrainingView
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
    offer_agencies,
)
from hrdesk.ui.panels.record_table import RecordTable
from hrdesk.ui.store_thread import StoreOp, StoreWork
from hrdesk.ui.table_model import RecordTableModel
from hrdesk.ui.workspaces.meeting_common import DocumentJob, heading, note, paragraphs
from hrdesk.ui.workspaces.training_roster import RosterDialog, counts_text
from hrdesk.ui.workspaces.training_topics import TopicsDialog

ABSENT_COLOUR = "#8a5a00"


class TrainingWorkspace(ListWorkspace):
    service = RecordService(
        trainings.FIELDS,
        trainings.create_training,
        trainings.update_training,
        trainings.archive_training,
    )

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, "trainings", parent)
        self.documents = DocumentJob(ctx, self)
        self.panel = self._details_panel()
        model = RecordTableModel(ctx, self.kind, [], self)
        self.assemble(
            filters=offer_agencies(ctx, FilterBar(model.spec, ctx.lang)),
            table=RecordTable(model),
            action_bar=ActionBar(partial(ctx.can, Permission.EDIT_RECORDS)),
            details=self.panel,
            show_details=self.show_details,
            details_focus=self.panel.focus_chain(),
            forms=RecordForms(
                ctx,
                self.kind,
                self.service,
                (self.tr("New training"), self.tr("Edit training")),
                self,
                options=lambda s: {"organiser_agency": agency_choices(s)},
            ),
        )

    # -- the details panel and its actions
    def _details_panel(self) -> DetailsWithButtons:
        def button(text: str, name: str, slot: Any) -> QPushButton:
            widget = QPushButton(text)
            widget.setObjectName(name)
            widget.clicked.connect(lambda: slot())
            return widget

        self.topics_button = button(self.tr("Topics…"), "topics_button", self.edit_topics)
        self.roster_button = button(self.tr("Roster…"), "roster_button", self.edit_roster)
        self.signin_button = button(
            self.tr("Sign-in sheet (PDF)…"), "signin_button", self.signin_sheet
        )
        self.attended_button = button(
            self.tr("Attendance list (PDF)…"), "attended_button", self.attendance_list
        )
        return DetailsWithButtons(
            [self.topics_button, self.roster_button, self.signin_button, self.attended_button]
        )

    def show_details(self, uid: str | None) -> None:
        if uid:
            read_view(self.ctx, self.kind, uid, self).success(
                lambda view: self._show_view(uid, view)
            ).run()
        else:
            self.panel.set_html(blank_details())
        can_edit = uid is not None and self.ctx.can(Permission.EDIT_RECORDS)
        self.topics_button.setEnabled(can_edit)
        self.roster_button.setEnabled(can_edit)
        self.signin_button.setEnabled(uid is not None)
        self.attended_button.setEnabled(uid is not None)

    def _show_view(self, uid: str, view: TrainingView) -> None:
        if self.selected_uid() == uid:  # not another training chosen while this one was read
            self.panel.set_html(self.details_html(view))

    def details_html(self, event: TrainingView) -> str:
        days = format_date(event.starts_on)
        if event.ends_on and event.ends_on != event.starts_on:
            days = f"{days} – {format_date(event.ends_on)}"
        parts = [
            f"<h3>{paragraphs(event.title)}</h3>",
            detail_rows(
                [
                    (self.tr("Dates"), days),
                    (self.tr("Place"), event.place),
                    (self.tr("Organiser"), event.organiser),
                ]
            ),
        ]
        if event.materials:
            label = esc(self.tr("Materials:"))
            parts.append(f"<p><b>{label}</b> {paragraphs(event.materials)}</p>")
        parts.append(heading(self.tr("Topics")))
        if event.topics:
            parts.append("<ol>")
            for topic in event.topics:
                by = f" — <i>{esc(topic.presenter)}</i>" if topic.presenter else ""
                parts.append(f"<li>{paragraphs(topic.title)}{by}</li>")
            parts.append("</ol>")
        else:
            parts.append(note(self.tr("No topics yet.")))
        parts += self._roster(event)
        return "".join(parts)

    @staticmethod
    def roster_counts(event: TrainingView) -> str:
        return counts_text(len(event.roster), event.members_on_roster, event.present)

    def _roster(self, event: TrainingView) -> list[str]:
        parts = [heading(self.tr("Roster"))]
        if not event.roster:
            return [*parts, note(self.tr("No one on the roster yet."))]
        parts.append(f"<p>{esc(self.roster_counts(event))}</p>")
        parts.append("<table cellspacing='0' cellpadding='2'>")
        absent = esc(self.tr("absent"))
        outsider = esc(self.tr("outside"))
        for number, person in enumerate(event.roster, start=1):
            came = "" if person.present else f"<span style='color:{ABSENT_COLOUR}'>{absent}</span>"
            outside = "" if person.member else f" <i>({outsider})</i>"
            parts.append(
                f"<tr><td align='right'>{number}.</td><td>{esc(person.full_name)}{outside}"
                f"<br><small>{esc(person.agency)}</small></td><td>{came}</td></tr>"
            )
        parts.append("</table>")
        return parts

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

    def edit_topics(self) -> None:
        uid = self.selected_uid()
        if uid:  # nothing chosen: nothing to edit
            self._open_editor(
                partial(editors.training_topics, uid=uid),
                lambda data: TopicsDialog(self.ctx, uid, data, self),
            )

    def edit_roster(self) -> None:
        uid = self.selected_uid()
        if uid:  # nothing chosen: nothing to edit
            self._open_editor(
                partial(editors.training_roster, uid=uid),
                lambda data: RosterDialog(self.ctx, uid, data, self),
            )

    # -- documents
    def _sheet(self, which: str) -> None:
        uid = self.selected_uid()
        if not uid:
            return
        try:
            from hrdesk.documents import training_sheets
        except ImportError:
            QMessageBox.information(
                self, self.tr("Training"), self.tr("Sheets cannot be made in this version.")
            )
            return
        day = (self.table.chosen_row() or {}).get("starts_on")
        stamp = day.isoformat() if day else "tap-huan"
        if which == "signin":
            build, name = training_sheets.build_signin_sheet, f"danh-sach-dai-bieu-{stamp}.pdf"
            title, making = self.tr("Sign-in sheet"), self.tr("Making the sign-in sheet…")
        else:
            build, name = training_sheets.build_attendance_list, f"xac-nhan-tham-du-{stamp}.pdf"
            title, making = self.tr("Attendance list"), self.tr("Making the attendance list…")
        self.documents.start(build, uid, file_name=name, title=title, progress_title=making)

    def signin_sheet(self) -> None:
        self._sheet("signin")

    def attendance_list(self) -> None:
        self._sheet("attended")
