"""The window's own settings are declared once, with their keys and defaults."""

from __future__ import annotations

from PySide6.QtCore import QByteArray

from hrdesk.ui.window_settings import (
    GEOMETRY_KEY,
    LANGUAGE,
    LAST_WORKSPACE,
    PACKAGE_FOLDER,
    saved_geometry,
    window_settings,
)


def test_a_setting_never_written_reads_as_its_default(tmp_path):
    settings = window_settings(tmp_path / "window.ini")
    assert LANGUAGE.get(settings) == "vi"
    assert LAST_WORKSPACE.get(settings) == "dashboard"
    assert PACKAGE_FOLDER.get(settings) == ""
    assert saved_geometry(settings) is None


def test_a_value_written_is_read_back_from_the_ini_file(tmp_path):
    path = tmp_path / "window.ini"
    settings = window_settings(path)
    LANGUAGE.set(settings, "en")
    PACKAGE_FOLDER.set(settings, "/media/usb")
    settings.setValue(GEOMETRY_KEY, QByteArray(b"\x01\x02"))
    settings.sync()
    again = window_settings(path)
    assert LANGUAGE.get(again) == "en"
    assert PACKAGE_FOLDER.get(again) == "/media/usb"
    assert saved_geometry(again) == QByteArray(b"\x01\x02")


def test_a_language_the_window_does_not_offer_reads_as_vietnamese(tmp_path):
    settings = window_settings(tmp_path / "window.ini")
    settings.setValue(LANGUAGE.key, "fr")
    assert LANGUAGE.get(settings) == "vi"
