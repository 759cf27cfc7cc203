"""Reporting periods: quarters, half years, years and date ranges."""

from datetime import date
from itertools import pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hrdesk.domain.errors import ValidationError
from hrdesk.domain.periods import Period, parse_period


@pytest.mark.parametrize(
    ("text", "kind", "start", "end", "label"),
    [
        ("2026-Q3", "quarter", date(2026, 7, 1), date(2026, 9, 30), "2026-Q3"),
        ("2026-q1", "quarter", date(2026, 1, 1), date(2026, 3, 31), "2026-Q1"),
        (" 2024-Q4 ", "quarter", date(2024, 10, 1), date(2024, 12, 31), "2024-Q4"),
        ("2026-H1", "half", date(2026, 1, 1), date(2026, 6, 30), "2026-H1"),
        ("2026-h2", "half", date(2026, 7, 1), date(2026, 12, 31), "2026-H2"),
        ("2026", "year", date(2026, 1, 1), date(2026, 12, 31), "2026"),
        (
            "2026-01-05..2026-02-10",
            "range",
            date(2026, 1, 5),
            date(2026, 2, 10),
            "2026-01-05..2026-02-10",
        ),
        ("2026-03-01..2026-03-01", "range", date(2026, 3, 1), date(2026, 3, 1), None),
    ],
)
def test_parse_period_forms(text, kind, start, end, label):
    period = parse_period(text)
    assert (period.kind, period.start, period.end) == (kind, start, end)
    assert period.label == (label or text)


def test_first_quarter_of_a_leap_year_ends_on_31_march_and_february_has_29_days():
    assert parse_period("2024-01-01..2024-02-29").end == date(2024, 2, 29)


@pytest.mark.parametrize(
    "text",
    [
        "2026-Q5",
        "2026-Q0",
        "2026-H3",
        "2026-13-01..2026-12-31",
        "2026-02-30..2026-03-01",
        "2026-02-10..2026-01-05",
        "0000",
        "26",
        "2026-Q",
        "Q3 2026",
        "",
        "   ",
        "2026-01..2026-02",
        "٢٠٢٦",
    ],
)
def test_anything_else_is_not_a_period(text):
    with pytest.raises(ValidationError) as error:
        parse_period(text)
    assert error.value.field == "period"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("2026-Q1", "quý I năm 2026"),
        ("2026-Q2", "quý II năm 2026"),
        ("2026-Q3", "quý III năm 2026"),
        ("2026-Q4", "quý IV năm 2026"),
        ("2026-H1", "6 tháng đầu năm 2026"),
        ("2026-H2", "6 tháng cuối năm 2026"),
        ("2026", "năm 2026"),
        ("2026-01-05..2026-02-10", "từ ngày 05/01/2026 đến ngày 10/02/2026"),
    ],
)
def test_vietnamese_titles(text, title):
    assert parse_period(text).title_vi == title


def test_contains_includes_both_ends():
    period = parse_period("2026-Q3")
    assert period.contains(date(2026, 7, 1))
    assert period.contains(date(2026, 9, 30))
    assert not period.contains(date(2026, 6, 30))
    assert not period.contains(date(2026, 10, 1))


YEARS = st.integers(1900, 2100)
PERIODS = st.one_of(
    st.builds(Period.quarter, YEARS, st.integers(1, 4)),
    st.builds(Period.half, YEARS, st.integers(1, 2)),
    st.builds(Period.year, YEARS),
    st.tuples(st.dates(), st.dates()).map(lambda ab: Period.range(min(ab), max(ab))),
)


@given(PERIODS)
def test_label_reads_back_as_the_same_period(period):
    assert parse_period(period.label) == period
    assert parse_period(period.label.lower()) == period


@given(YEARS)
def test_quarters_and_halves_cover_the_year_without_gaps(year):
    quarters = [Period.quarter(year, q) for q in range(1, 5)]
    halves = [Period.half(year, h) for h in (1, 2)]
    whole = Period.year(year)
    for parts in (quarters, halves):
        assert parts[0].start == whole.start and parts[-1].end == whole.end
        for before, after in pairwise(parts):
            assert (after.start - before.end).days == 1
