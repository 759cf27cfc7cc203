"""Importing a package at the receiving office: choose the .zip, verify and keep it on the
runner, then say what happened, what to watch (a gap in the sequence) and what was checked,
in the window's language (the verifier's messages come from the catalogue)."""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hrdesk.domain.access import Permission
from hrdesk.domain.errors import ValidationError
from hrdesk.messages import render
from hrdesk.places import documents_dir
from hrdesk.ui.context import UiContext
from hrdesk.ui.errors import ERROR_STYLE
from hrdesk.ui.messages import error_text, window_lang
from hrdesk.ui.worker import Cancelled as WorkerCancelled
from hrdesk.ui.worker import Progress
from hrdesk.ui.workspaces.reports_period import label_name
from hrdesk.ui.workspaces.reports_report import OK_STYLE

WARN_STYLE = "color: #8a5300;"


class ImportBox(QGroupBox):
    """The Import button and what the last import found; `imported` carries its result."""

    imported = Signal(object)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Import"))
        self.ctx = ctx
        self.can_edit = ctx.can(Permission.EDIT_RECORDS)
        self.last_result: Any = None  # the last ImportResult (tests look at it)
        self.button = QPushButton(self.tr("&Import package…"))
        self.button.setObjectName("import_package")
        self.button.clicked.connect(lambda: self.import_file())
        self.button.setEnabled(self.can_edit)
        self.outcome = QLabel(
            self.tr("Packages are checked before they are kept: signature, every file, sequence.")
        )
        self.outcome.setObjectName("import_outcome")
        self.outcome.setWordWrap(True)
        self.outcome.setMinimumHeight(self.button.sizeHint().height())
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.checks = QPlainTextEdit()
        self.checks.setObjectName("import_checks")
        self.checks.setReadOnly(True)
        self.checks.setAccessibleName(self.tr("What was checked"))
        self.checks.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.checks.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.checks.hide()
        top = QHBoxLayout()
        top.addWidget(self.button, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.outcome, 1, Qt.AlignmentFlag.AlignTop)
        column = QVBoxLayout(self)
        column.addLayout(top)
        column.addWidget(self.checks, 1)

    def say(self, text: str, style: str) -> None:
        self.outcome.setStyleSheet(style)
        self.outcome.setText(text)

    def import_file(self, path: Path | None = None) -> None:
        """Ask for a .zip (unless given), then verify and keep it on the runner."""
        from hrdesk.bundles import Cancelled, import_package

        if not self.can_edit:
            return
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(
                self, self.tr("Import package"), str(documents_dir()), self.tr("Packages (*.zip)")
            )
            if not chosen:
                return
            path = Path(chosen)
        desk, lang = self.ctx.desk, window_lang()

        def job(progress: Progress) -> Any:
            def report(fraction: float, stage: str) -> None:
                # Never raises: the import checks `cancelled` itself and cleans up after.
                if not progress.cancelled:
                    with contextlib.suppress(WorkerCancelled):
                        progress(fraction, render(stage, {}, lang))

            return import_package(desk, path, progress=report, cancelled=lambda: progress.cancelled)

        def failed(exc: BaseException) -> None:
            if not shiboken6.isValid(self):
                return
            self.button.setEnabled(self.can_edit)
            if isinstance(exc, Cancelled):
                self.say(self.tr("Cancelled: nothing was imported."), "")
            elif isinstance(exc, ValidationError):
                self.say(error_text(exc), ERROR_STYLE)
            else:
                self.say("", "")
                self.ctx.report_error(exc)

        self.button.setEnabled(False)
        self.checks.hide()
        self.say(self.tr("Checking %1…").replace("%1", path.name), "")
        self.ctx.runner.run(
            job, self._imported, on_error=failed, title=self.tr("Importing the package…")
        )

    def _imported(self, result: Any) -> None:
        from hrdesk.bundles.receive import ALREADY, IMPORTED

        if not shiboken6.isValid(self):
            return
        self.last_result = result
        self.button.setEnabled(self.can_edit)
        from hrdesk.bundles.verify import check_name

        lang = window_lang()
        package = result.package
        if result.outcome == IMPORTED and package is not None:
            text, style = self.tr("Imported package %1 of %2, %3."), OK_STYLE
        elif result.outcome == ALREADY and package is not None:
            text = self.tr("Already imported: package %1 of %2, %3. Nothing was changed.")
            style = OK_STYLE
        else:
            failure = result.report.failure if result.report is not None else None
            text = (
                self.tr("Not imported: the check “%1” failed (see below).").replace(
                    "%1", check_name(failure.name).text(lang)
                )
                if failure is not None
                else result.text(lang)  # says "Not imported" itself
            )
            style = ERROR_STYLE
        if package is not None:
            text = (
                text.replace("%1", str(package.sequence))
                .replace("%2", package.office_name)
                .replace("%3", label_name(package.period_label))
            )
        warnings = [self.tr("Warning: %1").replace("%1", w.text(lang)) for w in result.warnings]
        self.say("\n".join([text, *warnings]), WARN_STYLE if warnings else style)
        report_lines = result.report.lines(lang) if result.report is not None else []
        self.checks.setPlainText("\n".join(line.strip() for line in report_lines))
        self.checks.setVisible(bool(report_lines))
        self.imported.emit(result)
        self.ctx.notify("packages")
