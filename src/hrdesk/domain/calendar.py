"""Working days: weekends, public holidays, announced days off and make-up working days.

The Government announces each year's Tết days off and any swaps of working days, so
the holidays ship as data (`resources/data/holidays.json`) that the office extends.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from typing import Any

from hrdesk.domain.errors import ValidationError
from hrdesk.resources_path import resource_path

HOLIDAY_KINDS = ("holiday", "compensatory", "tet", "makeup_working_day")
_DAYS_OFF_KINDS = frozenset({"holiday", "compensatory", "tet"})


@dataclass(frozen=True)
class WorkingCalendar:
    """Which dates are working days for a public office.

    `days_off`: public holidays and announced days off (compensatory days included);
    those falling on a weekend change nothing. `working_weekends`: Saturdays and Sundays
    announced as make-up working days (ngày làm bù); they are working days whatever else
    is said. `known_years`: the years the holiday data covers (see `covers`).
    """

    days_off: frozenset[date] = frozenset()
    working_weekends: frozenset[date] = frozenset()
    known_years: frozenset[int] = frozenset()

    def __post_init__(self) -> None:
        # Accept any iterable from callers while keeping the instance hashable.
        object.__setattr__(self, "days_off", frozenset(self.days_off))
        object.__setattr__(self, "working_weekends", frozenset(self.working_weekends))
        object.__setattr__(self, "known_years", frozenset(self.known_years))

    def is_working_day(self, d: date) -> bool:
        if d in self.working_weekends:
            return True
        return d.weekday() < 5 and d not in self.days_off

    def covers(self, d: date) -> bool:
        """Whether holiday data exists for `d`'s year; outside it only weekends count."""
        return d.year in self.known_years

    def add_days(self, start: date, n: int) -> date:
        """`start` plus `n` calendar days."""
        return start + timedelta(days=n)

    def add_working_days(self, start: date, n: int) -> date:
        """The n-th working day after `start` (`start` itself does not count); n=0 gives start."""
        if n < 0:
            raise ValueError(f"n must be >= 0, not {n}")
        day = start
        remaining = n
        while remaining:
            day += timedelta(days=1)
            if self.is_working_day(day):
                remaining -= 1
        return day

    def roll_forward(self, d: date) -> date:
        """`d` if it is a working day, else the next working day."""
        while not self.is_working_day(d):
            d += timedelta(days=1)
        return d

    def working_days_between(self, start: date, end: date) -> int:
        """Working days after `start` up to and including `end`; negative if end < start."""
        if end < start:
            return -self.working_days_between(end, start)
        count = _weekdays_after(start, end)
        count -= sum(
            1
            for d in self.days_off
            if start < d <= end and d.weekday() < 5 and d not in self.working_weekends
        )
        count += sum(1 for d in self.working_weekends if start < d <= end and d.weekday() >= 5)
        return count


def _weekdays_after(start: date, end: date) -> int:
    """Mondays to Fridays in (start, end], counted without walking every day."""
    total = (end - start).days
    weeks, rest = divmod(total, 7)
    count = weeks * 5
    weekday = start.weekday()
    for offset in range(1, rest + 1):
        if (weekday + offset) % 7 < 5:
            count += 1
    return count


@dataclass(frozen=True)
class Holiday:
    """One entry of `holidays.json`."""

    date: date
    name_vi: str
    name_en: str
    kind: str
    source: str
    status: str = "announced"  # "expected" while the Government has not announced it

    @property
    def is_day_off(self) -> bool:
        return self.kind in _DAYS_OFF_KINDS


def parse_holidays(data: dict[str, Any]) -> tuple[Holiday, ...]:
    """Read the holiday entries of a `holidays.json` document, checking each one."""
    entries = data.get("entries")
    if not isinstance(entries, list):
        raise ValidationError("holidays", "holidays.no_entries")
    holidays = []
    for n, entry in enumerate(entries, start=1):
        try:
            day = date.fromisoformat(entry["date"])
            holiday = Holiday(
                date=day,
                name_vi=str(entry["name_vi"]),
                name_en=str(entry["name_en"]),
                kind=str(entry["kind"]),
                source=str(entry.get("source", "")),
                status=str(entry.get("status", "announced")),
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise ValidationError("holidays", "holidays.bad_entry", n=n, reason=repr(exc)) from exc
        if holiday.kind not in HOLIDAY_KINDS:
            raise ValidationError("holidays", "holidays.unknown_kind", n=n, kind=holiday.kind)
        if holiday.kind == "makeup_working_day" and day.weekday() < 5:
            raise ValidationError("holidays", "holidays.makeup_not_weekend", n=n)
        holidays.append(holiday)
    return tuple(sorted(holidays, key=lambda h: h.date))


@dataclass(frozen=True)
class HolidayYear:
    """Where one year of the shipped holiday data came from, and whether it is announced."""

    year: int
    status: str  # "announced", or "expected" while the Government has not announced it
    source: str


def _document() -> dict[str, Any]:
    text = resource_path("data", "holidays.json").read_text("utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


@cache
def load_holidays() -> tuple[Holiday, ...]:
    """The holidays shipped with the application, in date order (read once)."""
    return parse_holidays(_document())


def parse_years(data: dict[str, Any]) -> tuple[HolidayYear, ...]:
    """The `years` of a `holidays.json` document: each year with its source."""
    years = []
    for n, entry in enumerate(data.get("years", []), start=1):
        try:
            years.append(
                HolidayYear(int(entry["year"]), str(entry["status"]), str(entry["source"]))
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise ValidationError("holidays", "holidays.bad_year", n=n, reason=repr(exc)) from exc
    return tuple(sorted(years, key=lambda y: y.year))


@cache
def load_years() -> tuple[HolidayYear, ...]:
    """Where each shipped year of holidays came from (read once)."""
    return parse_years(_document())


def load_calendar(
    extra_days_off: Iterable[date] = (), extra_working_days: Iterable[date] = ()
) -> WorkingCalendar:
    """The shipped calendar merged with the office's own days off and make-up days."""
    holidays = load_holidays()
    return WorkingCalendar(
        days_off=frozenset(h.date for h in holidays if h.is_day_off) | frozenset(extra_days_off),
        working_weekends=frozenset(h.date for h in holidays if h.kind == "makeup_working_day")
        | frozenset(extra_working_days),
        known_years=frozenset(h.date.year for h in holidays),
    )
