"""Contributions from member agencies for the chosen period: who was asked, who sent what
and when, who is late; ask them (with the request letter), record what came (a filled
Excel template is read and checked), write an agency's template, and the reminder letter
to every late agency in one action."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from hrdesk.domain.access import Permission
from hrdesk.domain.errors import ValidationError
from hrdesk.domain.formatting import format_date
from hrdesk.domain.periods import Period
from hrdesk.places import suggested_path
from hrdesk.services.contributions import (
    ContributionView,
    contributions_for_period,
    record_received,
    request_contributions,
)
from hrdesk.ui.context import UiContext
from hrdesk.ui.errors import ERROR_STYLE
from hrdesk.ui.messages import error_text
from hrdesk.ui.store_thread import StoreOp

OK_STYLE = "color: #1b5e20;"
COLUMNS = 5


class ContributionsTab(QWidget):
    def __init__(
        self, ctx: UiContext, period: Callable[[], Period], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.period = period
        self.setObjectName("contributions_tab")
        self.views: list[ContributionView] = []
        self.last_letter: Path | None = None  # the letter written last (tests look at it)
        can_edit = ctx.can(Permission.EDIT_RECORDS)
        self.table = QTableWidget(0, COLUMNS)
        self.table.setObjectName("contributions_table")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Agency"),
                self.tr("Due"),
                self.tr("State"),
                self.tr("Received"),
                self.tr("File"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(0, 280)
        self.due = QDateEdit()
        self.due.setObjectName("contribution_due")
        self.due.setDisplayFormat("dd/MM/yyyy")
        self.due.setCalendarPopup(True)
        start = ctx.today() + timedelta(days=14)
        self.due.setDate(QDate(start.year, start.month, start.day))
        due_label = QLabel(self.tr("&Due by:"))
        due_label.setBuddy(self.due)
        self.ask_button = self._button(self.tr("&Ask all agencies…"), "ask_agencies", self.ask)
        self.receive_button = self._button(
            self.tr("Record &received…"), "record_received", self.receive
        )
        self.template_button = self._button(
            self.tr("Save &template…"), "save_template", self.save_template
        )
        self.remind_button = self._button(
            self.tr("Re&minder to late agencies…"), "remind_late", self.remind
        )
        for button in (self.ask_button, self.receive_button, self.remind_button):
            button.setEnabled(can_edit)
        self.status = QLabel()
        self.status.setObjectName("contributions_status")
        self.status.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(due_label)
        top.addWidget(self.due)
        top.addWidget(self.ask_button)
        top.addStretch(1)
        buttons = QHBoxLayout()
        for button in (self.receive_button, self.template_button, self.remind_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        self.reload()

    def _button(self, text: str, name: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    def _state_text(self, view: ContributionView) -> str:
        texts = {
            "on_time": self.tr("On time"),
            "late": self.tr("Late by %1 days"),
            "missing": self.tr("Missing, %1 days late"),
            "waiting": self.tr("Waiting"),
            "excused": self.tr("Excused"),
        }
        return texts[view.state].replace("%1", str(view.days_late))

    def reload(self) -> None:
        period = self.period()
        StoreOp(self.ctx, lambda s: contributions_for_period(s, period), parent=self).success(
            self._show
        ).run()

    def _show(self, views: list[ContributionView]) -> None:
        self.views = views
        self.table.setRowCount(len(self.views))
        for row, v in enumerate(self.views):
            cells = (
                v.agency_name,
                format_date(v.due_on),
                self._state_text(v),
                format_date(v.received_on) if v.received_on else "",
                v.file_name or "",
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, v.uid)
                self.table.setItem(row, column, item)

    def selected(self) -> ContributionView | None:
        row = self.table.currentRow()
        return self.views[row] if 0 <= row < len(self.views) else None

    def _say(self, text: str, style: str = OK_STYLE) -> None:
        self.status.setStyleSheet(style)
        self.status.setText(text)

    def _op(
        self, work: Callable[[Session], Any], then: Callable[[Any], object], writes: bool = False
    ) -> None:
        """Run `work` on the store thread, then `then` with its result; a refusal is said
        under the table."""
        changes = "contributions" if writes else None
        StoreOp(self.ctx, work, changes=changes, parent=self).success(then).failure(
            self._failed
        ).run()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, ValidationError):
            self._say(error_text(exc), ERROR_STYLE)
        elif isinstance(exc, OSError):
            self._say(
                self.tr("The file could not be written: %1").replace("%1", str(exc)), ERROR_STYLE
            )
        else:  # PermissionDenied and the unexpected alike
            self.ctx.report_error(exc)

    # -- actions
    def ask(self) -> None:
        """Ask every agency for its report by the date chosen, and write the request letter."""
        from hrdesk.documents.contribution_letters import build_request_letter

        chosen = self.due.date()  # toPython() is typed `object` in the stubs
        period, due = self.period(), date(chosen.year(), chosen.month(), chosen.day())
        target = self._save_name(self.tr("Save the request letter"), "cong-van-de-nghi", ".pdf")
        if target is None:
            return

        def write(session: Session) -> Path:
            request_contributions(session, period, due_on=due)
            return build_request_letter(session, period, target)

        def asked(_letter: Path) -> None:
            self.last_letter = target
            self.reload()
            self._say(self.tr("Agencies asked; the letter is in %1").replace("%1", str(target)))

        self._op(write, asked, writes=True)

    def receive(self) -> None:
        """Record the selected agency's file: a filled template is read and checked."""
        view = self.selected()
        if view is None:
            self._say(self.tr("Choose an agency in the list first."), ERROR_STYLE)
            return
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("The file the agency sent"),
            "",
            self.tr("Reports (*.pdf *.doc *.docx *.xlsx *.xls *.odt);;All files (*)"),
        )
        if not chosen:
            return
        path = Path(chosen)

        def write(session: Session) -> object:
            if path.suffix.lower() == ".xlsx":
                from hrdesk.documents.contribution_template import receive_template

                return receive_template(session, view.uid, path)
            return record_received(
                session,
                view.uid,
                file_name=path.name,
                content=path.read_bytes(),
            )

        def recorded(_result: object) -> None:
            self.reload()
            self._say(self.tr("Recorded: %1").replace("%1", view.agency_name))

        self._op(write, recorded, writes=True)

    def save_template(self) -> None:
        from hrdesk.documents.contribution_template import write_template

        view = self.selected()
        if view is None:
            self._say(self.tr("Choose an agency in the list first."), ERROR_STYLE)
            return
        target = self._save_name(self.tr("Save the Excel template"), "mau-bao-cao", ".xlsx")
        if target is not None:
            self._op(
                lambda s: write_template(s, view.uid, target),
                lambda _path: self._say(self.tr("Template saved to %1").replace("%1", str(target))),
            )

    def remind(self) -> None:
        """One letter to every agency late for the period, then shown for printing."""
        from hrdesk.documents.contribution_letters import build_reminder_letter

        period = self.period()
        folder = Path(tempfile.mkdtemp(prefix="hrdesk-letter-"))
        target = folder / f"cong-van-don-doc-{period.label}.pdf"

        def written(done: tuple[Path, list[object]]) -> None:
            _path, late = done
            self.last_letter = target
            self.reload()
            self._say(
                self.tr("Reminder written to %1 late agencies.").replace("%1", str(len(late)))
            )
            from hrdesk.ui.workspaces.reports_report import show_pdf

            show_pdf(self, target.read_bytes(), self.tr("Reminder"), target.name)

        self._op(lambda s: build_reminder_letter(s, period, target), written, writes=True)

    def _save_name(self, title: str, stem: str, suffix: str) -> Path | None:
        name = f"{stem}-{self.period().label.replace('..', '_')}{suffix}"
        chosen, _ = QFileDialog.getSaveFileName(self, title, suggested_path(name), f"*{suffix}")
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)
