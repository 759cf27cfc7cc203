"""The report drafted from the records: every section holds the period's real figures,
the appendix balances, and what the officer typed is kept."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta, timezone

import pytest
from sqlalchemy import select

from hrdesk.documents.report_tables import report_tables
from hrdesk.domain.formatting import format_number
from hrdesk.domain.periods import Period, parse_period
from hrdesk.profile import Profile
from hrdesk.services import reports
from hrdesk.services.report_figures import report_figures
from hrdesk.services.report_redraft import draft_report, sections_for_print
from hrdesk.services.statistics import period_statistics
from hrdesk.store.database import Store
from hrdesk.store.models import Meeting, Petition, Task, TrainingAttendance, TrainingEvent
from tests.conftest import ADMIN, TODAY, pinned, set_today
from tests.factories import petition

VN = timezone(timedelta(hours=7))
LAST_QUARTER = Period.quarter(2026, 3)  # TODAY is 20/11/2026
STOPPED = ("returned", "transferred")


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    from hrdesk.demo import build_demo

    store = Store.open(Profile(tmp_path_factory.mktemp("draft") / "profile"), options=pinned())
    build_demo(store, size="small", seed=11, as_of=TODAY)
    yield store
    store.close()


def n(value: int) -> str:
    return format_number(value)


def _recount(store: Store, period: Period) -> dict[str, int]:
    """The period's figures counted again in Python from every stored record."""
    start, end = period.start, period.end
    with store.reader(ADMIN) as s:
        petitions = s.scalars(select(Petition)).all()
        meetings = s.scalars(select(Meeting)).all()
        tasks = s.scalars(select(Task)).all()
        events = s.scalars(select(TrainingEvent)).all()
        attendance = s.scalars(select(TrainingAttendance)).all()
        held = [
            m
            for m in meetings
            if m.status == "held" and start <= m.starts_at.astimezone(VN).date() <= end
        ]
        in_period = {e.id for e in events if e.starts_on <= end and e.ends_on >= start}

        def carried(p: Petition) -> bool:
            if p.received_on >= start:
                return False
            if p.decided_on is not None:
                return p.decided_on >= start
            return (p.closed_on is None or p.closed_on >= start) and p.status not in STOPPED

        return {
            "held": len(held),
            "conclusions": sum(len(m.conclusions) for m in held),
            "received": sum(start <= p.received_on <= end for p in petitions),
            "resolved": sum(
                p.decided_on is not None and start <= p.decided_on <= end for p in petitions
            ),
            "carried": sum(carried(p) for p in petitions),
            "due": sum(t.due_on is not None and start <= t.due_on <= end for t in tasks),
            "done": sum(
                t.status == "done" and t.completed_on is not None and start <= t.completed_on <= end
                for t in tasks
            ),
            "events": len(in_period),
            "participants": sum(a.present and a.event_id in in_period for a in attendance),
        }


