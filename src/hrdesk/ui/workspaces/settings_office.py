"""The office's identity (province, name, parent body, document symbol, place name,
address…): what every minute, report and package prints in its heading."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hrdesk.domain.access import Permission
from hrdesk.domain.errors import HRDeskError, ValidationError
from hrdesk.domain.provinces import PROVINCES
from hrdesk.domain.text import collation_key
from hrdesk.services import office
from hrdesk.ui.context import UiContext
from hrdesk.ui.errors import ERROR_STYLE
from hrdesk.ui.messages import LabelShows, error_text, show_problems
from hrdesk.ui.record_form import ERROR_STYLE as FIELD_ERROR_STYLE
from hrdesk.ui.record_form import FieldEditor
from hrdesk.ui.store_thread import StoreOp


class OfficeTab(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("settings_office")
        self.admin = ctx.can(Permission.MANAGE_SETTINGS)
        self.province = QComboBox()
        self.province.setObjectName("field_province")
        self.province.addItems(sorted(PROVINCES, key=collation_key))
        self.editors: dict[str, FieldEditor] = {}
        self.province_error = QLabel()
        self.province_error.setStyleSheet(FIELD_ERROR_STYLE)
        self.province_error.hide()
        body = QWidget()
        form = QFormLayout(body)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for name, field in office.FIELDS.items():
            label = field.label(ctx.lang) + (" *" if field.required else "")
            widget: QWidget
            if name == "province":
                widget, error = self.province, self.province_error
            else:
                editor = FieldEditor(field, ctx.lang, None)
                self.editors[name] = editor
                widget, error = editor.widget, editor.error
            widget.setEnabled(self.admin)
            column = QVBoxLayout()
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(2)
            column.addWidget(widget)
            column.addWidget(error)
            holder = QWidget()
            holder.setLayout(column)
            holder.setMaximumWidth(720)
            form.addRow(label, holder)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("save_office")
        self.save_button.setEnabled(self.admin)
        self.save_button.clicked.connect(self.save)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.message)
        buttons.addStretch(1)
        note = QLabel(
            self.tr(
                "Minutes, reports and packages print these in their heading. The name "
                "shown in the status bar changes when HR Desk is next started."
            )
        )
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(body)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.load()

    def load(self, then: Callable[[], object] | None = None) -> None:
        """Fill the form from the store; `then` once it is filled."""
        StoreOp(
            self.ctx,
            lambda s: (
                {name: getattr(o, name) for name in office.FIELDS}
                if (o := office.get_office(s))
                else {}
            ),
            parent=self,
        ).success(lambda values: self._show(values, then)).run()

    def _show(self, values: dict[str, Any], then: Callable[[], object] | None) -> None:
        province = values.get("province")
        if province and self.province.findText(province) < 0:
            self.province.addItem(province)  # a name from before the 2025 merger
        if province:
            self.province.setCurrentText(province)
        for name, editor in self.editors.items():
            editor.set(values.get(name))
        if then is not None:
            then()

    def values(self) -> dict[str, Any]:
        values = {name: editor.get() for name, editor in self.editors.items()}
        values["province"] = self.province.currentText()
        return values

    def save(self) -> None:
        for editor in self.editors.values():
            editor.clear_error()
        self.province_error.hide()
        self.message.hide()
        values = self.values()
        StoreOp(
            self.ctx, lambda s: office.setup_office(s, **values), changes="settings", parent=self
        ).success(lambda _r: self.load(then=lambda: self._say(self.tr("Saved.")))).failure(
            self._refused
        ).run()

    def _refused(self, exc: BaseException) -> None:
        if isinstance(exc, ValidationError):
            show_problems(
                exc,
                {**self.editors, "province": LabelShows(self.province_error)},
                lambda text: self._say(text, error=True),
            )
        elif isinstance(exc, HRDeskError):  # PermissionDenied for anyone but an administrator
            self._say(error_text(exc), error=True)
        else:
            self.ctx.report_error(exc)

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else "color: #1b5e20;")
        self.message.setText(text)
        self.message.show()
