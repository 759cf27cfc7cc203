"""The window's own settings (size, position, last workspace, language, last officer):
kept per computer user in an INI file, not in the store, so they are there before sign-in.

Each is declared once here with its key and default (the office's settings, in the store,
are declared in `hrdesk.domain.settings`); the window reads and writes them through these.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from hrdesk.ui.i18n import DEFAULT, LANGUAGES


def settings_path() -> Path:
    import platformdirs

    return Path(platformdirs.user_config_dir("HRDesk", appauthor=False)) / "window.ini"


def window_settings(path: Path | None = None) -> QSettings:
    path = path or settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    return QSettings(str(path), QSettings.Format.IniFormat)


@dataclass(frozen=True)
class WindowText:
    """A text setting; a value not among `allowed` (when given) reads as the default."""

    key: str
    default: str
    allowed: Collection[str] = ()

    def get(self, settings: QSettings) -> str:
        value = settings.value(self.key, None)
        text = self.default if value is None or value == "" else str(value)
        return self.default if self.allowed and text not in self.allowed else text

    def set(self, settings: QSettings, value: str) -> None:
        settings.setValue(self.key, value)


LANGUAGE = WindowText("language", DEFAULT, tuple(LANGUAGES))
LAST_OFFICER = WindowText("last_officer", "")
LAST_WORKSPACE = WindowText("last_workspace", "dashboard")
PACKAGE_FOLDER = WindowText("reports/package_folder", "")
GEOMETRY_KEY = "geometry"  # QWidget.saveGeometry(): bytes, not text


def saved_geometry(settings: QSettings) -> QByteArray | None:
    value = settings.value(GEOMETRY_KEY)
    return value if isinstance(value, QByteArray) and not value.isEmpty() else None
