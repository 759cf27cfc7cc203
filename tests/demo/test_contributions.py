"""The demo's member agencies were asked for their report every quarter since the start of
last year: their records over past periods are there to look at, and the latest quarter
asked about has agencies late, which the dashboard names."""

from __future__ import annotations

from collections import Counter
from datetime import date

from sqlalchemy import select

from hrdesk.demo.contributions import quarters_asked
from hrdesk.domain.periods import Period
from hrdesk.services import contributions as contrib
from hrdesk.services.read_models import read
from hrdesk.store.models import Agency, Contribution

from .support import AS_OF, count, table_rows


def test_every_agency_was_asked_for_each_quarter_whose_request_went_out(reader):
    labels = [p.label for p in quarters_asked(AS_OF)]
    # 20/11/2026: the third quarter of 2026 was asked about in September; the fourth not yet.
    assert labels == [f"2025-Q{q}" for q in (1, 2, 3, 4)] + [f"2026-Q{q}" for q in (1, 2, 3)]
    agencies = reader.scalars(select(Agency.id)).all()
    asked = Counter(reader.scalars(select(Contribution.period_label)).all())
    assert asked == dict.fromkeys(labels, len(agencies))


def test_what_came_of_each_request_is_consistent(reader):
    states: Counter[str] = Counter()
    for label in (p.label for p in quarters_asked(AS_OF)):
        for v in contrib.contributions_for_period(reader, label, AS_OF):
            states[v.state] += 1
            assert v.requested_on <= v.due_on
            if v.received_on is not None:
                assert v.requested_on <= v.received_on <= AS_OF and v.summary
            if v.reminded_on is not None:  # reminded a week after the due date, still waiting
                assert v.state in (contrib.LATE, contrib.MISSING)
                assert v.received_on is None or v.received_on >= v.reminded_on
            assert (v.state == contrib.EXCUSED) == bool(v.excuse)
    # Mostly on time, some late, a few missing or excused: a record worth looking at.
    assert states[contrib.ON_TIME] > states[contrib.LATE] > states[contrib.MISSING] > 0
    assert states[contrib.EXCUSED] > 0 and states[contrib.WAITING] == 0


def test_the_dashboard_names_the_agencies_late_for_the_latest_quarter(reader):
    now = contrib.late_for_current_period(reader, AS_OF)
    assert now.period_label == "2026-Q3" and now.late
    for v in now.late:
        assert v.days_late == (AS_OF - v.due_on).days > 30


def test_an_agency_page_shows_its_record_over_the_quarters(reader):
    uid = reader.scalars(select(Agency.uid).order_by(Agency.id)).first()
    view = read(reader, "agencies", uid, "vi")
    assert [c.period_label for c in view.contributions][:2] == ["2026-Q3", "2026-Q2"]
    assert view.contribution_tally.periods == 7


def test_rows_are_stored_as_the_orm_stores_them(small):
    store, _ = small
    (row,) = table_rows(store, "contributions")[:1]
    assert (
        count(store, "contributions", "received_on IS NOT NULL AND length(received_on) != 10") == 0
    )
    assert len(row.created_at) == 26 and len(row.requested_on) == 10
    assert date.fromisoformat(row.due_on) > date.fromisoformat(row.requested_on)


def test_the_q3_report_says_who_sent_theirs_as_the_stored_rows_count_it(small, reader):
    from hrdesk.services.report_draft import draft_sections
    from hrdesk.services.report_figures import report_figures
    from hrdesk.services.reports import DEFAULT_SECTIONS

    store, _ = small
    rows = [r for r in table_rows(store, "contributions") if r.period_label == "2026-Q3"]
    came = [r for r in rows if r.status == "received"]
    late = [r for r in came if r.received_on > r.due_on]
    text = draft_sections(report_figures(reader, Period.quarter(2026, 3), AS_OF))[
        DEFAULT_SECTIONS[0]
    ]
    assert (
        f"{len(came)}/{len(rows)} cơ quan thành viên đã gửi báo cáo "
        f"({len(came) - len(late)} đúng hạn, {len(late)} chậm hạn); chưa gửi: "
    ) in text
