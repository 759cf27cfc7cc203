"""Member agencies' contributions: asked for, received on time or late, missing, excused."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from hrdesk.domain.errors import ValidationError
from hrdesk.services import contributions as contrib
from hrdesk.store.models import Agency, ContributionFile
from tests.conftest import ADMIN

PERIOD = "2026-Q3"
ASKED, DUE = date(2026, 10, 1), date(2026, 10, 15)


@pytest.fixture
def asked(office):
    """Both agencies of the office asked for their Q3 report by 15/10/2026."""
    with office.transaction(ADMIN) as s:
        views = contrib.request_contributions(s, PERIOD, due_on=DUE, on=ASKED)
    return {v.agency_name: v for v in views}


def test_every_agency_is_asked_once_and_a_second_request_moves_the_date(office, asked):
    assert sorted(asked) == ["Công an tỉnh", "Sở Tư pháp"]
    assert {v.state for v in asked.values()} == {contrib.WAITING}
    with office.transaction(ADMIN) as s:
        again = contrib.request_contributions(s, PERIOD, due_on=date(2026, 10, 20), on=ASKED)
    assert [v.due_on for v in again] == [date(2026, 10, 20)] * 2
    assert [v.uid for v in again] == [asked[v.agency_name].uid for v in again]


def test_on_time_late_missing_and_excused_as_judged_on_a_day(office, asked):
    police, justice = asked["Công an tỉnh"], asked["Sở Tư pháp"]
    with office.transaction(ADMIN) as s:
        contrib.record_received(
            s,
            justice.uid,
            on=date(2026, 10, 19),
            file_name="bao-cao-stp.pdf",
            content=b"%PDF-1.7 report",
            summary="Sở Tư pháp tổ chức 3 hội nghị phổ biến pháp luật.",
        )
        late = contrib.late_for_period(s, PERIOD, as_of=date(2026, 10, 25))
        views = {v.agency_name: v for v in contrib.contributions_for_period(s, PERIOD, ASKED)}
    assert [(v.agency_name, v.days_late) for v in late] == [("Công an tỉnh", 10)]
    assert (views["Sở Tư pháp"].state, views["Sở Tư pháp"].days_late) == (contrib.LATE, 4)
    assert views["Sở Tư pháp"].file_name == "bao-cao-stp.pdf"
    with office.transaction(ADMIN) as s:
        assert contrib.contribution_file(s, justice.uid) == ("bao-cao-stp.pdf", b"%PDF-1.7 report")
        # The file lives in the store, in its own table.
        assert s.scalars(select(ContributionFile.file_name)).all() == ["bao-cao-stp.pdf"]
        with pytest.raises(ValidationError) as problem:
            contrib.excuse(s, police.uid, note="  ")
        assert problem.value.problems[0].code == "contribution.excuse_required"
        contrib.excuse(s, police.uid, note="Không có nội dung phát sinh trong kỳ")
        assert contrib.late_for_period(s, PERIOD, as_of=date(2026, 10, 25)) == []


def test_an_agency_page_shows_its_record_over_the_periods(office):
    with office.transaction(ADMIN) as s:
        police = s.scalars(select(Agency).where(Agency.name == "Công an tỉnh")).one().uid
        for label, due, came in (
            ("2026-Q1", date(2026, 4, 10), date(2026, 4, 8)),
            ("2026-Q2", date(2026, 7, 10), date(2026, 7, 14)),
            ("2026-Q3", date(2026, 10, 10), None),
        ):
            [row] = contrib.request_contributions(
                s, label, due_on=due, agencies=[police], on=date(due.year, due.month, 1)
            )
            if came:
                contrib.record_received(s, row.uid, on=came)
        record = contrib.agency_record(s, police, as_of=date(2026, 11, 20))
    assert [(v.period_label, v.state, v.days_late) for v in record] == [
        ("2026-Q3", contrib.MISSING, 41),
        ("2026-Q2", contrib.LATE, 4),
        ("2026-Q1", contrib.ON_TIME, 0),
    ]


def test_bad_dates_are_refused_with_the_field(office, asked):
    with office.transaction(ADMIN) as s:
        with pytest.raises(ValidationError) as problem:
            contrib.request_contributions(s, "2026-Q4", due_on=date(2026, 9, 1), on=ASKED)
        assert problem.value.problems[0].field == "due_on"
        with pytest.raises(ValidationError) as problem:
            contrib.record_received(s, asked["Sở Tư pháp"].uid, on=date(2026, 9, 30))
        assert problem.value.problems[0].field == "received_on"
