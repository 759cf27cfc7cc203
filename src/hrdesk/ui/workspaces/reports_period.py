"""Choosing the reporting period: a quarter, a half year or a year of a year, or a range
of dates typed as dd/mm/yyyy. Opens on the last complete quarter, the usual report."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from hrdesk.domain.errors import ValidationError
from hrdesk.domain.formatting import format_date, parse_date
from hrdesk.domain.periods import Period
from hrdesk.ui.errors import ERROR_STYLE
from hrdesk.ui.messages import error_text

QUARTER, HALF, YEAR, RANGE = "quarter", "half", "year", "range"
_ROMAN = ("I", "II", "III", "IV")


def last_complete_quarter(today: date) -> Period:
    """The quarter before the one `today` is in (Q4 of last year in January–March)."""
    current = (today.month - 1) // 3 + 1
    if current == 1:
        return Period.quarter(today.year - 1, 4)
    return Period.quarter(today.year, current - 1)


def period_name(period: Period) -> str:
    """The period as the window says it: "Quarter III/2026" ("Quý III/2026", as the
    dashboard writes it too), "01/05/2026 – 31/05/2026"."""

    # Literal strings in each call: lupdate finds only those.
    translate = QCoreApplication.translate
    year = str(period.start.year)
    if period.kind == QUARTER:
        roman = _ROMAN[(period.start.month - 1) // 3]
        text = translate("ReportsPeriod", "Quarter %1/%2")
        return text.replace("%1", roman).replace("%2", year)
    if period.kind == HALF:
        if period.start.month == 1:
            text = translate("ReportsPeriod", "First half of %1")
        else:
            text = translate("ReportsPeriod", "Second half of %1")
        return text.replace("%1", year)
    if period.kind == YEAR:
        return translate("ReportsPeriod", "Year %1").replace("%1", year)
    return f"{format_date(period.start)} – {format_date(period.end)}"


def label_name(label: str) -> str:
    """`period_name` of a stored period label ("2026-Q3"), or the label if it is not one."""
    from hrdesk.domain.periods import parse_period

    try:
        return period_name(parse_period(label))
    except ValidationError:
        return label


class PeriodChooser(QWidget):
    """Kind, year and quarter/half, or From–To dates; `changed` carries the new Period."""

    changed = Signal(object)

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("period_chooser")
        self._period = last_complete_quarter(today)
        self.kind = QComboBox()
        self.kind.setObjectName("period_kind")
        self.kind.setAccessibleName(self.tr("Kind of period"))
        for value, text in (
            (QUARTER, self.tr("Quarter")),
            (HALF, self.tr("Half year")),
            (YEAR, self.tr("Year")),
            (RANGE, self.tr("Date range")),
        ):
            self.kind.addItem(text, value)
        self.year = QSpinBox()
        self.year.setObjectName("period_year")
        self.year.setAccessibleName(self.tr("Year"))
        self.year.setRange(2000, 2100)
        self.part = QComboBox()
        self.part.setObjectName("period_part")
        self.part.setAccessibleName(self.tr("Quarter or half"))
        self.start = QLineEdit()
        self.start.setObjectName("period_start")
        self.end = QLineEdit()
        self.end.setObjectName("period_end")
        for edit, name in ((self.start, self.tr("From")), (self.end, self.tr("To"))):
            edit.setPlaceholderText(self.tr("dd/mm/yyyy"))
            edit.setAccessibleName(name)
            edit.setMaximumWidth(110)
            edit.editingFinished.connect(self._range_edited)
        self.dash = QLabel("–")
        self.error = QLabel()
        self.error.setObjectName("period_error")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        caption = QLabel(self.tr("Peri&od:"))
        caption.setBuddy(self.kind)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (caption, self.kind, self.year, self.part, self.start, self.dash, self.end):
            layout.addWidget(widget)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.set_period(self._period)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.year.valueChanged.connect(lambda _v: self._emit_chosen())
        self.part.currentIndexChanged.connect(lambda _i: self._emit_chosen())

    def period(self) -> Period:
        """The period last chosen (a range being typed counts once it is whole and valid)."""
        return self._period

    def set_period(self, period: Period) -> None:
        """Show `period` without announcing it (the caller loads it itself)."""
        widgets = (self.kind, self.year, self.part)
        for widget in widgets:
            widget.blockSignals(True)
        self.kind.setCurrentIndex(self.kind.findData(period.kind))
        self.year.setValue(period.start.year)
        self._fill_parts(period.kind)
        if period.kind == QUARTER:
            self.part.setCurrentIndex((period.start.month - 1) // 3)
        elif period.kind == HALF:
            self.part.setCurrentIndex(0 if period.start.month == 1 else 1)
        self.start.setText(format_date(period.start))
        self.end.setText(format_date(period.end))
        for widget in widgets:
            widget.blockSignals(False)
        self._period = period
        self._show_fields(period.kind)

    def _fill_parts(self, kind: str) -> None:
        self.part.clear()
        if kind == QUARTER:
            for number, roman in enumerate(_ROMAN, start=1):
                self.part.addItem(self.tr("Quarter %1").replace("%1", roman), number)
        elif kind == HALF:
            self.part.addItem(self.tr("First half"), 1)
            self.part.addItem(self.tr("Second half"), 2)

    def _show_fields(self, kind: str) -> None:
        ranged = kind == RANGE
        self.year.setVisible(not ranged)
        self.part.setVisible(kind in (QUARTER, HALF))
        for widget in (self.start, self.dash, self.end):
            widget.setVisible(ranged)
        self.error.hide()

    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        self.part.blockSignals(True)
        self._fill_parts(kind)
        if kind == QUARTER:
            self.part.setCurrentIndex((self._period.start.month - 1) // 3)
        elif kind == HALF:
            self.part.setCurrentIndex(0 if self._period.start.month <= 6 else 1)
        self.part.blockSignals(False)
        if kind == RANGE:
            # Start from the period shown, so the officer only changes what differs.
            self.start.setText(format_date(self._period.start))
            self.end.setText(format_date(self._period.end))
        self._show_fields(kind)
        self._emit_chosen()

    def _emit_chosen(self) -> None:
        kind, year = self.kind.currentData(), self.year.value()
        if kind == RANGE:
            self._range_edited()
            return
        if kind == QUARTER:
            period = Period.quarter(year, self.part.currentData() or 1)
        elif kind == HALF:
            period = Period.half(year, self.part.currentData() or 1)
        else:
            period = Period.year(year)
        self._announce(period)

    def _range_edited(self) -> None:
        if self.kind.currentData() != RANGE:
            return
        try:
            start = parse_date(self.start.text(), "start")
            end = parse_date(self.end.text(), "end")
        except ValidationError as exc:
            # No focus grab: editingFinished comes with leaving the field, and pulling
            # the officer back would trap them in it.
            self._show_error(error_text(exc))
            return
        if end < start:
            self._show_error(self.tr("The end is before the start."))
            return
        self.error.hide()
        self._announce(Period.range(start, end))

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def _announce(self, period: Period) -> None:
        if period != self._period:
            self._period = period
            self.changed.emit(period)
