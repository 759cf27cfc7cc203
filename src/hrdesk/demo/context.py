"""What every demo generator shares: the size, the seeded random streams, the dates,
the writer, and the committees built so far."""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TypeVar

from hrdesk.demo.bulk import Keys, Stamps, Uids, Writer
from hrdesk.demo.people import People
from hrdesk.demo.words import Place, load_words
from hrdesk.domain.calendar import WorkingCalendar
from hrdesk.domain.deadlines import DeadlineRules
from hrdesk.domain.errors import ValidationError

SIZES = ("small", "province", "national")


@dataclass(frozen=True)
class SizeSpec:
    """How much a demo holds. Counts are totals; the national demo spreads them over 34 units."""

    name: str
    years: int
    provinces: int
    agencies: int  # per province
    deputies: int  # Phó Trưởng ban besides the standing deputy, per province
    tasks: int
    petitions: int
    trainings: int
    meetings: int
    bulk: bool  # drop and rebuild the big tables' indexes around the load


SPECS = {
    "small": SizeSpec("small", 2, 1, 25, 2, 80, 400, 12, 16, bulk=False),
    "province": SizeSpec("province", 4, 1, 28, 3, 600, 6_000, 80, 60, bulk=False),
    "national": SizeSpec("national", 4, 34, 28, 3, 50_000, 1_000_000, 5_000, 3_000, bulk=True),
}


def spec_for(size: str) -> SizeSpec:
    try:
        return SPECS[size]
    except (KeyError, TypeError):
        raise ValidationError(
            "size", "field.not_a_choice", value=size, allowed=list(SIZES)
        ) from None


@dataclass(frozen=True)
class AgencyRef:
    id: int
    code: str
    name: str
    short: str


@dataclass(frozen=True)
class MemberRef:
    id: int
    full_name: str
    title: str
    agency: AgencyRef
    role: str
    term_start: date
    term_end: date | None

    def serves_on(self, day: date) -> bool:
        return self.term_start <= day and (self.term_end is None or day <= self.term_end)


@dataclass
class Committee:
    """One province's member agencies and committee members, as written."""

    place: Place
    agencies: list[AgencyRef] = field(default_factory=list)
    by_code: dict[str, AgencyRef] = field(default_factory=dict)
    members: list[MemberRef] = field(default_factory=list)

    def serving(self, day: date) -> list[MemberRef]:
        return [m for m in self.members if m.serves_on(day)]

    def agency_members(self, agency: AgencyRef, day: date) -> list[MemberRef]:
        return [m for m in self.members if m.agency.id == agency.id and m.serves_on(day)]


Progress = Callable[[str, float], None]
T = TypeVar("T")


def pick(rng: random.Random, items: Sequence[T]) -> T:
    """One of `items`, uniformly (cheaper than `rng.choice`)."""
    return items[int(rng.random() * len(items))]


class Demo:
    """The state of one demo build."""

    def __init__(
        self,
        spec: SizeSpec,
        seed: int,
        as_of: date,
        places: list[Place],
        writer: Writer,
        rules: Callable[[date], DeadlineRules],
        cal: WorkingCalendar,
        handler_id: int | None,
        progress: Progress | None,
    ) -> None:
        self.spec = spec
        self.seed = seed
        self.as_of = as_of
        self.start = as_of - timedelta(days=365 * spec.years)
        self.places = places
        self.writer = writer
        self.rules = rules
        self.cal = cal
        self.handler_id = handler_id
        self._progress = progress
        self.words = load_words()
        self.people = People()
        self.keys = Keys()
        self.uid = Uids(self.rng("uids"))
        self.stamps = Stamps(self.rng("stamps"))
        self.committees: list[Committee] = []
        self._working_days: list[date] | None = None
        self._wd: dict[tuple[date, int], date] = {}

    def rng(self, stream: str) -> random.Random:
        """An independent random stream: one per generator, so that changing how much one
        generator draws does not change what the others make."""
        return random.Random(f"hrdesk-demo/{self.seed}/{self.spec.name}/{stream}")

    def progress(self, stage: str, fraction: float) -> None:
        if self._progress is not None:
            self._progress(stage, min(1.0, max(0.0, fraction)))

    @property
    def working_days(self) -> list[date]:
        """The working days of the demo's window, up to `as_of`."""
        if self._working_days is None:
            days, day = [], self.start
            while day <= self.as_of:
                if self.cal.is_working_day(day):
                    days.append(day)
                day += timedelta(days=1)
            self._working_days = days
        return self._working_days

    def add_working_days(self, day: date, n: int) -> date:
        key = (day, n)
        found = self._wd.get(key)
        if found is None:
            found = self._wd[key] = self.cal.add_working_days(day, n)
        return found

    def working_day_on_or_after(self, day: date) -> date:
        return self.cal.roll_forward(day)
