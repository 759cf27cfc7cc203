"""Errors in the window's language, from the one catalogue (`hrdesk.messages`).

The window's language is the one its translators were installed for: `install_translators`
sets Qt's default locale, so every dialog reads it here without being handed it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Protocol

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QLabel

from hrdesk.domain.errors import HRDeskError, ValidationError


class ShowsError(Protocol):
    def show_error(self, message: str) -> None: ...


class LabelShows:
    """A label that takes a field's message (for `show_problems`)."""

    def __init__(self, label: QLabel) -> None:
        self.label = label

    def show_error(self, message: str) -> None:
        self.label.setText(message)
        self.label.show()


def window_lang() -> str:
    """ "vi" or "en": the language the window speaks."""
    return "vi" if QLocale().language() == QLocale.Language.Vietnamese else "en"


def error_text(exc: BaseException) -> str:
    """The message for `exc` in the window's language; a list of problems (a form's
    fields, an import's rows) follows its headline, one a line."""
    lang = window_lang()
    if isinstance(exc, ValidationError) and exc.has_headline:
        return "\n".join([exc.text(lang), *exc.texts(lang)])
    if isinstance(exc, HRDeskError):
        return exc.text(lang)
    return str(exc)


def show_problems(
    exc: ValidationError,
    editors: Mapping[str, ShowsError],
    elsewhere: Callable[[str], None],
) -> list[str]:
    """Every problem of `exc` at once: each under its field's editor, the others (joined,
    one a line) given to `elsewhere`. Returns the fields that got a message, in order."""
    lang = window_lang()
    shown: list[str] = []
    others: list[str] = []
    for problem in exc.problems:
        editor = editors.get(problem.field)
        if editor is not None:
            editor.show_error(problem.text(lang))
            shown.append(problem.field)
        else:
            others.append(problem.text(lang))
    if others:
        elsewhere("\n".join(others))
    return shown
