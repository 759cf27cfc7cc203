"""The shipped holiday data (resources/data/holidays.json)."""

import json
from collections import Counter
from datetime import date

import pytest

from hrdesk.domain.calendar import HOLIDAY_KINDS, load_holidays, parse_holidays, parse_years
from hrdesk.domain.errors import ValidationError
from hrdesk.resources_path import resource_path

YEARS = (2024, 2025, 2026, 2027)


@pytest.fixture(scope="module")
def document() -> dict:
    text = resource_path("data", "holidays.json").read_text("utf-8")
    return json.loads(text)


@pytest.fixture(scope="module")
def holidays():
    return load_holidays()


def days_off(holidays, year):
    return {h.date for h in holidays if h.is_day_off and h.date.year == year}


def test_note_tells_the_office_to_check_and_extend_the_data_each_year(document):
    assert "each year" in document["note"] or "every year" in document["note"]


def test_every_entry_is_complete(holidays):
    for h in holidays:
        assert h.kind in HOLIDAY_KINDS
        assert h.name_vi and h.name_en and h.source
        assert h.status in ("announced", "expected")
        assert h.date.year in YEARS


def test_no_date_is_listed_twice(holidays):
    assert not [d for d, n in Counter(h.date for h in holidays).items() if n > 1]


def test_compensatory_days_are_weekdays_and_make_up_days_are_weekends(holidays):
    for h in holidays:
        if h.kind == "compensatory":
            assert h.date.weekday() < 5, h
        if h.kind == "makeup_working_day":
            assert h.date.weekday() >= 5, h


@pytest.mark.parametrize("year", YEARS)
def test_each_year_nets_the_labour_codes_paid_holidays(holidays, year):
    # Labour Code 2019 Art. 112: 11 days, 12 from 2026 with Culture Day (24/11); swaps
    # add a weekday off and a make-up Saturday.
    weekdays_off = [d for d in days_off(holidays, year) if d.weekday() < 5]
    make_up = [h for h in holidays if h.kind == "makeup_working_day" and h.date.year == year]
    assert len(weekdays_off) - len(make_up) == (11 if year < 2026 else 12)


@pytest.mark.parametrize("year", [2026, 2027])
def test_vietnamese_culture_day_24_11_is_a_day_off_from_2026(holidays, year):
    assert date(year, 11, 24) in days_off(holidays, year)
    assert date(2025, 11, 24) not in days_off(holidays, 2025)


def test_every_year_says_where_it_came_from(document):
    years = parse_years(document)
    assert [y.year for y in years] == list(YEARS)
    assert all(y.source for y in years)
    assert {y.year: y.status for y in years}[2027] == "expected"
    assert "80-NQ/TW" in {y.year: y.source for y in years}[2026]


@pytest.mark.parametrize("year", YEARS)
def test_each_year_lists_the_fixed_holidays(holidays, year):
    off = days_off(holidays, year)
    for month, day in ((1, 1), (4, 30), (5, 1), (9, 2)):
        assert date(year, month, day) in off
    assert date(year, 9, 1) in off or date(year, 9, 3) in off


@pytest.mark.parametrize(
    ("hung_kings", "first", "last"),
    [
        (date(2024, 4, 18), date(2024, 2, 8), date(2024, 2, 14)),
        (date(2025, 4, 7), date(2025, 1, 25), date(2025, 2, 2)),
        (date(2026, 4, 26), date(2026, 2, 14), date(2026, 2, 22)),
    ],
)
def test_announced_tet_and_hung_kings_days(holidays, hung_kings, first, last):
    off = days_off(holidays, first.year)
    assert hung_kings in off
    tet = {h.date for h in holidays if h.kind == "tet" and h.date.year == first.year}
    assert min(tet) == first and max(tet) == last
    assert all(date.fromordinal(n) in off for n in range(first.toordinal(), last.toordinal()))


def test_2027_tet_is_marked_expected(holidays):
    tet_2027 = [h for h in holidays if h.date.year == 2027 and h.kind == "tet"]
    assert len([h for h in tet_2027 if h.date.weekday() < 5]) >= 3
    assert all(h.status == "expected" for h in tet_2027)
    assert date(2027, 2, 6) in {h.date for h in tet_2027}  # Lunar New Year's Day


def test_malformed_entries_are_rejected():
    with pytest.raises(ValidationError) as error:
        parse_holidays({"entries": [{"date": "2026-02-30", "name_vi": "x", "name_en": "x"}]})
    assert error.value.field == "holidays"
    with pytest.raises(ValidationError):
        parse_holidays(
            {"entries": [{"date": "2026-03-02", "name_vi": "x", "name_en": "x", "kind": "party"}]}
        )
    with pytest.raises(ValidationError):
        parse_holidays(
            {
                "entries": [
                    {
                        "date": "2026-03-02",
                        "name_vi": "x",
                        "name_en": "x",
                        "kind": "makeup_working_day",
                    }
                ]
            }
        )
    with pytest.raises(ValidationError):
        parse_holidays({})