def test_demo_report_for_the_last_quarter_has_every_section_drafted_with_real_figures(demo):
    with demo.transaction(ADMIN) as s:
        outcome = draft_report(s, LAST_QUARTER)
        sections = {x.heading: x.body for x in reports.report_for_period(s, LAST_QUARTER).sections}
    assert outcome.kept == ()
    assert set(outcome.drafted) == set(reports.DEFAULT_SECTIONS) == set(sections)
    assert all(len(body.strip()) > 40 for body in sections.values()), sections
    c = _recount(demo, LAST_QUARTER)
    assert c["held"] and c["received"] and c["events"] and c["due"]  # the demo has them
    general, work, petitions, training, assessment, *_ = (
        sections[h] for h in reports.DEFAULT_SECTIONS
    )
    for phrase in (
        f"tổ chức {n(c['held'])} cuộc họp",
        f"ban hành {n(c['conclusions'])} kết luận",
        f"theo dõi {n(c['due'])} nhiệm vụ đến hạn",
        f"đã hoàn thành {n(c['done'])} nhiệm vụ",
        f"tổ chức {n(c['events'])} lớp tập huấn với {n(c['participants'])} lượt người",
        f"tiếp nhận {n(c['received'])} đơn thư và giải quyết {n(c['resolved'])} đơn",
    ):
        assert phrase in general, phrase
    assert f"có {n(c['due'])} nhiệm vụ đến hạn" in work
    assert f"kỳ trước chuyển sang {n(c['carried'])} đơn" in petitions
    total = c["carried"] + c["received"]
    assert f"tổng số đơn phải giải quyết là {n(total)} đơn" in petitions
    before = _recount(demo, LAST_QUARTER.previous())
    a_year_ago = _recount(demo, LAST_QUARTER.year_earlier())
    assert f"quý II năm 2026: tiếp nhận {n(before['received'])} đơn" in petitions
    assert f"quý III năm 2025: tiếp nhận {n(a_year_ago['received'])} đơn" in petitions
    assert f"{n(c['participants'])} lượt người tham dự" in training
    assert f"giải quyết {n(c['resolved'])}/{n(total)} đơn" in assessment


def test_drafted_text_names_meetings_conclusions_overdue_tasks_and_attendees(demo):
    with demo.reader(ADMIN) as s:
        figures = report_figures(s, LAST_QUARTER)
        with_conclusions = next(m for m in figures.meetings if m.conclusions)
    from hrdesk.services.report_draft import draft_sections

    text = "\n".join(draft_sections(figures).values())
    assert with_conclusions.title in text
    assert with_conclusions.conclusions[0].rstrip(" .;") in text
    assert len(figures.overdue_tasks) == figures.stats.tasks.overdue
    assert sum(f.overdue for f in figures.stats.tasks_by_agency.values()) == len(
        figures.overdue_tasks
    )
    assert sum(count for _, count in figures.attendance_by_agency) == (
        figures.stats.trainings.participants
    )
    members = [a for a in figures.attendees if a.member]
    assert len(members) == figures.stats.trainings.members_trained
    assert members[0].name in text


@pytest.mark.parametrize(
    "label",
    [
        "2025-Q1",
        "2025-Q2",
        "2025-Q3",
        "2025-Q4",
        "2026-Q1",
        "2026-Q2",
        "2026-Q3",
        "2026-Q4",
        "2025",
        "2026-H1",
    ],
)
def test_appendix_petition_rows_balance_with_what_was_carried_over(demo, label):
    with demo.reader(ADMIN) as s:
        stats = period_statistics(s, parse_period(label))
    petition_tables = [t for t in report_tables(stats) if "Kỳ trước chuyển sang" in t.headers]
    assert len(petition_tables) == 2
    for table in petition_tables:
        assert table.headers[2:4] == ("Kỳ trước chuyển sang", "Tiếp nhận")
        for _i, label_, carried, received, resolved, on_time, _overdue in table.rows:
            assert on_time <= resolved <= carried + received, (label_, table.caption)
        *rows, total = table.rows
        for column in range(2, 7):
            assert total[column] == sum(row[column] for row in rows)


def test_carried_over_is_what_was_pending_when_the_period_began(office):
    with office.transaction(ADMIN) as s:
        early = petition(s, received_on=date(2026, 5, 4))  # decided in Q3
        early.decided_on = date(2026, 7, 15)
        early.status = "decided"
        petition(s, received_on=date(2026, 6, 1))  # still open
        done = petition(s, received_on=date(2026, 4, 2))  # decided before Q3
        done.decided_on, done.status = date(2026, 6, 20), "decided"
        gone = petition(s, received_on=date(2026, 4, 3))
        gone.status = "transferred"
        petition(s, received_on=date(2026, 8, 1))
        s.flush()
        q3 = period_statistics(s, LAST_QUARTER).petitions
    assert (q3.carried_over, q3.received, q3.resolved) == (2, 1, 1)
    assert q3.balances


