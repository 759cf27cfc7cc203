"""The filter bar over a list: search as you type (no diacritics needed), and the filters
that fit the record: status, kind, agency, a date range, overdue or due soon, archived.
It says `changed` when the officer changes a filter; `value()` is the list's filter."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QSignalBlocker, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hrdesk.domain.errors import ValidationError
from hrdesk.domain.formatting import format_date, parse_date
from hrdesk.domain.vocab import Choice
from hrdesk.services import listing
from hrdesk.services.list_specs import ListSpec
from hrdesk.ui.flow_layout import FlowLayout
from hrdesk.ui.messages import error_text

SEARCH_DELAY_MS = 250


class FilterBar(QWidget):
    changed = Signal()

    def __init__(
        self,
        spec: ListSpec,
        lang: str,
        parent: QWidget | None = None,
        *,
        due_soon_hint: str = "",
    ) -> None:
        """`due_soon_hint`: what "Due soon" means (the rule's days), as its tooltip. The
        agencies to filter by come later, when read (`set_agencies`)."""
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
            self.overdue.toggled.connect(self._overdue_toggled)
            layout.addWidget(self.overdue)
        self.due_soon = None  # running cases whose deadline is near (petitions)
        if spec.due_between is not None:
            self.due_soon = QCheckBox(self.tr("Due soon"))
            self.due_soon.setObjectName("filter_due_soon")
            self.due_soon.setToolTip(due_soon_hint)
            self.due_soon.toggled.connect(self._due_soon_toggled)
            layout.addWidget(self.due_soon)  # beside "Overdue"
        self.inactive = None  # members: the list shows the active ones unless asked
        if spec.active_column is not None:
            self.inactive = QCheckBox(self.tr("Inactive too"))
            self.inactive.setObjectName("filter_inactive")
            self.inactive.toggled.connect(self.changed)
            layout.addWidget(self.inactive)
        self.archived = QCheckBox(self.tr("Archived too"))
        self.archived.toggled.connect(self.changed)
        layout.addWidget(self.archived)
        # Which filter the dashboard set when it opened this list, and one button that
        # clears every filter.
        self.origin = QLabel()
        self.origin.setObjectName("filter_origin")
        self.origin.setStyleSheet("color: #1f5fa8; font-weight: bold;")
        self.origin.hide()
        self.clear_button = QPushButton(self.tr("Clear filters"))
        self.clear_button.setObjectName("clear_filters")
        self.clear_button.clicked.connect(self.clear)
        self.clear_button.hide()
        layout.addWidget(self.origin)
        layout.addWidget(self.clear_button)
        self.changed.connect(lambda: self.show_origin(""))  # the officer's own filter now
        # Why a date typed in the filters is not used (it is marked red as well).
        self.problem = QLabel()
        self.problem.setObjectName("filter_problem")
        self.problem.setStyleSheet("color: #b3261e;")
        self.problem.setWordWrap(True)
        self.problem.hide()
        rows.addWidget(self.problem)
        QShortcut(QKeySequence.StandardKey.Find, self).activated.connect(self.focus_search)

    def set_agencies(self, agencies: list[tuple[str, str]]) -> None:
        """Offer these agencies, (uid, name), keeping the one chosen if it is still there
        (a list that came back from the store, or changed since)."""
        if self.agency is None:
            return
        chosen = self.agency.currentData()
        with QSignalBlocker(self.agency):  # the same filter: the list need not read again
            while self.agency.count() > 1:
                self.agency.removeItem(1)
            for uid, name in agencies:
                self.agency.addItem(name, uid)
            self.agency.setCurrentIndex(max(self.agency.findData(chosen), 0))
        if self.agency.currentData() != chosen:
            self.changed.emit()  # the chosen agency is gone: the list shows all again

    def _combo(self, everything: str, choices: type[Choice], lang: str) -> QComboBox:
        combo = QComboBox()
        combo.addItem(everything, None)
        for choice in choices:
            combo.addItem(choice.label(lang), choice.value)
        combo.currentIndexChanged.connect(self.changed)
        return combo

    def _date(self, placeholder: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setPlaceholderText(placeholder)
        # Wide enough for a date and for the placeholder ("từ ngày/tháng/năm").
        metrics = edit.fontMetrics()
        wide = max(metrics.horizontalAdvance("00/00/0000"), metrics.horizontalAdvance(placeholder))
        edit.setMinimumWidth(wide + 16)
        edit.setMaximumWidth(wide + 40)
        edit.editingFinished.connect(self.changed)
        return edit

    def _overdue_toggled(self, on: bool) -> None:
        if on and self.due_soon is not None:
            # One list or the other: a case cannot be both overdue and due soon.
            with QSignalBlocker(self.due_soon):
                self.due_soon.setChecked(False)
        self.changed.emit()

    def _due_soon_toggled(self, on: bool) -> None:
        if on and self.overdue is not None:
            with QSignalBlocker(self.overdue):
                self.overdue.setChecked(False)
        self.changed.emit()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _day(self, edit: QLineEdit | None, problems: list[str]) -> date | None:
        if edit is None:
            return None
        edit.setStyleSheet("")
        edit.setToolTip("")
        if not edit.text().strip():
            return None
        try:
            return parse_date(edit.text(), "date")
        except ValidationError as exc:
            self._mark(edit, error_text(exc), problems)
            return None

    @staticmethod
    def _mark(edit: QLineEdit, message: str, problems: list[str]) -> None:
        edit.setStyleSheet("border: 1px solid #b3261e;")
        edit.setToolTip(message)
        problems.append(message)

    def value(self) -> listing.ListFilter:
        """The filters as typed; a date that cannot be used is left out, and the bar says
        why under the filters."""
        problems: list[str] = []
        start = self._day(self.date_from, problems)
        end = self._day(self.date_to, problems)
        if start and end and end < start and self.date_to is not None:
            message = self.tr("The end date %1 is before the start date %2.")
            message = message.replace("%1", format_date(end)).replace("%2", format_date(start))
            self._mark(self.date_to, message, problems)
            end = None
        self.problem.setText("\n".join(problems))
        self.problem.setVisible(bool(problems))
        return listing.ListFilter(
            search=self.search.text().strip() or None,
            status=self.status.currentData() if self.status else None,
            subkind=self.subkind.currentData() if self.subkind else None,
            overdue=bool(self.overdue and self.overdue.isChecked()),
            due_soon=bool(self.due_soon and self.due_soon.isChecked()),
            agency=self.agency.currentData() if self.agency else None,
            date_from=start,
            date_to=end,
            archived=self.archived.isChecked(),
            active_only=self.inactive is not None and not self.inactive.isChecked(),
        )

    def _controls(self) -> list[QWidget]:
        controls: list[QWidget | None] = [
            self.search,
            self.status,
            self.subkind,
            self.agency,
            self.date_from,
        ]
        controls += [self.date_to, self.overdue, self.due_soon, self.inactive, self.archived]
        return [c for c in controls if c is not None]

    def focus_chain(self) -> list[QWidget]:
        """The bar's controls in the order Tab reaches them."""
        return [*self._controls(), self.clear_button]

    def active(self) -> bool:
        """Whether any filter narrows the list."""
        for control in self._controls():
            if isinstance(control, QLineEdit) and control.text().strip():
                return True
            if isinstance(control, QComboBox) and control.currentIndex() > 0:
                return True
            if isinstance(control, QCheckBox) and control.isChecked():
                return True
        return False

    def clear(self) -> None:
        """Every filter back to showing the whole list, read once."""
        self.reset()

    def reset(self, overdue: bool = False, due_soon: bool = False) -> None:
        """Every filter back to showing the whole list but for overdue or due soon (a
        dashboard card's list), read once."""
        for control in self._controls():
            control.blockSignals(True)
            if isinstance(control, QLineEdit):
                control.clear()
            elif isinstance(control, QComboBox):
                control.setCurrentIndex(0)
            elif isinstance(control, QCheckBox):
                control.setChecked(False)
            control.blockSignals(False)
        for box, on in ((self.overdue, overdue), (self.due_soon, due_soon and not overdue)):
            if box is not None:
                with QSignalBlocker(box):
                    box.setChecked(on)
        self._timer.stop()
        self.changed.emit()

    def show_origin(self, text: str) -> None:
        """Say which filter opened this list (a dashboard card), or nothing."""
        self.origin.setText(text)
        self.origin.setVisible(bool(text))
        self.clear_button.setVisible(self.active())
