"""A form for any record, made from the services' field specifications: the same fields,
labels and rules as the command line and the imports. A bad value shows its message
beside the field; nothing is saved until every value is right."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from hrdesk.domain.errors import HRDeskError, ValidationError
from hrdesk.domain.formatting import format_date, format_datetime
from hrdesk.services.fields import Field
from hrdesk.ui.discard import AsksBeforeDiscarding
from hrdesk.ui.messages import error_text, show_problems
from hrdesk.ui.read_mode import ReadMode
from hrdesk.ui.store_save import SavesInStore

ERROR_STYLE = "color: #b3261e; font-size: 90%;"


def _text_of(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return format_datetime(value)
    if isinstance(value, date):
        return format_date(value)
    return str(value)


class FieldEditor:
    """One field's widget and its error label."""

    def __init__(self, field: Field, lang: str, options: list[tuple[str, str]] | None) -> None:
        self.field = field
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        self.widget = self._make(field, lang, options)
        self.widget.setObjectName(f"field_{field.name}")

    def _make(self, field: Field, lang: str, options: list[tuple[str, str]] | None) -> QWidget:
        kind = field.kind
        if kind == "multiline":
            text = QPlainTextEdit()
            text.setTabChangesFocus(True)
            text.setMinimumHeight(70)
            return text
        if kind == "bool":
            return QCheckBox()
        if kind == "int":
            box = QSpinBox()
            box.setRange(
                field.minimum if field.minimum is not None else 0,
                field.maximum if field.maximum is not None else 1_000_000,
            )
            return box
        if kind in ("choice", "agency", "member"):
            combo = QComboBox()
            # A long agency's name must not widen the form past a small screen.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(20)
            if not field.required:
                combo.addItem("", None)
            else:  # blank until chosen: a required answer is never guessed
                combo.setPlaceholderText(QCoreApplication.translate("RecordForm", "Choose…"))
            if kind == "choice" and field.choices is not None:
                for choice in field.choices:
                    combo.addItem(choice.label(lang), choice.value)
            for value, label in options or []:
                combo.addItem(label, value)
            return combo
        edit = QLineEdit()
        if field.max_length:
            edit.setMaxLength(field.max_length)
        if kind == "date":
            edit.setPlaceholderText(QCoreApplication.translate("RecordForm", "dd/mm/yyyy"))
        elif kind == "datetime":
            edit.setPlaceholderText(QCoreApplication.translate("RecordForm", "dd/mm/yyyy hh:mm"))
        return edit

    def set(self, value: Any) -> None:
        w = self.widget
        if isinstance(w, QPlainTextEdit):
            w.setPlainText(value or "")
        elif isinstance(w, QCheckBox):
            w.setChecked(bool(value))
        elif isinstance(w, QSpinBox):
            w.setValue(int(value or w.minimum()))
        elif isinstance(w, QComboBox):
            wanted = getattr(value, "uid", value)
            found = w.findData(wanted)
            w.setCurrentIndex(found if found >= 0 else (-1 if self.field.required else 0))
        elif isinstance(w, QLineEdit):
            w.setText(_text_of(value))

    def get(self) -> Any:
        w = self.widget
        if isinstance(w, QPlainTextEdit):
            return w.toPlainText()
        if isinstance(w, QCheckBox):
            return w.isChecked()
        if isinstance(w, QSpinBox):
            return w.value()
        if isinstance(w, QComboBox):
            return w.currentData()
        assert isinstance(w, QLineEdit)  # what _make gives every other kind
        return w.text()

    def show_error(self, message: str) -> None:
        """Show `message` (already in the window's language) under the field."""
        self.error.setText(message)
        self.error.show()

    def clear_error(self) -> None:
        self.error.hide()


class RecordForm(SavesInStore, AsksBeforeDiscarding, QDialog):
    """Fields in a form; Save (Ctrl+S) calls `save(values)`, which gives the saved value
    or a StoreOp (not yet run) that saves it; a ValidationError, raised or from the store,
    is shown beside its field. Esc cancels."""

    def __init__(
        self,
        title: str,
        fields: list[Field],
        save: Callable[[dict[str, Any]], Any],
        *,
        lang: str = "vi",
        values: dict[str, Any] | None = None,
        options: dict[str, list[tuple[str, str]]] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.save_fn = save
        self.result_value: Any = None
        self.editors: dict[str, FieldEditor] = {}
        layout = QVBoxLayout(self)
        self.general_error = QLabel()
        self.general_error.setStyleSheet(ERROR_STYLE)
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        layout.addWidget(self.general_error)
        body = QWidget()
        form = QFormLayout(body)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for field in fields:
            editor = FieldEditor(field, lang, (options or {}).get(field.name))
            self.editors[field.name] = editor
            label = field.label(lang) + (" *" if field.required else "")
            column = QVBoxLayout()
            column.setSpacing(2)
            column.addWidget(editor.widget)
            column.addWidget(editor.error)
            holder = QWidget()
            holder.setLayout(column)
            column.setContentsMargins(0, 0, 0, 0)
            form.addRow(label, holder)
            if values and field.name in values:
                editor.set(values[field.name])
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        layout.addWidget(scroll)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.buttons = buttons
        self.read_mode: ReadMode | None = None
        QShortcut(QKeySequence.StandardKey.Save, self).activated.connect(self.submit)
        self.resize(560, min(160 + 62 * len(fields), 680))
        if fields:
            self.editors[fields[0].name].widget.setFocus(Qt.FocusReason.OtherFocusReason)
        self.remember()

    def snapshot(self) -> dict[str, Any]:
        return self.values()

    def open_to_read(self) -> None:
        """Show the record without letting it change until Edit is chosen."""
        self.read_mode = ReadMode(self.buttons, [e.widget for e in self.editors.values()])

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # The shortcut fires only while the dialog is the active window; a window manager
        # that has not activated it yet (or the offscreen platform) still gets Ctrl+S here.
        if event.matches(QKeySequence.StandardKey.Save):
            self.submit()
            return
        super().keyPressEvent(event)

    def values(self) -> dict[str, Any]:
        return {name: editor.get() for name, editor in self.editors.items()}

    def submit(self) -> None:
        if self.read_mode is not None and not self.read_mode.editing:
            return  # opened to read: Ctrl+S saves nothing until Edit
        if self.saving:
            return  # the last Save is still on its way
        for editor in self.editors.values():
            editor.clear_error()
        self.general_error.hide()
        try:
            outcome = self.save_fn(self.values())
        except HRDeskError as exc:  # refused before any store work
            self.refused(exc)
            return
        self.finish_save(outcome, self.refused)

    def refused(self, exc: HRDeskError) -> None:
        if isinstance(exc, ValidationError):
            self.show_problems(exc)
        else:
            self._say(error_text(exc))

    def show_problems(self, exc: ValidationError) -> None:
        """Every problem at once, each under its field; the first field gets the focus."""
        shown = show_problems(exc, self.editors, self._say)
        if shown:
            self.editors[shown[0]].widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def _say(self, text: str) -> None:
        self.general_error.setText(text)
        self.general_error.show()