def test_redraft_keeps_what_the_officer_typed_unless_asked(office):
    overview, work = reports.DEFAULT_SECTIONS[:2]
    with office.transaction(ADMIN) as s:
        petition(s, received_on=date(2026, 8, 3))
        outcome = draft_report(s, LAST_QUARTER)
        report = reports.report_for_period(s, LAST_QUARTER)
        assert "tiếp nhận 1 đơn thư" in report.sections[0].body
        edited = [{"heading": x.heading, "body": x.body} for x in report.sections]
        edited[0]["body"] = "Tình hình an ninh chính trị ổn định."
        reports.set_sections(s, outcome.report_uid, edited)  # saving keeps the other drafts
    with office.transaction(ADMIN) as s:
        petition(s, received_on=date(2026, 8, 4))
        again = draft_report(s, LAST_QUARTER)
        assert again.kept == (overview,)
        assert work in again.drafted
        report = reports.report_for_period(s, LAST_QUARTER)
        assert report.sections[0].body == "Tình hình an ninh chính trị ổn định."
        assert "tiếp nhận 2 đơn thư" in report.sections[2].body
        replaced = draft_report(s, LAST_QUARTER, replace_edited=True)
        assert replaced.kept == ()
        assert "tiếp nhận 2 đơn thư" in reports.report_for_period(s, LAST_QUARTER).sections[0].body


def test_an_untouched_draft_is_printed_with_the_figures_of_the_appendix(office):
    with office.transaction(ADMIN) as s:
        draft_report(s, LAST_QUARTER)
        petition(s, received_on=date(2026, 9, 9))  # after the draft was made
        report = reports.report_for_period(s, LAST_QUARTER)
        figures = report_figures(s, LAST_QUARTER)
        printed = dict(sections_for_print(s, report, figures))
        assert figures.stats.petitions.received == 1
        assert "tiếp nhận 1 đơn thư" in printed[reports.DEFAULT_SECTIONS[0]]
        assert report.sections[0].body == printed[reports.DEFAULT_SECTIONS[0]]


def test_period_neighbours():
    q1 = Period.quarter(2026, 1)
    assert q1.previous() == Period.quarter(2025, 4)
    assert q1.following() == Period.quarter(2026, 2)
    assert Period.quarter(2025, 4).following() == q1
    assert q1.year_earlier() == Period.quarter(2025, 1)
    assert Period.half(2026, 1).previous() == Period.half(2025, 2)
    assert Period.year(2026).previous() == Period.year(2025)
    leap = Period.range(date(2024, 2, 29), date(2024, 3, 9))
    assert leap.year_earlier() == Period.range(date(2023, 2, 28), date(2023, 3, 9))
    assert leap.previous() == Period.range(date(2024, 2, 19), date(2024, 2, 28))


def test_the_overview_says_which_agencies_sent_their_contribution(office):
    from hrdesk.services import contributions as contrib
    from hrdesk.services.report_draft import draft_sections

    set_today(office, date(2026, 10, 1))
    with office.transaction(ADMIN) as s:
        asked = contrib.request_contributions(s, LAST_QUARTER, due_on=date(2026, 10, 10))
        justice = next(v for v in asked if v.agency_name == "Sở Tư pháp")
        contrib.record_received(
            s, justice.uid, on=date(2026, 10, 12), summary="Tổ chức 2 hội nghị."
        )
    set_today(office, TODAY)
    with office.reader(ADMIN) as s:
        text = draft_sections(report_figures(s, LAST_QUARTER))[reports.DEFAULT_SECTIONS[0]]
    assert "1/2 cơ quan thành viên đã gửi báo cáo (0 đúng hạn, 1 chậm hạn); chưa gửi: " in text
    assert "chưa gửi: Công an tỉnh." in text
    assert "Theo báo cáo của các cơ quan: Sở Tư pháp: Tổ chức 2 hội nghị." in text
