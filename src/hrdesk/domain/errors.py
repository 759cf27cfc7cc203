"""The errors every layer raises: a stable code and named parameters, translated where
they are shown (the window, the command line) from one catalogue, `hrdesk.messages`.

    raise ValidationError("received_on", "field.not_date", value=text)

`str(exc)` is the English text; `exc.text("vi")` the Vietnamese. A form's service
checks every field and raises one ValidationError carrying every field's problem
(`ValidationError.of(problems)`); each problem is shown under its field.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from hrdesk.messages import render


class HRDeskError(Exception):
    """Base of the errors a user can act on. `code` names the message in the catalogue,
    `params` fill its placeholders."""

    def __init__(self, code: str, /, **params: Any) -> None:
        super().__init__(code)
        self.code = code
        self.params = params

    def text(self, lang: str) -> str:
        """The message in `lang` ("vi" or "en")."""
        return render(self.code, self.params, lang)

    def __str__(self) -> str:
        return self.text("en")


class ValidationError(HRDeskError):
    """Bad input. `field` is the model's field name; `problems` holds every field's
    problem when a form's values were checked together (this error itself when alone)."""

    def __init__(self, field: str, code: str, /, **params: Any) -> None:
        super().__init__(code, **params)
        self.field = field
        self.problems: tuple[ValidationError, ...] = (self,)

    @property
    def message(self) -> str:
        """The English text (the message without the field's name)."""
        return self.text("en")

    @classmethod
    def of(cls, problems: Sequence[ValidationError]) -> ValidationError:
        """One error carrying all of `problems` (itself the only one when there is one);
        several are headed "N values are not right" and named by their first field."""
        flat = [p for error in problems for p in error.problems]
        if len(flat) == 1:
            return flat[0]
        combined = ValidationError(flat[0].field, "field.several", count=len(flat))
        combined.problems = tuple(flat)
        return combined

    @property
    def has_headline(self) -> bool:
        """Whether this error heads a list of problems (its own text says what they are)."""
        return self.problems != (self,)

    def texts(self, lang: str) -> list[str]:
        """Every problem's message in `lang`."""
        return [p.text(lang) for p in self.problems]


class NotFound(HRDeskError):
    """A record asked for by uid or name does not exist."""


class PermissionDenied(HRDeskError):
    """The signed-in officer's role does not allow this action."""


class StoreError(HRDeskError):
    """The store cannot be opened or used: damaged, from a newer version, wrong key."""


class DamagedStore(StoreError):
    """The store file is damaged or unreadable: a failed check (exit status 1)."""
