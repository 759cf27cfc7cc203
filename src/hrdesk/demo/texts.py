"""The words of a petition: its summary, and the note on each step of its timeline.

Summaries come from templates by field and kind; each filled summary is made once and
kept with its sort key, since a large demo repeats them many times.
"""

from __future__ import annotations

import random
from typing import Any

from hrdesk.demo.bulk import Keys
from hrdesk.demo.context import pick
from hrdesk.demo.people import Commune
from hrdesk.demo.words import Place
from hrdesk.domain.vocab import Outcome

KIND_LETTERS = {"complaint": "c", "denunciation": "d", "recommendation": "r"}
_DRAWN_SLOTS = ("num", "project", "company", "people", "days", "old_year", "hamlet")
# How many differently filled versions of one template a commune sees per year.
VARIANTS = 4


class Summaries:
    def __init__(self, words: dict[str, Any], keys: Keys, seed: int) -> None:
        self._words = words
        self._keys = keys
        self._seed = seed
        # (index, template, uses the commune, uses drawn numbers or names, uses the year)
        self.templates: dict[tuple[str, str], list[tuple[int, str, bool, bool, bool]]] = {}
        for field, entries in words["summaries"].items():
            for index, (letters, template) in enumerate(entries):
                entry = (
                    index,
                    template,
                    "{place}" in template or "{commune}" in template,
                    any(f"{{{slot}}}" in template for slot in _DRAWN_SLOTS),
                    "{year}" in template,
                )
                for letter in letters:
                    self.templates.setdefault((field, letter), []).append(entry)
        self._made: dict[tuple[Any, ...], tuple[str, str]] = {}

    def has(self, field: str, kind: str) -> bool:
        return (field, KIND_LETTERS[kind]) in self.templates

    def summary(
        self, rng: random.Random, field: str, kind: str, commune: Commune, year: int
    ) -> tuple[str, str]:
        """A summary and its sort key."""
        index, template, local, drawn, dated = pick(
            rng, self.templates[(field, KIND_LETTERS[kind])]
        )
        variant = int(rng.random() * VARIANTS)
        # Only what the template shows tells summaries apart: fewer to make and sort-key.
        key = (
            field,
            index,
            commune.name if local else "",
            variant if drawn else 0,
            year if dated else 0,
        )
        found = self._made.get(key)
        if found is None:
            # Seeded by what the summary is, not by when it is first needed.
            own = random.Random(f"{self._seed}/{key}")
            words = self._words
            text = template.format(
                num=own.randrange(100, 3000),
                project=pick(own, words["projects"]),
                company=pick(own, words["companies"]),
                people=own.randrange(12, 180),
                days=own.randrange(10, 90),
                old_year=own.randrange(1985, 2005),
                hamlet=own.randrange(1, 15),
                year=year,
                place=commune.label,
                commune=commune.name,
            )
            found = self._made[key] = (text, self._keys.text(text))
        return found


class Notes:
    """Words each step of one petition's timeline; `reset` points it at the next petition."""

    def __init__(self, words: dict[str, Any], rng: random.Random) -> None:
        self._notes = words["step_notes"]
        self._outcomes = words["outcome_notes"]
        self._prior_agencies = words["prior_agencies"]
        self._targets = words["transfer_targets"]
        self.rng = rng
        self.place: Place | None = None
        self.commune: Commune | None = None
        self.channel = self.kind = self.field = self.short = ""
        self.prior: str | None = None

    def reset(
        self, place: Place, commune: Commune, kind: str, field: str, channel: str, short: str
    ) -> None:
        """Word the next petition: its place, kind, field, channel and handling agency."""
        self.place, self.commune, self.kind, self.field = place, commune, kind, field
        self.channel, self.short, self.prior = channel, short, None

    def _fill(self, template: str) -> str:
        assert self.place is not None and self.commune is not None
        if "{" not in template:
            return template
        number = int(self.rng.random() * 2000) + 1 if "{num}" in template else 0
        return self.place.fill(
            template,
            place=self.commune.label,
            short=self.short,
            num=number,
            prior=self.prior or "",
        )

    def _one(self, step: str) -> str | None:
        return self._fill(pick(self.rng, self._notes[step])) or None

    def prior_agency(self) -> str:
        return self._fill(pick(self.rng, self._prior_agencies))

    def received(self) -> str | None:
        return self._fill(self._notes["received"][self.channel])

    def classified(self) -> str | None:
        return self._one("classified")

    def accepted(self) -> str | None:
        return self._one("accepted")

    def returned(self) -> str | None:
        # The guidance given differs for a complaint, a denunciation and a recommendation.
        return self._fill(pick(self.rng, self._notes["returned"][self.kind]))

    def transfer_target(self) -> str:
        return self._fill(pick(self.rng, self._targets[self.field]))

    def transferred(self, target: str) -> str:
        note = self._one("transferred")
        # As services.petition_flow.transfer words it.
        return f"Chuyển đến: {target}" + (f". {note}" if note else "")

    def extended(self) -> str | None:
        return self._one("extended")

    def verified(self) -> str | None:
        return self._fill(pick(self.rng, self._notes["verified"][self.kind]))

    def note(self) -> str | None:
        return self._one("note")

    def closed(self) -> str | None:
        return self._one("closed")

    def outcome(self, outcome: Outcome) -> str:
        return self._fill(pick(self.rng, self._outcomes[outcome.value]))
