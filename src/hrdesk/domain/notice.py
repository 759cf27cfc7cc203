"""Something an officer should know that is not an error: work done, with a consequence
(an automatic backup dropped old copies to keep within its disk budget). Shown like an
error, from the catalogue, in the officer's language."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hrdesk.messages import render


class Notice:
    """A message `code` from the catalogue with its named parameters."""

    def __init__(self, code: str, /, **params: Any) -> None:
        self.code = code
        self.params = params

    def text(self, lang: str) -> str:
        return render(self.code, self.params, lang)

    def __str__(self) -> str:
        return self.text("en")

    def __repr__(self) -> str:
        return f"Notice({self.code!r}, {self.params!r})"


# Who hears a notice: the command line prints it on stderr, the window shows it.
Notify = Callable[[Notice], None]
