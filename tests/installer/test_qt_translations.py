"""The bundle keeps Qt's translations in HR Desk's languages only, in both wheel layouts."""

from __future__ import annotations

import importlib.util
from pathlib import Path, PurePosixPath, PureWindowsPath

import pytest

_FILE = Path(__file__).resolve().parents[2] / "installer" / "qt_translations.py"
_SPEC = importlib.util.spec_from_file_location("qt_translations", _FILE)
assert _SPEC and _SPEC.loader
qt_translations = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(qt_translations)
keep = qt_translations.keep


@pytest.mark.parametrize(
    "folder",
    [
        PurePosixPath("PySide6/Qt/translations"),  # Linux and macOS wheels
        PureWindowsPath("PySide6/translations"),  # the Windows wheel: no Qt folder
    ],
    ids=["linux", "windows"],
)
def test_only_vietnamese_and_english_qt_translations_are_kept(folder):
    assert not keep(str(folder / "qtbase_de.qm"))
    assert not keep(str(folder / "qt_help_zh_CN.qm"))
    assert keep(str(folder / "qtbase_en.qm"))
    assert keep(str(folder / "qtbase_vi.qm"))  # should a later Qt add one


def test_other_files_and_hrdesks_own_translations_are_kept():
    assert keep(str(PureWindowsPath("hrdesk/resources/translations/hrdesk_vi.qm")))
    assert keep(str(PureWindowsPath("PySide6/plugins/platforms/qwindows.dll")))
    assert keep("reportlab/fonts/Vera.ttf")
