"""A message that is not an error: a code and its parameters, read in a language when it
is shown (a check's outcome, a warning, what an import did)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from hrdesk.messages import render


@dataclass(frozen=True)
class Message:
    """`code` from the catalogue with `params`; `str()` is the English text (for logs and
    the central service's records, which keep English)."""

    code: str
    params: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def of(cls, code: str, /, **params: Any) -> Message:
        return cls(code, params)

    def text(self, lang: str) -> str:
        """The message in `lang` ("vi" or "en")."""
        return render(self.code, self.params, lang)

    def __str__(self) -> str:
        return self.text("en")
