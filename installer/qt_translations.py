"""Which of Qt's own translation files the bundle keeps: only HR Desk's languages.

Used by hrdesk.spec on the collected data. The PySide6 wheels lay their files out
differently: on Linux (and macOS) Qt's files are under PySide6/Qt/translations, on Windows
under PySide6/translations (the DLLs sit in PySide6/ itself). A filter that looked for a
"Qt" folder kept every language on Windows (14 MB of .qm nobody reads). Destinations are
split on both separators, so the Windows layout is checked on Linux too.
"""

from __future__ import annotations

import re

LANGUAGES = ("vi", "en")


def keep(dest: str) -> bool:
    """False for a Qt translation file in a language HR Desk does not offer."""
    parts = [part for part in re.split(r"[\\/]", dest) if part]
    if len(parts) < 2 or parts[-2] != "translations" or not parts[-1].endswith(".qm"):
        return True
    if "PySide6" not in parts[:-2]:
        return True  # HR Desk's own translations (hrdesk/resources/translations)
    return parts[-1].endswith(tuple(f"_{lang}.qm" for lang in LANGUAGES))
