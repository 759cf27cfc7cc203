"""The window's own settings (size, position, last workspace, language, last officer):
kept per computer user in an INI file, not in the store, so they are there before sign-in."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings


def settings_path() -> Path:
    import platformdirs

    return Path(platformdirs.user_config_dir("HRDesk", appauthor=False)) / "window.ini"


def window_settings(path: Path | None = None) -> QSettings:
    path = path or settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    return QSettings(str(path), QSettings.Format.IniFormat)
