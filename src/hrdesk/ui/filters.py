"""The filter bar over a list: search as you type (no diacritics needed), and the filters
that fit the record: status, kind, agency, a date range, overdue, archived."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from hrdesk.domain.errors import ValidationError
from hrdesk.domain.formatting import parse_date
from hrdesk.services import listing
from hrdesk.services.list_specs import ListSpec
from hrdesk.ui.flow_layout import FlowLayout

SEARCH_DELAY_MS = 250


class FilterBar(QWidget):
    changed = Signal()

    def __init__(
        self,
        spec: ListSpec,
        lang: str,
        agencies: Callable[[], list[tuple[str, str]]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.spec = spec
        # Search alone on the first line (it is what officers use most), the filters
        # below, onto more lines when the list is narrow (a 1024-pixel screen).
        rows = QVBoxLayout(self)
        rows.setContentsMargins(0, 0, 0, 0)
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Search (accents optional)…"))
        self.search.setClearButtonEnabled(True)
        rows.addWidget(self.search)
        layout = FlowLayout()
        rows.addLayout(layout)
        self.row = layout  # a workspace may add a filter of its own
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.changed)
        self.search.textChanged.connect(lambda _text: self._timer.start())
        self.status = (
            self._combo(self.tr("All statuses"), spec.statuses, lang) if spec.statuses else None
        )
        self.subkind = (
            self._combo(self.tr("All kinds"), spec.subkinds, lang) if spec.subkinds else None
        )
        self.agency = None
        if spec.agency_column is not None:
            self.agency = QComboBox()
            self.agency.setObjectName("filter_agency")
            self.agency.addItem(self.tr("All agencies"), None)
            for uid, name in agencies():
                self.agency.addItem(name, uid)
            self.agency.currentIndexChanged.connect(self.changed)
        for combo in (self.status, self.subkind, self.agency):
            if combo is not None:
                # A long agency's name must not widen the list beyond a small screen.
                combo.setSizeAdjustPolicy(
                    QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
                )
                combo.setMinimumContentsLength(14)
                layout.addWidget(combo)
        self.date_from = self.date_to = None
        if spec.date_column is not None:
            self.date_from = self._date(self.tr("from dd/mm/yyyy"))
            self.date_to = self._date(self.tr("to dd/mm/yyyy"))
            dates = QWidget()  # the two ends of the range stay on one line
            pair = QHBoxLayout(dates)
            pair.setContentsMargins(0, 0, 0, 0)
            pair.addWidget(self.date_from)
            pair.addWidget(self.date_to)
            layout.addWidget(dates)
        self.overdue = None
        if spec.overdue is not None:
            self.overdue = QCheckBox(self.tr("Overdue"))
            self.overdue.setObjectName("filter_overdue")
            self.overdue.toggled.connect(self.changed)
            layout.addWidget(self.overdue)
        self.archived = QCheckBox(self.tr("Archived too"))
        self.archived.toggled.connect(self.changed)
        layout.addWidget(self.archived)
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.focus_search)

    def _combo(self, everything: str, choices: object, lang: str) -> QComboBox:
        combo = QComboBox()
        combo.addItem(everything, None)
        for choice in choices:  # type: ignore[attr-defined]
            combo.addItem(choice.label(lang), choice.value)
        combo.currentIndexChanged.connect(self.changed)
        return combo

    def _date(self, placeholder: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setPlaceholderText(placeholder)
        # Wide enough for "dd/mm/yyyy" and the Vietnamese placeholder, squeezed or not.
        edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance("00/00/0000") + 24)
        edit.setMaximumWidth(130)
        edit.editingFinished.connect(self.changed)
        return edit

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    @staticmethod
    def _day(edit: QLineEdit | None) -> date | None:
        if edit is None or not edit.text().strip():
            return None
        try:
            day = parse_date(edit.text(), "date")
        except ValidationError:
            edit.setStyleSheet("border: 1px solid #b3261e;")
            return None
        edit.setStyleSheet("")
        return day

    def value(self) -> listing.ListFilter:
        return listing.ListFilter(
            search=self.search.text().strip() or None,
            status=self.status.currentData() if self.status else None,
            subkind=self.subkind.currentData() if self.subkind else None,
            overdue=bool(self.overdue and self.overdue.isChecked()),
            agency=self.agency.currentData() if self.agency else None,
            date_from=self._day(self.date_from),
            date_to=self._day(self.date_to),
            archived=self.archived.isChecked(),
        )

    def set_overdue(self, on: bool) -> None:
        if self.overdue is not None:
            self.overdue.setChecked(on)
