"""The office's calendar: a Government swap announcement, and the expected days of a year
not yet announced (Tết 2027) that the office confirms."""

from __future__ import annotations

from datetime import date

import pytest

from hrdesk.domain.errors import ValidationError
from hrdesk.services import office as office_service
from tests.conftest import ADMIN
from tests.factories import petition


def test_a_swap_announcement_moves_a_working_day_limit(office):
    announcement = "Thông báo số 123/TB-BNV: nghỉ thứ Ba 17/11/2026, làm bù thứ Bảy 21/11"
    with office.transaction(ADMIN) as s:
        # Art. 24(1) Law 25/2018, 7 working days from Mon 09/11/2026: 10–13, 16, 17, 18/11.
        before = petition(s, kind="denunciation", received_on=date(2026, 11, 9))
        assert before.deadline == date(2026, 11, 18)
        off, worked = office_service.add_swap(
            s, date(2026, 11, 17), date(2026, 11, 21), announcement
        )
        assert (off.working, worked.working) == (False, True)
        assert off.source == worked.source == announcement
    with office.transaction(ADMIN) as s:
        # With Tue 17/11 off: 10–13, 16, 18, 19/11.
        after = petition(s, kind="denunciation", received_on=date(2026, 11, 9))
        assert after.deadline == date(2026, 11, 19)


@pytest.mark.parametrize(
    ("day_off", "worked", "text", "field"),
    [
        (date(2026, 12, 26), date(2026, 12, 19), "TB 1", "day"),
        (date(2026, 12, 28), date(2026, 12, 18), "TB 1", "working_day"),
        (date(2026, 12, 28), date(2026, 12, 19), " ", "name"),
    ],
)
def test_a_swap_needs_a_weekday_off_a_weekend_worked_and_its_announcement(
    office, day_off, worked, text, field
):
    with office.transaction(ADMIN) as s, pytest.raises(ValidationError) as error:
        office_service.add_swap(s, day_off, worked, text)
    assert error.value.field == field


def test_tet_2027_stays_expected_until_the_office_confirms_it(office):
    with office.transaction(ADMIN) as s:
        years = {y.year: y for y in office_service.shipped_years(s)}
        assert date(2027, 2, 8) in years[2027].expected_days
        assert not years[2027].confirmed and years[2027].source
        assert not years[2026].expected_days
        office_service.confirm_expected_year(s, 2027)
        assert {y.year: y for y in office_service.shipped_years(s)}[2027].confirmed
        with pytest.raises(ValidationError):
            office_service.confirm_expected_year(s, 2026)
