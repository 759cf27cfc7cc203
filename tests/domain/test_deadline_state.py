"""A case's deadline state is a pure function of its status, its deadline, today and the
working calendar, with the one "due soon" rule from the rules data.

The calendar is the shipped one: Tết 2027 is expected from Fri 05/02 to Thu 11/02/2027
(holidays.json), so the working days after Mon 01/02/2027 are 02, 03, 04, 12, 15, 16/02.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hrdesk.domain.calendar import load_calendar
from hrdesk.domain.deadline_state import (
    DeadlineClock,
    DeadlineState,
    DueSoonRule,
    deadline_state,
    parse_due_soon,
)
from hrdesk.domain.errors import ValidationError
from hrdesk.domain.rule_sets import RuleCatalog, load_catalog
from hrdesk.domain.rules_data import merge_override, packaged_rules_data

CAL = load_calendar()
FIVE_WORKING = DueSoonRule(5, "working_days")
SEVEN_DAYS = DueSoonRule(7, "days")

CASES = [
    # status, deadline, today, rule, expected (days left, state)
    ("closed", date(2027, 2, 3), date(2027, 2, 1), FIVE_WORKING, (None, "stopped")),
    ("decided", date(2027, 1, 20), date(2027, 2, 1), FIVE_WORKING, (None, "stopped")),
    ("accepted", None, date(2027, 2, 1), FIVE_WORKING, (None, "stopped")),
    ("received", date(2027, 2, 1), date(2027, 2, 1), FIVE_WORKING, (0, "due_soon")),
    ("received", date(2027, 1, 29), date(2027, 2, 1), FIVE_WORKING, (-1, "overdue")),
    # Past a Friday deadline (a Tết day) on the Saturday: overdue by no working day yet.
    ("classified", date(2027, 2, 5), date(2027, 2, 6), FIVE_WORKING, (0, "overdue")),
    ("accepted", date(2027, 2, 4), date(2027, 2, 1), FIVE_WORKING, (3, "due_soon")),
    # Across Tết: 12/02 is the 4th working day after 01/02, 15/02 the 5th, 16/02 the 6th.
    ("accepted", date(2027, 2, 12), date(2027, 2, 1), FIVE_WORKING, (4, "due_soon")),
    ("accepted", date(2027, 2, 15), date(2027, 2, 1), FIVE_WORKING, (5, "due_soon")),
    ("accepted", date(2027, 2, 16), date(2027, 2, 1), FIVE_WORKING, (6, "running")),
    # A deadline on a Tết day still inside the window is due soon.
    ("accepted", date(2027, 2, 9), date(2027, 2, 1), FIVE_WORKING, (3, "due_soon")),
    # An ordinary week: Mon 01/03 + 5 working days is Mon 08/03.
    ("received", date(2027, 3, 8), date(2027, 3, 1), FIVE_WORKING, (5, "due_soon")),
    ("received", date(2027, 3, 9), date(2027, 3, 1), FIVE_WORKING, (6, "running")),
    # In calendar days (an office's own rule): 7 days from 01/02 reach 08/02, a Tết day.
    ("accepted", date(2027, 2, 8), date(2027, 2, 1), SEVEN_DAYS, (3, "due_soon")),
    ("accepted", date(2027, 2, 9), date(2027, 2, 1), SEVEN_DAYS, (3, "running")),
]


@pytest.mark.parametrize(("status", "deadline", "today", "rule", "expected"), CASES)
def test_deadline_state_table(status, deadline, today, rule, expected):
    assert deadline_state(status, deadline, today, CAL, rule) == DeadlineState(*expected)


def test_due_soon_around_tet_2027_reaches_the_fifth_working_day_after_the_holiday():
    assert FIVE_WORKING.last_day(date(2027, 2, 1), CAL) == date(2027, 2, 15)
    # From Thu 04/02: 12, 15, 16, 17, 18/02 are the five working days.
    assert FIVE_WORKING.last_day(date(2027, 2, 4), CAL) == date(2027, 2, 18)
    # From Fri 26/02 the 6th working day is Mon 08/03: the weekend before it counts.
    assert FIVE_WORKING.last_day(date(2027, 2, 26), CAL) == date(2027, 3, 7)


@given(
    today=st.dates(date(2026, 12, 1), date(2027, 3, 31)),
    ahead=st.integers(-20, 40),
    days=st.integers(0, 12),
)
def test_the_due_soon_range_holds_exactly_the_cases_coloured_due_soon(today, ahead, days):
    """What the list filter and the dashboard take (a range of deadlines worked out from
    the calendar) and what colours a row agree on every day."""
    rule = DueSoonRule(days, "working_days")
    deadline = today + timedelta(days=ahead)
    clock = DeadlineClock(today, CAL, rule)
    first, last = clock.due_soon_range()
    state = clock.state("accepted", deadline)
    assert (state.state == "due_soon") == (first <= deadline <= last)
    if deadline >= today:
        assert (state.state == "due_soon") == (state.days_left <= days)


def test_the_rule_comes_from_the_rules_data_and_the_office_may_change_it(tmp_path):
    entry = packaged_rules_data()["due_soon"]
    assert load_catalog().due_soon == DueSoonRule(entry["days"], entry["unit"])
    assert load_catalog().due_soon == FIVE_WORKING
    override = tmp_path / "deadline_rules.json"
    override.write_text('{"due_soon": {"days": 10}}', "utf-8")
    assert load_catalog(override).due_soon == DueSoonRule(10, "working_days")


@pytest.mark.parametrize(
    ("entry", "code"),
    [
        (None, "rules.due_soon_missing"),
        ({"days": "5", "unit": "working_days"}, "rules.due_soon_days"),
        ({"days": -1, "unit": "working_days"}, "rules.due_soon_days"),
        ({"days": 5, "unit": "weeks"}, "rules.due_soon_unit"),
    ],
)
def test_a_broken_due_soon_entry_is_refused_with_its_message(entry, code):
    with pytest.raises(ValidationError) as caught:
        parse_due_soon(entry)
    assert caught.value.code == code
    data = packaged_rules_data()
    data = merge_override(data, {"due_soon": entry}) if entry else {**data, "due_soon": None}
    with pytest.raises(ValidationError) as caught:
        RuleCatalog(data)
    assert caught.value.code == code
