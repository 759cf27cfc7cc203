"""The rule sets of the petition laws, each in force from a day, and which one measures
a petition.

A petition is measured by the set in force on the day it was received. Sets that hold
facts not yet confirmed are `optional`: each amends one set and applies only once the
administrator switches it on, never by default. A set may open new timeline steps to
petitions received before it took effect (`steps_from_effective_date`), as Law
136/2025/QH15 does for a complaint's temporary suspension.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from hrdesk.domain.deadline_state import DueSoonRule, parse_due_soon
from hrdesk.domain.deadlines import DeadlineRules, RuleSetInfo
from hrdesk.domain.errors import ValidationError
from hrdesk.domain.rules_data import merge_override, packaged_rules_data, read_override

UNCONFIRMED_VI = "chưa xác nhận"
UNCONFIRMED_EN = "unconfirmed"


def _merged(base: list[dict[str, Any]], own: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """`base` rules with `own` laid over them by key; new keys are added."""
    merged = {entry["key"]: dict(entry) for entry in base}
    for entry in own:
        if not isinstance(entry, Mapping) or "key" not in entry:
            raise ValidationError("deadline_rules", "rules.rule_needs_key")
        merged.setdefault(entry["key"], {}).update(entry)
    return list(merged.values())


def _info(raw: Mapping[str, Any], inherited: RuleSetInfo | None) -> RuleSetInfo:
    set_id = raw.get("id")
    if not isinstance(set_id, str) or not set_id or "+" in set_id:
        raise ValidationError("deadline_rules", "rules.bad_set_id", set_id=repr(set_id))
    try:
        effective = date.fromisoformat(str(raw["effective_from"]))
        basis_vi, basis_en = str(raw["basis_vi"]), str(raw["basis_en"])
    except (KeyError, ValueError) as exc:
        raise ValidationError(
            "deadline_rules", "rules.set_needs_date_basis", set_id=set_id, reason=str(exc)
        ) from exc
    status = str(raw.get("status", "confirmed"))
    if status not in ("confirmed", "unconfirmed"):
        raise ValidationError(
            "deadline_rules", "rules.unknown_status", set_id=set_id, status=status
        )
    optional = bool(raw.get("optional", False))
    if status == "unconfirmed" and not optional:
        # A fact not yet confirmed is never applied by default.
        raise ValidationError("deadline_rules", "rules.unconfirmed_not_optional", set_id=set_id)
    if status == "unconfirmed" and not raw.get("source"):
        raise ValidationError("deadline_rules", "rules.unconfirmed_needs_source", set_id=set_id)
    parent = inherited or RuleSetInfo()
    steps = raw.get("steps")
    return RuleSetInfo(
        id=set_id,
        effective_from=effective,
        basis_vi=basis_vi,
        basis_en=basis_en,
        status=status,
        source=str(raw.get("source", "")),
        optional=optional,
        reception_book_vi=str(raw.get("reception_book_vi", parent.reception_book_vi)),
        reception_book_en=str(raw.get("reception_book_en", parent.reception_book_en)),
        channels=tuple(raw.get("channels", parent.channels)),
        steps=(
            {str(k): tuple(v) for k, v in steps.items()}
            if isinstance(steps, Mapping)
            else dict(parent.steps)
        ),
        steps_from_effective_date=bool(
            raw.get("steps_from_effective_date", parent.steps_from_effective_date)
        ),
    )


@dataclass(frozen=True)
class _Set:
    info: RuleSetInfo
    entries: list[dict[str, Any]]  # with those of the set it builds on
    own: list[Any]  # only its own: what an amendment lays over the set in force
    amends: str | None


class RuleCatalog:
    """Every rule set of a `deadline_rules.json` document, resolved and checked."""

    def __init__(self, data: Mapping[str, Any]) -> None:
        raw_sets = data.get("rule_sets")
        if not isinstance(raw_sets, list) or not raw_sets:
            raise ValidationError("deadline_rules", "rules.no_sets")
        self._sets: dict[str, _Set] = {}
        for raw in raw_sets:
            if not isinstance(raw, Mapping):
                raise ValidationError("deadline_rules", "rules.set_not_object")
            parent_id = raw.get("extends") or raw.get("amends")
            parent = self._sets.get(parent_id) if parent_id else None
            if parent_id and parent is None:
                raise ValidationError(
                    "deadline_rules",
                    "rules.parent_not_before",
                    set_id=raw.get("id"),
                    parent=parent_id,
                )
            info = _info(raw, parent.info if parent else None)
            if info.id in self._sets:
                raise ValidationError("deadline_rules", "rules.set_twice", set_id=info.id)
            if info.optional and not raw.get("amends"):
                raise ValidationError(
                    "deadline_rules", "rules.optional_needs_amends", set_id=info.id
                )
            own = raw.get("rules", [])
            if not isinstance(own, list):
                raise ValidationError("deadline_rules", "rules.rules_not_list", set_id=info.id)
            entries = _merged(parent.entries if parent else [], own)
            self._sets[info.id] = _Set(info, entries, own, raw.get("amends"))
        self._built: dict[str, DeadlineRules] = {}
        # Build every set once, so a broken one is reported when the file is read.
        for one in self._sets.values():
            self._build((one.info.id,))
        if not self.base_sets():
            raise ValidationError("deadline_rules", "rules.no_base_set")
        # Not a legal limit, so the same whatever set measures a case.
        self.due_soon: DueSoonRule = parse_due_soon(data.get("due_soon"))

    def base_sets(self) -> list[RuleSetInfo]:
        """The sets that apply by themselves, oldest first."""
        bases = [s.info for s in self._sets.values() if not s.info.optional]
        return sorted(bases, key=lambda i: i.effective_from)

    def optional_sets(self) -> list[RuleSetInfo]:
        """The sets the administrator may switch on (facts not yet confirmed)."""
        return [s.info for s in self._sets.values() if s.info.optional]

    def info(self, set_id: str) -> RuleSetInfo:
        return self._sets[set_id].info

    def _build(self, ids: tuple[str, ...]) -> DeadlineRules:
        key = "+".join(ids)
        built = self._built.get(key)
        if built is not None:
            return built
        entries: list[dict[str, Any]] = []
        infos = []
        for n, set_id in enumerate(ids):
            one = self._sets[set_id]
            entries = _merged(entries, one.own if n else one.entries)
            infos.append(one.info)
        base = infos[0]
        bases_vi = [i.basis_vi + (f" ({UNCONFIRMED_VI})" if i.unconfirmed else "") for i in infos]
        bases_en = [i.basis_en + (f" ({UNCONFIRMED_EN})" if i.unconfirmed else "") for i in infos]
        last = infos[-1]
        info = RuleSetInfo(
            id=key,
            effective_from=max(i.effective_from for i in infos),
            basis_vi="; ".join(bases_vi),
            basis_en="; ".join(bases_en),
            status="unconfirmed" if any(i.unconfirmed for i in infos) else "confirmed",
            source=" | ".join(i.source for i in infos if i.source),
            optional=base.optional,
            reception_book_vi=last.reception_book_vi,
            reception_book_en=last.reception_book_en,
            channels=base.channels,
            steps=base.steps,
            steps_from_effective_date=base.steps_from_effective_date,
        )
        try:
            built = DeadlineRules({"rules": entries}, info)
        except ValidationError as exc:
            raise ValidationError("deadline_rules", "rules.in_set", set_id=key, error=exc) from exc
        self._built[key] = built
        return built

    def in_force(self, on: date, enabled: Collection[str] = ()) -> DeadlineRules:
        """The rules for a petition received on `on`, with the switched-on amendments.

        A day before the oldest set is measured by the oldest set (records carried over
        from paper books may predate it).
        """
        bases = self.base_sets()
        base = next((i for i in reversed(bases) if i.effective_from <= on), bases[0])
        layers = [
            s.info.id
            for s in self._sets.values()
            if s.info.optional
            and s.info.id in enabled
            and s.amends == base.id
            and s.info.effective_from <= on
        ]
        return self._build((base.id, *layers))

    def by_id(self, set_id: str) -> DeadlineRules | None:
        """The set a petition was measured by, from the id it stored (None if unknown)."""
        ids = tuple(set_id.split("+")) if set_id else ()
        if not ids or any(i not in self._sets for i in ids):
            return None
        return self._build(ids)

    def steps(
        self, kind: str, received_on: date, on: date, enabled: Collection[str] = ()
    ) -> set[str]:
        """The extra timeline steps open on `on` to a petition received on `received_on`:
        its own set's, and those of the set in force on `on` where that set opens them to
        petitions received before it."""
        own = self.in_force(received_on, enabled).info.steps.get(kind, ())
        today = self.in_force(on, enabled).info
        later = today.steps.get(kind, ()) if today.steps_from_effective_date else ()
        return {*own, *later}

    def new_channels(self) -> set[str]:
        """Channels some set adds to those of the oldest: each needs its set in force."""
        first = set(self.base_sets()[0].channels)
        return {c for i in self.base_sets() for c in i.channels if c not in first}


def load_catalog(path: Path | None = None) -> RuleCatalog:
    """The shipped rule sets, or those with an office's override file laid over them."""
    data = packaged_rules_data()
    if path is not None:
        data = merge_override(data, read_override(path))
    return RuleCatalog(data)
