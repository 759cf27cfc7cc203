"""The window names a Windows stick's problem by Windows' own code: a write-protected or
not-ready stick is not "no permission", a path too long is not "went away"."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

from hrdesk.bundles.write import WriteFailed


def _failed(code: int, winerror: int) -> WriteFailed:
    cause = OSError(code, "Windows said no")
    cause.winerror = winerror  # as CPython sets it on Windows
    exc = WriteFailed("package.not_written", folder=Path("E:/"), reason="Windows said no")
    exc.__cause__ = cause
    return exc


@pytest.mark.parametrize(
    ("code", "winerror", "words"),
    [
        (errno.EACCES, 19, "is read-only. Is the stick locked?"),
        (errno.EACCES, 21, "went away while writing"),
        (errno.ENOENT, 206, "is too long for Windows"),
        (errno.EACCES, 32, "Another program is using the file"),
        (errno.EACCES, 5, "may not write in the folder"),
    ],
)
def test_the_package_writer_names_the_sticks_problem(qtbot, code, winerror, words):
    from PySide6.QtWidgets import QWidget

    from hrdesk.ui.workspaces.reports_build import PackageBuilder

    parent = QWidget()
    qtbot.addWidget(parent)
    text = PackageBuilder(None, parent).write_failed(_failed(code, winerror))  # type: ignore[arg-type]
    assert words in text and "E:" in text
