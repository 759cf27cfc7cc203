"""A message kept in a database: its code and named parameters as JSON, read back in any
language later (a received package's warnings, the centre's refusals).

Numbers and text are kept as they are; a `Localized` word keeps both languages, a date
its ISO form, an error or message inside another its own code and parameters, so the
message reads the same when it is shown as when it was raised. Anything else is kept as
its text.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from hrdesk.messages import Localized
from hrdesk.messages.message import Message

_LOCALIZED, _DATE, _DATETIME, _MESSAGE = "$localized", "$date", "$datetime", "$message"


def _encode(value: Any) -> Any:
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, Localized):
        return {_LOCALIZED: [value.vi, value.en]}
    if isinstance(value, datetime):
        return {_DATETIME: value.isoformat()}
    if isinstance(value, date):
        return {_DATE: value.isoformat()}
    if hasattr(value, "code") and hasattr(value, "params"):
        return {_MESSAGE: {"code": value.code, "params": encode_params(value.params)}}
    if isinstance(value, list | tuple | set | frozenset):
        return [_encode(v) for v in value]
    return str(value)


def _decode(value: Any) -> Any:
    if isinstance(value, list):
        return [_decode(v) for v in value]
    if not isinstance(value, dict) or len(value) != 1:
        return value
    ((tag, inner),) = value.items()
    if tag == _LOCALIZED and isinstance(inner, list) and len(inner) == 2:
        return Localized(str(inner[0]), str(inner[1]))
    if tag == _DATETIME and isinstance(inner, str):
        return datetime.fromisoformat(inner)
    if tag == _DATE and isinstance(inner, str):
        return date.fromisoformat(inner)
    if tag == _MESSAGE and isinstance(inner, dict):
        return Message(str(inner.get("code")), decode_params(inner.get("params")))
    return value


def encode_params(params: Mapping[str, Any]) -> dict[str, Any]:
    """`params` as JSON can keep them."""
    return {name: _encode(value) for name, value in params.items()}


def decode_params(kept: Any) -> dict[str, Any]:
    """Parameters kept by `encode_params`, as the catalogue reads them."""
    if not isinstance(kept, dict):
        return {}
    return {str(name): _decode(value) for name, value in kept.items()}


def dumps_params(params: Mapping[str, Any]) -> str:
    """`params` as a JSON text (for a column of their own)."""
    return json.dumps(encode_params(params), ensure_ascii=False, sort_keys=True)


def loads_params(text: str | None) -> dict[str, Any]:
    """Parameters kept by `dumps_params` (empty for None or text that is not theirs)."""
    if not text:
        return {}
    try:
        return decode_params(json.loads(text))
    except ValueError:
        return {}
