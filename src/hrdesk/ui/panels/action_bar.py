"""The action bar over a list: New (Ctrl+N), Edit, Archive, the record's own buttons and
History, then how many records the list holds. It follows the choice it is given: the
buttons that act on a record are live only while one is chosen (and, for those that
change it, only for an officer who may edit records)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from hrdesk.ui.flow_layout import FlowLayout


class ActionBar(QWidget):
    new_clicked = Signal()
    edit_clicked = Signal()
    archive_clicked = Signal()
    history_clicked = Signal()

    def __init__(
        self,
        may_edit: Callable[[], bool],
        record_buttons: Sequence[QPushButton] = (),
        parent: QWidget | None = None,
    ) -> None:
        """`may_edit` says whether the officer may change records; `record_buttons` act
        on the chosen record and change it (a progress note, an appointment)."""
        super().__init__(parent)
        self._may_edit = may_edit
        # The words keep the list workspace's translation context, where they always were.
        self.new_button = QPushButton(QCoreApplication.translate("ListWorkspace", "New"))
        self.new_button.setToolTip("Ctrl+N")
        self.new_button.clicked.connect(self.new_clicked)
        self.edit_button = QPushButton(QCoreApplication.translate("ListWorkspace", "Edit"))
        self.edit_button.clicked.connect(self.edit_clicked)
        self.archive_button = QPushButton(QCoreApplication.translate("ListWorkspace", "Archive"))
        self.archive_button.clicked.connect(self.archive_clicked)
        self.history_button = QPushButton(QCoreApplication.translate("ListWorkspace", "History"))
        self.history_button.clicked.connect(self.history_clicked)
        self.record_buttons = list(record_buttons)
        self.count_label = QLabel()
        layout = FlowLayout(self)  # onto a second line rather than squeezing the details
        for widget in (*self.buttons(), self.count_label):
            layout.addWidget(widget)
        self.new_button.setEnabled(may_edit())
        QShortcut(QKeySequence.StandardKey.New, self).activated.connect(self.new_clicked)
        self.follow(None)

    def buttons(self) -> list[QPushButton]:
        """The buttons in the order they stand (and Tab reaches them)."""
        return [
            self.new_button,
            self.edit_button,
            self.archive_button,
            *self.record_buttons,
            self.history_button,
        ]

    def follow(self, uid: str | None) -> None:
        """Enable what acts on a record as far as `uid` (the chosen one, or None) allows."""
        for button in (self.edit_button, self.archive_button, *self.record_buttons):
            button.setEnabled(uid is not None and self._may_edit())
        self.history_button.setEnabled(uid is not None)

    def show_count(self, count: int) -> None:
        self.count_label.setText(
            QCoreApplication.translate("ListWorkspace", "%n record(s)", "", count)
        )
        self.count_label.setMinimumWidth(self.count_label.sizeHint().width())
