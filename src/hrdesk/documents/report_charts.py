"""The report's chart page: petitions per month, tasks by status, training attendance.

Drawn from `services.dashboard.chart_series`, the figures the dashboard's charts show,
taken as of the period's end (or today for a period still running). Every label is set in
the document font: reportlab's default Helvetica would drop Vietnamese letters.
"""

from __future__ import annotations

from datetime import date

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer
from sqlalchemy.orm import Session

from hrdesk.documents.layout import TEXT_WIDTH, Bold, Kit, caps
from hrdesk.domain.periods import Period
from hrdesk.domain.vocab import TaskStatus
from hrdesk.services.dashboard import ChartSeries, chart_series

HEIGHT = 150
RECEIVED, RESOLVED = colors.HexColor("#1f5fa8"), colors.HexColor("#7fb069")


def _bars(
    kit: Kit, labels: list[str], series: list[list[int]], fills: list[colors.Color]
) -> Drawing:
    drawing = Drawing(TEXT_WIDTH, HEIGHT)
    # The drawing's initial font state is Helvetica unless told: it would be listed (not
    # embedded) in the PDF even though no text uses it.
    drawing.initialFontName = kit.fonts.regular  # type: ignore[attr-defined]  # reportlab sets it dynamically
    chart = VerticalBarChart()
    chart.x, chart.y = 30, 22
    chart.width, chart.height = int(TEXT_WIDTH - 40), HEIGHT - 48
    chart.data = series or [[0]]
    chart.categoryAxis.categoryNames = labels
    chart.categoryAxis.labels.fontName = kit.fonts.regular
    chart.categoryAxis.labels.fontSize = 8
    chart.valueAxis.labels.fontName = kit.fonts.regular
    chart.valueAxis.labels.fontSize = 8
    chart.valueAxis.valueMin = 0
    chart.valueAxis.forceZero = True
    top = max((max(s) for s in series if s), default=0)
    chart.valueAxis.valueMax = max(top, 1)
    chart.valueAxis.valueStep = max(1, -(-max(top, 1) // 5))
    chart.barLabels.fontName = kit.fonts.regular
    chart.barLabels.fontSize = 7
    chart.barLabelFormat = "%d"
    chart.barLabels.nudge = 6
    for index, fill in enumerate(fills):
        chart.bars[index].fillColor = fill
    drawing.add(chart)
    return drawing


def _legend(kit: Kit, drawing: Drawing, pairs: list[tuple[colors.Color, str]]) -> None:
    legend = Legend()
    legend.x, legend.y = int(TEXT_WIDTH - 170), HEIGHT - 2
    legend.fontName, legend.fontSize = kit.fonts.regular, 8
    legend.alignment = "right"
    legend.colorNamePairs = pairs
    legend.columnMaximum = 1
    legend.deltax = 85
    drawing.add(legend)


def _titled(kit: Kit, index: int, title: str, drawing: Drawing) -> Flowable:
    return KeepTogether(
        [kit.para(Bold(f"{index}. {title}"), style="heading"), drawing, Spacer(1, 10)]
    )


def chart_flowables(kit: Kit, charts: ChartSeries, period: Period, as_of: date) -> list[Flowable]:
    """The chart page: its title, then the three charts."""
    months = [f"{m.month:02d}/{m.year % 100:02d}" for m in charts.months]
    received = [sum(v[i] for v in charts.received.values()) for i in range(len(months))]
    resolved = [sum(v[i] for v in charts.resolved.values()) for i in range(len(months))]
    petitions = _bars(kit, months, [received, resolved], [RECEIVED, RESOLVED])
    _legend(kit, petitions, [(RECEIVED, "Tiếp nhận"), (RESOLVED, "Đã giải quyết")])
    statuses = [s for s in TaskStatus]
    tasks = _bars(
        kit,
        [s.label_vi for s in statuses],
        [[charts.tasks_by_status.get(s.value, 0) for s in statuses]],
        [RECEIVED],
    )
    quarters = charts.training_by_quarter
    training = _bars(
        kit,
        [f"Q{q.quarter}/{q.year}" for q in quarters],
        [[q.participants for q in quarters]],
        [RESOLVED],
    )
    day = f"{as_of.day:02d}/{as_of.month:02d}/{as_of.year}"
    return [
        PageBreak(),
        kit.para("BIỂU ĐỒ", style="doc_type"),
        kit.para(caps(f"Số liệu đến ngày {day}"), style="summary"),
        Spacer(1, 8),
        _titled(kit, 1, "Đơn thư tiếp nhận và giải quyết theo tháng", petitions),
        _titled(kit, 2, "Nhiệm vụ theo tình trạng", tasks),
        _titled(kit, 3, "Lượt người tham dự tập huấn theo quý", training),
    ]


def chart_page(session: Session, kit: Kit, period: Period, today_: date) -> list[Flowable]:
    """The chart page for `period`, from the dashboard's figures as of its end."""
    as_of = min(period.end, today_)
    return chart_flowables(kit, chart_series(session, as_of), period, as_of)
