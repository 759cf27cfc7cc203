"""The attendance checklist of a meeting: the committee's members, each present or absent
with the reason the minutes must give, and outside guests typed in."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from hrdesk.services import meetings
from hrdesk.ui.context import UiContext
from hrdesk.ui.store_thread import StoreOp
from hrdesk.ui.table_cell import cell
from hrdesk.ui.workspaces.meeting_common import PeopleDialog

PRESENT, NAME, TITLE, AGENCY, REASON = range(5)
MEMBER_ROLE = Qt.ItemDataRole.UserRole + 1
PROBLEM = QColor("#fbe4e2")
READ_ONLY = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
EDITABLE = READ_ONLY | Qt.ItemFlag.ItemIsEditable


class AttendanceDialog(PeopleDialog):
    """Who was there. A new list starts with every active member present: the officer
    marks the absent ones and writes why."""

    def __init__(
        self, ctx: UiContext, meeting_uid: str, data: Any, parent: QWidget | None = None
    ) -> None:
        """`data`: what the editors read model gives for the record, read before."""
        super().__init__(self.tr("Attendance"), parent)
        self.setObjectName("attendance_dialog")
        self.ctx = ctx
        self.meeting_uid = meeting_uid
        saved, self.members = data
        self._loading = True
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("attendance_table")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Present"),
                self.tr("Full name"),
                self.tr("Title"),
                self.tr("Agency"),
                self.tr("Reason for absence"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # Tab leaves the table (sane tab order); while typing in a cell it goes to the next.
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in ((PRESENT, 64), (NAME, 190), (TITLE, 200), (AGENCY, 200)):
            header.resizeSection(column, width)
        header.setStretchLastSection(True)
        for person in saved or [self._from_member(m, present=True) for m in self.members]:
            self._append(person)
        self.table.itemChanged.connect(self._changed)
        self._loading = False

        hint = QLabel(
            self.tr("Untick the members who did not come and write the reason for each absence.")
        )
        hint.setWordWrap(True)
        self.member_box = QComboBox()
        self.member_box.setObjectName("add_member_box")
        self.member_box.setMinimumContentsLength(24)
        self.member_box.setPlaceholderText(self.tr("Every member is on the list"))
        self.add_member_button = QPushButton(self.tr("Add member"))
        self.add_member_button.clicked.connect(self.add_member)
        add_guest = QPushButton(self.tr("Add guest"))
        add_guest.setObjectName("add_guest")
        add_guest.clicked.connect(lambda: self.add_outside())
        remove = QPushButton(self.tr("Remove"))
        remove.clicked.connect(self.remove_row)
        everyone = QPushButton(self.tr("Everyone present"))
        everyone.clicked.connect(self.everyone_present)
        tools = QHBoxLayout()
        for widget in (self.member_box, self.add_member_button, add_guest, remove, everyone):
            tools.addWidget(widget)
        tools.addStretch(1)
        self.count = QLabel()
        self.body.addWidget(hint)
        self.body.addWidget(self.table, 1)
        self.body.addLayout(tools)
        self.body.addWidget(self.count)
        self._refresh()
        self.fit_to_screen(1020, 640)
        self.table.setFocus()
        self.remember()

    # -- the rows
    @staticmethod
    def _from_member(row: dict[str, Any], present: bool) -> dict[str, Any]:
        return {
            "member": row["uid"],
            "full_name": row["full_name"],
            "title": row.get("title"),
            "agency_name": row.get("agency"),
            "present": present,
            "absence_reason": None,
        }

    def _append(self, person: dict[str, Any]) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        guest = person.get("member") is None
        check = QTableWidgetItem()
        check.setFlags(READ_ONLY | Qt.ItemFlag.ItemIsUserCheckable)
        check.setCheckState(
            Qt.CheckState.Checked if person.get("present", True) else Qt.CheckState.Unchecked
        )
        self.table.setItem(row, PRESENT, check)
        for column, key in ((NAME, "full_name"), (TITLE, "title"), (AGENCY, "agency_name")):
            item = QTableWidgetItem(person.get(key) or "")
            item.setFlags(EDITABLE if guest else READ_ONLY)
            item.setToolTip(person.get(key) or "")
            self.table.setItem(row, column, item)
        cell(self.table, row, NAME).setData(MEMBER_ROLE, person.get("member"))
        reason = QTableWidgetItem(person.get("absence_reason") or "")
        reason.setFlags(EDITABLE)
        self.table.setItem(row, REASON, reason)
        return row

    def people(self) -> list[dict[str, Any]]:
        """The rows as `meetings.set_attendance` takes them."""
        return [
            {
                "member": cell(self.table, row, NAME).data(MEMBER_ROLE),
                "full_name": cell(self.table, row, NAME).text(),
                "title": cell(self.table, row, TITLE).text(),
                "agency_name": cell(self.table, row, AGENCY).text(),
                "present": cell(self.table, row, PRESENT).checkState() == Qt.CheckState.Checked,
                "absence_reason": cell(self.table, row, REASON).text(),
            }
            for row in range(self.table.rowCount())
        ]

    def snapshot(self) -> list[dict[str, Any]]:
        return self.people()

    def set_present(self, row: int, present: bool, reason: str = "") -> None:
        """Tick or untick a row (and write the reason): what the officer does by hand."""
        if reason:
            cell(self.table, row, REASON).setText(reason)
        cell(self.table, row, PRESENT).setCheckState(
            Qt.CheckState.Checked if present else Qt.CheckState.Unchecked
        )

    def row_of(self, name: str) -> int | None:
        for row in range(self.table.rowCount()):
            if cell(self.table, row, NAME).text() == name:
                return row
        return None

    def _changed(self, item: QTableWidgetItem) -> None:
        if self._loading:
            return
        self._loading = True  # the changes made here are not the officer's
        try:
            row = item.row()
            if item.background().color() == PROBLEM:
                item.setBackground(QBrush())
            reason = cell(self.table, row, REASON)
            if item.column() == REASON and item.text().strip():
                # Writing a reason says the person was absent.
                cell(self.table, row, PRESENT).setCheckState(Qt.CheckState.Unchecked)
            elif (
                item.column() == PRESENT
                and item.checkState() == Qt.CheckState.Unchecked
                and not reason.text().strip()
                and self.isVisible()
            ):
                # Unticked: the reason is asked for at once.
                self.table.setCurrentItem(reason)
                self.table.editItem(reason)
        finally:
            self._loading = False
        self._refresh()

    def _refresh(self) -> None:
        people = self.people()
        present = sum(1 for p in people if p["present"])
        self.count.setText(
            self.tr("On the list: %1; present: %2, absent: %3")
            .replace("%1", str(len(people)))
            .replace("%2", str(present))
            .replace("%3", str(len(people) - present))
        )
        listed = {p["member"] for p in people}
        self.member_box.clear()
        for member in self.members:
            if member["uid"] not in listed:
                self.member_box.addItem(member["full_name"], member["uid"])
        self.member_box.setEnabled(self.member_box.count() > 0)
        self.add_member_button.setEnabled(self.member_box.count() > 0)

    # -- buttons
    def add_member(self) -> None:
        uid = self.member_box.currentData()
        member = next((m for m in self.members if m["uid"] == uid), None)
        if member is None:
            return
        self._loading = True
        row = self._append(self._from_member(member, present=True))
        self._loading = False
        self.table.selectRow(row)
        self._refresh()

    def everyone_present(self) -> None:
        for row in range(self.table.rowCount()):
            cell(self.table, row, PRESENT).setCheckState(Qt.CheckState.Checked)

    # -- saving
    def save(self) -> Any:
        people = self.people()
        return StoreOp(
            self.ctx,
            lambda s: meetings.set_attendance(s, self.meeting_uid, people).uid,
            changes="meetings",
        )

    def show_row_error(self, row: int, field: str, text: str) -> None:
        column = {"absence_reason": REASON, "full_name": NAME}.get(field, NAME)
        if 0 <= row < self.table.rowCount():
            item = cell(self.table, row, column)
            item.setBackground(QBrush(PROBLEM))
            self.table.setCurrentItem(item)
            self.table.scrollToItem(item)
            name = cell(self.table, row, NAME).text()
            if field == "full_name":
                self.show_error(self.tr("Row %1 needs a name.").replace("%1", str(row + 1)))
            else:
                self.show_error(f"{name}: {text}")
            self.table.setFocus()
        else:
            super().show_row_error(row, field, text)
