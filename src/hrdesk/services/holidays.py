"""The shipped holiday calendar as the office sees it: every built-in day by year with the
year's source, and what the office decided about the expected days (a Tết not yet
announced): a whole year confirmed, or one day removed or replaced by the day the
Government announced instead. Each decision keeps who made it, when, and on what
announcement (table `holiday_decisions`); the audit log has it too."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from hrdesk.domain.access import Permission
from hrdesk.domain.calendar import load_holidays, load_years
from hrdesk.domain.errors import ValidationError
from hrdesk.domain.settings import HOLIDAY_YEARS_CONFIRMED
from hrdesk.services.common import require
from hrdesk.services.office import add_holiday, confirm_expected_year
from hrdesk.services.settings import read_setting
from hrdesk.store.base import utcnow
from hrdesk.store.models import HolidayDecision

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

    @classmethod
    def of(cls, row: HolidayDecision) -> Decision:
        return cls(
            row.action,
            row.year,
            row.day,
            row.new_day,
            row.announcement,
            row.decided_by,
            row.decided_by_name,
            row.decided_at,
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
    rows = session.scalars(select(HolidayDecision).order_by(HolidayDecision.id))
    return [Decision.of(row) for row in rows]


def withdrawn_days(session: Session) -> frozenset[date]:
    """The expected days the office removed or replaced: they are working days (read as
    days only: the calendar is built for every count of working days)."""
    withdrawn = select(HolidayDecision.day).where(
        HolidayDecision.action != CONFIRMED, HolidayDecision.day.is_not(None)
    )
    return frozenset(day for day in session.scalars(withdrawn) if day is not None)


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
    session.add(
        HolidayDecision(
            action=action,
            year=year,
            day=day,
            new_day=new_day,
            announcement=announcement,
            decided_by=actor.username,
            decided_by_name=actor.display_name,
            decided_at=utcnow(),
        )
    )
    session.flush()
    session.info.pop("calendar", None)
