"""The agenda of a meeting: items in order, each with its title and what was discussed."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from hrdesk.services import meetings
from hrdesk.ui.context import UiContext
from hrdesk.ui.store_thread import StoreOp
from hrdesk.ui.workspaces.meeting_common import EditorDialog

TITLE_LINES = 3
NOTE_STYLE = "color: #8a5a00;"


class AgendaDialog(EditorDialog):
    """The list of items on the left (add, remove, move up or down); the chosen item's
    title and discussion on the right, edited in place."""

    def __init__(
        self, ctx: UiContext, meeting_uid: str, data: Any, parent: QWidget | None = None
    ) -> None:
        """`data`: what the editors read model gives for the record, read before."""
        super().__init__(self.tr("Agenda"), parent)
        self.setObjectName("agenda_dialog")
        self.ctx = ctx
        self.meeting_uid = meeting_uid
        self.entries, tied = data
        self._showing = -1

        self.list = QListWidget()
        self.list.setObjectName("agenda_list")
        self.list.setWordWrap(True)
        self.list.currentRowChanged.connect(self._show)
        self.add_button = QPushButton(self.tr("Add item"))
        self.add_button.clicked.connect(lambda: self.add_item())
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self.remove_item)
        self.up_button = QPushButton(self.tr("Move up"))
        self.up_button.clicked.connect(lambda: self.move_item(-1))
        self.down_button = QPushButton(self.tr("Move down"))
        self.down_button.clicked.connect(lambda: self.move_item(1))
        moves = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            moves.addWidget(button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.list, 1)
        left_layout.addLayout(moves)

        self.title = QPlainTextEdit()
        self.title.setObjectName("agenda_title")
        self.title.setTabChangesFocus(True)
        lines = self.title.fontMetrics().lineSpacing()
        self.title.setFixedHeight(lines * TITLE_LINES + 12)
        self.title.textChanged.connect(self._edited)
        self.discussion = QPlainTextEdit()
        self.discussion.setObjectName("agenda_discussion")
        self.discussion.setTabChangesFocus(True)
        self.discussion.textChanged.connect(self._edited)
        right = QWidget()
        form = QFormLayout(right)
        form.setContentsMargins(0, 0, 0, 0)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.addRow(self.tr("Item *"), self.title)
        form.addRow(self.tr("Discussion"), self.discussion)
        self.empty = QLabel(self.tr("The agenda is empty. Add its first item."))

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        self.body.addWidget(splitter, 1)
        self.body.addWidget(self.empty)
        if tied:
            # Items keep their identity (uid) through the editor, so only removing an item
            # unties the conclusions drawn under it.
            note = QLabel(
                self.tr(
                    "Removing an item unties the conclusions recorded under it.",
                )
            )
            note.setObjectName("agenda_note")
            note.setWordWrap(True)
            note.setStyleSheet(NOTE_STYLE)
            self.body.addWidget(note)
        self.setTabOrder(self.list, self.add_button)
        self.setTabOrder(self.down_button, self.title)
        self.setTabOrder(self.title, self.discussion)

        self._fill(0)
        self.fit_to_screen(900, 560)
        self.remember()

    def snapshot(self) -> list[tuple[str, str]]:
        return [(entry["title"], entry["discussion"]) for entry in self.entries]

    # -- showing
    def _label(self, number: int) -> str:
        title = " ".join(self.entries[number]["title"].split()) or self.tr("(no title yet)")
        return f"{number + 1}. {title}"

    def _fill(self, current: int) -> None:
        self._showing = -1
        self.list.blockSignals(True)
        self.list.clear()
        for number in range(len(self.entries)):
            self.list.addItem(self._label(number))
        self.list.blockSignals(False)
        has_items = bool(self.entries)
        for widget in (self.title, self.discussion, self.remove_button):
            widget.setEnabled(has_items)
        self.empty.setVisible(not has_items)
        if has_items:
            self.list.setCurrentRow(max(0, min(current, len(self.entries) - 1)))
        else:
            self._show(-1)

    def _show(self, number: int) -> None:
        self._showing = -1  # the texts set below are not edits
        entry = self.entries[number] if 0 <= number < len(self.entries) else None
        self.title.setPlainText(entry["title"] if entry else "")
        self.discussion.setPlainText(entry["discussion"] if entry else "")
        self._showing = number
        self.up_button.setEnabled(number > 0)
        self.down_button.setEnabled(0 <= number < len(self.entries) - 1)

    def _edited(self) -> None:
        number = self._showing
        if not 0 <= number < len(self.entries):
            return
        # Keep the item's uid: it is what keeps the conclusions tied to a retitled item.
        self.entries[number] = {
            **self.entries[number],
            "title": self.title.toPlainText(),
            "discussion": self.discussion.toPlainText(),
        }
        item = self.list.item(number)
        if item is not None:
            item.setText(self._label(number))

    # -- buttons
    def add_item(self, title: str = "", discussion: str = "") -> int:
        """A new item after the chosen one (at the end when none is chosen)."""
        at = self.list.currentRow() + 1 if self.list.currentRow() >= 0 else len(self.entries)
        self.entries.insert(at, {"title": title, "discussion": discussion})
        self._fill(at)
        self.title.setFocus()
        return at

    def remove_item(self) -> None:
        number = self.list.currentRow()
        if 0 <= number < len(self.entries):
            del self.entries[number]
            self._fill(number)

    def move_item(self, step: int) -> None:
        number = self.list.currentRow()
        other = number + step
        if 0 <= number < len(self.entries) and 0 <= other < len(self.entries):
            self.entries[number], self.entries[other] = self.entries[other], self.entries[number]
            self._fill(other)

    # -- saving
    def save(self) -> Any:
        items = [dict(entry) for entry in self.entries]
        return StoreOp(
            self.ctx,
            lambda s: len(meetings.set_agenda(s, self.meeting_uid, items)),
            changes="meetings",
        )

    def show_row_error(self, row: int, field: str, text: str) -> None:
        if 0 <= row < len(self.entries):
            self.list.setCurrentRow(row)
            self.title.setFocus()
        if field == "title":
            self.show_error(self.tr("Item %1 needs a title.").replace("%1", str(row + 1)))
        else:
            super().show_row_error(row, field, text)
