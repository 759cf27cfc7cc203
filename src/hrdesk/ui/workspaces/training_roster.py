"""The roster of a training: committee members ticked in a searchable list, outside
officials typed in (name, title, agency), each present or not."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCompleter,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hrdesk.domain.text import fold
from hrdesk.services import trainings
from hrdesk.ui.context import UiContext
from hrdesk.ui.store_thread import StoreOp
from hrdesk.ui.table_cell import cell
from hrdesk.ui.workspaces.meeting_common import PeopleDialog

PRESENT, NAME, TITLE, AGENCY = range(4)
MEMBER_ROLE = Qt.ItemDataRole.UserRole + 1
AGENCY_ROLE = Qt.ItemDataRole.UserRole + 2
READ_ONLY = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
EDITABLE = READ_ONLY | Qt.ItemFlag.ItemIsEditable


def counts_text(total: int, members: int, present: int) -> str:
    """The roster's counts in one line (the dialog and the details panel show the same)."""
    text = QCoreApplication.translate(
        "RosterDialog",
        "On the roster: %1 (members: %2, outside officials: %3); present: %4, absent: %5",
    )
    for number, value in enumerate((total, members, total - members, present, total - present)):
        text = text.replace(f"%{number + 1}", str(value))
    return text


class AgencyDelegate(QStyledItemDelegate):
    """An agency cell offers the member agencies as you type; any other name is kept."""

    def __init__(self, names: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.names = names

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        editor = QLineEdit(parent)
        completer = QCompleter(self.names, editor)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        editor.setCompleter(completer)
        return editor


class RosterDialog(PeopleDialog):
    def __init__(
        self, ctx: UiContext, training_uid: str, data: Any, parent: QWidget | None = None
    ) -> None:
        """`data`: what the editors read model gives for the record, read before."""
        super().__init__(self.tr("Roster"), parent)
        self.setObjectName("roster_dialog")
        self.ctx = ctx
        self.training_uid = training_uid
        saved, self.members, agencies = data
        self.agencies = {fold(name): uid for uid, name in agencies}
        self._loading = True

        self.search = QLineEdit()
        self.search.setObjectName("roster_search")
        self.search.setPlaceholderText(self.tr("Find a member (accents optional)…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.member_list = QListWidget()
        self.member_list.setObjectName("roster_members")
        for member in self.members:
            agency = member.get("agency") or ""
            item = QListWidgetItem(
                f"{member['full_name']} — {agency}" if agency else member["full_name"]
            )
            item.setData(MEMBER_ROLE, member["uid"])
            item.setData(Qt.ItemDataRole.ToolTipRole, member.get("title") or "")
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.member_list.addItem(item)
        self.member_list.itemChanged.connect(self._member_ticked)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(self.tr("Committee members")))
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.member_list, 1)

        self.table = QTableWidget(0, 4)
        self.table.setObjectName("roster_table")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Present"), self.tr("Full name"), self.tr("Title"), self.tr("Agency")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # Tab leaves the table (sane tab order); while typing in a cell it goes to the next.
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setItemDelegateForColumn(AGENCY, AgencyDelegate([n for _u, n in agencies], self))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in ((PRESENT, 64), (NAME, 160), (TITLE, 150)):
            header.resizeSection(column, width)
        header.setStretchLastSection(True)
        for person in saved:
            self._append(person)
        self.table.itemChanged.connect(lambda _item: self._refresh())
        tools = QHBoxLayout()
        for text, slot, name in (
            (self.tr("Add outside official"), lambda: self.add_outside(), "add_official"),
            (self.tr("Remove"), self.remove_row, "remove_row"),
            (self.tr("Everyone present"), self.everyone_present, "everyone_present"),
        ):
            button = QPushButton(text)
            button.setObjectName(name)
            button.clicked.connect(slot)
            tools.addWidget(button)
        tools.addStretch(1)
        self.count = QLabel()
        self.count.setObjectName("roster_count")
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(QLabel(self.tr("Roster")))
        right_layout.addWidget(self.table, 1)
        right_layout.addLayout(tools)
        right_layout.addWidget(self.count)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        self.body.addWidget(splitter, 1)
        self._loading = False
        self._refresh()
        self.fit_to_screen(1200, 640)
        # Room for "name — agency" on the left; the roster takes the rest.
        splitter.setSizes([self.width() * 2 // 5, self.width() * 3 // 5])
        self.search.setFocus()
        self.remember()

    # -- the roster table
    def _append(self, person: dict[str, Any]) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        outside = person.get("member") is None
        check = QTableWidgetItem()
        check.setFlags(READ_ONLY | Qt.ItemFlag.ItemIsUserCheckable)
        check.setCheckState(
            Qt.CheckState.Checked if person.get("present", True) else Qt.CheckState.Unchecked
        )
        self.table.setItem(row, PRESENT, check)
        for column, key in ((NAME, "full_name"), (TITLE, "title"), (AGENCY, "agency_name")):
            item = QTableWidgetItem(person.get(key) or "")
            item.setFlags(EDITABLE if outside else READ_ONLY)
            item.setToolTip(person.get(key) or "")
            self.table.setItem(row, column, item)
        cell(self.table, row, NAME).setData(MEMBER_ROLE, person.get("member"))
        # The agency the row was saved with, kept while its name is not changed.
        cell(self.table, row, AGENCY).setData(AGENCY_ROLE, person.get("agency"))
        return row

    def _member_row(self, uid: str) -> int | None:
        for row in range(self.table.rowCount()):
            if cell(self.table, row, NAME).data(MEMBER_ROLE) == uid:
                return row
        return None

    def people(self) -> list[dict[str, Any]]:
        """The rows as `trainings.set_roster` takes them."""
        result = []
        for row in range(self.table.rowCount()):
            member = cell(self.table, row, NAME).data(MEMBER_ROLE)
            agency_name = cell(self.table, row, AGENCY).text().strip()
            # An outside official from a member agency counts in that agency's history.
            agency = self.agencies.get(fold(agency_name)) if agency_name else None
            result.append(
                {
                    "member": member,
                    "full_name": cell(self.table, row, NAME).text(),
                    "title": cell(self.table, row, TITLE).text(),
                    "agency": agency
                    or (cell(self.table, row, AGENCY).data(AGENCY_ROLE) if member else None),
                    "agency_name": agency_name,
                    "present": cell(self.table, row, PRESENT).checkState() == Qt.CheckState.Checked,
                }
            )
        return result

    def snapshot(self) -> list[dict[str, Any]]:
        return self.people()

    def _refresh(self) -> None:
        if self._loading:
            return
        people = self.people()
        self.count.setText(
            counts_text(
                len(people),
                sum(1 for p in people if p["member"]),
                sum(1 for p in people if p["present"]),
            )
        )
        on_roster = {p["member"] for p in people if p["member"]}
        self.member_list.blockSignals(True)
        for number in range(self.member_list.count()):
            item = self.member_list.item(number)
            ticked = item.data(MEMBER_ROLE) in on_roster
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        self.member_list.blockSignals(False)

    # -- the member list
    def _filter(self, text: str) -> None:
        wanted = fold(text)
        for number in range(self.member_list.count()):
            item = self.member_list.item(number)
            item.setHidden(bool(wanted) and wanted not in fold(item.text()))

    def _member_ticked(self, item: QListWidgetItem) -> None:
        uid = item.data(MEMBER_ROLE)
        row = self._member_row(uid)
        if item.checkState() == Qt.CheckState.Checked and row is None:
            member = next(m for m in self.members if m["uid"] == uid)
            self._loading = True
            row = self._append(
                {
                    "member": uid,
                    "full_name": member["full_name"],
                    "title": member.get("title"),
                    "agency_name": member.get("agency"),
                    "present": True,
                }
            )
            self._loading = False
            self.table.scrollToItem(cell(self.table, row, NAME))
        elif item.checkState() == Qt.CheckState.Unchecked and row is not None:
            self.table.removeRow(row)
        self._refresh()

    def tick_member(self, name: str) -> bool:
        """Tick the first member whose name matches (folded), as a click would."""
        wanted = fold(name)
        for number in range(self.member_list.count()):
            item = self.member_list.item(number)
            if fold(item.text()).startswith(wanted):
                item.setCheckState(Qt.CheckState.Checked)
                return True
        return False

    # -- buttons
    def set_present(self, row: int, present: bool) -> None:
        cell(self.table, row, PRESENT).setCheckState(
            Qt.CheckState.Checked if present else Qt.CheckState.Unchecked
        )

    def everyone_present(self) -> None:
        for row in range(self.table.rowCount()):
            self.set_present(row, True)

    # -- saving
    def save(self) -> Any:
        people = self.people()
        return StoreOp(
            self.ctx,
            lambda s: trainings.set_roster(s, self.training_uid, people).uid,
            changes="trainings",
        )

    def show_row_error(self, row: int, field: str, text: str) -> None:
        if 0 <= row < self.table.rowCount():
            self.table.setCurrentCell(row, NAME)
            self.table.setFocus()
        if field == "full_name":
            self.show_error(self.tr("Row %1 needs a name.").replace("%1", str(row + 1)))
        else:
            super().show_row_error(row, field, text)
