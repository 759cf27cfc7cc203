"""The shipped holiday calendar as the office sees it: every built-in day by year with the
year's source, and what the office decided about the expected days (a Tết not yet
announced): a whole year confirmed, or one day removed or replaced by the day the
Government announced instead. Each decision keeps who made it, when, and on what
announcement; the audit log has it too (it is a setting)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy.orm import Session

from hrdesk.domain.access import Permission
from hrdesk.domain.calendar import load_holidays, load_years
from hrdesk.domain.errors import ValidationError
from hrdesk.domain.settings import HOLIDAY_YEARS_CONFIRMED
from hrdesk.services.common import require
from hrdesk.services.office import (
    add_holiday,
    confirm_expected_year,
    get_setting,
    set_setting,
)
from hrdesk.services.settings import read_setting
from hrdesk.store.base import utcnow

DECISIONS_KEY = "holidays.expected_decisions"
CONFIRMED, REMOVED, REPLACED = "confirmed", "removed", "replaced"


@dataclass(frozen=True)
class Decision:
    """The office's word on an expected day (`day`) or on a whole year (`day` None)."""

    action: str  # CONFIRMED, REMOVED or REPLACED
    year: int
    day: date | None
    new_day: date | None
    announcement: str
    by: str  # the officer's account
    by_name: str  # and their name, as the history names them
    at: datetime  # UTC

    def as_json(self) -> dict[str, Any]:
        return {
            "action": self.action,
            "year": self.year,
            "day": self.day.isoformat() if self.day else None,
            "new_day": self.new_day.isoformat() if self.new_day else None,
            "announcement": self.announcement,
            "by": self.by,
            "by_name": self.by_name,
            "at": self.at.isoformat(),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Decision:
        return cls(
            action=str(data["action"]),
            year=int(data["year"]),
            day=date.fromisoformat(data["day"]) if data.get("day") else None,
            new_day=date.fromisoformat(data["new_day"]) if data.get("new_day") else None,
            announcement=str(data.get("announcement") or ""),
            by=str(data.get("by") or ""),
            by_name=str(data.get("by_name") or data.get("by") or ""),
            at=datetime.fromisoformat(data["at"]),
        )


@dataclass(frozen=True)
class ShippedDay:
    """One built-in day: its names, kind, its own and its year's source, and its state:
    "announced", "expected", or the office's decision on it ("confirmed", "removed",
    "replaced") with `decision` saying who, when and why."""

    day: date
    name_vi: str
    name_en: str
    kind: str
    source: str
    year_source: str
    state: str
    decision: Decision | None

    def name(self, lang: str) -> str:
        return self.name_vi if lang == "vi" else self.name_en


def decisions(session: Session) -> list[Decision]:
    """Every decision on expected days, oldest first."""
    return [Decision.from_json(d) for d in get_setting(session, DECISIONS_KEY, []) or []]


def withdrawn_days(session: Session) -> frozenset[date]:
    """The expected days the office removed or replaced: they are working days."""
    return frozenset(d.day for d in decisions(session) if d.day and d.action != CONFIRMED)


def shipped_days(session: Session) -> list[ShippedDay]:
    """Every built-in day of every shipped year, by date."""
    require(session, Permission.VIEW_RECORDS)
    by_day: dict[date, Decision] = {}
    by_year: dict[int, Decision] = {}
    for made in decisions(session):
        if made.day is not None:
            by_day[made.day] = made
        else:
            by_year[made.year] = made
    confirmed: tuple[int, ...] = read_setting(session, HOLIDAY_YEARS_CONFIRMED)
    confirmed_years = set(confirmed)
    year_sources = {y.year: y.source for y in load_years()}
    days = []
    for holiday in load_holidays():
        year = holiday.date.year
        decision: Decision | None = None
        if holiday.status != "expected":
            state = "announced"
        elif holiday.date in by_day:
            decision = by_day[holiday.date]
            state = decision.action
        elif year in confirmed_years:
            decision = by_year.get(year)  # None for a year confirmed before decisions were kept
            state = CONFIRMED
        else:
            state = "expected"
        days.append(
            ShippedDay(
                holiday.date,
                holiday.name_vi,
                holiday.name_en,
                holiday.kind,
                holiday.source,
                year_sources.get(year, ""),
                state,
                decision,
            )
        )
    return days


def confirm_year(session: Session, year: int) -> None:
    """Confirm a year's expected days as announced, keeping who did it and when."""
    confirm_expected_year(session, year)
    _record(session, CONFIRMED, year, None, None, "")


def _expected_day(session: Session, day: date) -> ShippedDay:
    shipped = next((d for d in shipped_days(session) if d.day == day), None)
    if shipped is None or shipped.state not in ("expected", CONFIRMED):
        raise ValidationError("day", "holidays.not_expected", day=day)
    return shipped


def _announcement(text: str) -> str:
    text = (text or "").strip()
    if not text:
        raise ValidationError("announcement", "holidays.needs_announcement")
    return text


def remove_expected_day(session: Session, day: date, announcement: str) -> None:
    """The Government's announcement does not make `day` a day off after all."""
    require(session, Permission.MANAGE_SETTINGS)
    _expected_day(session, day)
    _record(session, REMOVED, day.year, day, None, _announcement(announcement))


def replace_expected_day(session: Session, day: date, new_day: date, announcement: str) -> None:
    """The Government announced `new_day` off instead of the expected `day`."""
    require(session, Permission.MANAGE_SETTINGS)
    shipped = _expected_day(session, day)
    text = _announcement(announcement)
    if new_day == day:
        raise ValidationError("new_day", "holidays.same_day")
    if new_day.weekday() >= 5:
        raise ValidationError("new_day", "holidays.new_day_weekend")
    # The new day is the office's own day off, citing the announcement (add_holiday
    # refuses a day the office already has).
    add_holiday(session, new_day, shipped.name_vi, False, text)
    _record(session, REPLACED, day.year, day, new_day, text)


def _record(
    session: Session,
    action: str,
    year: int,
    day: date | None,
    new_day: date | None,
    announcement: str,
) -> None:
    actor = require(session, Permission.MANAGE_SETTINGS)
    decision = Decision(
        action, year, day, new_day, announcement, actor.username, actor.display_name, utcnow()
    )
    kept = list(get_setting(session, DECISIONS_KEY, []) or [])
    set_setting(session, DECISIONS_KEY, [*kept, decision.as_json()])
    session.info.pop("calendar", None)
