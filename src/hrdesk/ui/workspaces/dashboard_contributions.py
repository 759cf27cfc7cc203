"""The dashboard's line naming the member agencies late with their report for the period
the office asked about most recently (and by how many days)."""

from __future__ import annotations

import shiboken6
from PySide6.QtWidgets import QLabel, QWidget

from hrdesk.domain.periods import parse_period
from hrdesk.services.contributions import LateNow, late_for_current_period
from hrdesk.ui.context import UiContext
from hrdesk.ui.store_thread import StoreOp
from hrdesk.ui.workspaces.reports_period import period_name

LATE_STYLE = "color: #b71c1c;"
SHOWN = 6  # names on the line before "and N more"


class LateContributions(QLabel):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("late_contributions")
        self.setWordWrap(True)
        self.setStyleSheet(LATE_STYLE)
        self.now: LateNow | None = None
        self.hide()

    def refresh(self) -> None:
        """Read on the store thread; the line shows only when some agency is late (a
        failed read leaves it hidden: the dashboard's cards say the store's trouble)."""
        StoreOp(self.ctx, late_for_current_period, parent=self).success(self._show).failure(
            lambda _e: None
        ).run()

    def _show(self, now: LateNow) -> None:
        if not shiboken6.isValid(self):
            return
        self.now = now
        if now.period_label is None or not now.late:
            self.hide()
            return
        names = [
            self.tr("%1 (%2 days)").replace("%1", v.agency_name).replace("%2", str(v.days_late))
            for v in now.late[:SHOWN]
        ]
        if len(now.late) > SHOWN:
            names.append(self.tr("and %1 more").replace("%1", str(len(now.late) - SHOWN)))
        text = self.tr("Late with their report for %1: %2")
        period = period_name(parse_period(now.period_label))
        self.setText(text.replace("%1", period).replace("%2", "; ".join(names)))
        self.show()
