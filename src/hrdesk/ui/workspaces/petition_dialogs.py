"""The petition form: intake of a new petition (what was received, how it is classified,
who filed it) or a change of its details. A bad value shows its message beside the field,
a bad person under the people table; nothing is saved until every value is right."""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import pairwise
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from hrdesk.domain.errors import HRDeskError, ValidationError
from hrdesk.domain.vocab import PetitionKind
from hrdesk.services.fields import Field
from hrdesk.services.petitions import PETITIONER_FIELDS
from hrdesk.ui.discard import AsksBeforeDiscarding
from hrdesk.ui.messages import error_text, window_lang
from hrdesk.ui.read_mode import ReadMode
from hrdesk.ui.record_form import ERROR_STYLE, FieldEditor
from hrdesk.ui.store_save import SavesInStore
from hrdesk.ui.workspaces.petition_people import PeopleTable

# The service names a petitioner's problem by their row: "petitioners[2].full_name".
_PERSON = re.compile(r"petitioners\[(\d+)\]\.(\w+)")

# Where each field goes: receipt and classification on the left, the matter on the right,
# the summary across the whole width.
LEFT = ("received_on", "reference", "channel", "kind", "complaint_round")
FLAGS = ("complex", "especially_complex", "remote_area")
RIGHT = ("field", "handling_agency", "prior_agency", "people_count")
WIDE = ("summary",)

# The people part of the dialog: editable, present but locked (a denouncer not opened on
# purpose), or left out (the officer's role does not allow it).
PEOPLE_EDIT, PEOPLE_LOCKED, PEOPLE_NONE = "edit", "locked", "none"

Save = Callable[[dict[str, Any], list[dict[str, Any]] | None], Any]


