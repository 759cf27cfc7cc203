"""A petition's handling timeline, planned step by step with the real statutory deadlines.

`Deadlines` gives the same dates as `services.petitions.recompute_deadline` and
`services.petition_flow.extend` (same rules, same calendar), memoised because a million
petitions share a few thousand receipt dates. `plan` lays out a whole case, from receipt to
closing; `replay` keeps the steps that happened by the demo's date and the state they left,
so a case received last week is still waiting for acceptance and an old stalled one is
overdue.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from types import SimpleNamespace
from typing import Any

from hrdesk.domain.calendar import WorkingCalendar
from hrdesk.domain.deadlines import DeadlineRules
from hrdesk.domain.vocab import Outcome, PetitionKind, PetitionStatus, StepKind

COMPLAINT, DENUNCIATION, RECOMMENDATION = (k.value for k in PetitionKind)
S = PetitionStatus
# Plain strings, not enum members, go into the rows.
K = SimpleNamespace(**{kind.name: kind.value for kind in StepKind})

STALL_MEAN_DAYS, STALL_MAX_DAYS = 250, 3650
# Shares of cases handled late (a few days to weeks) or left stalled (months).
LATE_ACCEPTANCE, STALLED_ACCEPTANCE = 0.06, 0.02
LATE_DECISION, STALLED_DECISION = 0.10, 0.03
# Accept, return with guidance, transfer: cumulative shares by kind.
ROUTES = {COMPLAINT: (0.70, 0.85), DENUNCIATION: (0.55, 0.70), RECOMMENDATION: (0.60, 0.65)}
OUTCOMES = {
    COMPLAINT: ((Outcome.UPHELD, 0.20), (Outcome.PARTLY, 0.45), (Outcome.REJECTED, 0.90)),
    DENUNCIATION: ((Outcome.UPHELD, 0.20), (Outcome.PARTLY, 0.50), (Outcome.REJECTED, 0.95)),
}


class Deadlines:
    """The statutory deadlines of the rules in force on the day, memoised."""

    def __init__(self, rules: Callable[[date], DeadlineRules], cal: WorkingCalendar) -> None:
        self.rules, self.cal = rules, cal
        self._acceptance: dict[tuple[str, date], tuple[date, str]] = {}
        self._resolution: dict[tuple[Any, ...], tuple[date, str]] = {}
        self._forwarding: dict[date, date] = {}
        self._working_back: dict[date, date] = {}

    def acceptance(self, kind: str, received: date) -> tuple[date, str]:
        key = (kind, received)
        found = self._acceptance.get(key)
        if found is None:
            due = self.rules(received).acceptance(kind, received, self.cal)
            found = self._acceptance[key] = (due.due, due.rule.key)
        return found

    def resolution(
        self, kind: str, accepted: date, round_: int, complex_: bool, remote: bool
    ) -> tuple[date, str]:
        key = (kind, accepted, round_, complex_, remote)
        found = self._resolution.get(key)
        if found is None:
            due = self.rules(accepted).resolution(
                kind, accepted, self.cal, round=round_, complex=complex_, remote=remote
            )
            found = self._resolution[key] = (due.due, due.rule.key)
        return found

    def forwarding(self, received: date) -> date:
        found = self._forwarding.get(received)
        if found is None:
            rules = self.rules(received)
            found = self._forwarding[received] = rules.forwarding(received, self.cal).due
        return found

    def extension(self, current: date, so_far: int, especially: bool, days: int) -> date:
        # Cheap enough unmemoised: few cases are extended.
        return (
            self.rules(current)
            .extension(
                DENUNCIATION,
                current,
                so_far,
                especially_complex=especially,
                cal=self.cal,
                days=days,
            )
            .due
        )

    def working_day_before(self, day: date, floor: date) -> date:
        """`day`, or the working day before it, but never before `floor`."""
        found = self._working_back.get(day)
        if found is None:
            found = day
            while not self.cal.is_working_day(found):
                found -= timedelta(days=1)
            self._working_back[day] = found
        return found if found >= floor else day


@dataclass
class Case:
    """What a plan needs to know about one petition."""

    kind: str
    received: date
    round: int
    complex: bool
    especially: bool
    remote: bool
    notes: Any  # a Notes object (petitions.py) that words each step


def _between(rng: random.Random, low: date, high: date) -> date:
    if high <= low:
        return low
    return low + timedelta(days=int(rng.random() * ((high - low).days + 1)))


def _late(rng: random.Random, limit: date, late: float, stalled: float, within: date) -> date:
    """When a step that is due by `limit` happens: mostly on time (from `within`).

    A stalled case waits months, sometimes years (exponentially fewer the longer): as of
    any date, the office has a backlog of overdue cases, mostly recent ones.
    """
    r = rng.random()
    if r < stalled:
        wait = min(STALL_MAX_DAYS, rng.expovariate(1 / STALL_MEAN_DAYS))
        return limit + timedelta(days=20 + int(wait))
    if r < stalled + late:
        return limit + timedelta(days=1 + int(rng.random() * 25))
    return _between(rng, within, limit)


# (step kind, day, note, the fields the step changes)
Event = tuple[str, date, str | None, dict[str, Any] | None]
# (step kind, day, note, the deadline after the step)
Step = tuple[str, date, str | None, date | None]


def plan(rng: random.Random, case: Case, dl: Deadlines) -> list[Event]:
    """Every step of the case as it will have gone, each with the fields it changes."""
    kind, received, notes = case.kind, case.received, case.notes
    due, rule = dl.acceptance(kind, received)
    events: list[Event] = [
        (K.RECEIVED, received, notes.received(), {"deadline": due, "deadline_rule": rule})
    ]
    day = received
    if rng.random() < 0.6:
        day = dl.working_day_before(received + timedelta(days=1 + int(rng.random() * 3)), day)
        events.append((K.CLASSIFIED, day, notes.classified(), {"status": S.CLASSIFIED.value}))
    accept_share, return_share = ROUTES[kind]
    route = rng.random()
    transfer = route >= return_share
    limit = dl.forwarding(received) if transfer and kind == DENUNCIATION else due
    when = _late(rng, limit, LATE_ACCEPTANCE, STALLED_ACCEPTANCE, day)
    when = dl.working_day_before(max(when, day), day)
    if route < accept_share:
        _accepted(rng, case, dl, when, events)
        return events
    if transfer:
        target = notes.transfer_target()
        events.append(
            (
                K.TRANSFERRED,
                when,
                notes.transferred(target),
                {"status": S.TRANSFERRED.value, "transferred_to": target},
            )
        )
        closing = 0.8
    else:
        events.append((K.RETURNED, when, notes.returned(), {"status": S.RETURNED.value}))
        closing = 0.85
    if rng.random() < closing:
        closed = dl.working_day_before(when + timedelta(days=int(rng.random() * 45)), when)
        events.append(
            (K.CLOSED, closed, notes.closed(), {"status": S.CLOSED.value, "closed_on": closed})
        )
    return events


def _accepted(
    rng: random.Random, case: Case, dl: Deadlines, accepted: date, events: list[Event]
) -> None:
    kind, notes = case.kind, case.notes
    deadline, rule = dl.resolution(kind, accepted, case.round, case.complex, case.remote)
    events.append(
        (
            K.ACCEPTED,
            accepted,
            notes.accepted(),
            {
                "status": S.ACCEPTED.value,
                "accepted_on": accepted,
                "deadline": deadline,
                "deadline_rule": rule,
            },
        )
    )
    middle: list[Event] = []
    earliest = accepted + (deadline - accepted) * 3 // 10
    # Only a complex denunciation may be extended: once, twice if especially complex.
    extensions = 0
    if kind == DENUNCIATION and case.complex and rng.random() < (0.9 if case.especially else 0.6):
        extensions = 2 if case.especially and rng.random() < 0.5 else 1
    total = 0
    for n in range(extensions):
        days = 30 if rng.random() < 0.7 else (15, 20, 25)[int(rng.random() * 3)]
        on = max(accepted, deadline - timedelta(days=int(rng.random() * 6)))
        on = dl.working_day_before(on, accepted)
        deadline = dl.extension(deadline, n, case.especially, days)
        total += days
        middle.append(
            (
                K.EXTENDED,
                on,
                notes.extended(),
                {"deadline": deadline, "extensions": n + 1, "extension_days": total},
            )
        )
        earliest = on
    decided = _late(rng, deadline, LATE_DECISION, STALLED_DECISION, earliest)
    decided = dl.working_day_before(decided, earliest)
    checks = int(rng.random() * 2) if kind == RECOMMENDATION else 1 + int(rng.random() * 3)
    for _ in range(checks):
        on = dl.working_day_before(_between(rng, accepted, decided), accepted)
        middle.append((K.VERIFIED, on, notes.verified(), None))
    if rng.random() < 0.1:
        on = dl.working_day_before(_between(rng, accepted, decided), accepted)
        middle.append((K.NOTE, on, notes.note(), None))
    # Stable sort: an extension stays before a check made on the same day.
    middle.sort(key=lambda event: event[1])
    events.extend(middle)
    outcome = _outcome(rng, kind)
    note = notes.outcome(outcome)
    events.append(
        (
            K.DECIDED,
            decided,
            note,
            {
                "status": S.DECIDED.value,
                "decided_on": decided,
                "outcome": outcome.value,
                "outcome_note": note,
            },
        )
    )
    if rng.random() < 0.93:
        closed = dl.working_day_before(decided + timedelta(days=int(rng.random() * 21)), decided)
        events.append(
            (K.CLOSED, closed, notes.closed(), {"status": S.CLOSED.value, "closed_on": closed})
        )


def _outcome(rng: random.Random, kind: str) -> Outcome:
    if kind == RECOMMENDATION:
        return Outcome.ANSWERED
    r = rng.random()
    for outcome, upto in OUTCOMES[kind]:
        if r < upto:
            return outcome
    return Outcome.WITHDRAWN


BASE_STATE: dict[str, Any] = {
    "status": S.RECEIVED.value,
    "deadline": None,
    "deadline_rule": None,
    "accepted_on": None,
    "decided_on": None,
    "closed_on": None,
    "extensions": 0,
    "extension_days": 0,
    "transferred_to": None,
    "outcome": None,
    "outcome_note": None,
}


def replay(events: list[Event], as_of: date) -> tuple[dict[str, Any], list[Step]]:
    """The petition's fields and its steps as they stand on `as_of`."""
    state = dict(BASE_STATE)
    steps: list[Step] = []
    for kind, day, note, changes in events:
        if day > as_of:
            break
        if changes:
            state.update(changes)
        steps.append((kind, day, note, state["deadline"]))
    return state, steps
