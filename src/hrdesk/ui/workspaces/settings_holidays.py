"""The office's own additions to the holiday calendar: a day off the Government announced
after this version shipped, a Saturday to be worked in exchange (ngày làm bù), or both as
one announced swap; and the shipped years, where each came from, with the expected days
(Tết of a year not yet announced) the office confirms."""

from __future__ import annotations

from datetime import date
from functools import partial
from html import escape as esc

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
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
from hrdesk.domain.errors import HRDeskError, ValidationError
from hrdesk.domain.formatting import format_date
from hrdesk.services import office
from hrdesk.services.common import today
from hrdesk.ui.context import UiContext
from hrdesk.ui.errors import ERROR_STYLE
from hrdesk.ui.messages import error_text
from hrdesk.ui.workspaces.settings_forms import RowsModel

SWAP = "swap"  # the kind of day for an announced swap: a day off and a weekend day worked


class HolidaysTab(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("settings_holidays")
        self.admin = ctx.can(Permission.MANAGE_SETTINGS)
        note = QLabel(
            self.tr(
                "HR Desk knows the public holidays and the announced Tết days off of the "
                "years it ships with. Add here what the Government announces later: a day "
                "off, or a weekend day to be worked in exchange. Statutory deadlines count "
                "working days with them from now on."
            )
        )
        note.setWordWrap(True)
        self.model = RowsModel(
            [self.tr("Date"), self.tr("Kind"), self.tr("Name"), self.tr("Announcement")], self
        )
        self.table = QTableView()
        self.table.setObjectName("holidays")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        header.setMinimumSectionSize(120)
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self._years_box())
        layout.addWidget(self._add_box())
        layout.addWidget(self.table, 1)
        self.reload()

    def _add_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Add a day"))
        self.day = QDateEdit()
        self.day.setObjectName("holiday_day")
        self.day.setDisplayFormat("dd/MM/yyyy")
        self.day.setCalendarPopup(True)
        now = self.ctx.read(today)
        self.day.setDate(QDate(now.year, now.month, now.day))
        self.kind = QComboBox()
        self.kind.setObjectName("holiday_kind")
        self.kind.addItem(self.tr("Day off"), False)
        self.kind.addItem(self.tr("Make-up working day"), True)
        self.kind.addItem(self.tr("Swap announced by the Government"), SWAP)
        self.worked = QDateEdit()
        self.worked.setObjectName("holiday_worked_day")
        self.worked.setDisplayFormat("dd/MM/yyyy")
        self.worked.setCalendarPopup(True)
        self.worked.setDate(self.day.date())
        self.worked.setToolTip(self.tr("The weekend day worked in exchange"))
        self.worked_label = QLabel(self.tr("worked instead on"))
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.name = QLineEdit()
        self.name.setObjectName("holiday_name")
        self.name.setPlaceholderText(self.tr("e.g. Day off in exchange for 02/09"))
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.setObjectName("add_holiday")
        self.add_button.clicked.connect(self.add)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        first = QHBoxLayout()
        first.addWidget(self.day)
        first.addWidget(self.kind)
        first.addWidget(self.worked_label)
        first.addWidget(self.worked)
        first.addStretch(1)
        second = QHBoxLayout()
        second.addWidget(self.name, 1)
        second.addWidget(self.add_button)
        form = QFormLayout(box)
        form.addRow(self.tr("Date and kind"), first)
        form.addRow(self.tr("Name"), second)
        form.addRow("", self.message)
        for widget in (self.day, self.kind, self.worked, self.name, self.add_button):
            widget.setEnabled(self.admin)
        if not self.admin:
            box.setToolTip(self.tr("Only an administrator can change the calendar."))
        self._kind_changed()
        return box

    def _kind_changed(self) -> None:
        swap = self.kind.currentData() == SWAP
        self.worked.setVisible(swap)
        self.worked_label.setVisible(swap)
        self.name.setPlaceholderText(
            self.tr("The announcement, e.g. Công văn số …/BNV-CCVC")
            if swap
            else self.tr("e.g. Day off in exchange for 02/09")
        )

    def _years_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Holidays shipped with HR Desk"))
        self.years = QLabel()
        self.years.setObjectName("holiday_years")
        self.years.setWordWrap(True)
        self.years.setTextFormat(Qt.TextFormat.RichText)
        self.confirm_year = QComboBox()
        self.confirm_year.setObjectName("holiday_confirm_year")
        self.confirm_button = QPushButton(self.tr("Confirm as announced"))
        self.confirm_button.setObjectName("confirm_holidays")
        self.confirm_button.setToolTip(
            self.tr("The Government announced these days as expected here")
        )
        self.confirm_button.clicked.connect(self.confirm)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Expected days of")))
        row.addWidget(self.confirm_year)
        row.addWidget(self.confirm_button)
        row.addStretch(1)
        layout = QVBoxLayout(box)
        layout.addWidget(self.years)
        layout.addLayout(row)
        return box

    def _reload_years(self) -> None:
        years = self.ctx.read(office.shipped_years)
        lines = []
        for y in years:
            if not y.expected_days:
                state = self.tr("announced")
            elif y.confirmed:
                state = self.tr("confirmed by the office")
            else:
                state = self.tr("%n day(s) expected, not confirmed", "", len(y.expected_days))
            lines.append(f"<b>{y.year}</b> ({esc(state)}): <small>{esc(y.source)}</small>")
        self.years.setText("<br>".join(lines))
        pending = [y.year for y in years if y.expected_days and not y.confirmed]
        self.confirm_year.clear()
        for year in pending:
            self.confirm_year.addItem(str(year), year)
        for widget in (self.confirm_year, self.confirm_button):
            widget.setEnabled(self.admin and bool(pending))

    def confirm(self) -> None:
        year = self.confirm_year.currentData()
        if year is None:
            return
        try:
            self.ctx.write(partial(office.confirm_expected_year, year=int(year)), None)
        except HRDeskError as exc:
            self._say(error_text(exc), error=True)
            return
        self._say(self.tr("The expected days of %1 are confirmed.").replace("%1", str(year)))
        self.reload()
        self.ctx.notify("settings")

    def reload(self) -> None:
        self._reload_years()
        rows = self.ctx.read(
            lambda s: [(h.day, h.working, h.name, h.source) for h in office.office_holidays(s)]
        )
        self.model.set_rows(
            [
                (
                    day,
                    [
                        f"{self._weekday(day)} {format_date(day)}",
                        self.tr("make-up working day") if working else self.tr("day off"),
                        name,
                        source or "",
                    ],
                )
                for day, working, name, source in rows
            ]
        )

    def _weekday(self, day: date) -> str:
        # Vietnamese writes the weekday as "Thứ Hai … Chủ nhật"; tr() gives each language its own.
        names = (
            self.tr("Mon"),
            self.tr("Tue"),
            self.tr("Wed"),
            self.tr("Thu"),
            self.tr("Fri"),
            self.tr("Sat"),
            self.tr("Sun"),
        )
        return names[day.weekday()]

    def add(self) -> None:
        picked = self.day.date()
        day = date(picked.year(), picked.month(), picked.day())
        kind = self.kind.currentData()
        name = self.name.text()
        worked = self.worked.date()
        try:
            if kind == SWAP:
                swapped = date(worked.year(), worked.month(), worked.day())
                self.ctx.write(lambda s: office.add_swap(s, day, swapped, name), None)
            else:
                self.ctx.write(lambda s: office.add_holiday(s, day, name, bool(kind)), None)
        except ValidationError as exc:
            self._say(error_text(exc), error=True)
            return
        except HRDeskError as exc:
            self._say(error_text(exc), error=True)
            return
        self.name.clear()
        self._say(self.tr("%1 added.").replace("%1", format_date(day)))
        self.reload()
        self.ctx.notify("settings")

    def _field(self, name: str) -> str:
        return {
            "day": self.tr("Date"),
            "name": self.tr("Name"),
            "working_day": self.tr("worked instead on"),
        }.get(name, name)

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else "color: #1b5e20;")
        self.message.setText(text)
        self.message.show()
