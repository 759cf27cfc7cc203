"""A form opened to read: its fields shown but not editable, and an Edit button (Ctrl+E)
one action away that makes them editable and brings Save back. Double-clicking a record
opens it this way, so a stray click never changes a record."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QDialogButtonBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)


class ReadMode:
    def __init__(self, buttons: QDialogButtonBox, widgets: list[QWidget]) -> None:
        self.widgets = widgets
        self.buttons = buttons
        self.editing = False
        self.edit_button = buttons.addButton(
            QCoreApplication.translate("ReadMode", "&Edit"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.edit_button.setObjectName("edit_button")
        self.edit_button.setShortcut(QKeySequence("Ctrl+E"))
        self.edit_button.clicked.connect(self.edit)
        self._triggers = {
            id(w): w.editTriggers() for w in widgets if isinstance(w, QAbstractItemView)
        }
        self._set_editable(False)
        self.edit_button.setDefault(True)
        self.edit_button.setFocus()

    def edit(self) -> None:
        """Make the form editable, as if it had been opened with Edit."""
        self.editing = True
        self._set_editable(True)
        self.edit_button.hide()
        if self.widgets:
            self.widgets[0].setFocus()

    def _set_editable(self, on: bool) -> None:
        for widget in self.widgets:
            if isinstance(widget, (QLineEdit, QPlainTextEdit, QAbstractSpinBox)):
                widget.setReadOnly(not on)
            elif isinstance(widget, QAbstractItemView):
                trigger = self._triggers[id(widget)]
                widget.setEditTriggers(
                    trigger if on else QAbstractItemView.EditTrigger.NoEditTriggers
                )
            else:
                widget.setEnabled(on)
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        if save is not None:
            save.setVisible(on)
