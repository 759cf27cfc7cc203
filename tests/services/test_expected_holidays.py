"""Expected holidays (a year the Government has not announced yet) that the announcement
drops or moves: the office removes or replaces them in Settings, each decision kept with
who made it, when and on what announcement; deadlines count with the result."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from hrdesk.domain.access import Actor
from hrdesk.domain.errors import PermissionDenied, ValidationError
from hrdesk.domain.vocab import OfficerRole
from hrdesk.services import holidays
from hrdesk.services import office as office_service
from tests.conftest import ADMIN

OFFICER = Actor("canbo", OfficerRole.OFFICER, None, "Cán bộ")
ANNOUNCEMENT = "Thông báo số 12/TB-BNV ngày 10/11/2026 về lịch nghỉ năm 2027"


def _states(s) -> dict[date, str]:
    return {d.day: d.state for d in holidays.shipped_days(s)}


def test_every_shipped_day_is_listed_with_its_year_and_state(office):
    with office.transaction(ADMIN) as s:
        days = holidays.shipped_days(s)
    by_day = {d.day: d for d in days}
    assert {d.day.year for d in days} >= {2024, 2025, 2026, 2027}
    assert by_day[date(2026, 9, 2)].state == "announced"
    assert by_day[date(2026, 11, 24)].state == "announced"
    tet = by_day[date(2027, 2, 8)]
    assert tet.state == "expected" and tet.decision is None
    assert "Chưa có thông báo" in tet.year_source
    assert tet.name("vi").startswith("Tết Nguyên đán") and tet.name("en")
    assert [d.day for d in days] == sorted(d.day for d in days)


def test_a_removed_expected_day_is_a_working_day_and_says_who_removed_it(office):
    # Art. 24(1) Law 25/2018: 7 working days. From Fri 30/04/2027 with Mon 03/05 expected
    # off: 04–07, 10, 11, 12/05. Once the announcement drops 03/05: 03–07, 10, 11/05.
    with office.transaction(ADMIN) as s:
        assert office_service.calendar(s).add_working_days(date(2027, 4, 30), 7) == date(
            2027, 5, 12
        )
        holidays.remove_expected_day(s, date(2027, 5, 3), ANNOUNCEMENT)
    with office.transaction(ADMIN) as s:
        cal = office_service.calendar(s)
        assert cal.is_working_day(date(2027, 5, 3))
        assert cal.add_working_days(date(2027, 4, 30), 7) == date(2027, 5, 11)
        [day] = [d for d in holidays.shipped_days(s) if d.day == date(2027, 5, 3)]
    assert day.state == "removed"
    assert day.decision is not None
    assert (day.decision.by, day.decision.by_name) == ("admin", "Quản trị viên")
    assert day.decision.announcement == ANNOUNCEMENT
    assert datetime.now(UTC) - day.decision.at < timedelta(minutes=5)


def test_a_replaced_expected_day_moves_the_day_off(office):
    # The announcement gives Thu 04/02/2027 off instead of the expected Thu 11/02.
    with office.transaction(ADMIN) as s:
        holidays.replace_expected_day(s, date(2027, 2, 11), date(2027, 2, 4), ANNOUNCEMENT)
    with office.transaction(ADMIN) as s:
        cal = office_service.calendar(s)
        assert cal.is_working_day(date(2027, 2, 11))
        assert not cal.is_working_day(date(2027, 2, 4))
        states = _states(s)
        [added] = office_service.office_holidays(s)
        decision = next(d for d in holidays.decisions(s) if d.day == date(2027, 2, 11))
    assert states[date(2027, 2, 11)] == "replaced"
    assert states[date(2027, 2, 10)] == "expected"  # the other days are untouched
    assert (added.day, added.working, added.source) == (date(2027, 2, 4), False, ANNOUNCEMENT)
    assert added.name.startswith("Nghỉ bù Tết")
    assert (decision.new_day, decision.by) == (date(2027, 2, 4), "admin")


def test_confirming_a_year_keeps_who_confirmed_it(office):
    with office.transaction(ADMIN) as s:
        holidays.remove_expected_day(s, date(2027, 9, 3), ANNOUNCEMENT)
        holidays.confirm_year(s, 2027)
    with office.transaction(ADMIN) as s:
        days = {d.day: d for d in holidays.shipped_days(s)}
    assert days[date(2027, 2, 8)].state == "confirmed"
    assert days[date(2027, 2, 8)].decision.by_name == "Quản trị viên"
    assert days[date(2027, 9, 3)].state == "removed"  # a decision on one day stands


@pytest.mark.parametrize(
    ("day", "new_day", "text", "field", "code"),
    [
        (date(2026, 9, 2), None, ANNOUNCEMENT, "day", "holidays.not_expected"),
        (date(2027, 1, 1), None, ANNOUNCEMENT, "day", "holidays.not_expected"),  # announced
        (date(2027, 2, 9), None, "  ", "announcement", "holidays.needs_announcement"),
        (date(2027, 2, 9), date(2027, 2, 9), ANNOUNCEMENT, "new_day", "holidays.same_day"),
        (date(2027, 2, 9), date(2027, 2, 13), ANNOUNCEMENT, "new_day", "holidays.new_day_weekend"),
    ],
)
def test_bad_removals_and_replacements_are_refused_by_field(
    office, day, new_day, text, field, code
):
    with office.transaction(ADMIN) as s, pytest.raises(ValidationError) as error:
        if new_day is None:
            holidays.remove_expected_day(s, day, text)
        else:
            holidays.replace_expected_day(s, day, new_day, text)
    assert (error.value.field, error.value.code) == (field, code)


def test_a_day_removed_once_cannot_be_removed_again(office):
    with office.transaction(ADMIN) as s:
        holidays.remove_expected_day(s, date(2027, 2, 9), ANNOUNCEMENT)
    with office.transaction(ADMIN) as s, pytest.raises(ValidationError) as error:
        holidays.replace_expected_day(s, date(2027, 2, 9), date(2027, 2, 4), ANNOUNCEMENT)
    assert error.value.field == "day"


def test_only_an_administrator_changes_the_calendar(office):
    with office.transaction(OFFICER) as s, pytest.raises(PermissionDenied):
        holidays.remove_expected_day(s, date(2027, 2, 9), ANNOUNCEMENT)
