"""The window names a Windows stick's problem by Windows' own code: a write-protected or
not-ready stick is not "no permission", a path too long is not "went away". The words are
the catalogue's (one text for one fact), in the window's language."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

from hrdesk.bundles.write import WriteFailed, explain


def _failed(code: int, winerror: int) -> WriteFailed:
    cause = OSError(code, "Windows said no")
    cause.winerror = winerror  # as CPython sets it on Windows
    exc = explain(cause, Path("E:/"), 1000)
    exc.__cause__ = cause
    return exc


@pytest.mark.parametrize(
    ("code", "winerror", "words"),
    [
        (errno.EACCES, 19, "is read-only (is the stick locked?)"),
        (errno.EACCES, 21, "went away while writing"),
        (errno.ENOENT, 206, "is too long for Windows"),
        (errno.EACCES, 32, "Another program is using the file"),
        (errno.EACCES, 5, "No permission to write in"),
    ],
)
def test_the_package_writer_names_the_sticks_problem(qtbot, code, winerror, words):
    from PySide6.QtWidgets import QWidget

    from hrdesk.ui.workspaces.reports_build import PackageBuilder

    parent = QWidget()
    qtbot.addWidget(parent)
    text = PackageBuilder(None, parent).write_failed(_failed(code, winerror))  # type: ignore[arg-type]
    assert words in text and "E:" in text
    assert text.endswith(". Nothing was left there under the package's name.")


def test_the_package_writer_says_it_in_vietnamese_in_the_vietnamese_window(qtbot, qapp):
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QWidget

    from hrdesk.ui.i18n import install_translators
    from hrdesk.ui.workspaces.reports_build import PackageBuilder

    previous = QLocale()
    translators = install_translators(qapp, "vi")
    try:
        parent = QWidget()
        qtbot.addWidget(parent)
        text = PackageBuilder(None, parent).write_failed(_failed(errno.EACCES, 19))  # type: ignore[arg-type]
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
        QLocale.setDefault(previous)
    assert text.startswith("Thư mục E:") and "chỉ đọc (USB có bị khóa ghi không?)" in text
