"""The report of one period: its narrative sections (saved with Ctrl+S), the PDF to preview
and print, and the figures as an Excel workbook. Rendering runs on the runner."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from functools import partial
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hrdesk.domain.access import Permission
from hrdesk.domain.errors import ValidationError
from hrdesk.domain.formatting import format_date
from hrdesk.domain.periods import Period
from hrdesk.places import suggested_path
from hrdesk.services.read_models.reports import ReportView, read_report, save_sections
from hrdesk.services.report_checks import empty_sections
from hrdesk.ui.context import UiContext
from hrdesk.ui.errors import ERROR_STYLE
from hrdesk.ui.messages import error_text
from hrdesk.ui.store_thread import StoreOp
from hrdesk.ui.worker import Progress
from hrdesk.ui.workspaces.reports_drafting import (
    WARNING_STYLE,
    draft_from_records,
    empty_warning,
)
from hrdesk.ui.workspaces.reports_period import period_name
from hrdesk.ui.workspaces.reports_sections import SectionsEditor
from hrdesk.ui.workspaces.reports_stale import StaleNotice

OK_STYLE = "color: #1b5e20;"


def file_stem(period: Period) -> str:
    """A file name for the period's documents: bao-cao-2026-Q3."""
    return "bao-cao-" + period.label.replace("..", "_")


def show_pdf(
    parent: QWidget, path: Path | bytes, title: str, name: str | None = None
) -> QDialog | None:
    """Open the preview of `path` (read at once) or of PDF bytes, sized for the screen."""
    try:
        from hrdesk.ui.pdf_preview import PdfPreviewDialog
    except ImportError:  # QtPdf is an optional part of PySide6 on some systems
        QMessageBox.warning(
            parent,
            title,
            QCoreApplication.translate(
                "ReportsWorkspace",
                "The PDF preview needs Qt's PDF module, which is not installed.",
            ),
        )
        return None
    suggested = name or (path.name if isinstance(path, Path) else None)
    dialog = PdfPreviewDialog(path, parent, title=title, suggested_name=suggested)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


