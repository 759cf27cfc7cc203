"""A received package's warnings as they are kept: message codes and named parameters,
as JSON in `received_packages.warnings`, read in the officer's language when shown.

Packages received before store revision 0013 kept English sentences; that revision
turned the sentences it knew into codes and kept any other text as written, in an entry
`{"text": …}` which is shown as written in every language (`AsWritten`).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from hrdesk.messages import CATALOGUE
from hrdesk.messages.message import Message
from hrdesk.messages.stored import decode_params, encode_params

SEPARATOR = "; "


@dataclass(frozen=True)
class AsWritten:
    """A warning an earlier version kept as text that no code says: shown as written."""

    written: str

    def text(self, lang: str) -> str:
        del lang  # the same in every language: nothing is translated back from English
        return self.written

    def __str__(self) -> str:
        return self.written


KeptWarning = Message | AsWritten


def dump(warnings: Sequence[Message]) -> str | None:
    """The JSON kept for `warnings` (None when there are none)."""
    if not warnings:
        return None
    entries = [{"code": w.code, "params": encode_params(w.params)} for w in warnings]
    return json.dumps(entries, ensure_ascii=False, sort_keys=True)


def load(kept: str | None) -> list[KeptWarning]:
    """The warnings kept in a row, in order; text that is not this JSON is shown as written."""
    if not kept:
        return []
    try:
        entries = json.loads(kept)
    except ValueError:
        return [AsWritten(kept)]
    if not isinstance(entries, list):
        return [AsWritten(kept)]
    return [_entry(entry) for entry in entries]


def _entry(entry: Any) -> KeptWarning:
    if not isinstance(entry, dict):
        return AsWritten(str(entry))
    code, params = entry.get("code"), entry.get("params")
    if isinstance(code, str) and code in CATALOGUE and isinstance(params, dict):
        return Message(code, decode_params(params))
    return AsWritten(str(entry.get("text", entry)))


def text(kept: str | None, lang: str) -> str:
    """The warnings kept in a row as one line in `lang` ("" when there are none)."""
    return SEPARATOR.join(w.text(lang) for w in load(kept))
