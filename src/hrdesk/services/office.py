"""The office: its identity, document numbers, holiday calendar, deadline rules, settings."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hrdesk.domain.access import Permission
from hrdesk.domain.calendar import WorkingCalendar, load_calendar, load_holidays, load_years
from hrdesk.domain.errors import StoreError, ValidationError
from hrdesk.domain.provinces import canonical_province
from hrdesk.domain.settings import HOLIDAY_YEARS_CONFIRMED
from hrdesk.messages import Localized
from hrdesk.services.common import require, today
from hrdesk.services.fields import Field, apply, field_map, require_fields
from hrdesk.services.settings import read_setting, write_setting
from hrdesk.store.models import DocumentNumber, Office, OfficeHoliday

HOLIDAY_NAME = Localized("Tên ngày nghỉ", "Holiday name")

FIELDS = field_map(
    Field("province", "Tỉnh, thành phố", "Province", required=True, max_length=80),
    Field("name", "Tên cơ quan", "Office name", required=True, max_length=300),
    Field("parent_body", "Cơ quan chủ quản", "Parent body", required=True, max_length=300),
    Field("symbol", "Ký hiệu văn bản", "Document symbol", max_length=30),
    Field("place_name", "Địa danh", "Place name", max_length=80),
    Field("address", "Địa chỉ", "Address", max_length=300),
    Field("phone", "Điện thoại", "Phone", max_length=40),
    Field("email", "Thư điện tử", "Email", max_length=120),
)


def get_office(session: Session) -> Office | None:
    return session.scalars(select(Office).order_by(Office.id)).first()


def require_office(session: Session) -> Office:
    office = get_office(session)
    if office is None:
        raise StoreError("office.not_set_up")
    return office


def setup_office(session: Session, **values: Any) -> Office:
    """Create or change the office's identity. The province must be one of the 34."""
    require(session, Permission.MANAGE_SETTINGS)
    office = get_office(session)
    if values.get("province"):
        values["province"] = canonical_province(str(values["province"]))
    if office is None:
        require_fields(FIELDS, values)
        values.setdefault("symbol", "BCĐ")
        office = Office()
        apply(session, office, FIELDS, values)
        if not office.place_name:
            office.place_name = office.province
        session.add(office)
    else:
        apply(session, office, FIELDS, values)
    session.flush()
    return office


def take_document_number(
    session: Session,
    type_code: str,
    subject: str,
    issued_on: date | None = None,
    record_uid: str | None = None,
) -> DocumentNumber:
    """The next number in the office's series for the year of issue (01 on 1 January)."""
    require(session, Permission.EDIT_RECORDS)
    issued_on = issued_on or today(session)
    last = session.scalar(
        select(func.max(DocumentNumber.number)).where(DocumentNumber.year == issued_on.year)
    )
    number = DocumentNumber(
        year=issued_on.year,
        number=(last or 0) + 1,
        type_code=type_code,
        subject=subject,
        issued_on=issued_on,
        record_uid=record_uid,
    )
    session.add(number)
    session.flush()
    return number


def format_document_number(number: DocumentNumber, office: Office) -> str:
    """ "05/BB-BCĐ": numbers under 10 with a leading 0 (Decree 30/2020, Appendix I)."""
    return f"{number.number:02d}/{number.type_code}-{office.symbol}"


def calendar(session: Session) -> WorkingCalendar:
    """The shipped holiday calendar with the office's own additions (cached per session)."""
    cached = session.info.get("calendar")
    if cached is None:
        from hrdesk.services.holidays import withdrawn_days  # it builds on this module

        # Two columns, no records: a read that only counts (the dashboard) loads none.
        rows = session.execute(select(OfficeHoliday.day, OfficeHoliday.working)).all()
        cached = load_calendar(
            extra_days_off=[day for day, working in rows if not working],
            extra_working_days=[day for day, working in rows if working],
        )
        # Expected days the office removed or replaced are working days after all.
        withdrawn = withdrawn_days(session) - {day for day, working in rows if not working}
        if withdrawn:
            cached = replace(cached, days_off=cached.days_off - withdrawn)
        session.info["calendar"] = cached
    return cached


def add_holiday(
    session: Session, day: date, name: str, working: bool = False, source: str | None = None
) -> OfficeHoliday:
    """Add a day off (or a make-up working day) the Government announced after release."""
    require(session, Permission.MANAGE_SETTINGS)
    if not name or not name.strip():
        raise ValidationError("name", "field.required", label=HOLIDAY_NAME)
    if session.scalars(select(OfficeHoliday).where(OfficeHoliday.day == day)).first():
        raise ValidationError("day", "office.holiday_exists", day=day)
    holiday = OfficeHoliday(
        day=day, name=name.strip(), working=working, source=(source or "").strip() or None
    )
    session.add(holiday)
    session.flush()
    session.info.pop("calendar", None)
    return holiday


def add_swap(
    session: Session, day_off: date, working_day: date, announcement: str
) -> tuple[OfficeHoliday, OfficeHoliday]:
    """A Government announcement swapping a weekday off for a weekend day worked (hoán
    đổi ngày làm việc): both days, each citing the announcement."""
    require(session, Permission.MANAGE_SETTINGS)
    text = (announcement or "").strip()
    if not text:
        raise ValidationError("name", "office.swap_needs_announcement")
    if day_off.weekday() >= 5:
        raise ValidationError("day", "office.swap_day_off_weekday")
    if working_day.weekday() < 5:
        raise ValidationError("working_day", "office.swap_day_worked_weekend")
    off = add_holiday(
        session, day_off, f"Nghỉ hoán đổi, làm bù ngày {working_day:%d/%m/%Y}", False, text
    )
    worked = add_holiday(
        session, working_day, f"Làm bù cho ngày nghỉ {day_off:%d/%m/%Y}", True, text
    )
    return off, worked


@dataclass(frozen=True)
class ShippedYear:
    """A year of the shipped holiday data, its source, and whether the office confirmed
    the days marked expected."""

    year: int
    status: str
    source: str
    expected_days: tuple[date, ...]
    confirmed: bool


def shipped_years(session: Session) -> list[ShippedYear]:
    require(session, Permission.VIEW_RECORDS)
    confirmed_years: tuple[int, ...] = read_setting(session, HOLIDAY_YEARS_CONFIRMED)
    confirmed = set(confirmed_years)
    holidays = load_holidays()
    return [
        ShippedYear(
            y.year,
            y.status,
            y.source,
            tuple(h.date for h in holidays if h.date.year == y.year and h.status == "expected"),
            y.year in confirmed,
        )
        for y in load_years()
    ]


def confirm_expected_year(session: Session, year: int) -> None:
    """The office checked the Government's announcement: the year's expected days stand."""
    require(session, Permission.MANAGE_SETTINGS)
    years = {y.year: y for y in shipped_years(session)}
    if year not in years or not years[year].expected_days:
        raise ValidationError("year", "office.no_expected_days", year=year)
    confirmed_years: tuple[int, ...] = read_setting(session, HOLIDAY_YEARS_CONFIRMED)
    write_setting(session, HOLIDAY_YEARS_CONFIRMED, sorted({*confirmed_years, year}))


def office_holidays(session: Session) -> list[OfficeHoliday]:
    """The days off and make-up working days the office added itself, by date."""
    require(session, Permission.VIEW_RECORDS)
    return list(session.scalars(select(OfficeHoliday).order_by(OfficeHoliday.day)))