class ReportTab(QWidget):
    """Sections, Preview / print and Save Excel for the period the workspace has chosen."""

    def __init__(self, ctx: UiContext, period: Period, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("report_tab")
        self.period = period
        self.view: ReportView | None = None
        self.dirty = False
        self.preview: QDialog | None = None  # the preview open now (tests look at it)
        self.can_edit = ctx.can(Permission.EDIT_RECORDS)
        self.title = QLabel()
        self.title.setObjectName("report_title")
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.editor = SectionsEditor()
        self.editor.edited.connect(self._edited)
        self.stale_notice = StaleNotice(self)
        self.editor.below_body.addWidget(self.stale_notice)
        self.editor.shown.connect(self.stale_notice.follow)
        self.save_button = QPushButton(self.tr("&Save sections"))
        self.save_button.setObjectName("save_sections")
        self.save_button.setToolTip("Ctrl+S")
        self.save_button.clicked.connect(self.save)
        self.preview_button = QPushButton(self.tr("&Preview / print (PDF)…"))
        self.preview_button.setObjectName("preview_report")
        self.preview_button.clicked.connect(self.preview_pdf)
        self.excel_button = QPushButton(self.tr("Save E&xcel…"))
        self.excel_button.setObjectName("save_excel")
        self.excel_button.clicked.connect(self.save_excel)
        self.draft_button = QPushButton(self.tr("&Draft from records"))
        self.draft_button.setObjectName("draft_report")
        self.draft_button.setToolTip(
            self.tr("Fill the usual sections with the period's figures; your own text is kept")
        )
        self.draft_button.setEnabled(self.can_edit)
        self.draft_button.clicked.connect(lambda: draft_from_records(self))
        self.status = QLabel()
        self.status.setObjectName("report_status")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.save)
        buttons = QHBoxLayout()
        for button in (
            self.draft_button,
            self.save_button,
            self.preview_button,
            self.excel_button,
        ):
            buttons.addWidget(button)
        buttons.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.editor, 1)
        layout.addLayout(buttons)
        self.load(period)

    # -- loading and saving
    def load(self, period: Period, then: Callable[[], object] | None = None) -> None:
        """Show `period`'s report as stored (the same period keeps its selected section);
        `then` once it is shown."""
        keep = self.editor.current() if period == self.period else 0
        self.period = period
        StoreOp(self.ctx, partial(read_report, period=period), parent=self).success(
            lambda view: self._loaded(period, view, keep, then)
        ).run()

    def _loaded(
        self, period: Period, view: ReportView, keep: int, then: Callable[[], object] | None
    ) -> None:
        if period != self.period:
            return  # another period was chosen while this one was read
        self.view = view
        self.editor.set_sections(self.view.sections, self.can_edit)
        self.editor.list.setCurrentRow(min(max(keep, 0), self.editor.list.count() - 1))
        self.stale_notice.load(period)
        self._set_dirty(False)
        self._say("", "")
        self._show_title()
        if then is not None:
            then()

    def _show_title(self) -> None:
        view, period = self.view, self.period
        if view is None:
            return
        days = f"{format_date(period.start)} – {format_date(period.end)}"
        name = period_name(period)
        lines = [f"<b>{_esc(view.title)}</b>", _esc(name if name == days else f"{name} ({days})")]
        if view.number:
            lines.append(self.tr("Document number: %1").replace("%1", _esc(view.number)))
        elif view.uid is None:
            lines.append(self.tr("Not saved yet: the usual sections are ready to fill in."))
        self.title.setText("<br>".join(lines))

    def _edited(self) -> None:
        self._set_dirty(True)

    def _set_dirty(self, dirty: bool) -> None:
        self.dirty = dirty
        self.save_button.setEnabled(self.can_edit and dirty)
        if dirty:
            self._say(self.tr("Unsaved changes."), "")

    def save(
        self,
        then: Callable[[], object] | None = None,
        refused: Callable[[], object] | None = None,
    ) -> None:
        """Save the sections, then call `then` (at once when nothing needs saving);
        `refused` when they could not be saved (the problems are shown here)."""
        if not self.dirty:
            if then is not None:
                then()
            return
        if not self.can_edit:
            if refused is not None:
                refused()
            return
        period, sections = self.period, self.editor.sections()
        StoreOp(
            self.ctx,
            partial(save_sections, period=period, sections=sections),
            changes="reports",
            parent=self,
        ).success(lambda _r: self._saved(period, then)).failure(
            lambda exc: self._save_failed(exc, refused)
        ).run()

    def _saved(self, period: Period, then: Callable[[], object] | None) -> None:
        if period != self.period:
            if then is not None:
                then()
            return

        def shown() -> None:
            self._say(self.tr("Sections saved."), OK_STYLE)
            if then is not None:
                then()

        self.load(period, then=shown)

    def _save_failed(self, exc: BaseException, refused: Callable[[], object] | None) -> None:
        if isinstance(exc, ValidationError):
            others = [p for p in exc.problems if not self.editor.show_error(p.field, p)]
            if others:
                self._say(error_text(ValidationError.of(others)), ERROR_STYLE)
        else:  # PermissionDenied and the unexpected alike
            self.ctx.report_error(exc)
        if refused is not None:
            refused()

    def confirm_leave(self) -> None:
        """Before another period is shown: save or drop unsaved edits, as the officer says."""
        if not self.dirty or not self.can_edit:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved sections"),
            self.tr("The sections of %1 have unsaved changes. Save them?").replace(
                "%1", period_name(self.period)
            ),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            self.save()  # before the next period's read: the store thread keeps the order

    def _say(self, text: str, style: str) -> None:
        self.status.setStyleSheet(style)
        self.status.setText(text)

    # -- documents
    def preview_pdf(self) -> None:
        """Save, find the empty sections, then build the PDF on the runner into a
        temporary folder, and preview it."""
        self.save(then=self._read_empty_sections)

    def _read_empty_sections(self) -> None:
        period = self.period
        StoreOp(self.ctx, lambda s: empty_sections(s, period), parent=self).success(
            lambda empty: self._build_pdf(period, empty)
        ).run()

    def _build_pdf(self, period: Period, empty: tuple[str, ...]) -> None:
        from hrdesk.documents.report import build_report_pdf

        ctx = self.ctx
        folder = Path(tempfile.mkdtemp(prefix="hrdesk-pdf-"))
        target = folder / f"{file_stem(period)}.pdf"

        def job(progress: Progress) -> Path:
            progress(0.1)
            try:
                # A transaction: the first print takes the report's number in the series.
                ctx.write(partial(build_report_pdf, period=period, path=target), None)
                progress(1.0)  # a cancel while it was building throws the file away
            except BaseException:
                shutil.rmtree(folder, ignore_errors=True)
                raise
            return target

        def done(path: Path) -> None:
            try:
                if not shiboken6.isValid(self):
                    return
                data = path.read_bytes()
            finally:
                shutil.rmtree(folder, ignore_errors=True)

            def shown() -> None:
                if empty:  # printed without them: say which
                    self._say(empty_warning(empty), WARNING_STYLE)
                self._open_preview(data, path.name)

            if period == self.period and not self.dirty:
                self.load(period, then=shown)  # shows the number the first print took
            else:
                self._say("", "")
                shown()

        ctx.runner.run(job, done, on_error=self._failed, title=self.tr("Making the report…"))

    def _open_preview(self, data: bytes, name: str) -> None:
        dialog = show_pdf(self, data, self.tr("Report"), name)
        self.preview = dialog
        if dialog is not None:

            def forget(*_args: object) -> None:
                if self.preview is dialog:
                    self.preview = None

            dialog.destroyed.connect(forget)

    def save_excel(self) -> Path | None:
        """Ask where, then write the figures there on the runner (atomically)."""
        suggested = suggested_path(f"{file_stem(self.period)}.xlsx")
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save Excel"), suggested, self.tr("Excel workbooks (*.xlsx)")
        )
        if not chosen:
            return None
        target = Path(chosen)
        if target.suffix.lower() != ".xlsx":
            target = target.with_name(target.name + ".xlsx")
        from hrdesk.documents.report_xlsx import write_report_xlsx

        period, ctx = self.period, self.ctx

        def job(progress: Progress) -> Path:
            progress(0.1)
            return ctx.write(partial(write_report_xlsx, period=period, path=target), None)

        def done(path: Path) -> None:
            if shiboken6.isValid(self):
                self._say(self.tr("Excel saved to %1").replace("%1", str(path)), OK_STYLE)

        ctx.runner.run(job, done, on_error=self._failed, title=self.tr("Writing the Excel file…"))
        return target

    def _failed(self, exc: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        if isinstance(exc, ValidationError):
            self._say(error_text(exc), ERROR_STYLE)
        elif isinstance(exc, OSError):
            text = self.tr("The file could not be written: %1").replace("%1", str(exc))
            self._say(text, ERROR_STYLE)
        else:
            self._say("", "")
            self.ctx.report_error(exc)


def _esc(text: str) -> str:
    import html

    return html.escape(text)
