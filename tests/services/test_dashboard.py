"""The dashboard's figures: each one equals what the list it opens would count, and each
comes from an SQL aggregate, never from records loaded into Python."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta, timezone

import pytest
from sqlalchemy import event

from hrdesk.domain.access import Actor
from hrdesk.domain.vocab import PETITION_RUNNING, OfficerRole, PetitionKind, TaskStatus
from hrdesk.profile import Profile
from hrdesk.services import dashboard, meetings, tasks
from hrdesk.services.listing import ListFilter, count, fetch
from hrdesk.services.rules import deadline_clock
from hrdesk.store.database import Store
from tests.conftest import ADMIN, TODAY, pinned
from tests.factories import petition

VN = timezone(timedelta(hours=7))
VIEWER = Actor("viewer", OfficerRole.VIEWER, None, "Người xem")


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    """A small demo store as of TODAY, only read by these tests."""
    from hrdesk.demo import build_demo

    store = Store.open(Profile(tmp_path_factory.mktemp("dashboard") / "profile"), options=pinned())
    build_demo(store, size="small", seed=11, as_of=TODAY)
    yield store
    store.close()


def _month_end(first: date) -> date:
    return (first.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)


def test_card_counts_equal_the_filtered_lists_they_open(demo):
    with demo.reader(VIEWER) as s:
        counts = dashboard.today_counts(s)
        assert counts.as_of == TODAY
        assert counts.petitions_overdue == count(s, "petitions", ListFilter(overdue=True)) > 0
        assert counts.tasks_overdue == count(s, "tasks", ListFilter(overdue=True)) > 0
        quarter = counts.quarter
        assert (quarter.start, quarter.end) == (date(2026, 10, 1), date(2026, 12, 31))
        events = fetch(
            s, "trainings", ListFilter(date_from=quarter.start, date_to=quarter.end), limit=None
        )
        assert counts.trainings_this_quarter == len(events)
        assert counts.participants_this_quarter == sum(e["participants"] for e in events)


def test_due_soon_counts_running_petitions_with_a_deadline_in_the_rules_range(demo):
    with demo.reader(ADMIN) as s:
        first, last = deadline_clock(s).due_soon_range()
        # Fri 20/11/2026: 23, 25, 26, 27 and 30/11 are the 5 working days (24/11 is
        # Vietnamese Culture Day).
        assert (first, last) == (TODAY, date(2026, 11, 30))
        expected = sum(
            1
            for status in PETITION_RUNNING
            for row in fetch(s, "petitions", ListFilter(status=status.value), limit=None)
            if row["deadline"] and first <= row["deadline"] <= last
        )
        assert dashboard.today_counts(s).petitions_due_soon == expected > 0
        assert count(s, "petitions", ListFilter(due_soon=True)) == expected


def test_petitions_per_month_by_kind_match_the_list_of_each_month(demo):
    """Archived petitions count too: the charts show what the office received, as the
    periodic reports do (the demo has none; `archived=True` says the list would)."""
    with demo.reader(ADMIN) as s:
        charts = dashboard.chart_series(s)
        assert len(charts.months) == dashboard.MONTHS
        assert charts.months[-1] == date(2026, 11, 1)
        assert charts.months[0] == date(2025, 12, 1)
        decided = [
            row
            for row in fetch(s, "petitions", ListFilter(archived=True), limit=None)
            if row["decided_on"] and row["decided_on"] >= charts.months[0]
        ]
        for kind in PetitionKind:
            for index, first in enumerate(charts.months):
                flt = ListFilter(
                    subkind=kind.value, date_from=first, date_to=_month_end(first), archived=True
                )
                assert charts.received[kind.value][index] == count(s, "petitions", flt)
                assert charts.resolved[kind.value][index] == sum(
                    1
                    for row in decided
                    if row["kind"] == kind and (row["decided_on"].replace(day=1) == first)
                )
        assert sum(map(sum, charts.received.values())) > 0
        assert sum(map(sum, charts.resolved.values())) > 0


def test_tasks_by_status_match_the_list_filtered_by_each_status(demo):
    with demo.reader(ADMIN) as s:
        by_status = dashboard.chart_series(s).tasks_by_status
        assert list(by_status) == [status.value for status in TaskStatus]
        for status, n in by_status.items():
            assert n == count(s, "tasks", ListFilter(status=status))
        assert sum(by_status.values()) == count(s, "tasks")


def test_training_per_quarter_covers_the_last_8_quarters_and_matches_the_list(demo):
    with demo.reader(ADMIN) as s:
        quarters = dashboard.chart_series(s).training_by_quarter
        assert [(q.year, q.quarter) for q in quarters] == [
            (2025, 1), (2025, 2), (2025, 3), (2025, 4),
            (2026, 1), (2026, 2), (2026, 3), (2026, 4),
        ]  # fmt: skip
        for q in quarters:
            start = date(q.year, 3 * q.quarter - 2, 1)
            end = _month_end(date(q.year, 3 * q.quarter, 1))
            events = fetch(s, "trainings", ListFilter(date_from=start, date_to=end), limit=None)
            assert (q.events, q.participants) == (
                len(events),
                sum(e["participants"] for e in events),
            )
        assert sum(q.participants for q in quarters) > 0


def test_the_dashboard_is_read_with_a_few_aggregates_and_loads_no_record(demo):
    statements: list[str] = []

    def seen(_conn, _cursor, statement, *_args) -> None:
        statements.append(" ".join(statement.split()).lower())

    event.listen(demo.engine, "before_cursor_execute", seen)
    try:
        with demo.reader(ADMIN) as s:
            dashboard.dashboard(s)
            assert len(s.identity_map) == 0  # no Petition, Task … object was made
    finally:
        event.remove(demo.engine, "before_cursor_execute", seen)
    queries = [q for q in statements if q.startswith("select")]
    # The calendar adds two reads: the office's own days and its decisions on expected ones.
    assert len(queries) <= 11
    for query in queries:
        if "from meetings" in query:
            assert "limit" in query  # the next meeting only
        elif "from office_holidays" in query:
            # The office's own days off: "due soon" is counted in working days.
            assert "office_holidays.name" not in query
        elif "from holiday_decisions" in query:
            # The expected days withdrawn: their dates only, no decision loaded.
            assert query.startswith("select holiday_decisions.day from")
        else:
            assert "count(" in query or "sum(" in query, query


def test_a_deadline_today_is_due_soon_and_yesterday_is_overdue(office):
    with office.transaction(ADMIN) as s:
        due_today = petition(s)
        yesterday = petition(s)
        fifth_working_day = petition(s)
        later = petition(s)
        closed = petition(s)
        archived = petition(s)
        due_today.deadline = TODAY
        yesterday.deadline = TODAY - timedelta(days=1)
        # Fri 20/11/2026: the 5th working day is Mon 30/11 (24/11 is a holiday).
        fifth_working_day.deadline = date(2026, 11, 30)
        later.deadline = date(2026, 12, 1)
        closed.deadline = TODAY - timedelta(days=3)
        closed.status = "closed"
        archived.deadline = TODAY - timedelta(days=3)
        archived.archived_at = datetime(2026, 11, 19, tzinfo=VN)
    with office.reader(ADMIN) as s:
        counts = dashboard.today_counts(s)
        assert (counts.petitions_overdue, counts.petitions_due_soon) == (1, 2)
        assert counts.petitions_overdue == count(s, "petitions", ListFilter(overdue=True))
        assert counts.petitions_due_soon == count(s, "petitions", ListFilter(due_soon=True))


def test_overdue_tasks_leave_out_done_and_archived_ones(office):
    with office.transaction(ADMIN) as s:
        tasks.create_task(s, title="Báo cáo quý", due_on=date(2026, 11, 1))
        tasks.create_task(s, title="Rà soát", due_on=date(2026, 11, 20))
        tasks.create_task(
            s, title="Xong", due_on=date(2026, 10, 1), status="done", completed_on=TODAY
        )
        gone = tasks.create_task(s, title="Hủy bỏ", due_on=date(2026, 10, 1))
        tasks.archive_task(s, gone.uid)
    with office.reader(ADMIN) as s:
        assert dashboard.today_counts(s).tasks_overdue == 1
        assert dashboard.chart_series(s).tasks_by_status["open"] == 2


def test_next_meeting_is_the_first_planned_one_from_today(office):
    with office.transaction(ADMIN) as s:
        meetings.create_meeting(
            s, title="Họp đã qua", starts_at=datetime(2026, 11, 19, 8, 0, tzinfo=VN)
        )
        meetings.create_meeting(
            s,
            title="Họp bị hủy",
            starts_at=datetime(2026, 11, 21, 8, 0, tzinfo=VN),
            status="cancelled",
        )
        meetings.create_meeting(
            s, title="Họp quý IV", starts_at=datetime(2026, 12, 4, 14, 0, tzinfo=VN)
        )
        meetings.create_meeting(
            s,
            title="Họp chuyên đề",
            starts_at=datetime(2026, 11, 25, 8, 30, tzinfo=VN),
            place="Hội trường UBND tỉnh",
        )
    with office.reader(ADMIN) as s:
        found = dashboard.today_counts(s).next_meeting
    assert found is not None
    assert (found.title, found.place) == ("Họp chuyên đề", "Hội trường UBND tỉnh")
    assert found.starts_at == datetime(2026, 11, 25, 8, 30, tzinfo=VN)


def test_an_empty_office_shows_zeros_and_no_meeting(office):
    with office.reader(VIEWER) as s:
        board = dashboard.dashboard(s)
    assert board.counts.next_meeting is None
    assert (board.counts.petitions_overdue, board.counts.trainings_this_quarter) == (0, 0)
    assert all(n == 0 for series in board.charts.received.values() for n in series)
    assert [q.events for q in board.charts.training_by_quarter] == [0] * dashboard.QUARTERS


def test_a_periods_statistics_are_sql_aggregates_that_load_no_record(demo):
    """The report's figures: a handful of aggregate queries, whatever the number of records."""
    from hrdesk.domain.periods import Period
    from hrdesk.services.statistics import period_statistics

    statements: list[str] = []

    def seen(_conn, _cursor, statement, *_args) -> None:
        statements.append(" ".join(statement.split()).lower())

    event.listen(demo.engine, "before_cursor_execute", seen)
    try:
        with demo.reader(ADMIN) as s:
            stats = period_statistics(s, Period.year(2026))
            assert len(s.identity_map) == 0
    finally:
        event.remove(demo.engine, "before_cursor_execute", seen)
    assert stats.petitions.received > 0
    queries = [q for q in statements if q.startswith("select")]
    assert 0 < len(queries) <= 8
    for query in queries:
        assert "count(" in query or "sum(" in query, query
