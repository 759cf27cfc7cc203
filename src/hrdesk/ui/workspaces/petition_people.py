"""The small table of the people who filed a petition, in the intake and edit dialogs.

Each row is checked with the services' own field rules before the petition is saved, so
a message can name the person and the column; the service checks them again.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hrdesk.domain.errors import ValidationError
from hrdesk.services.fields import coerce
from hrdesk.services.petitions import PETITIONER_FIELDS
from hrdesk.ui.messages import window_lang
from hrdesk.ui.record_form import ERROR_STYLE

TEXT_COLUMNS = ("full_name", "address", "id_number", "phone")
WIDTHS = (190, 250, 130, 110)


class PeopleTable(QWidget):
    """Full name, address, ID document, phone and "representative", one person a row."""

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("petitioners")
        self.lang = lang
        self.columns = [*TEXT_COLUMNS, "representative"]
        self.table = QTableWidget(0, len(self.columns))
        self.table.setObjectName("petitioners_table")
        self.table.setHorizontalHeaderLabels(
            [
                PETITIONER_FIELDS[name].label(lang) + (" *" if name == "full_name" else "")
                for name in self.columns
            ]
        )
        header = self.table.horizontalHeader()
        for number, width in enumerate(WIDTHS):
            header.resizeSection(number, width)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        # Tab leaves the table (typing into a cell edits it; Tab while editing moves on).
        self.table.setTabKeyNavigation(False)
        self.table.setMinimumHeight(110)
        self.add_button = QPushButton(self.tr("Add person"))
        self.add_button.setObjectName("add_person")
        self.add_button.clicked.connect(self.add_row)
        self.remove_button = QPushButton(self.tr("Remove person"))
        self.remove_button.setObjectName("remove_person")
        self.remove_button.clicked.connect(self.remove_row)
        self.error = QLabel()
        self.error.setObjectName("petitioners_error")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addWidget(self.error)
        layout.addLayout(buttons)

    # -- rows
    def add_row(self, person: dict[str, Any] | None = None) -> int:
        person = person if isinstance(person, dict) else {}
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, name in enumerate(TEXT_COLUMNS):
            self.table.setItem(row, column, QTableWidgetItem(str(person.get(name) or "")))
        check = QTableWidgetItem()
        check.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
        checked = bool(person.get("representative"))
        check.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.table.setItem(row, len(TEXT_COLUMNS), check)
        self.table.setCurrentCell(row, 0)
        return row

    def remove_row(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)

    def set_people(self, people: list[dict[str, Any]]) -> None:
        self.table.setRowCount(0)
        for person in people:
            self.add_row(person)

    def set_cell(self, row: int, name: str, text: str) -> None:
        """Type into one cell (tests, and filling in from elsewhere)."""
        item = self.table.item(row, self.columns.index(name))
        if item is None:  # a cell never typed into has no item yet
            item = QTableWidgetItem()
            self.table.setItem(row, self.columns.index(name), item)
        item.setText(text)

    def _row(self, row: int) -> dict[str, Any]:
        values: dict[str, Any] = {
            name: _cell_text(self.table.item(row, column))
            for column, name in enumerate(TEXT_COLUMNS)
        }
        check = self.table.item(row, len(TEXT_COLUMNS))
        values["representative"] = bool(check and check.checkState() == Qt.CheckState.Checked)
        return values

    def rows(self) -> list[dict[str, Any]]:
        """Every row as typed, blank ones too (to see whether anything was typed)."""
        return [self._row(row) for row in range(self.table.rowCount())]

    # -- values and messages
    def people(self) -> list[dict[str, Any]] | None:
        """The people entered (blank rows left out), or None after showing what is wrong."""
        self.clear_error()
        # A cell still being typed in holds its text in the editor until it is committed.
        self.table.setCurrentCell(-1, -1)
        found: list[dict[str, Any]] = []
        for row in range(self.table.rowCount()):
            values = self._row(row)
            if not any(values[name] for name in TEXT_COLUMNS):
                continue
            for name in self.columns:
                try:
                    coerce(None, PETITIONER_FIELDS[name], values[name])
                except ValidationError as exc:
                    self.show_error(exc.text(window_lang()), row=row, name=name)
                    return None
            found.append(values)
        return found

    def show_error(self, message: str, row: int | None = None, name: str | None = None) -> None:
        """A message (in the window's language) under the table; with a row, it names the
        person and the column."""
        text = message
        if row is not None and name is not None:
            label = PETITIONER_FIELDS[name].label(self.lang)
            text = (
                self.tr("Person %1, %2: %3")
                .replace("%1", str(row + 1))
                .replace("%2", label)
                .replace("%3", text)
            )
            self.table.setCurrentCell(row, self.columns.index(name))
        self.error.setText(text)
        self.error.show()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def clear_error(self) -> None:
        self.error.hide()


def _cell_text(item: QTableWidgetItem | None) -> str:
    return item.text().strip() if item is not None else ""
