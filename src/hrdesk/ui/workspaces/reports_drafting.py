"""Drafting the report's sections from the records, and the warnings about empty ones.

"Draft from records" fills the usual sections with sentences made from the period's
figures; a section the officer has typed in is replaced only after the officer says so.
A report with empty sections is previewed with a warning naming them, and is packaged
only once the officer ticks the confirmation in the package dialog.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QCheckBox, QLabel, QMessageBox, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from hrdesk.domain.errors import ValidationError
from hrdesk.domain.periods import Period
from hrdesk.services.report_redraft import DraftOutcome, draft_report
from hrdesk.ui.errors import ERROR_STYLE
from hrdesk.ui.messages import error_text
from hrdesk.ui.store_thread import StoreOp

if TYPE_CHECKING:
    from hrdesk.ui.workspaces.reports_report import ReportTab

WARNING_STYLE = "color: #8a4b00;"


def empty_warning(headings: tuple[str, ...]) -> str:
    """How many sections are empty (and so not printed), naming each one."""
    text = QCoreApplication.translate("ReportsDrafting", "%1 section(s) empty, not printed: %2")
    return text.replace("%1", str(len(headings))).replace("%2", "; ".join(headings))


class EmptySectionsConfirm(QWidget):
    """The empty sections named, and the box the officer ticks to package them anyway."""

    changed = Signal()

    def __init__(self, headings: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("empty_sections")
        self.warning = QLabel(empty_warning(headings))
        self.warning.setObjectName("empty_sections_warning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(WARNING_STYLE)
        self.allow = QCheckBox(self.tr("Package the report &with these sections empty"))
        self.allow.setObjectName("allow_empty_sections")
        self.allow.toggled.connect(lambda _on: self.changed.emit())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.warning)
        layout.addWidget(self.allow)

    def confirmed(self) -> bool:
        return self.allow.isChecked()


def draft_from_records(tab: ReportTab) -> None:
    """Save what is typed, draft the sections, and ask before replacing typed text."""
    tab.save(then=lambda: _draft_with(tab, tab.period, replace=False))


def _draft_with(tab: ReportTab, period: Period, replace: bool) -> None:
    StoreOp(tab.ctx, lambda s: _draft(s, period, replace), changes="reports", parent=tab).success(
        lambda outcome: _drafted(tab, period, outcome, replace)
    ).failure(lambda exc: _refused(tab, exc)).run()


def _drafted(tab: ReportTab, period: Period, outcome: DraftOutcome, replaced: bool) -> None:
    if outcome.kept and not replaced and _ask_replace(tab, outcome.kept):
        _draft_with(tab, period, replace=True)
        return
    said = QCoreApplication.translate(
        "ReportsDrafting", "Drafted from the records: %1 section(s)."
    ).replace("%1", str(len(outcome.drafted)))
    if outcome.kept:
        kept = QCoreApplication.translate("ReportsDrafting", "Kept as you wrote them: %1")
        said += " " + kept.replace("%1", "; ".join(outcome.kept))

    def shown() -> None:
        tab.status.setStyleSheet("color: #1b5e20;")
        tab.status.setText(said)

    tab.load(period, then=shown)


def _refused(tab: ReportTab, exc: BaseException) -> None:
    if isinstance(exc, ValidationError):
        tab.status.setStyleSheet(ERROR_STYLE)
        tab.status.setText(error_text(exc))
    else:  # PermissionDenied and the unexpected alike
        tab.ctx.report_error(exc)


def _draft(session: Session, period: Period, replace: bool) -> DraftOutcome:
    return draft_report(session, period, replace_edited=replace)


def _ask_replace(parent: QWidget, kept: tuple[str, ...]) -> bool:
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("ReportsDrafting", "Replace your text?"),
        QCoreApplication.translate(
            "ReportsDrafting",
            "You have written these sections yourself:\n%1\n\nReplace them with the text "
            "drafted from the records? (No keeps your text; the other sections are drafted.)",
        ).replace("%1", "\n".join(f"- {h}" for h in kept)),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes
