"""The line under a report section the officer wrote over a draft whose figures have
changed since: "The figures have changed since the last draft — redraft?", with what
changed to look at, the section drafted again (asking before the typed text goes), or the
text marked as brought up to date by hand.

Which sections are stale is read on the runner whenever the tab loads its period.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from hrdesk.domain.errors import ValidationError
from hrdesk.domain.periods import Period
from hrdesk.services.report_redraft import draft_report
from hrdesk.services.report_stale import (
    StaleSection,
    heading_key,
    mark_up_to_date,
    stale_sections,
)
from hrdesk.ui.errors import ERROR_STYLE
from hrdesk.ui.messages import error_text
from hrdesk.ui.store_thread import StoreOp

if TYPE_CHECKING:
    from hrdesk.ui.workspaces.reports_report import ReportTab

log = logging.getLogger(__name__)
STALE_COLOUR = "#8a4b00"
WARNING_STYLE = f"color: {STALE_COLOUR};"
WAS_STYLE = "color:#b71c1c;text-decoration:line-through"
NOW_STYLE = "color:#1b5e20;font-weight:bold"


class StaleNotice(QWidget):
    """Shown under the text of a stale section, hidden under any other."""

    checked = Signal()  # the period's stale sections have been read

    def __init__(self, tab: ReportTab) -> None:
        super().__init__(tab)
        self.tab = tab
        self.setObjectName("stale_section")
        self.stale: dict[str, StaleSection] = {}
        self._asked = 0  # the latest read: an older one answering late is ignored
        self.label = QLabel(self.tr("The figures have changed since the last draft — redraft?"))
        self.label.setObjectName("stale_section_warning")
        self.label.setWordWrap(True)
        self.label.setStyleSheet(WARNING_STYLE)
        self.see_button = QPushButton(self.tr("See what &changed…"))
        self.see_button.setObjectName("stale_see_changes")
        self.see_button.clicked.connect(self.see_changes)
        self.redraft_button = QPushButton(self.tr("Redraft this sect&ion"))
        self.redraft_button.setObjectName("stale_redraft")
        self.redraft_button.setEnabled(tab.can_edit)
        self.redraft_button.clicked.connect(lambda: self.redraft())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.see_button)
        layout.addWidget(self.redraft_button)
        self.hide()

    # -- which sections are stale
    def load(self, period: Period) -> None:
        """Read the period's stale sections on the runner, then follow the shown section."""
        self._asked += 1
        asked, ctx = self._asked, self.tab.ctx

        def done(found: tuple[StaleSection, ...]) -> None:
            if shiboken6.isValid(self) and asked == self._asked and period == self.tab.period:
                self.stale = {heading_key(s.heading): s for s in found}
                self.follow()
                self.checked.emit()

        self.stale = {}
        self.follow()
        ctx.runner.run(
            lambda _p: ctx.read(partial(stale_sections, period=period)),
            done,
            # A warning that cannot be read must not stop the tab; the log keeps why.
            on_error=lambda exc: log.warning("stale sections not read", exc_info=exc),
        )

    def current(self) -> StaleSection | None:
        row = self.tab.editor.current()
        sections = self.tab.editor.sections()
        if not 0 <= row < len(sections):
            return None
        return self.stale.get(heading_key(sections[row]["heading"]))

    def follow(self, _row: int = -1) -> None:
        """Show the line under a stale section; mark every stale one in the list."""
        self.setVisible(self.current() is not None)
        editor = self.tab.editor
        sections = editor.sections()
        for row in range(min(editor.list.count(), len(sections))):
            item = editor.list.item(row)
            stale = heading_key(sections[row]["heading"]) in self.stale
            item.setData(Qt.ItemDataRole.ForegroundRole, QColor(STALE_COLOUR) if stale else None)
            item.setToolTip(self.label.text() if stale else "")

    # -- what the officer can do about it
    def see_changes(self) -> None:
        section = self.current()
        if section is not None:
            ChangesDialog(self, section).exec()

    def redraft(self, done: Callable[[], object] = lambda: None) -> None:
        """Draft the shown section again, after the officer agrees to lose the typed text
        (the sections are saved first); `done` once it is drafted."""
        section = self.current()
        if section is not None:
            self.tab.save(then=lambda: self._ask_and_redraft(section, done))

    def _ask_and_redraft(self, section: StaleSection, done: Callable[[], object]) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Replace your text?"),
            self.tr(
                'The section "%1" holds text you wrote. Replace it with the text drafted '
                "from today's records?"
            ).replace("%1", section.heading),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        period = self.tab.period
        work = partial(draft_report, period=period, only=[section.heading], replace_edited=True)
        self._write(work, self.tr("Drafted again from the records: %1"), section, done)

    def keep_as_written(
        self, section: StaleSection, done: Callable[[], object] = lambda: None
    ) -> None:
        """The officer has brought the figures up to date by hand: stop warning."""
        work = partial(mark_up_to_date, period=self.tab.period, heading=section.heading)
        said = self.tr("Your text is kept as up to date: %1")
        self.tab.save(then=lambda: self._write(work, said, section, done))

    def _write(
        self, work: partial, said: str, section: StaleSection, done: Callable[[], object]
    ) -> None:
        StoreOp(self.tab.ctx, work, changes="reports", parent=self).success(
            lambda _result: self._written(said, section, done)
        ).failure(self._refused).run()

    def _written(self, said: str, section: StaleSection, done: Callable[[], object]) -> None:
        tab = self.tab

        def shown() -> None:  # said once the report is shown again (loading clears it)
            tab.status.setStyleSheet("color: #1b5e20;")
            tab.status.setText(said.replace("%1", section.heading))

        tab.load(tab.period, then=shown)
        done()

    def _refused(self, exc: BaseException) -> None:
        if isinstance(exc, ValidationError):  # said beside the sections
            self.tab.status.setStyleSheet(ERROR_STYLE)
            self.tab.status.setText(error_text(exc))
        else:  # PermissionDenied and the unexpected alike
            self.tab.ctx.report_error(exc)


