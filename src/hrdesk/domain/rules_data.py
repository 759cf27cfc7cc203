"""Reading the deadline rules documents: the shipped one and an office's override file.

The shipped document is a list of rule sets (`{"rule_sets": [...]}`), each with the day
it takes effect and its legal basis. An office's override file may change rules of every
set (`{"rules": [...]}`, the shape of earlier versions) or of one named set
(`{"rule_sets": [{"id": ..., "rules": [...]}]}`).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from hrdesk.domain.errors import ValidationError
from hrdesk.resources_path import resource_path


def packaged_rules_data() -> dict[str, Any]:
    """The JSON document of the limits shipped with the application."""
    source = resource_path("data", "deadline_rules.json")
    data: dict[str, Any] = json.loads(source.read_text("utf-8"))
    return data


def read_override(path: Path) -> Mapping[str, Any]:
    """An office's override file, with errors worded for the person who edited it.

    Read as `utf-8-sig`: Windows Notepad starts a UTF-8 file with a byte-order mark.
    """
    try:
        override = json.loads(Path(path).read_text("utf-8-sig"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ValidationError(
            "deadline_rules", "rules.cannot_read", path=path, reason=str(exc)
        ) from exc
    if not isinstance(override, Mapping):
        raise ValidationError("deadline_rules", "rules.not_object", path=path)
    return override


def _lay_over(rules: list[Any], entries: Any, set_id: str) -> list[dict[str, Any]]:
    """`rules` with `entries` laid over them field by field; only known keys may be named."""
    if not isinstance(entries, list):
        raise ValidationError("deadline_rules", "rules.rules_not_list", set_id=set_id)
    merged = {entry["key"]: dict(entry) for entry in rules}
    for entry in entries:
        key = entry.get("key") if isinstance(entry, Mapping) else None
        if key not in merged:
            raise ValidationError("deadline_rules", "rules.override_unknown_rule", key=key)
        merged[key].update(entry)
    return list(merged.values())


def merge_override(base: Mapping[str, Any], override: Mapping[str, Any]) -> dict[str, Any]:
    """The packaged rule sets with an office's entries laid over them, field by field.

    `due_soon` changes when a running case counts as due soon. Top-level `rules` change
    that rule in every set that has it (a set that only amends another lists few rules:
    the override reaches it through the set it amends). Entries
    under `rule_sets` change one set, named by `id`; a misspelt key or id is reported.
    """
    if not {"rules", "rule_sets", "due_soon"} & set(override):
        raise ValidationError("deadline_rules", "rules.override_no_rules")
    sets = [dict(s) for s in base["rule_sets"]]
    by_id = {s["id"]: s for s in sets}
    if "rules" in override:
        everywhere = override["rules"]
        if not isinstance(everywhere, list):
            raise ValidationError("deadline_rules", "rules.override_no_rules")
        for rule_set in sets:
            known = {e["key"] for e in rule_set.get("rules", [])}
            mine = [e for e in everywhere if isinstance(e, Mapping) and e.get("key") in known]
            rule_set["rules"] = _lay_over(rule_set.get("rules", []), mine, rule_set["id"])
        every_key = {e["key"] for s in sets for e in s.get("rules", [])}
        for entry in everywhere:
            key = entry.get("key") if isinstance(entry, Mapping) else None
            if key not in every_key:
                raise ValidationError("deadline_rules", "rules.override_unknown_rule", key=key)
    named = override.get("rule_sets", [])
    if not isinstance(named, list):
        raise ValidationError("deadline_rules", "rules.override_sets_not_list")
    for entry in named:
        set_id = entry.get("id") if isinstance(entry, Mapping) else None
        if not isinstance(set_id, str) or set_id not in by_id:
            raise ValidationError("deadline_rules", "rules.override_unknown_set", set_id=set_id)
        target = by_id[set_id]
        target["rules"] = _lay_over(target.get("rules", []), entry.get("rules", []), set_id)
    merged = {**base, "rule_sets": sets}
    if "due_soon" in override:
        # The office's own warning before a deadline: laid over field by field.
        mine = override["due_soon"]
        if not isinstance(mine, Mapping):
            raise ValidationError("deadline_rules", "rules.due_soon_missing")
        merged["due_soon"] = {**base.get("due_soon", {}), **mine}
    return merged
