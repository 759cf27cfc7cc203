"""A section the officer wrote over a draft is flagged when the records have changed since:
a new draft of the same period says other figures. It is redrafted alone when asked, or
marked as brought up to date by hand."""

from __future__ import annotations

from datetime import date

import pytest

from hrdesk.domain.errors import ValidationError
from hrdesk.domain.periods import Period
from hrdesk.services import reports
from hrdesk.services.report_redraft import draft_report
from hrdesk.services.report_stale import Change, changes, mark_up_to_date, stale_sections
from tests.conftest import ADMIN
from tests.factories import petition

Q3 = Period.quarter(2026, 3)
OVERVIEW, WORK = reports.DEFAULT_SECTIONS[:2]


def _edit(s, uid: str, heading: str, text: str) -> None:
    """Save the sections as the window does, with `heading`'s text typed by the officer."""
    report = reports.report_for_period(s, Q3)
    sections = [{"heading": x.heading, "body": x.body} for x in report.sections]
    next(x for x in sections if x["heading"] == heading)["body"] = text
    reports.set_sections(s, uid, sections)


@pytest.fixture
def typed_over_a_draft(office) -> str:
    """Q3 drafted with one petition received; the officer then rewrote the overview,
    keeping the draft's figure; the sentence he wrote."""
    with office.transaction(ADMIN) as s:
        petition(s, received_on=date(2026, 8, 3))
        outcome = draft_report(s, Q3)
        overview = reports.report_for_period(s, Q3).sections[0].body
        assert "tiếp nhận 1 đơn thư" in overview
        typed = "Trong quý, các cơ quan đã tiếp nhận 1 đơn thư. Tình hình ổn định."
        _edit(s, outcome.report_uid, OVERVIEW, typed)
    return typed


def test_nothing_is_stale_while_the_records_are_as_drafted(office, typed_over_a_draft):
    with office.reader(ADMIN) as s:
        assert stale_sections(s, Q3) == ()


def test_a_section_written_over_a_draft_is_stale_once_the_figures_change(
    office, typed_over_a_draft
):
    with office.transaction(ADMIN) as s:
        petition(s, received_on=date(2026, 9, 4))  # a second petition in Q3
        (stale,) = stale_sections(s, Q3)
    assert stale.heading == OVERVIEW
    assert "tiếp nhận 1 đơn thư" in stale.drafted and "tiếp nhận 2 đơn thư" in stale.fresh
    # What changed is shown in words around the figure, not as the whole text again.
    assert any("tiếp nhận 1 đơn thư" in c.before and "tiếp nhận 2 đơn thư" in c.after
               for c in stale.changes)  # fmt: skip
    assert all(len(c.after.split()) < 20 for c in stale.changes)
    # The sections still holding their untouched draft are not named: printing refreshes them.
    with office.reader(ADMIN) as s:
        report = reports.report_for_period(s, Q3)
        assert report.sections[0].body == typed_over_a_draft  # nothing was written


def test_drafting_again_keeps_the_typed_text_and_says_its_figures_changed(
    office, typed_over_a_draft
):
    with office.transaction(ADMIN) as s:
        petition(s, received_on=date(2026, 9, 4))
        outcome = draft_report(s, Q3)
        assert outcome.kept == (OVERVIEW,)
        assert [x.heading for x in outcome.stale] == [OVERVIEW]
        assert reports.report_for_period(s, Q3).sections[0].body == typed_over_a_draft
        # Still stale afterwards: the text kept is still the one of the old figures.
        assert [x.heading for x in stale_sections(s, Q3)] == [OVERVIEW]


def test_redrafting_one_section_replaces_only_it(office, typed_over_a_draft):
    with office.transaction(ADMIN) as s:
        petition(s, received_on=date(2026, 9, 4))
        uid = reports.report_for_period(s, Q3).uid
        _edit(s, uid, WORK, "Công tác chỉ đạo được duy trì.")  # typed from a draft too
        asked_first = draft_report(s, Q3, only=[OVERVIEW])
        assert (asked_first.drafted, asked_first.kept) == ((), (OVERVIEW,))
        outcome = draft_report(s, Q3, only=[OVERVIEW], replace_edited=True)
        assert (outcome.drafted, outcome.kept, outcome.stale) == ((OVERVIEW,), (), ())
        report = reports.report_for_period(s, Q3)
        assert "tiếp nhận 2 đơn thư" in report.sections[0].body
        assert report.sections[1].body == "Công tác chỉ đạo được duy trì."
        assert stale_sections(s, Q3) == ()  # the work section's figures did not change


def test_a_section_brought_up_to_date_by_hand_is_no_longer_stale(office, typed_over_a_draft):
    with office.transaction(ADMIN) as s:
        petition(s, received_on=date(2026, 9, 4))
        uid = reports.report_for_period(s, Q3).uid
        _edit(s, uid, OVERVIEW, typed_over_a_draft.replace("1 đơn", "2 đơn"))
        assert len(stale_sections(s, Q3)) == 1
        mark_up_to_date(s, Q3, OVERVIEW)
        assert stale_sections(s, Q3) == ()
        assert "2 đơn thư. Tình hình ổn định." in reports.report_for_period(s, Q3).sections[0].body
        # …until the records change again.
        petition(s, received_on=date(2026, 9, 5))
        assert [x.heading for x in stale_sections(s, Q3)] == [OVERVIEW]
        with pytest.raises(ValidationError) as problem:
            mark_up_to_date(s, Q3, "Mục không có")
    assert problem.value.problems[0].code == "report.no_drafted_section"


def test_text_typed_from_nothing_or_a_period_without_report_is_never_stale(office):
    with office.transaction(ADMIN) as s:
        assert stale_sections(s, Q3) == ()  # no report yet: nothing made by looking
        report = reports.report_for_period(s, Q3)
        _edit(s, report.uid, OVERVIEW, "Tình hình ổn định, đã tiếp nhận 5 đơn thư.")
        petition(s, received_on=date(2026, 9, 4))
        assert stale_sections(s, Q3) == ()


def test_changes_name_each_place_with_the_words_around_it():
    before = "Đã tổ chức 3 cuộc họp và ban hành 5 kết luận trong kỳ báo cáo này."
    after = "Đã tổ chức 4 cuộc họp và ban hành 5 kết luận trong kỳ báo cáo này."
    assert changes(before, after) == (
        Change("Đã tổ chức 3 cuộc họp và", "Đã tổ chức 4 cuộc họp và"),
    )
    assert changes(before, before) == ()
