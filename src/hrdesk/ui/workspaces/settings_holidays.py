"""The holiday calendar in Settings, on two pages: the built-in holidays by year (see
settings_holidays_shipped), and the office's own additions: a day off the Government
announced after this version shipped, a Saturday to be worked in exchange (ngày làm bù),
or both as one announced swap."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
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
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from hrdesk.domain.access import Permission
from hrdesk.domain.errors import HRDeskError
from hrdesk.domain.formatting import format_date
from hrdesk.services import office
from hrdesk.ui.context import UiContext
from hrdesk.ui.errors import ERROR_STYLE
from hrdesk.ui.messages import error_text
from hrdesk.ui.store_thread import StoreOp
from hrdesk.ui.workspaces.settings_forms import RowsModel
from hrdesk.ui.workspaces.settings_holidays_shipped import ShippedHolidays

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
        self.shipped = ShippedHolidays(ctx, self._changed)
        own = QWidget()
        own_layout = QVBoxLayout(own)
        own_layout.addWidget(note)
        own_layout.addWidget(self._add_box())
        own_layout.addWidget(self.table, 1)
        # Two pages rather than two tables one above the other: each keeps its height
        # on a 1024×600 screen.
        self.pages = QTabWidget()
        self.pages.setObjectName("holiday_pages")
        self.pages.addTab(self.shipped, self.tr("Built-in holidays by year"))
        self.pages.addTab(own, self.tr("The office's own days"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        self.reload()

    def _add_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Add a day"))
        self.day = QDateEdit()
        self.day.setObjectName("holiday_day")
        self.day.setDisplayFormat("dd/MM/yyyy")
        self.day.setCalendarPopup(True)
        now = self.ctx.today()
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

    def _changed(self) -> None:
        self.reload()
        self.ctx.notify("settings")

    def reload(self) -> None:
        self.shipped.reload()
        StoreOp(
            self.ctx,
            lambda s: [(h.day, h.working, h.name, h.source) for h in office.office_holidays(s)],
            parent=self,
        ).success(self._show).run()

    def _show(self, rows: list[tuple[date, bool, str, str | None]]) -> None:
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
        swapped = date(worked.year(), worked.month(), worked.day())

        def work(s: Session) -> object:
            if kind == SWAP:
                return office.add_swap(s, day, swapped, name)
            return office.add_holiday(s, day, name, bool(kind))

        # "settings" told to the window: every deadline counts working days again.
        StoreOp(self.ctx, work, changes="settings", parent=self).success(
            lambda _r: self._added(day)
        ).failure(self._refused).run()

    def _added(self, day: date) -> None:
        self.name.clear()
        self._say(self.tr("%1 added.").replace("%1", format_date(day)))
        self.reload()

    def _refused(self, exc: BaseException) -> None:
        if not isinstance(exc, HRDeskError):  # ValidationError too: said beside the form
            self.ctx.report_error(exc)
            return
        self._say(error_text(exc), error=True)

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
