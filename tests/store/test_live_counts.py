"""The live-record count the triggers keep: always the real count, whatever happened."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from hrdesk.services import petitions
from hrdesk.services.listing import ListFilter, count
from hrdesk.store import live_counts
from tests.conftest import ADMIN
from tests.factories import petition

OPERATIONS = st.lists(
    st.sampled_from(["receive", "archive", "restore", "delete", "receive-then-fail"]),
    min_size=1,
    max_size=12,
)


def _kept_and_real(store) -> tuple[int | None, int]:
    with store.reader(ADMIN) as s:
        connection = s.connection()
        return live_counts.live(connection, "petitions"), live_counts.actual(
            connection, "petitions"
        )


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(operations=OPERATIONS, pick=st.randoms(use_true_random=False))
def test_the_kept_count_follows_every_change(office, operations, pick):
    for operation in operations:
        with office.reader(ADMIN) as s:
            live = [
                u for (u,) in s.execute(text("SELECT uid FROM petitions WHERE archived_at IS NULL"))
            ]
            archived = [
                u
                for (u,) in s.execute(
                    text("SELECT uid FROM petitions WHERE archived_at IS NOT NULL")
                )
            ]
        if operation == "receive":
            with office.transaction(ADMIN) as s:
                petition(s)
        elif operation == "receive-then-fail":
            try:
                with office.transaction(ADMIN) as s:
                    petition(s)
                    raise RuntimeError("the officer's laptop lost power")
            except RuntimeError:
                pass
        elif operation == "archive" and live:
            with office.transaction(ADMIN) as s:
                petitions.archive_petition(s, pick.choice(live))
        elif operation == "restore" and archived:
            with office.transaction(ADMIN) as s:
                petitions.archive_petition(s, pick.choice(archived), archived=False)
        elif operation == "delete" and (live or archived):
            with office.transaction(ADMIN) as s:
                s.execute(
                    text("DELETE FROM petitions WHERE uid = :u"),
                    {"u": pick.choice(live + archived)},
                )
        kept, real = _kept_and_real(office)
        assert kept == real
        with office.reader(ADMIN) as s:
            assert count(s, "petitions", ListFilter()) == real


def test_a_wrong_count_is_found_and_recounted(office):
    with office.transaction(ADMIN) as s:
        petition(s)
        petition(s)
        s.execute(text("UPDATE live_counts SET live = 7 WHERE name = 'petitions'"))
    with office.transaction(ADMIN) as s:
        connection = s.connection()
        assert live_counts.mismatches(connection) == {"petitions": (7, 2)}
        assert live_counts.recount(connection) == {"petitions": 2}
        assert live_counts.mismatches(connection) == {}
