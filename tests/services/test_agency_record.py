"""An agency's record of contributions over past periods, as its details pane and `hrdesk
show agencies UID` give it: newest period first, each judged, and the tally."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from hrdesk.services import contributions as contrib
from hrdesk.services.read_models import read
from hrdesk.services.read_models.agency_record import ContributionTally, PastContribution
from tests.conftest import ADMIN

# (period, asked on, due on, what came of it): received on a day, excused, or nothing.
HISTORY = (
    ("2025-Q3", date(2025, 10, 1), date(2025, 10, 15), date(2025, 10, 27)),
    ("2026-Q1", date(2026, 4, 1), date(2026, 4, 15), date(2026, 4, 20)),
    ("2025-Q4", date(2026, 1, 2), date(2026, 1, 15), date(2026, 1, 10)),
    ("2026-Q3", date(2026, 10, 1), date(2026, 10, 15), "excused"),
    ("2026-Q2", date(2026, 7, 1), date(2026, 7, 15), None),
)
# Newest period first, as the pane shows them (asked above in another order on purpose).
EXPECTED = (
    ("2026-Q3", date(2026, 10, 15), None, contrib.EXCUSED, 0),
    ("2026-Q2", date(2026, 7, 15), None, contrib.MISSING, None),  # days: as of the day read
    ("2026-Q1", date(2026, 4, 15), date(2026, 4, 20), contrib.LATE, 5),
    ("2025-Q4", date(2026, 1, 15), date(2026, 1, 10), contrib.ON_TIME, 0),
    ("2025-Q3", date(2025, 10, 15), date(2025, 10, 27), contrib.LATE, 12),
)


def fill_record(session: Session, agency_uid: str) -> None:
    """Ask `agency_uid` for five periods' reports, through the services, as HISTORY says."""
    for period, asked, due, outcome in HISTORY:
        asked_now = contrib.request_contributions(
            session, period, due_on=due, agencies=[agency_uid], on=asked
        )  # every agency asked for the period, this one among them
        (view,) = [v for v in asked_now if v.agency_uid == agency_uid]
        if outcome == "excused":
            contrib.excuse(session, view.uid, note="Không có nội dung phát sinh trong kỳ")
        elif isinstance(outcome, date):
            contrib.record_received(session, view.uid, on=outcome, summary="Đã gửi báo cáo")


def _agency_uid(session: Session, name: str) -> str:
    from sqlalchemy import select

    from hrdesk.store.models import Agency

    return session.scalars(select(Agency.uid).where(Agency.name == name)).one()


def test_the_agency_view_holds_its_record_newest_period_first(office):
    with office.transaction(ADMIN) as s:
        police = _agency_uid(s, "Công an tỉnh")
        fill_record(s, police)
        view = read(s, "agencies", police, "vi")
        other = read(s, "agencies", _agency_uid(s, "Sở Tư pháp"), "vi")
    got = [
        (c.period_label, c.due_on, c.received_on, c.state, c.days_late) for c in view.contributions
    ]
    # Missing since 15/07/2026, judged on the store's today (20/11/2026): 128 days.
    expected = [row if row[4] is not None else (*row[:4], 128) for row in EXPECTED]
    assert got == expected
    assert view.contribution_tally == ContributionTally(
        periods=5, on_time=1, late=2, missing=1, excused=1, waiting=0
    )
    # Another agency's record is its own: never asked, nothing shown.
    assert other.contributions == ()
    assert other.contribution_tally.periods == 0


def test_a_period_not_yet_due_is_waiting_and_counted_apart(office):
    with office.transaction(ADMIN) as s:
        justice = _agency_uid(s, "Sở Tư pháp")
        contrib.request_contributions(
            s, "2026-Q4", due_on=date(2027, 1, 15), agencies=[justice], on=date(2026, 11, 1)
        )
        view = read(s, "agencies", justice, "vi")
    assert view.contributions == (
        PastContribution("2026-Q4", date(2027, 1, 15), None, contrib.WAITING, 0),
    )
    assert view.contribution_tally == ContributionTally(1, 0, 0, 0, 0, 1)
