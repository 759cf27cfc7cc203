"""Dashboard (Tổng quan): what needs attention today, each card opening the filtered
list, and the trends in four charts. The figures are read on a worker thread, so even a
national store never freezes the window, and read again when records change."""

from __future__ import annotations

from typing import Any

import shiboken6
from PySide6.QtCore import QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from hrdesk.domain.deadlines import WORKING_DAYS
from hrdesk.domain.formatting import format_date, format_datetime
from hrdesk.domain.vocab import PetitionKind, TaskStatus
from hrdesk.services import dashboard
from hrdesk.ui.changes import Change
from hrdesk.ui.context import UiContext
from hrdesk.ui.store_thread import StoreOp
from hrdesk.ui.workspaces.dashboard_charts import PALETTE, BarChart, Bars, highest_bar, nice_ceiling
from hrdesk.ui.workspaces.dashboard_contributions import LateContributions

RED, AMBER, INK = "#b3261e", "#a15c00", "#1f2933"
REFRESH_DELAY_MS = 400  # a burst of changes (an import) refreshes once
CARD_STYLE = """
QFrame[card="true"] { background: palette(base); border: 1px solid #c9d1d9; border-radius: 6px; }
QFrame[card="true"]:hover { border-color: #0072B2; background: #f3f8fc; }
QFrame[card="true"]:focus { border: 2px solid #0072B2; }
"""


