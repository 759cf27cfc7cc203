"""The petition workflow: steps on the timeline, deadlines recomputed by the law's limits."""

from __future__ import annotations

from datetime import date

import pytest

from hrdesk.domain.errors import ValidationError
from hrdesk.services import petition_flow as flow
from hrdesk.services import petitions
from tests.conftest import ADMIN, set_today
from tests.factories import petition


def test_received_complaint_must_be_accepted_within_10_days_art_27(office):
    with office.transaction(ADMIN) as s:
        p = petition(s, received_on=date(2026, 11, 2))
        assert p.status == "received"
        assert p.deadline == date(2026, 11, 12)
        assert [step.kind for step in p.steps] == ["received"]
        assert p.steps[0].deadline_after == date(2026, 11, 12)


def test_accepting_a_first_complaint_gives_30_days_from_acceptance_art_28(office):
    with office.transaction(ADMIN) as s:
        p = petition(s, received_on=date(2026, 11, 2))
        flow.accept(s, p.uid, on=date(2026, 11, 5))
        # 5 November + 30 days is Saturday 5 December: the limit ends on Monday 7
        # December (Civil Code Art. 148(5)).
        assert (p.status, p.accepted_on, p.deadline) == (
            "accepted",
            date(2026, 11, 5),
            date(2026, 12, 7),
        )


def test_second_complaint_in_remote_area_that_is_complex_gets_70_days_art_37(office):
    with office.transaction(ADMIN) as s:
        p = petition(s, received_on=date(2026, 9, 1))
        flow.classify(
            s, p.uid, on=date(2026, 9, 2), complaint_round=2, complex=True, remote_area=True
        )
        flow.accept(s, p.uid, on=date(2026, 9, 3))
        assert p.deadline == date(2026, 11, 12)  # 3 September + 70 days


def test_denunciation_runs_accept_extend_decide_close_and_the_deadline_follows(office):
    with office.transaction(ADMIN) as s:
        p = petition(s, kind="denunciation", received_on=date(2026, 9, 1))
        # Initial handling: 7 working days (Art. 24(1)); 2 September is National Day.
        assert p.deadline == date(2026, 9, 11)
        flow.classify(s, p.uid, on=date(2026, 9, 3), complex=True)
        flow.accept(s, p.uid, on=date(2026, 9, 8))
        assert p.deadline == date(2026, 10, 8)  # 30 days (Art. 30(1))
        flow.extend(s, p.uid, days=30, on=date(2026, 10, 1), note="QĐ gia hạn số 12/QĐ-TTr")
        # 8 October + 30 days is Saturday 7 November: Monday 9 (Civil Code Art. 148(5)).
        assert p.deadline == date(2026, 11, 9)
        assert p.extensions == 1
        flow.decide(
            s, p.uid, outcome="partly", on=date(2026, 11, 5), note="Kết luận nội dung tố cáo"
        )
        flow.close(s, p.uid, on=date(2026, 11, 10))
        steps = [(st.kind, st.occurred_on, st.deadline_after) for st in p.steps]
    assert steps == [
        ("received", date(2026, 9, 1), date(2026, 9, 11)),
        ("classified", date(2026, 9, 3), date(2026, 9, 11)),
        ("accepted", date(2026, 9, 8), date(2026, 10, 8)),
        ("extended", date(2026, 10, 1), date(2026, 11, 9)),
        ("decided", date(2026, 11, 5), date(2026, 11, 9)),
        ("closed", date(2026, 11, 10), date(2026, 11, 9)),
    ]


def test_complaint_deadline_cannot_be_extended(office):
    with office.transaction(ADMIN) as s:
        p = petition(s)
        flow.accept(s, p.uid, on=date(2026, 11, 3))
        with pytest.raises(ValidationError, match="Only a denunciation"):
            flow.extend(s, p.uid, on=date(2026, 11, 4))


def test_simple_denunciation_cannot_be_extended_art_30(office):
    with office.transaction(ADMIN) as s:
        p = petition(s, kind="denunciation")
        flow.accept(s, p.uid, on=date(2026, 11, 3))
        with pytest.raises(ValidationError) as raised:
            flow.extend(s, p.uid, on=date(2026, 11, 4))
        assert raised.value.field == "extension"


def test_especially_complex_denunciation_extends_twice_not_three_times_art_30(office):
    with office.transaction(ADMIN) as s:
        p = petition(s, kind="denunciation", received_on=date(2026, 6, 1))
        flow.classify(s, p.uid, on=date(2026, 6, 2), complex=True, especially_complex=True)
        flow.accept(s, p.uid, on=date(2026, 6, 3))
        flow.extend(s, p.uid, on=date(2026, 7, 1))
        flow.extend(s, p.uid, on=date(2026, 8, 1))
        with pytest.raises(ValidationError):
            flow.extend(s, p.uid, on=date(2026, 9, 1))
        assert p.extensions == 2


