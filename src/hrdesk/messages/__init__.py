"""The messages an officer reads, in Vietnamese and English, from one catalogue.

Errors are raised with a stable code and named parameters (`domain.errors`); the window
and the command line turn them into text here, in the officer's language. Nothing is
translated back from English. No Qt: the command line and the central service use it too.

A template names its parameters in braces: "{value}". Every template starts with a
capital letter, or with a field's {label} (labels are written with one). A parameter may
be a `Localized` (a label that reads differently by language), a date (written
dd/mm/yyyy), a list (joined with commas) or another error (its own text in the same
language). The format
spec "lower" puts the first letter of the value in lower case, for a label inside a
sentence: "Chưa nhập {label:lower}".
"""

from __future__ import annotations

import string
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from hrdesk.messages.catalogue import CATALOGUE
from hrdesk.messages.text import Text

LANGS = ("vi", "en")
DEFAULT_LANG = "vi"

__all__ = ["CATALOGUE", "DEFAULT_LANG", "LANGS", "Localized", "placeholders", "render"]


@dataclass(frozen=True)
class Localized:
    """A word or label in both languages, given as a message's parameter."""

    vi: str
    en: str

    def __str__(self) -> str:
        return self.en

    def text(self, lang: str) -> str:
        return self.vi if lang == "vi" else self.en


class _Formatter(string.Formatter):
    def __init__(self, lang: str) -> None:
        self.lang = lang

    def format_field(self, value: Any, format_spec: str) -> str:
        text = plain(value, self.lang)
        if format_spec == "lower":
            return text[:1].lower() + text[1:]
        return super().format_field(text, format_spec)


def plain(value: Any, lang: str) -> str:
    """A parameter's value as text in `lang`."""
    if isinstance(value, Localized):
        return value.text(lang)
    if hasattr(value, "code") and hasattr(value, "params"):  # an error inside a message
        return render(value.code, value.params, lang)
    if isinstance(value, datetime):
        from hrdesk.domain.formatting import format_datetime

        return format_datetime(value)
    if isinstance(value, date):
        return f"{value.day:02d}/{value.month:02d}/{value.year:04d}"
    if isinstance(value, list | tuple | set | frozenset):
        return ", ".join(plain(v, lang) for v in value)
    return str(value)


# Said of a code this version's catalogue does not have. Every code in the source is in
# the catalogue (tests/domain/test_message_catalogue.py scans it all); only a code kept by
# another version of HR Desk (a stored row) can be missing, and it is named, not guessed at.
_UNKNOWN = Text(
    "A message this version of HR Desk does not know ({code})",
    "Thông báo mà phiên bản HR Desk này không biết ({code})",
)


def render(code: str, params: Mapping[str, Any], lang: str) -> str:
    """The message `code` with `params` in `lang` ("vi" or "en")."""
    entry = CATALOGUE.get(code)
    if entry is None:
        entry, params = _UNKNOWN, {"code": code}
    template = entry.vi if lang == "vi" else entry.en
    try:
        return _Formatter(lang).format(template, **params)
    except (KeyError, IndexError, ValueError):
        # A parameter missing at a raise site must not hide the error itself.
        return template


def placeholders(template: str) -> set[str]:
    """The parameter names a template uses."""
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}
