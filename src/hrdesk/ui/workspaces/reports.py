"""Reports & packages (Báo cáo & gói): the periodic report's sections and documents, the
signed packages sent to the central office, and the packages a receiving office imports.

The period chosen at the top is the one the Report and Packages sent tabs work on.
Everything runs through the services (reports, documents, bundles); a viewer sees it all
with the buttons that change anything disabled, and the services refuse them anyway.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QTabWidget, QVBoxLayout, QWidget

from hrdesk.domain.access import Permission
from hrdesk.domain.periods import Period
from hrdesk.ui.changes import Change
from hrdesk.ui.context import UiContext
from hrdesk.ui.workspaces.reports_contributions import ContributionsTab
from hrdesk.ui.workspaces.reports_period import PeriodChooser
from hrdesk.ui.workspaces.reports_received import ReceivedTab
from hrdesk.ui.workspaces.reports_report import ReportTab
from hrdesk.ui.workspaces.reports_sent import SentTab


class ReportsWorkspace(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("workspace_reports")
        self.chooser = PeriodChooser(ctx.today())
        self.chooser.changed.connect(self._period_changed)
        # Hidden on the Packages received tab, its room kept so the tabs do not jump.
        policy = self.chooser.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.chooser.setSizePolicy(policy)
        self.report = ReportTab(ctx, self.chooser.period())
        # A package carries the sections as saved: unsaved edits are saved first.
        self.sent = SentTab(
            ctx, self.chooser.period, lambda then, refused: self.report.save(then, refused)
        )
        self.received = ReceivedTab(ctx)
        self.contributions = ContributionsTab(ctx, self.chooser.period)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("reports_tabs")
        self.tabs.addTab(self.report, self.tr("&Report"))
        self.tabs.addTab(self.sent, self.tr("Packages se&nt"))
        self.tabs.addTab(self.received, self.tr("Packages recei&ved"))
        self.tabs.addTab(self.contributions, self.tr("Contri&butions from agencies"))
        self.tabs.currentChanged.connect(self._tab_changed)
        header = QHBoxLayout()
        header.addWidget(self.chooser, 1)
        if not ctx.can(Permission.EDIT_RECORDS):
            note = QLabel(self.tr("Read only: your account may look but not change anything."))
            note.setObjectName("read_only_note")
            note.setStyleSheet("color: #555;")
            header.addWidget(note)
        self.header = QWidget()
        self.header.setLayout(header)
        header.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.tabs, 1)
        self.setTabOrder(self.chooser, self.tabs)
        ctx.changes.changed.connect(self._changed_elsewhere)

    def period(self) -> Period:
        return self.chooser.period()

    def set_period(self, period: Period) -> None:
        """Show `period` (as if the officer had chosen it)."""
        self.chooser.set_period(period)
        self._period_changed(period)

    def _period_changed(self, period: Period) -> None:
        self.report.confirm_leave()
        self.report.load(period)
        self.sent.period_changed()
        self.contributions.reload()

    def _tab_changed(self, index: int) -> None:
        # The receiving office's tab has no period: the chooser would only confuse there.
        self.chooser.setVisible(self.tabs.widget(index) is not self.received)

    def _changed_elsewhere(self, change: Change) -> None:
        if "packages" in change.kinds:
            self.sent.reload()
            self.received.reload()
            if not self.report.dirty:
                # A package's report was printed: it may have been made, and numbered.
                self.report.load(self.period())
