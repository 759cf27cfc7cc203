"""Preview of a finished PDF (minutes, report, sign-in sheet): pages, zoom, print, save.

The dialog reads the whole file when it opens and shows it from memory, so the caller may
delete a temporary file right away, and "Save as PDF…" writes exactly the bytes that were
shown. QtPdf renders pages with a transparent background: printing paints them on white.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRect, QSize, Qt
from PySide6.QtGui import (
    QAction,
    QColor,
    QGuiApplication,
    QImage,
    QKeySequence,
    QPageLayout,
    QPainter,
)
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QLabel,
    QMessageBox,
    QSpinBox,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from hrdesk.documents.files import save_copy
from hrdesk.places import suggested_path

ZOOM_STEPS = (0.25, 0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0, 4.0)
# Pages are rendered for the printer at most at this resolution: enough for text, and a
# 1200 dpi printer does not need a 140-megapixel image per page.
MAX_PRINT_DPI = 300


class PdfPreviewDialog(QDialog):
    """Shows one PDF; Ctrl+P prints it, Ctrl+S saves a copy, Esc closes."""

    def __init__(
        self,
        pdf: Path | str | bytes,
        parent: QWidget | None = None,
        *,
        title: str | None = None,
        suggested_name: str | None = None,
    ) -> None:
        super().__init__(parent)
        # A PDF read from the store arrives as bytes and never touches the disk.
        if isinstance(pdf, bytes):
            self._data, name = pdf, suggested_name or "document.pdf"
        else:
            self._data, name = Path(pdf).read_bytes(), Path(pdf).name
        self._suggested = suggested_name or name
        self.setWindowTitle(title or name)
        # A page's height where the screen allows, never more than a laptop screen's
        # available area (1366×768 leaves about 700 pixels under its task bar).
        area = (parent.screen() if parent else QGuiApplication.primaryScreen()).availableGeometry()
        self.resize(min(900, area.width() - 40), min(1000, area.height() - 80))

        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(self._data))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)

        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.status = QLabel(self)

        self._build_actions()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._toolbar())
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)

        self.view.pageNavigator().currentPageChanged.connect(self._page_changed)
        self._page_changed(0)
        if self.document.status() != QPdfDocument.Status.Ready:
            self.status.setText(self.tr("This PDF file cannot be shown."))
            for action in (self.print_action, self.save_action, self.next_action):
                action.setEnabled(False)

    # Actions and toolbar

    def _action(self, text: str, slot: object, shortcut: QKeySequence | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        # Added to the dialog itself so that the shortcut works wherever the focus is.
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.previous_action = self._action(
            self.tr("Previous page"), self.previous_page, QKeySequence(Qt.Key.Key_PageUp)
        )
        self.next_action = self._action(
            self.tr("Next page"), self.next_page, QKeySequence(Qt.Key.Key_PageDown)
        )
        self.zoom_out_action = self._action(
            self.tr("Zoom out"), self.zoom_out, QKeySequence(QKeySequence.StandardKey.ZoomOut)
        )
        self.zoom_in_action = self._action(
            self.tr("Zoom in"), self.zoom_in, QKeySequence(QKeySequence.StandardKey.ZoomIn)
        )
        self.fit_width_action = self._action(self.tr("Fit width"), self.fit_width)
        self.print_action = self._action(
            self.tr("Print…"), self.print_document, QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_P)
        )
        self.save_action = self._action(
            self.tr("Save as PDF…"), self.save_as, QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_S)
        )

    def _toolbar(self) -> QToolBar:
        bar = QToolBar(self)
        bar.addAction(self.previous_action)
        self.page_box = QSpinBox(bar)
        self.page_box.setRange(1, max(1, self.page_count))
        self.page_box.setAccessibleName(self.tr("Page"))
        self.page_box.valueChanged.connect(lambda number: self.go_to_page(number - 1))
        bar.addWidget(self.page_box)
        self.page_label = QLabel(self.tr("of %1").replace("%1", str(self.page_count)), bar)
        bar.addWidget(self.page_label)
        bar.addAction(self.next_action)
        bar.addSeparator()
        bar.addAction(self.zoom_out_action)
        bar.addAction(self.zoom_in_action)
        bar.addAction(self.fit_width_action)
        bar.addSeparator()
        bar.addAction(self.print_action)
        bar.addAction(self.save_action)
        return bar

    # Pages and zoom

    @property
    def page_count(self) -> int:
        return self.document.pageCount()

    @property
    def current_page(self) -> int:
        """The page shown, counted from 0."""
        return self.view.pageNavigator().currentPage()

    def go_to_page(self, index: int) -> None:
        if 0 <= index < self.page_count and index != self.current_page:
            navigator = self.view.pageNavigator()
            navigator.jump(index, QPointF(), navigator.currentZoom())

    def previous_page(self) -> None:
        self.go_to_page(self.current_page - 1)

    def next_page(self) -> None:
        self.go_to_page(self.current_page + 1)

    def _page_changed(self, index: int) -> None:
        self.page_box.blockSignals(True)
        self.page_box.setValue(index + 1)
        self.page_box.blockSignals(False)
        self.previous_action.setEnabled(index > 0)
        self.next_action.setEnabled(index < self.page_count - 1)

    def _set_zoom(self, factor: float) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(factor)

    def zoom_in(self) -> None:
        current = self.view.zoomFactor()
        self._set_zoom(next((z for z in ZOOM_STEPS if z > current + 1e-6), ZOOM_STEPS[-1]))

    def zoom_out(self) -> None:
        current = self.view.zoomFactor()
        smaller = [z for z in ZOOM_STEPS if z < current - 1e-6]
        self._set_zoom(smaller[-1] if smaller else ZOOM_STEPS[0])

    def fit_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

    # Printing

    def print_document(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.windowTitle())
        printer.setFromTo(1, self.page_count)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print"))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> int:
        """Paint the pages the printer asks for (all by default); returns how many."""
        first, last = printer.fromPage(), printer.toPage()
        if first < 1 or last < first:
            first, last = 1, self.page_count
        last = min(last, self.page_count)
        printer.setFullPage(True)
        size = self.document.pagePointSize(first - 1)
        landscape = size.width() > size.height()
        printer.setPageOrientation(
            QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
        )
        painter = QPainter()
        if not painter.begin(printer):
            QMessageBox.warning(self, self.tr("Print"), self.tr("The printer cannot be used."))
            return 0
        dpi = min(printer.resolution(), MAX_PRINT_DPI)
        try:
            for number in range(first, last + 1):
                if number > first:
                    printer.newPage()
                image = self.page_image(number - 1, dpi)
                painter.drawImage(_fit(image.size(), painter.viewport()), image)
        finally:
            painter.end()
        return last - first + 1

    def page_image(self, index: int, dpi: int) -> QImage:
        """One page rendered at `dpi`, on white paper (QtPdf leaves the background clear)."""
        points = self.document.pagePointSize(index)
        size = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
        image = QImage(size, QImage.Format.Format_RGB32)
        image.fill(QColor(Qt.GlobalColor.white))
        painter = QPainter(image)
        painter.drawImage(0, 0, self.document.render(index, size))
        painter.end()
        return image

    # Saving

    def save_as(self) -> Path | None:
        """Ask where, then write an identical copy of the PDF there (atomically)."""
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save as PDF"),
            suggested_path(self._suggested),
            self.tr("PDF files (*.pdf)"),
        )
        if not chosen:
            return None
        target = Path(chosen)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        try:
            save_copy(self._data, target)
        except OSError as exc:
            QMessageBox.warning(
                self,
                self.tr("Save as PDF"),
                self.tr("The file could not be saved:\n%1").replace("%1", str(exc)),
            )
            return None
        self.status.setText(self.tr("Saved to %1").replace("%1", str(target)))
        return target


def _fit(size: QSize, area: QRect) -> QRect:
    """The largest rectangle of `size`'s proportions centred in `area`."""
    scaled = size.scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
    x = area.x() + (area.width() - scaled.width()) // 2
    y = area.y() + (area.height() - scaled.height()) // 2
    return QRect(x, y, scaled.width(), scaled.height())
