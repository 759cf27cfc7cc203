"""Where a petition stands against its deadline on a day: overdue, due soon, running, or
stopped — the one rule behind a row's colour, the list's "due soon" filter and the
dashboard's count, so the three always agree (around Tết too).

How near a deadline must be to count as due soon is data (`due_soon` in
`deadline_rules.json`): a number of days and their unit, working or calendar days.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from hrdesk.domain.calendar import WorkingCalendar
from hrdesk.domain.deadlines import UNITS, WORKING_DAYS
from hrdesk.domain.errors import ValidationError
from hrdesk.domain.vocab import PETITION_RUNNING

RUNNING = frozenset(status.value for status in PETITION_RUNNING)

OVERDUE = "overdue"
DUE_SOON = "due_soon"
RUNNING_STATE = "running"
STOPPED = "stopped"


@dataclass(frozen=True)
class DueSoonRule:
    """A running case is due soon when its deadline is at most `days` (in `unit`) away."""

    days: int
    unit: str

    def last_day(self, today: date, cal: WorkingCalendar) -> date:
        """The latest deadline that is due soon on `today`.

        A running case whose deadline falls from `today` to this day, both included, is
        due soon. In working days: every day before the (days + 1)-th working day after
        today, so a deadline on the weekend or the Tết days that follow still counts.
        """
        if self.unit == WORKING_DAYS:
            return cal.add_working_days(today, self.days + 1) - timedelta(days=1)
        return today + timedelta(days=self.days)


def parse_due_soon(entry: Any) -> DueSoonRule:
    """The `due_soon` entry of a rules document: {"days": 5, "unit": "working_days"}."""
    if not isinstance(entry, Mapping):
        raise ValidationError("deadline_rules", "rules.due_soon_missing")
    days, unit = entry.get("days"), entry.get("unit")
    if not isinstance(days, int) or isinstance(days, bool) or not 0 <= days <= 366:
        raise ValidationError("deadline_rules", "rules.due_soon_days", days=repr(days))
    if unit not in UNITS:
        raise ValidationError(
            "deadline_rules", "rules.due_soon_unit", unit=repr(unit), units=", ".join(UNITS)
        )
    return DueSoonRule(days, unit)


@dataclass(frozen=True)
class DeadlineState:
    """How a petition stands against its deadline on a day."""

    days_left: int | None  # working days from the day to the deadline; negative when past
    state: str  # OVERDUE, DUE_SOON, RUNNING_STATE or STOPPED


def deadline_state(
    status: str, deadline: date | None, today: date, cal: WorkingCalendar, rule: DueSoonRule
) -> DeadlineState:
    """The state of a case with `status` and `deadline` on `today`; the clock stops when
    the case no longer runs or has no deadline."""
    if status not in RUNNING or deadline is None:
        return DeadlineState(None, STOPPED)
    left = cal.working_days_between(today, deadline)
    if deadline < today:
        return DeadlineState(left, OVERDUE)
    return DeadlineState(left, DUE_SOON if deadline <= rule.last_day(today, cal) else RUNNING_STATE)


@dataclass(frozen=True)
class DeadlineClock:
    """Today, the working calendar and the due-soon rule, read once: a long list asks it
    for each row painted without going back to the store."""

    today: date
    calendar: WorkingCalendar
    rule: DueSoonRule
    _states: dict[tuple[str, date | None], DeadlineState] = field(
        default_factory=dict, compare=False, repr=False
    )

    def state(self, status: str, deadline: date | None) -> DeadlineState:
        key = (status, deadline)
        found = self._states.get(key)
        if found is None:
            found = deadline_state(status, deadline, self.today, self.calendar, self.rule)
            self._states[key] = found
        return found

    def due_soon_range(self) -> tuple[date, date]:
        """The first and last deadline of a running case due soon today."""
        return self.today, self.rule.last_day(self.today, self.calendar)