def test_a_step_cannot_be_dated_before_the_last_one_or_in_the_future(office):
    with office.transaction(ADMIN) as s:
        p = petition(s, received_on=date(2026, 11, 2))
        with pytest.raises(ValidationError, match="before the last step"):
            flow.accept(s, p.uid, on=date(2026, 11, 1))
        with pytest.raises(ValidationError, match="future"):
            flow.accept(s, p.uid, on=date(2026, 12, 1))
        assert p.status == "received"


def test_closed_petition_cannot_be_accepted_again(office):
    with office.transaction(ADMIN) as s:
        p = petition(s)
        flow.return_with_guidance(
            s, p.uid, guidance="Hướng dẫn gửi đơn đến UBND xã", on=date(2026, 11, 3)
        )
        flow.close(s, p.uid, on=date(2026, 11, 4))
        with pytest.raises(ValidationError, match="cannot be given the step"):
            flow.accept(s, p.uid, on=date(2026, 11, 5))


def test_return_needs_the_guidance_and_transfer_needs_the_agency(office):
    with office.transaction(ADMIN) as s:
        p = petition(s)
        with pytest.raises(ValidationError) as raised:
            flow.return_with_guidance(s, p.uid, guidance="  ")
        assert raised.value.field == "guidance"
        with pytest.raises(ValidationError) as raised:
            flow.transfer(s, p.uid, to="")
        assert raised.value.field == "to"
        flow.transfer(s, p.uid, to="UBND xã Ia Grai", on=date(2026, 11, 4))
        assert (p.status, p.transferred_to) == ("transferred", "UBND xã Ia Grai")


def test_a_deadline_given_by_hand_may_not_precede_the_receipt(office):
    with office.transaction(ADMIN) as s, pytest.raises(ValidationError) as raised:
        petition(s, received_on=date(2026, 11, 2), deadline=date(2026, 10, 30))
    assert raised.value.field == "deadline"


def test_days_left_are_working_days_and_turn_amber_then_red(office):
    with office.transaction(ADMIN) as s:
        p = petition(s, received_on=date(2026, 11, 2))  # due 12/11
        set_today(office, date(2026, 11, 6))
        assert petitions.deadline_state(s, p) == petitions.DeadlineState(4, "due_soon")
        set_today(office, date(2026, 11, 16))
        state = petitions.deadline_state(s, p)
        assert state.state == "overdue" and state.days_left < 0
        flow.accept(s, p.uid, on=date(2026, 11, 16))
        assert petitions.deadline_state(s, p).state == "running"


def test_complaint_without_a_petitioner_is_refused(office):
    with office.transaction(ADMIN) as s, pytest.raises(ValidationError) as raised:
        petition(s, petitioners=[])
    assert raised.value.field == "petitioners"


def test_each_step_is_in_the_audit_log_under_the_petition(office):
    from hrdesk.services.audit import history

    with office.transaction(ADMIN) as s:
        p = petition(s)
        flow.accept(s, p.uid, on=date(2026, 11, 3))
    with office.reader(ADMIN) as s:
        entries = history(s, p.uid)
    tables = [(e.action, e.table_name) for e in entries]
    assert ("create", "petitions") in tables
    assert ("create", "petition_steps") in tables
    update = next(e for e in entries if e.action == "update" and e.table_name == "petitions")
    assert update.actor == "admin"
    assert update.changes["status"] == ["received", "accepted"]
    person = next(e for e in entries if e.table_name == "petitioners")
    assert "Trần" not in str(person.changes)  # personal data never in the log


def test_a_deadline_carried_over_by_hand_survives_a_classification_that_changes_nothing(office):
    with office.transaction(ADMIN) as s:
        p = petition(s, received_on=date(2026, 11, 2), deadline=date(2026, 11, 30))
        flow.classify(s, p.uid, on=date(2026, 11, 3), kind="complaint")
        assert (p.deadline, p.deadline_rule) == (date(2026, 11, 30), "manual")
        flow.classify(s, p.uid, on=date(2026, 11, 4), complex=True)
        assert p.deadline == date(2026, 11, 12) and p.deadline_rule == "complaint.acceptance"


def test_an_extension_counted_in_working_days_by_the_office_rules(office):
    import json

    (office.profile.root / "deadline_rules.json").write_text(
        json.dumps({"rules": [{"key": "denunciation.extension", "unit": "working_days"}]})
    )
    with office.transaction(ADMIN) as s:
        p = petition(s, kind="denunciation", received_on=date(2026, 10, 1))
        flow.classify(s, p.uid, on=date(2026, 10, 2), complex=True)
        flow.accept(s, p.uid, on=date(2026, 10, 5))  # due 04/11/2026
        flow.extend(s, p.uid, days=10, on=date(2026, 10, 20))
        assert p.deadline == date(2026, 11, 18)  # ten working days after 04/11
