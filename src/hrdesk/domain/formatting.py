"""Dates, times and numbers as Vietnamese documents write them, and dates as people type them."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo
from decimal import Decimal
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from hrdesk.domain.errors import ValidationError
from hrdesk.domain.text import clean

if TYPE_CHECKING:
    from hrdesk.domain.vocab import Choice

VIETNAM_TZ = "Asia/Ho_Chi_Minh"
# Vietnam has kept UTC+07:00 without daylight saving since 1975; Windows without the
# tzdata package has no zone database, and this offset is then exact for our dates.
VIETNAM_FIXED = timezone(timedelta(hours=7), "ICT")
_VIETNAM_NAMES = {VIETNAM_TZ, "Asia/Saigon"}

_DMY = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})", re.ASCII)
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})", re.ASCII)


def _zone(tz: str | tzinfo) -> tzinfo:
    if isinstance(tz, tzinfo):
        return tz
    try:
        return ZoneInfo(tz)
    except (ZoneInfoNotFoundError, ValueError):
        if tz in _VIETNAM_NAMES:
            return VIETNAM_FIXED
        raise


def format_date(d: date) -> str:
    """dd/MM/yyyy, e.g. "05/02/2026"."""
    return f"{d.day:02d}/{d.month:02d}/{d.year:04d}"


def format_datetime(dt: datetime, tz: str | tzinfo = VIETNAM_TZ) -> str:
    """dd/MM/yyyy HH:mm in local time; a naive `dt` is taken as UTC (as it is stored)."""
    local = local_datetime(dt, tz)
    return f"{format_date(local)} {local.hour:02d}:{local.minute:02d}"


def local_datetime(dt: datetime, tz: str | tzinfo = VIETNAM_TZ) -> datetime:
    """The same moment in Vietnam's time (a naive `dt` is taken as UTC, as it is stored)."""
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)
    return dt.astimezone(_zone(tz))


def format_number(n: int | float | Decimal, decimals: int = 0) -> str:
    """Thousands with ".", decimals with ",": 1234567 gives "1.234.567"."""
    text = f"{n:,}" if isinstance(n, int) and decimals == 0 else f"{n:,.{decimals}f}"
    # Swap the English separators through a placeholder.
    return text.replace(",", "\0").replace(".", ",").replace("\0", ".")


def vietnamese_date_line(place: str, d: date) -> str:
    """The place-and-date line of an administrative document (Decree 30/2020/NĐ-CP).

    Days below 10 and the months January and February take a leading zero:
    "Quy Nhơn, ngày 05 tháng 02 năm 2026", but "ngày 15 tháng 3 năm 2026".
    """
    name = clean(place)
    if name is None:
        raise ValidationError("place", "field.place_required")
    month = f"{d.month:02d}" if d.month <= 2 else str(d.month)
    return f"{name}, ngày {d.day:02d} tháng {month} năm {d.year:04d}"


def parse_date(text: str, field: str) -> date:
    """Read dd/mm/yyyy, d/m/yyyy (also with "." or "-") or ISO yyyy-mm-dd.

    Raises ValidationError(field, ...) for anything else, including 30/02/2026.
    """
    value = (clean(text) or "") if isinstance(text, str) else ""
    if not value:
        raise ValidationError(field, "field.date_required")
    if match := _DMY.fullmatch(value):
        day, month, year = (int(part) for part in match.groups())
    elif match := _ISO.fullmatch(value):
        year, month, day = (int(part) for part in match.groups())
    else:
        raise ValidationError(field, "field.not_date", value=value)
    try:
        return date(year, month, day)
    except ValueError:
        raise ValidationError(field, "field.not_date", value=value) from None


def display_value(value: object, choices: type[Choice] | None = None, lang: str = "vi") -> str:
    """A stored value as a person reads it: dd/MM/yyyy dates, local times, choice labels,
    "x" for yes, and one line of text."""
    if value is None:
        return ""
    if choices is not None and value:
        try:
            return choices(str(value)).label(lang)
        except ValueError:
            return str(value)
    if isinstance(value, bool):
        return "x" if value else ""
    if isinstance(value, datetime):
        return format_datetime(value)
    if isinstance(value, date):
        return format_date(value)
    return str(value).replace("\n", " ")
