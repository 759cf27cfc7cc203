"""Save-as dialogs start in the officer's Documents folder, not in the process's current
folder (on Windows the program folder, emptied by the next upgrade)."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("PySide6.QtPdfWidgets")

from PySide6.QtWidgets import QFileDialog

from hrdesk.places import documents_dir, suggested_path


@pytest.fixture
def documents(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "Tài liệu"
    folder.mkdir()
    monkeypatch.setenv("XDG_DOCUMENTS_DIR", str(folder))  # what platformdirs reads on Linux
    return folder


def test_a_bare_file_name_is_proposed_in_documents(documents, tmp_path):
    assert documents_dir() == documents
    assert suggested_path("bien-ban.pdf") == str(documents / "bien-ban.pdf")
    assert suggested_path("a.pdf", tmp_path) == str(tmp_path / "a.pdf")
    assert suggested_path(tmp_path / "x" / "a.pdf") == str(tmp_path / "x" / "a.pdf")


def test_without_a_documents_folder_the_home_folder_is_used(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DOCUMENTS_DIR", str(tmp_path / "missing"))
    assert documents_dir() == Path.home()


def test_the_pdf_preview_saves_into_documents_by_default(qtbot, documents, monkeypatch):
    from hrdesk.ui.pdf_preview import PdfPreviewDialog

    pdf = b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n" + (
        b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
    )
    dialog = PdfPreviewDialog(pdf, title="Biên bản", suggested_name="bien-ban-hop.pdf")
    qtbot.addWidget(dialog)
    asked = []

    def ask(_parent, _title, start, _filter):
        asked.append(start)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", ask)
    assert dialog.save_as() is None
    assert asked == [str(documents / "bien-ban-hop.pdf")]
