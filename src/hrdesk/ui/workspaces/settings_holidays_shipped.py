"""The holidays shipped with HR Desk, one year at a time: each day with its kind and its
state (announced, expected, or what the office decided and who decided it), the year's
source above them; an administrator confirms a year's expected days, or removes or
replaces one of them when the Government's announcement differs."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hrdesk.domain.access import Permission
from hrdesk.domain.errors import HRDeskError
from hrdesk.domain.formatting import format_date, format_datetime
from hrdesk.services import holidays
from hrdesk.ui.context import UiContext
from hrdesk.ui.errors import ERROR_STYLE
from hrdesk.ui.messages import error_text
from hrdesk.ui.store_thread import StoreOp
from hrdesk.ui.workspaces.settings_forms import OBJECT_ROLE, FieldsDialog, RowsModel

# States whose day the office may still remove or replace.
CHANGEABLE = ("expected", holidays.CONFIRMED)
DONE_STYLE = "color: #1b5e20;"


class ShippedHolidays(QWidget):
    """`changed` (given by the tab) is called after the office changed the calendar."""

    def __init__(
        self, ctx: UiContext, changed: Callable[[], None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.changed = changed
        self.admin = ctx.can(Permission.MANAGE_SETTINGS)
        self.days: list[holidays.ShippedDay] = []
        self.year = QComboBox()
        self.year.setObjectName("holiday_year")
        self.year.currentIndexChanged.connect(self._show_year)
        self.source = QLabel()
        self.source.setObjectName("holiday_year_source")
        self.source.setWordWrap(True)
        self.model = RowsModel(
            [self.tr("Date"), self.tr("Name"), self.tr("Kind"), self.tr("State")], self
        )
        self.table = QTableView()
        self.table.setObjectName("shipped_holidays")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(self._enable)
        self.confirm_button = QPushButton(self.tr("Confirm the year as announced"))
        self.confirm_button.setObjectName("confirm_holidays")
        self.confirm_button.setToolTip(
            self.tr("The Government announced the expected days of this year as they are")
        )
        self.confirm_button.clicked.connect(self.confirm)
        self.remove_button = QPushButton(self.tr("Remove day…"))
        self.remove_button.setObjectName("remove_expected_day")
        self.remove_button.setToolTip(self.tr("The announcement does not give this day off"))
        self.remove_button.clicked.connect(lambda: self.remove())
        self.replace_button = QPushButton(self.tr("Replace day…"))
        self.replace_button.setObjectName("replace_expected_day")
        self.replace_button.setToolTip(self.tr("The announcement gives another day off instead"))
        self.replace_button.clicked.connect(lambda: self.replace())
        self.message = QLabel()
        self.message.setObjectName("shipped_message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(DONE_STYLE)
        self.message.hide()
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Year")))
        top.addWidget(self.year)
        top.addStretch(1)
        buttons = QHBoxLayout()
        for button in (self.confirm_button, self.remove_button, self.replace_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.source)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)

    # -- showing
    def reload(self) -> None:
        StoreOp(self.ctx, holidays.shipped_days, parent=self).success(self._show_days).run()

    def _show_days(self, days: list[holidays.ShippedDay]) -> None:
        self.days = days
        shown = self.year.currentData()
        years = sorted({d.day.year for d in self.days})
        self.year.blockSignals(True)
        self.year.clear()
        for year in years:
            self.year.addItem(str(year), year)
        self.year.blockSignals(False)
        now = self.ctx.today().year
        wanted = shown if shown in years else now if now in years else years[-1]
        self.year.setCurrentIndex(max(0, self.year.findData(wanted)))
        self._show_year()

    def show_year(self, year: int) -> None:
        self.year.setCurrentIndex(self.year.findData(year))

    def _show_year(self, *_args: object) -> None:
        year = self.year.currentData()
        days = [d for d in self.days if d.day.year == year]
        source = days[0].year_source if days else ""
        self.source.setText(
            self.tr("%1 (%2). Source: %3")
            .replace("%1", str(year))
            .replace("%2", self._year_state(days))
            .replace("%3", source)
        )
        self.model.set_rows([(d, self._texts(d)) for d in days])
        self._enable()

    def _year_state(self, days: list[holidays.ShippedDay]) -> str:
        waiting = sum(1 for d in days if d.state == "expected")
        if waiting:
            return self.tr("%n day(s) expected, not confirmed", "", waiting)
        if any(d.state == holidays.CONFIRMED for d in days):
            return self.tr("confirmed by the office")
        return self.tr("announced")

    def _texts(self, day: holidays.ShippedDay) -> list[str]:
        return [
            format_date(day.day),
            day.name(self.ctx.lang),
            self._kind(day.kind),
            self._state(day),
        ]

    def _kind(self, kind: str) -> str:
        return {
            "holiday": self.tr("public holiday"),
            "tet": self.tr("Tết"),
            "compensatory": self.tr("day off in lieu"),
            "makeup_working_day": self.tr("make-up working day"),
        }.get(kind, kind)

    def _state(self, day: holidays.ShippedDay) -> str:
        decision = day.decision
        if day.state == "announced":
            return self.tr("announced")
        if day.state == "expected":
            return self.tr("expected, not confirmed")
        if decision is None:  # a year confirmed before HR Desk kept who confirmed it
            return self.tr("confirmed by the office")
        texts = {
            holidays.CONFIRMED: self.tr("confirmed by %1, %2"),
            holidays.REMOVED: self.tr("removed by %1, %2: %3"),
            holidays.REPLACED: self.tr("replaced by %4 (%1, %2: %3)"),
        }
        return (
            texts[decision.action]
            .replace("%1", decision.by_name)
            .replace("%2", format_datetime(decision.at))
            .replace("%3", decision.announcement)
            .replace("%4", format_date(decision.new_day) if decision.new_day else "")
        )

    def selected(self) -> holidays.ShippedDay | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.index(rows[0].row(), 0).data(OBJECT_ROLE) if rows else None

    def _enable(self, *_args: object) -> None:
        year = self.year.currentData()
        waiting = any(d.state == "expected" and d.day.year == year for d in self.days)
        self.confirm_button.setEnabled(self.admin and waiting)
        chosen = self.selected()
        changeable = chosen is not None and chosen.state in CHANGEABLE
        self.remove_button.setEnabled(self.admin and changeable)
        self.replace_button.setEnabled(self.admin and changeable)

    def select_day(self, day: date) -> None:
        self.show_year(day.year)
        for row in range(self.model.rowCount()):
            if self.model.index(row, 0).data(OBJECT_ROLE).day == day:
                self.table.selectRow(row)
                return

    # -- changing
    def confirm(self) -> None:
        year = self.year.currentData()
        if year is None:
            return
        done = self.tr("The expected days of %1 are confirmed.").replace("%1", str(year))
        # Told to the window by _done (self.changed), once the list shows it.
        StoreOp(
            self.ctx, lambda s: holidays.confirm_year(s, int(year)), write=True, parent=self
        ).success(lambda _r: self._done(done)).failure(self._refused).run()

    def _refused(self, exc: BaseException) -> None:
        if not isinstance(exc, HRDeskError):
            self.ctx.report_error(exc)
            return
        self._say(error_text(exc), error=True)  # PermissionDenied, no expected days: say so

    def _done(self, text: str) -> None:
        self.changed()
        self._say(text)

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else DONE_STYLE)
        self.message.setText(text)
        self.message.show()

    def remove(self) -> FieldsDialog | None:
        chosen = self.selected()
        if chosen is None:
            return None
        day = chosen.day

        def work(values: dict[str, Any]) -> None:
            self.ctx.write(
                lambda s: holidays.remove_expected_day(s, day, values["announcement"]), None
            )

        return self._ask(
            self.tr("Remove an expected day"),
            self.tr("%1 (%2) will be a working day.")
            .replace("%1", format_date(day))
            .replace("%2", chosen.name(self.ctx.lang)),
            [],
            work,
            self.tr("%1 is a working day again.").replace("%1", format_date(day)),
        )

    def replace(self) -> FieldsDialog | None:
        chosen = self.selected()
        if chosen is None:
            return None
        day = chosen.day
        new_day = QDateEdit()
        new_day.setDisplayFormat("dd/MM/yyyy")
        new_day.setCalendarPopup(True)
        new_day.setDate(QDate(day.year, day.month, day.day))

        def work(values: dict[str, Any]) -> None:
            self.ctx.write(
                lambda s: holidays.replace_expected_day(
                    s, day, values["new_day"], values["announcement"]
                ),
                None,
            )

        return self._ask(
            self.tr("Replace an expected day"),
            self.tr("The day off announced instead of %1 (%2).")
            .replace("%1", format_date(day))
            .replace("%2", chosen.name(self.ctx.lang)),
            [("new_day", self.tr("Day off instead"), new_day)],
            work,
            self.tr("%1 is replaced.").replace("%1", format_date(day)),
        )

    def _ask(
        self,
        title: str,
        intro: str,
        fields: list[tuple[str, str, QWidget]],
        work: Callable[[dict[str, Any]], None],
        done: str,
    ) -> FieldsDialog:
        announcement = QLineEdit()
        announcement.setPlaceholderText(self.tr("e.g. Thông báo số …/TB-BNV"))
        dialog = FieldsDialog(
            title,
            [*fields, ("announcement", self.tr("Announcement"), announcement)],
            work,
            self.ctx.runner,
            intro=intro,
            parent=self,
        )
        dialog.accepted.connect(lambda: self._done(done))
        dialog.open()
        return dialog
