"""The PDF preview: a real minutes PDF shown offscreen, saved and printed."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

pytest.importorskip("PySide6.QtPdfWidgets")

from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog

from hrdesk.documents.fonts import ENV_FONT
from hrdesk.ui.pdf_preview import PdfPreviewDialog
from tests.conftest import ADMIN
from tests.documents import builders


@pytest.fixture
def minutes_pdf(office, tmp_path, monkeypatch) -> Path:
    """Minutes long enough for three pages."""
    from hrdesk.documents.minutes import build_minutes

    monkeypatch.setenv(ENV_FONT, "bundled")
    with office.transaction(ADMIN) as s:
        meeting = builders.meeting(s, builders.committee(s), attendees=20, items=6)
        return build_minutes(s, meeting.uid, tmp_path / "bien-ban.pdf")


def test_preview_shows_every_page_and_saves_an_identical_copy(
    qtbot, minutes_pdf, tmp_path, monkeypatch
):
    pages = len(PdfReader(str(minutes_pdf)).pages)
    dialog = PdfPreviewDialog(minutes_pdf, title="Biên bản")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert pages >= 2
    assert dialog.page_count == pages
    assert dialog.page_label.text() == f"of {pages}"

    dialog.next_page()
    qtbot.waitUntil(lambda: dialog.current_page == 1)
    assert dialog.page_box.value() == 2

    target = tmp_path / "copy" / "saved"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(dialog.view, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    saved = target.with_name("saved.pdf")
    assert saved.read_bytes() == minutes_pdf.read_bytes()
    assert not list(saved.parent.glob("*.part"))


def test_preview_keeps_the_pdf_after_the_file_is_deleted(qtbot, minutes_pdf, tmp_path, monkeypatch):
    original = minutes_pdf.read_bytes()
    dialog = PdfPreviewDialog(minutes_pdf)
    qtbot.addWidget(dialog)
    minutes_pdf.unlink()
    target = tmp_path / "again.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    assert dialog.save_as() == target
    assert target.read_bytes() == original


def test_printing_paints_every_page_on_white(qtbot, minutes_pdf, tmp_path):
    dialog = PdfPreviewDialog(minutes_pdf)
    qtbot.addWidget(dialog)
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert dialog.print_to(printer) == dialog.page_count
    assert len(PdfReader(str(tmp_path / "printed.pdf")).pages) == dialog.page_count
    image = dialog.page_image(0, 20)
    assert image.pixelColor(0, 0).name() == "#ffffff"


def test_zoom_and_keyboard(qtbot, minutes_pdf):
    dialog = PdfPreviewDialog(minutes_pdf)
    qtbot.addWidget(dialog)
    dialog.zoom_in()
    bigger = dialog.view.zoomFactor()
    dialog.zoom_out()
    assert dialog.view.zoomFactor() < bigger
    assert dialog.print_action.shortcut().toString() == "Ctrl+P"
    assert dialog.save_action.shortcut().toString() == "Ctrl+S"
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_a_damaged_file_is_said_so(qtbot, tmp_path):
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"not a pdf")
    dialog = PdfPreviewDialog(bad)
    qtbot.addWidget(dialog)
    assert not dialog.save_action.isEnabled()
    assert "cannot be shown" in dialog.status.text()
