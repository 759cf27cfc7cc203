"""The report's narrative sections (the officer's own text): a list of headings beside
the selected section's heading and text; add, remove and move sections."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from hrdesk.domain.errors import ValidationError
from hrdesk.ui.errors import ERROR_STYLE
from hrdesk.ui.messages import error_text


class SectionsEditor(QWidget):
    """Edits a list of {"heading", "body"}; `edited` fires on every change the officer makes."""

    edited = Signal()
    shown = Signal(int)  # the row of the section now shown (-1: none)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sections_editor")
        self._sections: list[dict[str, str]] = []
        self._editable = True
        self.list = QListWidget()
        self.list.setObjectName("section_list")
        self.list.setAccessibleName(self.tr("Sections"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setWordWrap(True)
        self.list.currentRowChanged.connect(self._show_section)
        self.add_button = self._button(self.tr("&Add"), "section_add", self.add_section)
        self.remove_button = self._button(self.tr("Re&move"), "section_remove", self.remove)
        self.up_button = self._button(
            self.tr("Move &up"), "section_up", lambda: self.move_section(-1)
        )
        self.down_button = self._button(
            self.tr("Move do&wn"), "section_down", lambda: self.move_section(1)
        )
        self.up_button.setToolTip("Alt+Up")
        self.down_button.setToolTip("Alt+Down")
        # Reordering from the keyboard while the list has the focus.
        for keys, step in (("Alt+Up", -1), ("Alt+Down", 1)):
            shortcut = QShortcut(QKeySequence(keys), self.list)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(lambda step=step: self.move_section(step))
        self.heading = QLineEdit()
        self.heading.setObjectName("section_heading")
        self.heading.textChanged.connect(self._heading_edited)
        self.heading_error = QLabel()
        self.heading_error.setObjectName("section_heading_error")
        self.heading_error.setStyleSheet(ERROR_STYLE)
        self.heading_error.setWordWrap(True)
        self.heading_error.hide()
        self.body = QPlainTextEdit()
        self.body.setObjectName("section_body")
        # Tab leaves the text for the next control; a report's text needs no tab stops.
        self.body.setTabChangesFocus(True)
        self.body.textChanged.connect(self._body_edited)
        # A line about the shown section under its text (reports_stale.StaleNotice).
        self.below_body = QVBoxLayout()
        self._layout()

    def _button(self, text: str, name: str, slot: object) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    def _layout(self) -> None:
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        caption = QLabel(self.tr("S&ections:"))
        caption.setBuddy(self.list)
        column.addWidget(caption)
        column.addWidget(self.list, 1)
        grid = QGridLayout()
        for index, button in enumerate(
            (self.add_button, self.remove_button, self.up_button, self.down_button)
        ):
            grid.addWidget(button, index // 2, index % 2)
        column.addLayout(grid)
        right = QWidget()
        form = QVBoxLayout(right)
        form.setContentsMargins(0, 0, 0, 0)
        heading_caption = QLabel(self.tr("&Heading:"))
        heading_caption.setBuddy(self.heading)
        body_caption = QLabel(self.tr("&Text:"))
        body_caption.setBuddy(self.body)
        form.addWidget(heading_caption)
        form.addWidget(self.heading)
        form.addWidget(self.heading_error)
        form.addWidget(body_caption)
        form.addWidget(self.body, 1)
        form.addLayout(self.below_body)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 5)
        splitter.setSizes([300, 700])
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.setTabOrder(self.list, self.add_button)
        self.setTabOrder(self.add_button, self.remove_button)
        self.setTabOrder(self.remove_button, self.up_button)
        self.setTabOrder(self.up_button, self.down_button)
        self.setTabOrder(self.down_button, self.heading)
        self.setTabOrder(self.heading, self.body)

    # -- the sections
    def set_sections(self, sections: list[tuple[str, str]], editable: bool) -> None:
        """Show `sections` (heading, text) in order; without `editable`, read only."""
        self._sections = [{"heading": h, "body": b} for h, b in sections]
        self._editable = editable
        self.heading.setReadOnly(not editable)
        self.body.setReadOnly(not editable)
        self.add_button.setEnabled(editable)
        self.heading_error.hide()
        self._refill(0)

    def sections(self) -> list[dict[str, str]]:
        """What set_sections expects: each section's heading and text, in order."""
        return [dict(section) for section in self._sections]

    def current(self) -> int:
        return self.list.currentRow()

    def _refill(self, select: int) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for number, section in enumerate(self._sections, start=1):
            self.list.addItem(self._item_text(number, section["heading"]))
        self.list.blockSignals(False)
        if self._sections:
            self.list.setCurrentRow(max(0, min(select, len(self._sections) - 1)))
        else:
            self._show_section(-1)

    @staticmethod
    def _item_text(number: int, heading: str) -> str:
        return f"{number}. {heading}" if heading.strip() else f"{number}. …"

    def _show_section(self, row: int) -> None:
        has = 0 <= row < len(self._sections)
        section = self._sections[row] if has else {"heading": "", "body": ""}
        for edit in (self.heading, self.body):
            edit.blockSignals(True)
        self.heading.setText(section["heading"])
        self.body.setPlainText(section["body"])
        for edit in (self.heading, self.body):
            edit.blockSignals(False)
        self.heading.setEnabled(has)
        self.body.setEnabled(has)
        self.heading_error.hide()
        self.remove_button.setEnabled(self._editable and has)
        self.up_button.setEnabled(self._editable and has and row > 0)
        self.down_button.setEnabled(self._editable and has and row < len(self._sections) - 1)
        self.shown.emit(row if has else -1)

    def _heading_edited(self, text: str) -> None:
        row = self.current()
        if 0 <= row < len(self._sections):
            self._sections[row]["heading"] = text
            self.list.item(row).setText(self._item_text(row + 1, text))
            self.heading_error.hide()
            self.edited.emit()

    def _body_edited(self) -> None:
        row = self.current()
        if 0 <= row < len(self._sections) and self._editable:
            self._sections[row]["body"] = self.body.toPlainText()
            self.edited.emit()

    def add_section(self) -> None:
        """A new empty section after the selected one, ready for its heading."""
        if not self._editable:
            return
        at = self.current() + 1 if self._sections else 0
        self._sections.insert(at, {"heading": "", "body": ""})
        self._refill(at)
        self.heading.setFocus()
        self.edited.emit()

    def remove(self) -> None:
        row = self.current()
        if self._editable and 0 <= row < len(self._sections):
            del self._sections[row]
            self._refill(row)
            self.edited.emit()

    def move_section(self, step: int) -> None:  # not move(): that is QWidget.move
        row = self.current()
        target = row + step
        if self._editable and 0 <= row < len(self._sections) and 0 <= target < len(self._sections):
            sections = self._sections
            sections[row], sections[target] = sections[target], sections[row]
            self._refill(target)
            self.list.setFocus()
            self.edited.emit()

    def show_error(self, field: str, problem: ValidationError) -> bool:
        """Show a service's message for "sections[N].heading" beside that heading."""
        if not field.startswith("sections["):
            return False
        try:
            number = int(field[len("sections[") : field.index("]")])
        except ValueError:
            return False
        self.list.setCurrentRow(number - 1)
        self.heading_error.setText(error_text(problem))
        self.heading_error.show()
        self.heading.setFocus()
        return True
