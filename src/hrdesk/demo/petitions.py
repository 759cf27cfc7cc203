"""Petitions (đơn thư) with their petitioners and timelines, written in chunks.

The reception book numbers each year's petitions from 1 ("2026/0153"); receipt dates
are working days spread over the demo's years, a little busier lately, with a cluster in
the last weeks so that the newest cases are still waiting for acceptance.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from hrdesk.demo.ahead import generated_ahead
from hrdesk.demo.bulk import columns, iso
from hrdesk.demo.context import Committee, Demo, pick
from hrdesk.demo.texts import Notes, Summaries
from hrdesk.demo.timeline import Case, Deadlines, plan, replay
from hrdesk.domain.vocab import Channel

PETITION_COLUMNS = columns(
    "id uid created_at updated_at archived_at reference received_on channel kind "
    "complaint_round complex especially_complex remote_area field summary summary_key "
    "people_count prior_agency handling_agency_id handler_id status deadline "
    "deadline_rule accepted_on decided_on closed_on extensions extension_days "
    "transferred_to outcome outcome_note rule_set"
)
STEP_COLUMNS = columns(
    "id uid created_at updated_at petition_id kind occurred_on actor note deadline_after"
)
PETITIONER_COLUMNS = columns(
    "id uid created_at updated_at petition_id full_name address id_number phone representative"
)

# Petitions generated and written per round: ~50,000 step rows at a time.
CHUNK = 10_000

KINDS = (("complaint", 0.45), ("denunciation", 0.60), ("recommendation", 1.0))
CHANNELS = (
    (Channel.DIRECT, 0.35),
    (Channel.POST, 0.62),
    (Channel.ONLINE, 0.74),
    (Channel.EMAIL, 0.79),
    (Channel.HOTLINE, 0.83),
    (Channel.TRANSFERRED, 1.0),
)


def _running(weights: list[float]) -> list[float]:
    """Cumulative weights, scaled to end at 1."""
    total, running, out = sum(weights), 0.0, []
    for weight in weights:
        running += weight
        out.append(running / total)
    return out


def _draw(r: float, table: Sequence[tuple[str, float]]) -> str:
    """The name whose cumulative share first exceeds `r` (a uniform draw in [0, 1))."""
    for name, upto in table:
        if r < upto:
            return str(name)
    return str(table[-1][0])


class PetitionBuilder:
    def __init__(self, demo: Demo, actors: list[str]) -> None:
        self.demo = demo
        self.actors = actors
        self.rng = demo.rng("petitions")
        self.deadlines = Deadlines(demo.rules, demo.cal)
        self.summaries = Summaries(demo.words, demo.keys, demo.seed)
        self.notes = Notes(demo.words, self.rng)
        self.fields: dict[str, list[tuple[str, float]]] = {}
        for kind, weights in demo.words["field_weights"].items():
            fields = [f for f in weights if self.summaries.has(f, kind)]
            shares = _running([weights[f] for f in fields])
            self.fields[kind] = list(zip(fields, shares, strict=True))
        self.field_agencies = demo.words["field_agencies"]
        committees = demo.committees
        weights = [1.0 + self.rng.random() * 2 for _ in committees]
        self.committees = list(zip(committees, _running(weights), strict=True))
        self.year_numbers: dict[int, int] = {}
        self._rule_sets: dict[date, str] = {}

    def received_dates(self, count: int) -> list[date]:
        """Sorted receipt dates: a little more each year, and a cluster in the last weeks."""
        rng, days = self.rng, self.demo.working_days
        n = len(days)
        recent = min(count, max(5, count // 100))
        growth = [1.0 + 0.4 * i / n for i in range(n)]
        chosen = rng.choices(days, cum_weights=_running(growth), k=count - recent)
        chosen += [days[n - 1 - int(rng.random() * min(n, 15))] for _ in range(recent)]
        chosen.sort()
        return chosen

    def build(self, count: int, on_chunk: Callable[[int], None]) -> None:
        """Write `count` petitions; `on_chunk(done)` after each chunk."""
        dates = self.received_dates(count)
        writer = self.demo.writer
        # The next ids of petitions, steps and petitioners, advanced as rows are made.
        ids = [writer.next_id(t) for t in ("petitions", "petition_steps", "petitioners")]
        chunks = (
            self._chunk(dates[start : start + CHUNK], ids) for start in range(0, count, CHUNK)
        )
        # The national demo makes its rows in a second process while this one stores them.
        for petitions, steps, people in generated_ahead(chunks, enabled=self.demo.spec.bulk):
            writer.insert("petitions", PETITION_COLUMNS, petitions)
            writer.insert("petition_steps", STEP_COLUMNS, steps)
            writer.insert("petitioners", PETITIONER_COLUMNS, people)
            on_chunk(writer.counts["petitions"])

    def _chunk(self, dates: list[date], ids: list[int]) -> tuple[list, list, list]:
        petitions: list[tuple] = []
        steps: list[tuple] = []
        people: list[tuple] = []
        for received in dates:
            self._petition(received, ids, petitions, steps, people)
        return petitions, steps, people

    def _rule_set(self, received: date) -> str:
        """The id of the rule set in force on the day received, as the service keeps it."""
        found = self._rule_sets.get(received)
        if found is None:
            found = self._rule_sets[received] = self.demo.rules(received).info.id
        return found

    def _committee(self) -> Committee:
        r = self.rng.random()
        for committee, upto in self.committees:
            if r < upto:
                return committee
        return self.committees[-1][0]

    def _petition(
        self, received: date, ids: list[int], petitions: list, steps: list, people: list
    ) -> None:
        demo, rng, notes = self.demo, self.rng, self.notes
        r = rng.random
        committee = self._committee()
        place = committee.place
        commune = demo.people.commune(rng, place)
        kind = _draw(r(), KINDS)
        channel = _draw(r(), CHANNELS)
        field = _draw(r(), self.fields[kind])
        complaint_round = 2 if kind == "complaint" and r() < 0.15 else 1
        complex_ = r() < (0.3 if kind == "denunciation" else 0.2 if kind == "complaint" else 0.0)
        especially = complex_ and kind == "denunciation" and r() < 0.3
        remote = commune.remote or r() < 0.04
        summary, summary_key = self.summaries.summary(rng, field, kind, commune, received.year)
        group = kind != "denunciation" and r() < 0.06
        people_count = 3 + int(r() * 58) if group else 1
        codes = [c for c in self.field_agencies[field] if c in committee.by_code]
        agency = committee.by_code[pick(rng, codes)] if codes else pick(rng, committee.agencies)
        notes.reset(place, commune, kind, field, channel, agency.short)
        prior = None
        if channel == Channel.TRANSFERRED or r() < 0.08:
            prior = notes.prior_agency()
        if complaint_round == 2:
            prior = f"Chủ tịch UBND {commune.label}"
        notes.prior = prior
        case = Case(kind, received, complaint_round, complex_, especially, remote, notes)
        state, timeline = replay(plan(rng, case, self.deadlines), demo.as_of)

        petition_id = ids[0]
        ids[0] += 1
        actor = pick(rng, self.actors)
        stamps, uid = demo.stamps, demo.uid
        index, last_day = 0, None
        first_stamp = stamp = ""
        for step_kind, day, note, deadline in timeline:
            # Steps on one day get later times, so created_at follows the timeline.
            if day == last_day:
                index = min(stamps.size - 1, index + 1 + int(r() * 200))
            else:
                index = int(r() * stamps.size * 0.6)
            last_day = day
            stamp = stamps.at(day, index)
            first_stamp = first_stamp or stamp
            steps.append(
                (
                    ids[1],
                    uid(),
                    stamp,
                    stamp,
                    petition_id,
                    step_kind,
                    iso[day],
                    actor,
                    note,
                    iso[deadline],
                )
            )
            ids[1] += 1
        year = received.year
        number = self.year_numbers[year] = self.year_numbers.get(year, 0) + 1
        petitions.append(
            (
                petition_id,
                uid(),
                first_stamp,
                stamp,
                None,
                f"{year}/{number:04d}",
                iso[received],
                channel,
                kind,
                complaint_round,
                int(complex_),
                int(especially),
                int(remote),
                field,
                summary,
                summary_key,
                people_count,
                prior,
                agency.id,
                demo.handler_id,
                state["status"],
                iso[state["deadline"]],
                state["deadline_rule"],
                iso[state["accepted_on"]],
                iso[state["decided_on"]],
                iso[state["closed_on"]],
                state["extensions"],
                state["extension_days"],
                state["transferred_to"],
                state["outcome"],
                state["outcome_note"],
                self._rule_set(received),
            )
        )
        representatives = 1 + int(r() * 3) if group else 1
        for _ in range(representatives):
            female = r() < 0.45
            born = 1945 + int(r() * 58)
            person = demo.people
            people.append(
                (
                    ids[2],
                    uid(),
                    first_stamp,
                    first_stamp,
                    petition_id,
                    person.name(rng, female),
                    # A group lives in one commune; one person may write from elsewhere.
                    person.address(
                        rng, place, commune if group or r() < 0.8 else person.commune(rng, place)
                    ),
                    person.citizen_id(rng, place, female, born),
                    person.mobile(rng) if r() < 0.85 else None,
                    int(group),
                )
            )
            ids[2] += 1
