"""Law 136/2025/QH15 (in force 01/07/2026) on the petition timeline: temporary suspension
and resumption, suspension (đình chỉ), partial withdrawal, the skipped dialogue, online
reception; and the unconfirmed decrees the administrator may switch on."""

from __future__ import annotations

from datetime import date

import pytest

from hrdesk.domain.access import Actor
from hrdesk.domain.errors import PermissionDenied, ValidationError
from hrdesk.domain.petition_flow import Action, allowed_actions
from hrdesk.domain.vocab import OfficerRole
from hrdesk.services import petition_flow as flow
from hrdesk.services import rules
from hrdesk.services.rules import granted_steps
from tests.conftest import ADMIN
from tests.factories import petition


def _accepted(s, received: date, accepted: date):
    p = petition(s, received_on=received)
    flow.accept(s, p.uid, on=accepted)
    return p


def test_complaints_either_side_of_01_07_2026_keep_their_own_rule_set(office):
    with office.transaction(ADMIN) as s:
        june = petition(s, received_on=date(2026, 6, 30))
        july = petition(s, received_on=date(2026, 7, 1))
        # 30/06 + 10 = Fri 10/07; 01/07 + 10 = Sat 11/07: Mon 13/07 (Civil Code Art. 148(5)).
        assert (june.rule_set, june.deadline) == ("2011", date(2026, 7, 10))
        assert (july.rule_set, july.deadline) == ("136-2025", date(2026, 7, 13))


def test_suspended_time_is_not_counted_and_the_deadline_moves_on_resumption(office):
    with office.transaction(ADMIN) as s:
        p = _accepted(s, date(2026, 7, 1), date(2026, 7, 1))
        assert p.deadline == date(2026, 7, 31)  # Art. 28: 30 days
        flow.suspend(s, p.uid, on=date(2026, 7, 10), note="Chờ kết quả giám định")
        assert p.status == "suspended" and p.deadline == date(2026, 7, 31)
        assert set(allowed_actions(p.status, p.kind, granted_steps(s, p))) == {
            Action.RESUME,
            Action.WITHDRAW_PART,
            Action.TERMINATE,
            Action.NOTE,
        }
        step = flow.resume(s, p.uid, on=date(2026, 7, 20))
        # 10 days stood still: 31/07 + 10 = Mon 10/08.
        assert (p.status, p.deadline, step.deadline_after) == (
            "accepted",
            date(2026, 8, 10),
            date(2026, 8, 10),
        )
        kinds = [st.kind for st in p.steps]
    assert kinds == ["received", "accepted", "suspended", "resumed"]


def test_a_complaint_received_before_the_law_may_be_suspended_after_it(office):
    with office.transaction(ADMIN) as s:
        p = _accepted(s, date(2026, 6, 15), date(2026, 6, 20))
        assert p.rule_set == "2011"
        with pytest.raises(ValidationError) as error:
            flow.suspend(s, p.uid, on=date(2026, 6, 30), note="Chờ giám định")
        assert error.value.field == "action"
        flow.suspend(s, p.uid, on=date(2026, 7, 2), note="Chờ giám định")
        assert p.status == "suspended"


def test_suspension_ends_the_case(office):
    with office.transaction(ADMIN) as s:
        p = _accepted(s, date(2026, 7, 1), date(2026, 7, 3))
        with pytest.raises(ValidationError) as error:
            flow.terminate(s, p.uid, note=" ", on=date(2026, 7, 9))
        assert error.value.field == "note"
        flow.terminate(s, p.uid, note="Người khiếu nại rút toàn bộ", on=date(2026, 7, 9))
        assert (p.status, p.outcome, p.closed_on) == ("closed", "terminated", date(2026, 7, 9))
        assert allowed_actions(p.status, p.kind, granted_steps(s, p)) == (Action.NOTE,)


def test_partial_withdrawal_and_a_skipped_dialogue_leave_the_resolution_running(office):
    with office.transaction(ADMIN) as s:
        p = _accepted(s, date(2026, 7, 1), date(2026, 7, 1))
        flow.withdraw_part(s, p.uid, note="Rút nội dung về bồi thường", on=date(2026, 7, 6))
        flow.dialogue_skipped(s, p.uid, on=date(2026, 7, 8), note="Đã mời hai lần")
        assert (p.status, p.deadline) == ("accepted", date(2026, 7, 31))
        with pytest.raises(ValidationError):
            flow.withdraw_part(s, p.uid, note="", on=date(2026, 7, 9))


def test_the_new_steps_are_for_complaints_only(office):
    with office.transaction(ADMIN) as s:
        p = petition(s, kind="denunciation", received_on=date(2026, 7, 1))
        flow.accept(s, p.uid, on=date(2026, 7, 2))
        assert Action.SUSPEND not in allowed_actions(p.status, p.kind, granted_steps(s, p))
        with pytest.raises(ValidationError):
            flow.suspend(s, p.uid, on=date(2026, 7, 3), note="x")


def test_online_reception_is_a_channel_from_01_07_2026(office):
    with office.transaction(ADMIN) as s:
        p = petition(s, channel="online_reception", received_on=date(2026, 7, 1))
        assert p.channel == "online_reception"
        with pytest.raises(ValidationError) as error:
            petition(s, channel="online_reception", received_on=date(2026, 6, 30))
        assert error.value.field == "channel"


def test_the_unconfirmed_decree_155_applies_only_once_switched_on(office):
    with office.transaction(ADMIN) as s:
        before = petition(s, received_on=date(2026, 7, 1))
        rules.set_rule_set_enabled(s, "nd155-2026", True)
    with office.transaction(ADMIN) as s:
        after = petition(s, received_on=date(2026, 7, 1))
        # Decree 155/2026 (unconfirmed): 7 working days, 02/07 … 10/07.
        assert (after.rule_set, after.deadline) == ("136-2025+nd155-2026", date(2026, 7, 10))
        listed = {r.id: r for r in rules.list_rule_sets(s)}
        assert listed["nd155-2026"].enabled and listed["nd155-2026"].unconfirmed
        assert not listed["nd154-2026"].enabled
    with office.reader(ADMIN) as s:
        from hrdesk.services.common import by_uid
        from hrdesk.store.models import Petition

        assert by_uid(s, Petition, before.uid, "petition").deadline == date(2026, 7, 13)


OFFICER = Actor("canbo", OfficerRole.OFFICER, None, "Cán bộ")


def test_only_an_administrator_switches_a_rule_set(office):
    with office.transaction(OFFICER) as s, pytest.raises(PermissionDenied):
        rules.set_rule_set_enabled(s, "nd155-2026", True)
    with office.transaction(ADMIN) as s, pytest.raises(ValidationError):
        rules.set_rule_set_enabled(s, "136-2025", False)