class PetitionDialog(SavesInStore, AsksBeforeDiscarding, QDialog):
    """Save (Ctrl+S or Enter) calls `save(values, people)`; people is None when the dialog
    has no people table. Esc cancels."""

    def __init__(
        self,
        title: str,
        fields: dict[str, Field],
        save: Save,
        *,
        lang: str = "vi",
        values: dict[str, Any] | None = None,
        options: dict[str, list[tuple[str, str]]] | None = None,
        people: list[dict[str, Any]] | None = None,
        people_mode: str = PEOPLE_EDIT,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("petition_dialog")
        self.setWindowTitle(title)
        self.save_fn = save
        self.result_value: Any = None
        self.read_mode: ReadMode | None = None
        self.editors: dict[str, FieldEditor] = {}
        for name, field in fields.items():
            editor = FieldEditor(field, lang, (options or {}).get(name))
            if field.kind == "bool":
                assert isinstance(editor.widget, QCheckBox)
                editor.widget.setText(field.label(lang))
            self.editors[name] = editor
            if values and name in values:
                editor.set(values[name])
        self.general_error = QLabel()
        self.general_error.setObjectName("general_error")
        self.general_error.setStyleSheet(ERROR_STYLE)
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        outer = QVBoxLayout(self)
        outer.addWidget(self.general_error)
        # Everything but the buttons scrolls: on a 600-pixel screen the form is taller
        # than the dialog may be, and Save must stay in sight.
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        columns = QHBoxLayout()
        columns.addLayout(self._form(LEFT, lang, flags=True), 1)
        columns.addSpacing(12)
        columns.addLayout(self._form(RIGHT, lang), 1)
        layout.addLayout(columns)
        layout.addLayout(self._form(WIDE, lang))
        summary = self.editors.get("summary")
        if summary is not None:
            # A few lines are enough; the people table gets the rest of the height.
            summary.widget.setMaximumHeight(110)
        self.people: PeopleTable | None = None
        self.people_note: QLabel | None = None
        if people_mode != PEOPLE_NONE:
            layout.addWidget(self._people_box(lang, people or [], people_mode), 1)
        # Not `self.scroll`: that is QWidget.scroll(dx, dy).
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll_area.setWidget(body)
        outer.addWidget(self.scroll_area, 1)
        layout = outer
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.buttons = buttons
        QShortcut(QKeySequence.StandardKey.Save, self).activated.connect(self.submit)
        self._wire_classification()
        self._tab_order()
        self.resize(860, 640 if self.people is not None else 460)
        self.remember()

    def snapshot(self) -> tuple[dict[str, Any], list[dict[str, Any]]]:
        return self.values(), self.people.rows() if self.people is not None else []

    def open_to_read(self) -> None:
        """Show the petition without letting it change until Edit is chosen."""
        widgets: list[QWidget] = [e.widget for e in self.editors.values()]
        if self.people is not None:
            widgets += [self.people.table, self.people.add_button, self.people.remove_button]
        self.read_mode = ReadMode(self.buttons, widgets)

    # -- layout
    def _form(self, names: tuple[str, ...], lang: str, flags: bool = False) -> QFormLayout:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for name in names:
            editor = self.editors.get(name)
            if editor is not None:
                label = editor.field.label(lang) + (" *" if editor.field.required else "")
                form.addRow(label, self._with_error(editor.widget, editor.error))
        shown = [self.editors[n] for n in FLAGS if n in self.editors] if flags else []
        if shown:
            row = QHBoxLayout()
            row.setContentsMargins(0, 0, 0, 0)
            for editor in shown:
                row.addWidget(editor.widget)
            row.addStretch(1)
            holder = QWidget()
            column = QVBoxLayout(holder)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(2)
            column.addLayout(row)
            for editor in shown:
                column.addWidget(editor.error)
            form.addRow("", holder)
        return form

    @staticmethod
    def _with_error(widget: QWidget, error: QLabel) -> QWidget:
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        column.addWidget(error)
        return holder

    def _people_box(self, lang: str, people: list[dict[str, Any]], mode: str) -> QGroupBox:
        box = QGroupBox(self.tr("People who filed it"))
        column = QVBoxLayout(box)
        if mode == PEOPLE_LOCKED:
            self.people_note = QLabel(
                self.tr(
                    "The denouncer's identity is confidential. To change it, use "
                    "“Show identity” on the case first."
                )
            )
            self.people_note.setWordWrap(True)
            column.addWidget(self.people_note)
            return box
        self.people = PeopleTable(lang)
        self.people.set_people(people)
        if not people:
            self.people.add_row()
        self.people.table.itemChanged.connect(self._count_people)
        column.addWidget(self.people)
        return box

    def _tab_order(self) -> None:
        chain: list[QWidget] = [
            self.editors[name].widget
            for name in (*LEFT, *FLAGS, *RIGHT, *WIDE)
            if name in self.editors
        ]
        if self.people is not None:
            chain += [self.people.table, self.people.add_button, self.people.remove_button]
        chain += list(self.buttons.buttons())
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)
        if chain:
            chain[0].setFocus(Qt.FocusReason.OtherFocusReason)

    # -- classification rules the officer sees at once
    def _wire_classification(self) -> None:
        kind = self.editors.get("kind")
        if kind is not None and "complaint_round" in self.editors:
            assert isinstance(kind.widget, QComboBox)
            kind.widget.currentIndexChanged.connect(self._kind_changed)
            self._kind_changed()
        special = self.editors.get("especially_complex")
        plain = self.editors.get("complex")
        if special is not None and plain is not None:
            assert isinstance(special.widget, QCheckBox) and isinstance(plain.widget, QCheckBox)
            complex_box = plain.widget

            def especially_complex(on: bool) -> None:
                # An especially complex case is complex too (the service would set it anyway).
                if on:
                    complex_box.setChecked(True)

            special.widget.toggled.connect(especially_complex)

    def _kind_changed(self) -> None:
        kind = self.editors["kind"].get()
        rounds = self.editors["complaint_round"].widget
        assert isinstance(rounds, QSpinBox)
        # Only a complaint has a second round (Law on Complaints, Art. 33).
        complaint = kind == PetitionKind.COMPLAINT
        if not complaint:
            rounds.setValue(1)
        rounds.setEnabled(complaint)

    def _count_people(self) -> None:
        """Keep "Number of people" at least the number of people named."""
        counter = self.editors.get("people_count")
        if counter is None or self.people is None:
            return
        named = sum(
            1
            for row in range(self.people.table.rowCount())
            if (item := self.people.table.item(row, 0)) is not None and item.text().strip()
        )
        spin = counter.widget
        assert isinstance(spin, QSpinBox)
        if named > spin.value():
            spin.setValue(named)

    # -- saving
    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Ctrl+S even before a window manager makes the dialog the active window.
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
        people = None
        if self.people is not None:
            people = self.people.people()
            if people is None:
                return
        try:
            outcome = self.save_fn(self.values(), people)
        except HRDeskError as exc:  # refused before any store work
            self.refused(exc)
            return
        self.finish_save(outcome, self.refused)

    def refused(self, exc: HRDeskError) -> None:
        if isinstance(exc, ValidationError):
            self.show_error(exc)
        else:
            self.general_error.setText(error_text(exc))
            self.general_error.show()

    def show_error(self, exc: ValidationError) -> None:
        """Every problem at once: beside its field, under the people table, or above the
        form; the first field with a problem gets the focus."""
        lang = window_lang()
        elsewhere: list[str] = []
        focused = False
        for problem in exc.problems:
            editor = self.editors.get(problem.field)
            if editor is not None:
                editor.show_error(problem.text(lang))
                if not focused:
                    editor.widget.setFocus(Qt.FocusReason.OtherFocusReason)
                    focused = True
            elif self.people is not None and (
                problem.field.startswith("petitioner") or problem.field in PETITIONER_FIELDS
            ):
                row = _PERSON.fullmatch(problem.field)
                if row and row[2] in PETITIONER_FIELDS:
                    self.people.show_error(problem.text(lang), row=int(row[1]) - 1, name=row[2])
                else:
                    self.people.show_error(problem.text(lang))
            else:
                elsewhere.append(problem.text(lang))
        if elsewhere:
            self.general_error.setText("\n".join(elsewhere))
            self.general_error.show()
