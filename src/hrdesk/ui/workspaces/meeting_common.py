"""What the meetings and training workspaces share: the HTML pieces their details show
(the panel itself is ui/panels/details_pane.py), the editor dialog that saves with one service call,
the committee's members in the order the minutes list them, and a document built off the
main thread and previewed.

(It lives beside the meetings workspace because the training workspace is its only
other user; a third user would be reason to move it up into `hrdesk.ui`.)
"""

from __future__ import annotations

import html
import re
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from hrdesk.domain.errors import HRDeskError, ValidationError
from hrdesk.ui.context import UiContext
from hrdesk.ui.discard import AsksBeforeDiscarding
from hrdesk.ui.messages import error_text
from hrdesk.ui.record_form import ERROR_STYLE
from hrdesk.ui.store_save import SavesInStore
from hrdesk.ui.table_cell import cell
from hrdesk.ui.worker import Progress

# "attendance[3].absence_reason" names row 3 (counted from 1) and its field.
_ROW_FIELD = re.compile(r"\w+\[(\d+)\]\.(\w+)")


def row_error(field: str) -> tuple[int, str] | None:
    """The row (from 0) and the field a service's list-validation error names, if any."""
    match = _ROW_FIELD.fullmatch(field)
    return (int(match.group(1)) - 1, match.group(2)) if match else None


def paragraphs(text: str | None) -> str:
    """Multi-line text as HTML, line breaks kept."""
    return html.escape(text or "").replace("\n", "<br>")


# The translated words go in through these, never through tr() inside an f-string:
# pyside6-lupdate does not see a tr() call there, and the string would stay English.
def heading(text: str) -> str:
    return f"<h4>{html.escape(text)}</h4>"


def note(text: str) -> str:
    return f"<p>{html.escape(text)}</p>"


class EditorDialog(SavesInStore, AsksBeforeDiscarding, QDialog):
    """Edits one part of a record and saves it with one service call.

    Save (Ctrl+S) calls `save()`; a ValidationError that names a row ("agenda[2].title")
    goes to `show_row_error`, any other is shown above the buttons; Esc, Cancel and the
    close button ask before throwing away changes. Subclasses give `snapshot()` (what
    `save()` would write) and call `remember()` once they are filled in.
    """

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.result_value: Any = None
        self.body = QVBoxLayout()
        self.error = QLabel()
        self.error.setObjectName("editor_error")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.body, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        QShortcut(QKeySequence.StandardKey.Save, self).activated.connect(self.submit)

    def save(self) -> Any:
        """The saved value, or a StoreOp (not yet run) that saves it."""
        raise NotImplementedError

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def has_changes(self) -> bool:
        self.commit_edits()  # a cell still being typed in is a change too
        return super().has_changes()

    def show_row_error(self, row: int, field: str, text: str) -> None:
        self.show_error(self.tr("Row %1: %2").replace("%1", str(row + 1)).replace("%2", text))

    def commit_edits(self) -> None:
        """Put a cell still being typed in into its table (Ctrl+S before Enter)."""
        for table in self.findChildren(QTableWidget):
            current = table.currentIndex()
            # Moving the current cell makes the view commit and close its editor.
            table.setCurrentIndex(QModelIndex())
            table.setCurrentIndex(current)

    def submit(self) -> None:
        if self.saving:
            return  # the last Save is still on its way
        self.error.hide()
        self.commit_edits()
        try:
            outcome = self.save()
        except HRDeskError as exc:  # refused before any store work
            self.refused(exc)
            return
        self.finish_save(outcome, self.refused)

    def refused(self, exc: HRDeskError) -> None:
        where = row_error(exc.field) if isinstance(exc, ValidationError) else None
        if where is not None:
            self.show_row_error(where[0], where[1], error_text(exc))
        else:
            self.show_error(error_text(exc))

    def fit_to_screen(self, width: int, height: int) -> None:
        """Open at `width`×`height`, or smaller on a small screen (1366×768 laptops)."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        area = screen.availableGeometry()
        self.resize(min(width, area.width() - 40), min(height, area.height() - 60))


Build = Callable[[Session, str, Path], Path]


class DocumentJob:
    """Builds one record's PDF on the runner into a temporary folder, then previews it.

    The preview reads the whole file when it opens, so the folder is removed at once;
    nothing with the committee's records is left in the temporary folder.
    """

    def __init__(self, ctx: UiContext, parent: QWidget) -> None:
        self.ctx = ctx
        self.parent = parent
        self.preview: QDialog | None = None  # the preview open now (tests look at it)

    def start(
        self,
        build: Build,
        uid: str,
        *,
        file_name: str,
        title: str,
        progress_title: str,
        writes: bool = False,
    ) -> None:
        """`writes`: the document takes a number from the office's series, so it runs in a
        transaction that records it (minutes); otherwise it only reads."""
        folder = Path(tempfile.mkdtemp(prefix="hrdesk-pdf-"))
        target = folder / file_name
        ctx = self.ctx

        def job(progress: Progress) -> Path:
            progress(0.1)
            try:

                def work(s: Session) -> Path:
                    return build(s, uid, target)

                ctx.write(work, None) if writes else ctx.read(work)
                progress(1.0)  # a cancel while it was building throws the file away
            except BaseException:
                shutil.rmtree(folder, ignore_errors=True)
                raise
            return target

        def done(path: Path) -> None:
            try:
                self._show(path, title)
            finally:
                shutil.rmtree(folder, ignore_errors=True)

        ctx.runner.run(
            job, done, on_error=lambda exc: self._failed(exc, title), title=progress_title
        )

    def _show(self, path: Path, title: str) -> None:
        try:
            from hrdesk.ui.pdf_preview import PdfPreviewDialog
        except ImportError:  # QtPdf is an optional part of PySide6 on some systems
            QMessageBox.warning(
                self.parent,
                title,
                QCoreApplication.translate(
                    "DocumentJob", "The PDF preview needs Qt's PDF module, which is not installed."
                ),
            )
            return
        dialog = PdfPreviewDialog(path, self.parent, title=title, suggested_name=path.name)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.preview = dialog

        def forget(*_args: object) -> None:
            if self.preview is dialog:
                self.preview = None

        dialog.destroyed.connect(forget)
        dialog.open()

    def _failed(self, exc: BaseException, title: str) -> None:
        if isinstance(exc, ValidationError):
            QMessageBox.warning(self.parent, title, error_text(exc))
        else:
            self.ctx.report_error(exc)


class PeopleDialog(EditorDialog):
    """An editor whose table lists people, members or from outside the committee (meeting
    attendance, a training roster). Subclasses make `table` with the name in column
    NAME_COLUMN, and give `_append(person) -> row` and `_refresh()`."""

    NAME_COLUMN = 1
    table: QTableWidget
    _loading: bool

    def _append(self, person: dict[str, Any]) -> int:
        raise NotImplementedError

    def _refresh(self) -> None:
        raise NotImplementedError

    def add_outside(self, name: str = "", title: str = "", agency: str = "") -> int:
        """A row for someone from outside the committee; the name cell opens for typing."""
        self._loading = True
        row = self._append(
            {"member": None, "full_name": name, "title": title, "agency_name": agency}
        )
        self._loading = False
        self._refresh()
        name_cell = cell(self.table, row, self.NAME_COLUMN)
        self.table.scrollToItem(name_cell)
        self.table.setCurrentCell(row, self.NAME_COLUMN)
        if not name:
            self.table.editItem(name_cell)
        return row

    def remove_row(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self._refresh()
