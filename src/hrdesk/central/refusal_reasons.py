"""Why the centre refused a package: the check that failed and a message code with its
parameters, kept in the refusals table and read in the board's language.

Rows kept before codes (central revision 0003) have only the English reason: it is shown
as written, after the check's name in the board's language.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from hrdesk.bundles.verify import CHECK_NAMES
from hrdesk.central.models import Refusal
from hrdesk.messages import CATALOGUE, Localized, render
from hrdesk.messages.stored import loads_params

# The centre's own checks, beside the verifier's (bundles/verify.CHECK_NAMES).
CENTRE_CHECKS = {
    "key": Localized("khóa văn phòng", "key"),
    "sealed": Localized("niêm phong", "sealed"),
    "package": Localized("gói", "package"),
}


def check_label(name: str) -> Localized:
    """A check's name in both languages (as given, if it is not a known one)."""
    return CHECK_NAMES.get(name) or CENTRE_CHECKS.get(name) or Localized(name, name)


@dataclass(frozen=True)
class RefusalReason:
    """The check that failed and why; `written` is the English kept beside the code."""

    check: str
    code: str | None
    params: dict[str, Any] = field(default_factory=dict)
    written: str = ""

    def said(self, lang: str) -> str:
        """Why, in `lang` (as written, for a row kept without a code this version knows)."""
        if self.code is not None and self.code in CATALOGUE:
            return render(self.code, self.params, lang)
        return self.written

    def text(self, lang: str) -> str:
        """ "check: why" in `lang`."""
        return f"{check_label(self.check).text(lang)}: {self.said(lang)}"


def reason_of(refusal: Refusal) -> RefusalReason:
    return RefusalReason(
        refusal.check_name,
        refusal.reason_code,
        loads_params(refusal.reason_params),
        refusal.reason,
    )
