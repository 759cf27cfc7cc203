"""Working days: weekends, holidays, announced days off and make-up working days."""

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hrdesk.domain.calendar import WorkingCalendar, load_calendar

PLAIN = WorkingCalendar()


@pytest.fixture(scope="module")
def vn() -> WorkingCalendar:
    return load_calendar()


def test_weekends_are_not_working_days():
    assert PLAIN.is_working_day(date(2026, 3, 6))  # Friday
    assert not PLAIN.is_working_day(date(2026, 3, 7))  # Saturday
    assert not PLAIN.is_working_day(date(2026, 3, 8))  # Sunday


def test_start_day_does_not_count():
    assert PLAIN.add_working_days(date(2026, 3, 2), 1) == date(2026, 3, 3)


def test_adding_working_days_skips_the_weekend():
    assert PLAIN.add_working_days(date(2026, 3, 6), 1) == date(2026, 3, 9)
    assert PLAIN.add_working_days(date(2026, 3, 2), 5) == date(2026, 3, 9)


def test_adding_zero_working_days_returns_the_start_even_on_a_weekend():
    assert PLAIN.add_working_days(date(2026, 3, 7), 0) == date(2026, 3, 7)


def test_adding_negative_working_days_is_an_error():
    with pytest.raises(ValueError):
        PLAIN.add_working_days(date(2026, 3, 7), -1)


def test_add_days_counts_calendar_days():
    assert PLAIN.add_days(date(2026, 2, 20), 10) == date(2026, 3, 2)
    assert PLAIN.add_days(date(2026, 3, 2), -10) == date(2026, 2, 20)


def test_day_off_on_a_weekday_is_skipped():
    cal = WorkingCalendar(days_off=[date(2026, 3, 3)])
    assert not cal.is_working_day(date(2026, 3, 3))
    assert cal.add_working_days(date(2026, 3, 2), 1) == date(2026, 3, 4)


def test_make_up_saturday_is_a_working_day():
    cal = WorkingCalendar(working_weekends=[date(2026, 3, 7)])
    assert cal.is_working_day(date(2026, 3, 7))
    assert cal.add_working_days(date(2026, 3, 6), 1) == date(2026, 3, 7)


def test_roll_forward_moves_a_day_off_to_the_next_working_day():
    cal = WorkingCalendar(days_off=[date(2026, 3, 9)])
    assert cal.roll_forward(date(2026, 3, 7)) == date(2026, 3, 10)
    assert cal.roll_forward(date(2026, 3, 6)) == date(2026, 3, 6)


def test_working_days_between_counts_after_start_up_to_end():
    assert PLAIN.working_days_between(date(2026, 3, 2), date(2026, 3, 2)) == 0
    assert PLAIN.working_days_between(date(2026, 3, 2), date(2026, 3, 9)) == 5
    assert PLAIN.working_days_between(date(2026, 3, 9), date(2026, 3, 2)) == -5
    assert PLAIN.working_days_between(date(2026, 3, 6), date(2026, 3, 8)) == 0


def test_calendar_accepts_plain_iterables_and_stays_hashable():
    cal = WorkingCalendar(days_off=[date(2026, 3, 3)], working_weekends=(date(2026, 3, 7),))
    assert isinstance(cal.days_off, frozenset)
    assert hash(cal) == hash(WorkingCalendar({date(2026, 3, 3)}, {date(2026, 3, 7)}))


# --- against a day-by-day count -------------------------------------------------------

DATES = st.dates(min_value=date(2023, 1, 1), max_value=date(2028, 12, 31))
CALENDARS = st.builds(
    WorkingCalendar,
    days_off=st.frozensets(DATES, max_size=40),
    working_weekends=st.frozensets(DATES, max_size=10),
)


def count_day_by_day(cal: WorkingCalendar, start: date, end: date) -> int:
    days = (end - start).days
    return sum(cal.is_working_day(start + timedelta(days=i)) for i in range(1, days + 1))


@given(CALENDARS, DATES, DATES)
def test_working_days_between_equals_counting_day_by_day(cal, a, b):
    start, end = min(a, b), max(a, b)
    expected = count_day_by_day(cal, start, end)
    assert cal.working_days_between(start, end) == expected
    assert cal.working_days_between(end, start) == -expected


@given(CALENDARS, DATES, st.integers(0, 60))
def test_adding_n_working_days_lands_on_the_nth_working_day(cal, start, n):
    due = cal.add_working_days(start, n)
    assert cal.working_days_between(start, due) == n
    if n:
        assert cal.is_working_day(due)


# --- the shipped calendar -------------------------------------------------------------


def test_tet_2026_is_off_from_14_to_22_february(vn):
    for day in range(14, 23):
        assert not vn.is_working_day(date(2026, 2, day))
    assert vn.is_working_day(date(2026, 2, 13))
    assert vn.is_working_day(date(2026, 2, 23))


def test_swapped_days_of_2025_and_2026(vn):
    assert vn.is_working_day(date(2025, 4, 26))  # Saturday, make-up for Friday 2 May
    assert not vn.is_working_day(date(2025, 5, 2))
    assert not vn.is_working_day(date(2026, 1, 2))
    assert vn.is_working_day(date(2026, 1, 10))  # Saturday, make-up for Friday 2 January


def test_hung_kings_day_on_sunday_2026_gives_monday_off(vn):
    assert not vn.is_working_day(date(2026, 4, 27))


def test_national_day_2024_takes_2_and_3_september(vn):
    assert not vn.is_working_day(date(2024, 9, 2))
    assert not vn.is_working_day(date(2024, 9, 3))
    assert vn.is_working_day(date(2024, 9, 4))


def test_office_additions_are_merged(vn):
    cal = load_calendar(
        extra_days_off=[date(2026, 11, 23)], extra_working_days=[date(2026, 11, 28)]
    )
    assert not cal.is_working_day(date(2026, 11, 23))
    assert cal.is_working_day(date(2026, 11, 28))
    assert vn.is_working_day(date(2026, 11, 23))


def test_culture_day_24_11_2026_is_not_a_working_day(vn):
    assert not vn.is_working_day(date(2026, 11, 24))


def test_calendar_knows_which_years_it_covers(vn):
    assert vn.covers(date(2024, 6, 1)) and vn.covers(date(2027, 12, 31))
    assert not vn.covers(date(2028, 1, 1))
