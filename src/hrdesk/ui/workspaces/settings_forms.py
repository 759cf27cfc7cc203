"""Pieces the settings tabs share: a small read-only table model, and a dialog whose work
(a password to wrap, say: scrypt takes most of a second) runs on the worker thread while
the dialog waits, a bad value's message appearing beside its field."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import shiboken6
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from hrdesk.domain.errors import HRDeskError, ValidationError
from hrdesk.ui.discard import AsksBeforeDiscarding
from hrdesk.ui.errors import ERROR_STYLE
from hrdesk.ui.messages import error_text
from hrdesk.ui.worker import Runner

Index = QModelIndex | QPersistentModelIndex
OBJECT_ROLE = Qt.ItemDataRole.UserRole


class RowsModel(QAbstractTableModel):
    """A few rows (accounts, holidays) shown as text; the object behind each row under
    OBJECT_ROLE."""

    def __init__(self, headers: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.headers = list(headers)
        self.rows: list[tuple[Any, list[str]]] = []

    def set_rows(self, rows: list[tuple[Any, list[str]]]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item, texts = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return texts[index.column()]  # the tooltip: all of a text cut at the edge
        if role == OBJECT_ROLE:
            return item
        return None


def password_edit(name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


class FieldsDialog(AsksBeforeDiscarding, QDialog):
    """Fields in a form; OK runs `work(values)` on the runner. A ValidationError shows
    beside its field; any other refusal beside `password_field` if there is one (a wrong
    password), else above the buttons. `same` names two fields that must match. Closing
    it with something typed asks first."""

    def __init__(
        self,
        title: str,
        fields: list[tuple[str, str, QWidget]],
        work: Callable[[dict[str, Any]], Any],
        runner: Runner,
        *,
        intro: str = "",
        same: tuple[str, str] | None = None,
        password_field: str | None = None,
        ok_text: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self.work, self.runner = work, runner
        self.same = same
        self.password_field = password_field
        self.result_value: Any = None
        self.widgets: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        layout = QVBoxLayout(self)
        if intro:
            note = QLabel(intro)
            note.setWordWrap(True)
            layout.addWidget(note)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for name, label, widget in fields:
            widget.setObjectName(widget.objectName() or name)
            error = QLabel()
            error.setStyleSheet(ERROR_STYLE)
            error.setWordWrap(True)
            error.hide()
            column = QVBoxLayout()
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(2)
            column.addWidget(widget)
            column.addWidget(error)
            holder = QWidget()
            holder.setLayout(column)
            form.addRow(label, holder)
            self.widgets[name], self.errors[name] = widget, error
        layout.addLayout(form)
        self.general_error = QLabel()
        self.general_error.setObjectName("general_error")
        self.general_error.setStyleSheet(ERROR_STYLE)
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        layout.addWidget(self.general_error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        if ok_text:
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.remember()

    def snapshot(self) -> dict[str, Any]:
        return self.values()

    def values(self) -> dict[str, Any]:
        values: dict[str, Any] = {}
        for name, widget in self.widgets.items():
            if isinstance(widget, QComboBox):
                values[name] = widget.currentData()
            elif isinstance(widget, QLineEdit):
                values[name] = widget.text()
            elif isinstance(widget, QDateEdit):
                values[name] = widget.date().toPython()
        return values

    def submit(self) -> None:
        for error in (*self.errors.values(), self.general_error):
            error.hide()
        values = self.values()
        if self.same and values[self.same[0]] != values[self.same[1]]:
            differ = ValidationError("password", "signin.passwords_differ")
            self.show_error(self.same[1], error_text(differ))
            return
        self.buttons.setEnabled(False)
        self.runner.run(lambda _progress: self.work(values), self._done, on_error=self._failed)

    def _done(self, result: Any) -> None:
        if shiboken6.isValid(self):
            self.result_value = result
            self.buttons.setEnabled(True)
            self.accept()

    def _failed(self, exc: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self.buttons.setEnabled(True)
        if isinstance(exc, ValidationError):
            if exc.field in self.errors:
                self.show_error(exc.field, error_text(exc))
                return
            self.show_error("", error_text(exc))
        elif isinstance(exc, HRDeskError):
            # With a password to check, the other refusals are about it: wrong, or
            # too many wrong tries.
            self.show_error(self.password_field or "", error_text(exc))
        else:
            self.done(QDialog.DialogCode.Rejected)  # nothing to keep: the work failed
            self.runner.on_error(exc)

    def show_error(self, name: str, text: str) -> None:
        label = self.errors.get(name, self.general_error)
        label.setText(text)
        label.show()
        self.adjustSize()  # grow to the message: a wrapped one is otherwise cut off
        widget = self.widgets.get(name)
        if widget is not None:
            widget.setFocus()
