"""Reading the deadline rules documents: the shipped one and an office's override file."""

from __future__ import annotations

import json
from collections.abc import Mapping
from importlib import resources
from pathlib import Path
from typing import Any

from hrdesk.domain.errors import ValidationError


def packaged_rules_data() -> dict[str, Any]:
    """The JSON document of the limits shipped with the application."""
    source = resources.files("hrdesk").joinpath("resources/data/deadline_rules.json")
    return json.loads(source.read_text("utf-8"))


def read_override(path: Path) -> Mapping[str, Any]:
    """An office's override file, with errors worded for the person who edited it."""
    try:
        override = json.loads(Path(path).read_text("utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ValidationError("deadline_rules", f"cannot read {path}: {exc}") from exc
    if not isinstance(override, Mapping):
        raise ValidationError("deadline_rules", f"{path} is not a JSON object")
    return override


def merge_override(base: Mapping[str, Any], override: Mapping[str, Any]) -> dict[str, Any]:
    """The packaged rules with an office's entries laid over them, field by field.

    Only known rules may be named, so a misspelt key is reported instead of ignored.
    """
    entries = override.get("rules")
    if not isinstance(entries, list):
        raise ValidationError("deadline_rules", "the override file has no list of rules")
    merged = {entry["key"]: dict(entry) for entry in base["rules"]}
    for entry in entries:
        key = entry.get("key") if isinstance(entry, Mapping) else None
        if key not in merged:
            raise ValidationError("deadline_rules", f"the override names an unknown rule {key!r}")
        merged[key].update(entry)
    return {**base, "rules": list(merged.values())}
