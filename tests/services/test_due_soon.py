"""One "due soon": the dashboard's count, the list's filter (in SQL) and the amber rows
agree on every day around Tết 2027, read from the store.

Before they did not: the count and the filter took 7 calendar days and the colour 5
working days, so on Mon 01/02/2027 a case due Fri 12/02 (4 working days away across the
Tết days 05–11/02) was amber but missing from the count.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from hrdesk.services import dashboard, petitions
from hrdesk.services.listing import ListFilter, count, fetch
from hrdesk.services.petition_flow import accept, decide
from hrdesk.store.database import Store
from hrdesk.store.models import Petition
from tests.conftest import ADMIN, set_today
from tests.factories import petition

FIRST_DEADLINE = date(2027, 1, 18)
LAST_DEADLINE = date(2027, 3, 5)


def _days(first: date, last: date) -> list[date]:
    return [first + timedelta(days=n) for n in range((last - first).days + 1)]


@pytest.fixture
def tet_cases(office: Store) -> Store:
    """A running case due on each day from 18/01 to 05/03/2027, plus cases that never
    count: one decided and one archived, both due on 12/02."""
    set_today(office, date(2027, 1, 15))
    with office.transaction(ADMIN) as s:
        for day in _days(FIRST_DEADLINE, LAST_DEADLINE):
            petition(s, received_on=date(2027, 1, 11), deadline=day, summary=f"Hạn {day}")
        done = petition(s, received_on=date(2027, 1, 11), deadline=date(2027, 2, 12))
        accept(s, done.uid, on=date(2027, 1, 12))
        decide(s, done.uid, outcome="upheld", note="Đã giải quyết", on=date(2027, 1, 15))
        old = petition(s, received_on=date(2027, 1, 11), deadline=date(2027, 2, 12))
        petitions.archive_petition(s, old.uid)
    return office


def _three_answers(store: Store, day: date) -> tuple[int, int, set[date], set[date]]:
    """The dashboard's count, the filtered list's count, the deadlines the filtered list
    holds, and those of the rows coloured due soon."""
    set_today(store, day)
    with store.reader(ADMIN) as s:
        counted = dashboard.today_counts(s).petitions_due_soon
        flt = ListFilter(due_soon=True)
        listed = count(s, "petitions", flt)
        in_list = {row["deadline"] for row in fetch(s, "petitions", flt, limit=None)}
        amber = {
            p.deadline
            for p in s.scalars(select(Petition).where(Petition.archived_at.is_(None)))
            if petitions.deadline_state(s, p).state == "due_soon"
        }
    return counted, listed, in_list, amber


@pytest.mark.parametrize("day", _days(date(2027, 1, 25), date(2027, 2, 20)))
def test_count_filter_and_colour_agree_around_tet_2027(tet_cases, day):
    counted, listed, in_list, amber = _three_answers(tet_cases, day)
    assert counted == listed == len(in_list) == len(amber)
    assert in_list == amber


def test_a_case_amber_across_tet_is_in_the_count(tet_cases):
    """On Mon 01/02/2027 the working days ahead are 02, 03, 04, 12 and 15/02 (Tết 05–11/02
    expected in holidays.json): the cases due from 01/02 to 15/02 are due soon."""
    counted, listed, in_list, amber = _three_answers(tet_cases, date(2027, 2, 1))
    assert amber == set(_days(date(2027, 2, 1), date(2027, 2, 15)))
    assert date(2027, 2, 12) in in_list
    assert counted == listed == 15
