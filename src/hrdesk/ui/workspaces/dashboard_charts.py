"""A bar chart for the dashboard (QtCharts), filled again on every refresh: categories
along the bottom, whole numbers up the side, the value under the mouse in a tooltip."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QLocale, QMargins, QRectF, Qt
from PySide6.QtGui import QColor, QCursor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QToolTip, QWidget

# Colours that stay apart for colour-blind readers and on a projector (Okabe–Ito).
PALETTE = ("#0072B2", "#D55E00", "#009E73", "#E69F00", "#56B4E9", "#CC79A7")


@dataclass(frozen=True)
class Bars:
    """One bar set: its legend label, one value per category, its colour."""

    label: str
    values: Sequence[int]
    color: str


def nice_ceiling(value: int) -> int:
    """A round top for the value axis, a multiple of 5 so that six ticks fall on whole numbers."""
    if value <= 5:
        return 5
    magnitude = 1
    while True:
        for step in (1, 1.5, 2, 2.5, 3, 4, 5, 6, 8):
            top = step * magnitude
            if top >= value and top == int(top) and int(top) % 5 == 0:
                return int(top)
        magnitude *= 10


class BarChart(QChartView):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        # Two rows of charts under the cards still fit a 1024×600 screen with a title bar.
        self.setMinimumHeight(150)
        self.setFrameShape(QChartView.Shape.NoFrame)
        chart = QChart()
        chart.setTitle(title)
        bold = QFont(chart.titleFont())
        bold.setBold(True)
        chart.setTitleFont(bold)
        chart.setMargins(QMargins(2, 2, 2, 2))
        chart.layout().setContentsMargins(0, 0, 0, 0)
        chart.setBackgroundRoundness(0)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.setLocalizeNumbers(True)  # 12.000 in Vietnamese, 12,000 in English
        self.setChart(chart)
        self.categories: list[str] = []
        self.series: QAbstractBarSeries | None = None
        self.axis_x: QBarCategoryAxis | None = None
        chart.plotAreaChanged.connect(self._fit_labels)

    def show_bars(
        self,
        categories: Sequence[str],
        bars: Sequence[Bars],
        *,
        stacked: bool = False,
        value_labels: bool = False,
        top: int | None = None,
    ) -> None:
        """Replace what the chart shows. `top` fixes the axis (to compare two charts)."""
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        series: QAbstractBarSeries = QStackedBarSeries() if stacked else QBarSeries()
        for bar in bars:
            bar_set = QBarSet(bar.label)
            bar_set.append([float(v) for v in bar.values])
            bar_set.setColor(QColor(bar.color))
            bar_set.setBorderColor(QColor(bar.color))
            bar_set.setLabelColor(QColor("#222222"))
            bar_set.hovered.connect(lambda on, index, s=bar_set: self._tooltip(on, index, s))
            series.append(bar_set)
        if value_labels:
            series.setLabelsVisible(True)
            series.setLabelsPosition(QAbstractBarSeries.LabelsPosition.LabelsOutsideEnd)
            series.setLabelsPrecision(9)
        series.setBarWidth(0.75 if stacked or len(bars) == 1 else 0.85)
        chart.addSeries(series)
        axis_x = QBarCategoryAxis()
        axis_x.append(list(categories))
        small = QFont(axis_x.labelsFont())
        small.setPointSizeF(max(7.0, small.pointSizeF() - 1))
        axis_x.setLabelsFont(small)
        axis_x.setTruncateLabels(False)
        axis_y = QValueAxis()
        axis_y.setLabelFormat("%.0f")
        axis_y.setLabelsFont(small)
        highest = highest_bar(bars, stacked)
        # Room above the tallest bar for its value label.
        axis_y.setRange(0, top or nice_ceiling(int(highest * (1.15 if value_labels else 1))))
        axis_y.setTickCount(6)
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis_x)
        series.attachAxis(axis_y)
        chart.legend().setVisible(len(bars) > 1)
        self.categories = list(categories)
        self.series, self.axis_x = series, axis_x
        self._fit_labels(chart.plotArea())

    def _fit_labels(self, area: QRectF) -> None:
        """Category labels on two lines when they do not fit side by side on one: Qt
        would otherwise hide every other one (or cut them to "12/...")."""
        axis = self.axis_x
        if axis is None or not self.categories or area.width() <= 0:
            return
        metrics = QFontMetrics(axis.labelsFont())
        room = label_room(area.width(), len(self.categories))

        def widest(labels: list[str]) -> int:
            return max(metrics.horizontalAdvance(line) for c in labels for line in c.split("<br>"))

        wanted = self.categories
        for shape in (two_lines, word_lines):  # "Quý III" over "2025" may still touch
            if widest(wanted) <= room:
                break
            wanted = [shape(c) for c in self.categories]
        if wanted != axis.categories():
            axis.clear()
            axis.append(wanted)

    def _tooltip(self, on: bool, index: int, bar_set: QBarSet) -> None:
        if not on:
            QToolTip.hideText()
            return
        category = self.categories[index] if index < len(self.categories) else ""
        number = QLocale().toString(int(bar_set.at(index)))
        QToolTip.showText(QCursor.pos(), f"{category} — {bar_set.label()}: {number}", self)


def label_room(plot_width: float, count: int) -> float:
    """The width a category label has under its bars, a gap kept between neighbours."""
    return plot_width / count - 6


def word_lines(label: str) -> str:
    """ "Quý III/2025" as "Quý" over "III" over "2025": each word on its own line."""
    return "<br>".join(label.replace("/", " ").split())


def two_lines(label: str) -> str:
    """ "12/2025" as "12" over "2025"; "Chưa thực hiện" broken at its middle space."""
    if "/" in label:
        return label.replace("/", "<br>", 1)
    spaces = [i for i, ch in enumerate(label) if ch == " "]
    if not spaces:
        return label
    middle = min(spaces, key=lambda i: abs(i - len(label) / 2))
    return f"{label[:middle]}<br>{label[middle + 1 :]}"


def highest_bar(bars: Sequence[Bars], stacked: bool) -> int:
    """The tallest bar (a stack's total when stacked)."""
    if not bars:
        return 0
    if stacked:
        return max((sum(c) for c in zip(*(b.values for b in bars), strict=True)), default=0)
    return max((v for b in bars for v in b.values), default=0)
