"""Languages: Vietnamese by default (the .qm built from resources/translations), English
as written in the source. The choice is kept in the window settings and applied at start."""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from hrdesk.resources_path import resource_path

LANGUAGES = {"vi": "Tiếng Việt", "en": "English"}
DEFAULT = "vi"


def install_translators(app: QApplication, lang: str) -> list[QTranslator]:
    """Load HR Desk's and Qt's own translations for `lang`; keep the result alive."""
    lang = lang if lang in LANGUAGES else DEFAULT
    QLocale.setDefault(
        QLocale(QLocale.Language.Vietnamese if lang == "vi" else QLocale.Language.English)
    )
    installed: list[QTranslator] = []
    if lang == "en":
        return installed
    ours = QTranslator(app)
    if ours.load(str(resource_path("translations", f"hrdesk_{lang}.qm"))):
        app.installTranslator(ours)
        installed.append(ours)
    qt = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(f"qtbase_{lang}", qt_dir):
        app.installTranslator(qt)
        installed.append(qt)
    return installed