class ChangesDialog(QDialog):
    """What a draft made now says differently from the one the officer wrote over."""

    def __init__(self, notice: StaleNotice, section: StaleSection) -> None:
        super().__init__(notice)
        self.notice, self.section = notice, section
        self.setObjectName("stale_changes")
        self.setWindowTitle(self.tr("What changed: %1").replace("%1", section.heading))
        intro = QLabel(
            self.tr(
                "You wrote this section over a draft of the records. A draft made now says "
                "other figures:"
            )
        )
        intro.setWordWrap(True)
        self.text = QTextBrowser()
        self.text.setObjectName("stale_changes_text")
        self.text.setHtml(self._html())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        redraft = buttons.addButton(
            self.tr("&Redraft this section"), QDialogButtonBox.ButtonRole.ActionRole
        )
        redraft.setObjectName("stale_dialog_redraft")
        keep = buttons.addButton(
            self.tr("&Keep my text, figures checked"), QDialogButtonBox.ButtonRole.ActionRole
        )
        keep.setObjectName("stale_dialog_keep")
        for button in (redraft, keep):
            button.setEnabled(notice.tab.can_edit)
        redraft.clicked.connect(lambda: self.notice.redraft(self.accept))
        keep.clicked.connect(lambda: self.notice.keep_as_written(self.section, self.accept))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.resize(640, 420)

    def _html(self) -> str:
        was, now = self.tr("Last draft:"), self.tr("Now:")
        rows = [
            f"<p>{html.escape(was)} <span style='{WAS_STYLE}'>{html.escape(c.before)}</span>"
            f"<br>{html.escape(now)} <span style='{NOW_STYLE}'>{html.escape(c.after)}</span></p>"
            for c in self.section.changes
        ]
        heading = html.escape(self.tr("The whole draft as it would be now:"))
        fresh = html.escape(self.section.fresh).replace("\n", "<br>")
        return "".join(rows) + f"<h4>{heading}</h4><p>{fresh}</p>"
