"""Reporting periods: a quarter, a half year, a year, or a range of dates."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from hrdesk.domain.errors import ValidationError

_ROMAN = ("I", "II", "III", "IV")
_QUARTER = re.compile(r"(\d{4})-Q(\d+)", re.IGNORECASE | re.ASCII)
_HALF = re.compile(r"(\d{4})-H(\d+)", re.IGNORECASE | re.ASCII)
_YEAR = re.compile(r"\d{4}", re.ASCII)
_RANGE = re.compile(r"(\d{4}-\d{2}-\d{2})\s*\.\.\s*(\d{4}-\d{2}-\d{2})", re.ASCII)


@dataclass(frozen=True)
class Period:
    """A span of days, both ends included; `label` is the canonical text form."""

    kind: str  # "quarter", "half", "year" or "range"
    start: date
    end: date
    label: str

    @classmethod
    def quarter(cls, year: int, quarter: int) -> Period:
        if not 1 <= quarter <= 4:
            raise ValidationError("period", "period.bad_quarter", quarter=quarter)
        start = _first_day(year, 3 * quarter - 2)
        end = _month_end(year, 3 * quarter)
        return cls("quarter", start, end, f"{year:04d}-Q{quarter}")

    @classmethod
    def half(cls, year: int, half: int) -> Period:
        if half not in (1, 2):
            raise ValidationError("period", "period.bad_half", half=half)
        start = _first_day(year, 1 if half == 1 else 7)
        end = _month_end(year, 6 if half == 1 else 12)
        return cls("half", start, end, f"{year:04d}-H{half}")

    @classmethod
    def year(cls, year: int) -> Period:
        return cls("year", _first_day(year, 1), _month_end(year, 12), f"{year:04d}")

    @classmethod
    def range(cls, start: date, end: date) -> Period:
        if end < start:
            raise ValidationError("period", "period.end_before_start", start=start, end=end)
        return cls("range", start, end, f"{start.isoformat()}..{end.isoformat()}")

    def contains(self, d: date) -> bool:
        return self.start <= d <= self.end

    def previous(self) -> Period:
        """The period just before: the quarter, half or year before, or a range of the same
        length ending the day before this one starts."""
        year = self.start.year
        if self.kind == "quarter":
            q = (self.start.month - 1) // 3 + 1
            return Period.quarter(year - 1, 4) if q == 1 else Period.quarter(year, q - 1)
        if self.kind == "half":
            return Period.half(year - 1, 2) if self.start.month == 1 else Period.half(year, 1)
        if self.kind == "year":
            return Period.year(year - 1)
        end = self.start - timedelta(days=1)
        return Period.range(end - (self.end - self.start), end)

    def following(self) -> Period:
        """The period just after: the next quarter, half or year, or a range of the same
        length starting the day after this one ends."""
        year = self.start.year
        if self.kind == "quarter":
            q = (self.start.month - 1) // 3 + 1
            return Period.quarter(year + 1, 1) if q == 4 else Period.quarter(year, q + 1)
        if self.kind == "half":
            return Period.half(year + 1, 1) if self.start.month == 7 else Period.half(year, 2)
        if self.kind == "year":
            return Period.year(year + 1)
        start = self.end + timedelta(days=1)
        return Period.range(start, start + (self.end - self.start))

    def year_earlier(self) -> Period:
        """The same period a year before (29 February becomes the 28th)."""
        year = self.start.year
        if self.kind == "quarter":
            return Period.quarter(year - 1, (self.start.month - 1) // 3 + 1)
        if self.kind == "half":
            return Period.half(year - 1, 1 if self.start.month == 1 else 2)
        if self.kind == "year":
            return Period.year(year - 1)
        return Period.range(_year_before(self.start), _year_before(self.end))

    @property
    def title_vi(self) -> str:
        """The period as a Vietnamese report title says it, mid-sentence: "quý III năm 2026"."""
        year = self.start.year
        if self.kind == "quarter":
            return f"quý {_ROMAN[(self.start.month - 1) // 3]} năm {year}"
        if self.kind == "half":
            which = "đầu" if self.start.month == 1 else "cuối"
            return f"6 tháng {which} năm {year}"
        if self.kind == "year":
            return f"năm {year}"
        return f"từ ngày {_dmy(self.start)} đến ngày {_dmy(self.end)}"


def _year_before(d: date) -> date:
    return d.replace(year=d.year - 1, day=28 if (d.month, d.day) == (2, 29) else d.day)


def _dmy(d: date) -> str:
    return f"{d.day:02d}/{d.month:02d}/{d.year:04d}"


def _first_day(year: int, month: int) -> date:
    try:
        return date(year, month, 1)
    except ValueError:
        raise ValidationError("period", "period.bad_year", year=year) from None


def _month_end(year: int, month: int) -> date:
    if month == 12:
        return date(year, 12, 31)
    return date(year, month + 1, 1) - timedelta(days=1)


def _iso(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValidationError("period", "period.bad_date", value=text) from None


def parse_period(text: str) -> Period:
    """Read "2026-Q3", "2026-H1", "2026" or "2026-01-05..2026-02-10" (any letter case)."""
    value = (text or "").strip()
    if match := _QUARTER.fullmatch(value):
        return Period.quarter(int(match[1]), int(match[2]))
    if match := _HALF.fullmatch(value):
        return Period.half(int(match[1]), int(match[2]))
    if _YEAR.fullmatch(value):
        return Period.year(int(value))
    if match := _RANGE.fullmatch(value):
        return Period.range(_iso(match[1]), _iso(match[2]))
    raise ValidationError("period", "period.not_a_period", value=value)