class DashboardCard(QFrame):
    """A count with what it means; a click (or Enter) opens the list behind it."""

    clicked = Signal()

    def __init__(self, name: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setProperty("card", True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.title = QLabel(title)
        self.title.setWordWrap(True)
        self.title.setStyleSheet("color: #444; border: none; background: transparent;")
        self.value = QLabel("…")
        self.value.setObjectName("value")
        self.value.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.detail = QLabel("")
        self.detail.setWordWrap(True)
        self.detail.setStyleSheet("color: #555; border: none; background: transparent;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(1)
        layout.addWidget(self.title)
        layout.addWidget(self.value)
        layout.addWidget(self.detail)
        layout.addStretch(1)
        self.setFixedHeight(112)
        self.set_value("…")

    def set_value(self, text: str, color: str = INK, large: bool = True) -> None:
        size = "22pt" if large else "12pt"
        self.value.setStyleSheet(
            f"font-size: {size}; font-weight: bold; color: {color}; border: none;"
            " background: transparent;"
        )
        self.value.setText(text)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
            event.position().toPoint()
        ):
            self.clicked.emit()
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.clicked.emit()
            return
        super().keyPressEvent(event)


class DashboardWorkspace(QWidget):
    loaded = Signal()  # after each refresh has been shown (tests wait on it)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("workspace_dashboard")
        self.setStyleSheet(CARD_STYLE)
        self.counts: dashboard.TodayCounts | None = None
        self.charts: dashboard.ChartSeries | None = None
        self._pending = 0  # reads still running
        self._again = self._stale = False
        self._error: BaseException | None = None
        self._timer = QTimer(self, singleShot=True, interval=REFRESH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self._build()
        ctx.changes.changed.connect(self._changed)
        self.refresh()

    # -- layout
    def _build(self) -> None:
        heading = QLabel(self.tr("Today at the standing office"))
        heading.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.as_of = QLabel()
        self.as_of.setObjectName("as_of")
        self.as_of.setStyleSheet("color: #555;")
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.setToolTip("F5")
        self.refresh_button.setShortcut("F5")
        self.refresh_button.clicked.connect(self.refresh)
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addSpacing(12)
        top.addWidget(self.as_of)
        top.addStretch(1)
        top.addWidget(self.refresh_button)
        self.cards = {
            "petitions_overdue": DashboardCard(
                "card_petitions_overdue", self.tr("Petitions overdue")
            ),
            "petitions_due": DashboardCard("card_petitions_due", self.tr("Petitions due soon")),
            "tasks_overdue": DashboardCard("card_tasks_overdue", self.tr("Tasks overdue")),
            "next_meeting": DashboardCard("card_next_meeting", self.tr("Next meeting")),
            "trainings": DashboardCard("card_trainings", self.tr("Training this quarter")),
        }
        targets: dict[str, tuple[str, dict[str, Any]]] = {
            "petitions_overdue": ("petitions", {"overdue": True}),
            "petitions_due": ("petitions", {"due_soon": True}),
            "tasks_overdue": ("tasks", {"overdue": True}),
            "next_meeting": ("meetings", {}),
            "trainings": ("trainings", {}),
        }
        row = QHBoxLayout()
        row.setSpacing(8)
        for key, card in self.cards.items():
            key_, how = targets[key]
            card.clicked.connect(lambda k=key_, h=how: self.open_list(k, h))
            row.addWidget(card, 1)
        self.received_chart = BarChart(self.tr("Petitions received per month, by kind"))
        self.resolved_chart = BarChart(self.tr("Petitions resolved per month, by kind"))
        self.tasks_chart = BarChart(self.tr("Tasks by status"))
        self.training_chart = BarChart(self.tr("Training participants per quarter"))
        charts = QGridLayout()
        charts.setSpacing(6)
        charts.addWidget(self.received_chart, 0, 0)
        charts.addWidget(self.resolved_chart, 1, 0)
        charts.addWidget(self.tasks_chart, 0, 1)
        charts.addWidget(self.training_chart, 1, 1)
        charts.setColumnStretch(0, 3)
        charts.setColumnStretch(1, 2)
        self.late = LateContributions(self.ctx)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(row)
        layout.addWidget(self.late)
        layout.addLayout(charts, 1)

    # -- loading
    @property
    def board(self) -> dashboard.Dashboard | None:
        """What is shown, once both the counts and the charts have been read."""
        if self.counts is None or self.charts is None:
            return None
        return dashboard.Dashboard(self.counts, self.charts)

    def refresh(self) -> None:
        """Read the figures again on worker threads; the shown ones stay until then.

        The cards and the charts are read by two jobs side by side: on a national store
        the cards are back in a fraction of a second, the charts take longer."""
        self._timer.stop()
        if self._pending:
            self._again = True
            return
        self._pending, self._stale, self._error = 2, False, None
        self.refresh_button.setEnabled(False)
        self.as_of.setText(self.tr("Updating…"))
        StoreOp(self.ctx, dashboard.today_counts, parent=self).success(self._counts_read).failure(
            self._failed
        ).run()
        StoreOp(self.ctx, dashboard.chart_series, parent=self).success(self._charts_read).failure(
            self._failed
        ).run()
        self.late.refresh()

    @property
    def loading(self) -> bool:
        return self._pending > 0

    def _changed(self, change: Change) -> None:
        if change.kinds <= {"settings", "accounts"}:
            return
        if self.isVisible():
            self._timer.start()
        else:
            self._stale = True  # read again when next shown, not for every change

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def _counts_read(self, counts: dashboard.TodayCounts) -> None:
        if shiboken6.isValid(self):
            self.counts = counts
            self._show_counts(counts)
            self._one_done()

    def _charts_read(self, charts: dashboard.ChartSeries) -> None:
        if shiboken6.isValid(self):
            self.charts = charts
            self._show_charts(charts)
            self._one_done()

    def _failed(self, exc: BaseException) -> None:
        if shiboken6.isValid(self):
            if self._error is None:  # one message, even when both reads fail
                self._error = exc
                self.ctx.report_error(exc)
            self._one_done()

    def _one_done(self) -> None:
        self._pending -= 1
        if self._pending:
            return
        self.refresh_button.setEnabled(True)
        if self._error is not None:
            self.as_of.setText(self.tr("The figures could not be read."))
        if self._again:
            self._again = False
            QTimer.singleShot(0, self.refresh)
        else:
            self.loaded.emit()

    # -- showing
    def _show_counts(self, counts: dashboard.TodayCounts) -> None:
        number = QLocale().toString
        self.as_of.setText(self.tr("as of %1").replace("%1", format_date(counts.as_of)))
        cards = self.cards
        late = counts.petitions_overdue
        cards["petitions_overdue"].set_value(number(late), RED if late else INK)
        cards["petitions_overdue"].detail.setText(self.tr("deadline passed, still open"))
        soon = counts.petitions_due_soon
        cards["petitions_due"].set_value(number(soon), AMBER if soon else INK)
        days = counts.due_soon.days  # a plain name, for lupdate
        if counts.due_soon.unit == WORKING_DAYS:
            within = self.tr("deadline within %n working day(s)", "", days)
        else:
            within = self.tr("deadline within %n day(s)", "", days)
        cards["petitions_due"].detail.setText(within)
        tasks = counts.tasks_overdue
        cards["tasks_overdue"].set_value(number(tasks), RED if tasks else INK)
        cards["tasks_overdue"].detail.setText(self.tr("past the due date, not done"))
        meeting = counts.next_meeting
        card = cards["next_meeting"]
        if meeting is None:
            card.set_value(self.tr("None planned"), INK, large=False)
            card.detail.setText("")
            card.setToolTip("")
        else:
            card.set_value(format_datetime(meeting.starts_at), INK, large=False)
            card.detail.setText(_shorten(meeting.title, 70))
            card.setToolTip(meeting.title + (f"\n{meeting.place}" if meeting.place else ""))
        quarter = counts.quarter
        cards["trainings"].set_value(number(counts.trainings_this_quarter))
        cards["trainings"].detail.setText(
            self.tr("%Ln participant(s)", "", counts.participants_this_quarter)
            + " · "
            + self.quarter_label(quarter.start.year, (quarter.start.month - 1) // 3 + 1)
        )

    def _show_charts(self, charts: dashboard.ChartSeries) -> None:
        lang = self.ctx.lang
        months = [f"{m.month:02d}/{m.year}" for m in charts.months]
        received = [
            Bars(PetitionKind(k).label(lang), v, PALETTE[i])
            for i, (k, v) in enumerate(charts.received.items())
        ]
        resolved = [
            Bars(PetitionKind(k).label(lang), v, PALETTE[i])
            for i, (k, v) in enumerate(charts.resolved.items())
        ]
        # One scale for both, so a month's intake and output compare at a glance.
        top = nice_ceiling(max(highest_bar(received, True), highest_bar(resolved, True)))
        self.received_chart.show_bars(months, received, stacked=True, top=top)
        self.resolved_chart.show_bars(months, resolved, stacked=True, top=top)
        statuses = [TaskStatus(s).label(lang) for s in charts.tasks_by_status]
        self.tasks_chart.show_bars(
            statuses,
            [Bars(self.tr("Tasks"), list(charts.tasks_by_status.values()), PALETTE[0])],
            value_labels=True,
        )
        quarters = [self.quarter_label(q.year, q.quarter) for q in charts.training_by_quarter]
        people = [q.participants for q in charts.training_by_quarter]
        self.training_chart.show_bars(
            quarters, [Bars(self.tr("Participants"), people, PALETTE[2])], value_labels=True
        )

    def quarter_label(self, year: int, quarter: int) -> str:
        """ "Quý IV/2026": a quarter written as everywhere else in the window."""
        roman = ("I", "II", "III", "IV")[quarter - 1]
        return self.tr("Quarter %1/%2").replace("%1", roman).replace("%2", str(year))

    # -- opening the lists
    def open_list(self, key: str, how: dict[str, Any]) -> None:
        try:
            self.ctx.navigate(key, how)
        except Exception as exc:  # a workspace that fails to open must not take this one down
            self.ctx.report_error(exc)


def _shorten(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
