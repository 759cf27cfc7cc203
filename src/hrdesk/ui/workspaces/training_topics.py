"""The programme of a training: topics in order, each with its presenter."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from hrdesk.services import trainings
from hrdesk.ui.context import UiContext
from hrdesk.ui.store_thread import StoreOp
from hrdesk.ui.table_cell import cell
from hrdesk.ui.workspaces.meeting_common import EditorDialog

TOPIC, PRESENTER = range(2)


class TopicsDialog(EditorDialog):
    def __init__(
        self, ctx: UiContext, training_uid: str, data: Any, parent: QWidget | None = None
    ) -> None:
        """`data`: what the editors read model gives for the record, read before."""
        super().__init__(self.tr("Topics and presenters"), parent)
        self.setObjectName("topics_dialog")
        self.ctx = ctx
        self.training_uid = training_uid
        self.table = QTableWidget(0, 2)
        self.table.setObjectName("topics_table")
        self.table.setHorizontalHeaderLabels([self.tr("Topic"), self.tr("Presenter")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # Tab leaves the table (sane tab order); while typing in a cell it goes to the next.
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(TOPIC, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(PRESENTER, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(PRESENTER, 260)
        for topic in data:
            self._append(topic["title"], topic["presenter"])
        self.table.resizeRowsToContents()
        tools = QHBoxLayout()
        for text, slot in (
            (self.tr("Add topic"), lambda: self.add_topic()),
            (self.tr("Remove"), self.remove_topic),
            (self.tr("Move up"), lambda: self.move_topic(-1)),
            (self.tr("Move down"), lambda: self.move_topic(1)),
        ):
            button = QPushButton(text)
            button.clicked.connect(slot)
            tools.addWidget(button)
        tools.addStretch(1)
        self.body.addWidget(self.table, 1)
        self.body.addLayout(tools)
        self.fit_to_screen(820, 460)
        self.table.setFocus()
        self.remember()

    def _append(self, title: str, presenter: str, at: int | None = None) -> int:
        row = self.table.rowCount() if at is None else at
        self.table.insertRow(row)
        self.table.setItem(row, TOPIC, QTableWidgetItem(title))
        self.table.setItem(row, PRESENTER, QTableWidgetItem(presenter))
        return row

    def topics(self) -> list[dict[str, str]]:
        """The rows as `trainings.set_topics` takes them."""
        return [
            {
                "title": cell(self.table, row, TOPIC).text(),
                "presenter": cell(self.table, row, PRESENTER).text(),
            }
            for row in range(self.table.rowCount())
        ]

    def snapshot(self) -> list[dict[str, str]]:
        return self.topics()

    def add_topic(self, title: str = "", presenter: str = "") -> int:
        """A new row after the chosen one; with no title given, its cell opens for typing."""
        current = self.table.currentRow()
        row = self._append(title, presenter, current + 1 if current >= 0 else None)
        self.table.setCurrentCell(row, TOPIC)
        if not title:
            self.table.editItem(cell(self.table, row, TOPIC))
        return row

    def remove_topic(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)

    def move_topic(self, step: int) -> None:
        row = self.table.currentRow()
        other = row + step
        if row < 0 or not 0 <= other < self.table.rowCount():
            return
        self.commit_edits()
        for column in (TOPIC, PRESENTER):
            mine, theirs = self.table.takeItem(row, column), self.table.takeItem(other, column)
            self.table.setItem(row, column, theirs)
            self.table.setItem(other, column, mine)
        self.table.setCurrentCell(other, self.table.currentColumn())
        self.table.resizeRowsToContents()

    def save(self) -> Any:
        topics = self.topics()
        return StoreOp(
            self.ctx,
            lambda s: len(trainings.set_topics(s, self.training_uid, topics)),
            changes="trainings",
        )

    def show_row_error(self, row: int, field: str, text: str) -> None:
        if 0 <= row < self.table.rowCount():
            self.table.setCurrentCell(row, TOPIC)
            self.table.setFocus()
        if field == "title":
            self.show_error(self.tr("Topic %1 needs a title.").replace("%1", str(row + 1)))
        else:
            super().show_row_error(row, field, text)
