"""One catalogue entry."""

from __future__ import annotations

from typing import NamedTuple


class Text(NamedTuple):
    """A message's text in English and in Vietnamese, with the same {placeholders}."""

    en: str
    vi: str
