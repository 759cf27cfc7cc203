"""Dates, times and numbers as Vietnamese documents write them."""

from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hrdesk.domain import formatting
from hrdesk.domain.errors import ValidationError
from hrdesk.domain.formatting import (
    format_date,
    format_datetime,
    format_number,
    parse_date,
    vietnamese_date_line,
)


def test_format_date_is_day_month_year_with_zeros():
    assert format_date(date(2026, 2, 5)) == "05/02/2026"
    assert format_date(date(2026, 12, 15)) == "15/12/2026"


def test_naive_datetime_is_taken_as_utc_and_shown_in_vietnam_time():
    assert format_datetime(datetime(2026, 1, 1, 17, 30)) == "02/01/2026 00:30"
    assert format_datetime(datetime(2026, 6, 1, 1, 5, 59)) == "01/06/2026 08:05"


def test_aware_datetime_is_converted():
    utc = datetime(2026, 3, 1, 23, 0, tzinfo=UTC)
    assert format_datetime(utc) == "02/03/2026 06:00"
    paris = datetime(2026, 3, 1, 12, 0, tzinfo=timezone(timedelta(hours=1)))
    assert format_datetime(paris) == "01/03/2026 18:00"
    assert format_datetime(utc, tz="UTC") == "01/03/2026 23:00"


def test_without_a_zone_database_vietnam_time_is_a_fixed_utc_plus_7(monkeypatch):
    def no_zone(key):
        raise formatting.ZoneInfoNotFoundError(key)

    monkeypatch.setattr(formatting, "ZoneInfo", no_zone)
    assert format_datetime(datetime(2026, 1, 1, 17, 30)) == "02/01/2026 00:30"
    with pytest.raises(formatting.ZoneInfoNotFoundError):
        format_datetime(datetime(2026, 1, 1), tz="Europe/Paris")


@given(st.datetimes(min_value=datetime(1980, 1, 1), max_value=datetime(2100, 1, 1)))
def test_vietnam_time_is_utc_plus_7(dt):
    local = dt + timedelta(hours=7)
    assert format_datetime(dt) == f"{format_date(local)} {local:%H:%M}"


@pytest.mark.parametrize(
    ("number", "text"),
    [
        (0, "0"),
        (999, "999"),
        (1000, "1.000"),
        (1234567, "1.234.567"),
        (-1234, "-1.234"),
        (10**12, "1.000.000.000.000"),
    ],
)
def test_numbers_use_dots_for_thousands(number, text):
    assert format_number(number) == text


def test_decimals_use_a_comma():
    assert format_number(1234.5, decimals=2) == "1.234,50"
    assert format_number(Decimal("0.125"), decimals=1) == "0,1"
    assert format_number(2.6) == "3"


@pytest.mark.parametrize(
    ("d", "line"),
    [
        (date(2024, 10, 3), "Quy Nhơn, ngày 03 tháng 10 năm 2024"),
        (date(2026, 2, 5), "Quy Nhơn, ngày 05 tháng 02 năm 2026"),
        (date(2026, 1, 20), "Quy Nhơn, ngày 20 tháng 01 năm 2026"),
        (date(2026, 12, 15), "Quy Nhơn, ngày 15 tháng 12 năm 2026"),
        (date(2026, 3, 9), "Quy Nhơn, ngày 09 tháng 3 năm 2026"),
        (date(2026, 9, 30), "Quy Nhơn, ngày 30 tháng 9 năm 2026"),
    ],
)
def test_date_line_follows_decree_30_2020(d, line):
    assert vietnamese_date_line("Quy Nhơn", d) == line


def test_date_line_cleans_the_place_and_requires_one():
    assert vietnamese_date_line("  Quy\u0301 Nhơn ", date(2026, 3, 1)).startswith("Quý Nhơn,")
    with pytest.raises(ValidationError) as error:
        vietnamese_date_line("  ", date(2026, 3, 1))
    assert error.value.field == "place"


@pytest.mark.parametrize(
    "text", ["05/02/2026", "5/2/2026", "05-02-2026", "5.2.2026", "2026-02-05", " 05/02/2026 "]
)
def test_parse_date_accepts_the_usual_forms(text):
    assert parse_date(text, "received_on") == date(2026, 2, 5)


@pytest.mark.parametrize(
    "text",
    [
        "30/02/2026",
        "31/04/2026",
        "29/02/2025",
        "00/01/2026",
        "5/13/2026",
        "2026-13-01",
        "05/02/26",
        "hôm nay",
        "2026/02/05",
        "05/02/2026 10:00",
        "١٥/٠٢/٢٠٢٦",
    ],
)
def test_parse_date_rejects_what_is_not_a_date(text):
    with pytest.raises(ValidationError) as error:
        parse_date(text, "received_on")
    assert error.value.field == "received_on"
    assert error.value.code == "field.not_date"
    assert error.value.text("vi").startswith("Không phải là ngày")


def test_parse_date_reports_an_empty_field():
    with pytest.raises(ValidationError) as error:
        parse_date("  ", "decided_on")
    assert error.value.field == "decided_on"


def test_leap_day_is_a_date():
    assert parse_date("29/02/2024", "d") == date(2024, 2, 29)


@given(st.dates(min_value=date(1000, 1, 1)))
def test_formatted_dates_read_back(d):
    assert parse_date(format_date(d), "d") == d
    assert parse_date(d.isoformat(), "d") == d
