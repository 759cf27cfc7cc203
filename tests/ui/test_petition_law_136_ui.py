"""The case panel says which rule set measures a petition, and offers the steps Law
136/2025/QH15 brings, through the real widgets."""

from __future__ import annotations

from datetime import date

from hrdesk.domain.petition_flow import Action
from hrdesk.services import petition_flow
from hrdesk.services.read_models.petitions import read_case
from hrdesk.ui.record_form import RecordForm
from hrdesk.ui.workspaces.petition_details import PetitionDetails
from tests.ui.conftest import settle
from tests.ui.test_petitions_ui import _page, _receive, _step


def test_complaints_of_30_06_and_01_07_2026_name_their_own_rule_set(window):
    page = _page(window)
    settle()
    june = _receive(window, received_on=date(2026, 6, 30))
    july = _receive(window, received_on=date(2026, 7, 1))
    page.reload(select=june)
    settle()
    rule = page.details.rule.text()
    assert "02/2011/QH13" in rule and "136/2025" not in rule
    assert "10/07/2026" in page.details.deadline.text()  # Art. 27: 30/06 + 10 days
    page.reload(select=july)
    settle()
    rule = page.details.rule.text()
    assert "Law No. 136/2025/QH15" in rule
    # 01/07 + 10 = Saturday 11/07: Monday 13/07 (Civil Code Art. 148(5)).
    assert "13/07/2026" in page.details.deadline.text()


def test_the_panel_in_vietnamese_names_the_set_and_the_new_steps(window, qtbot):
    uid = _receive(window, received_on=date(2026, 7, 1))
    window.ctx.write(lambda s: petition_flow.accept(s, uid, on=date(2026, 7, 2)), "petitions")
    panel = PetitionDetails("vi", can_edit=True)
    qtbot.addWidget(panel)
    panel.show_case(window.ctx.read(lambda s: read_case(s, uid, "vi")))
    assert "Luật số 136/2025/QH15" in panel.rule.text()
    labels = {a: b.text() for a, b in panel.action_buttons.items()}
    assert labels[Action.SUSPEND] == "Tạm đình chỉ"
    assert labels[Action.TERMINATE] == "Đình chỉ"
    assert labels[Action.WITHDRAW_PART] == "Rút một phần"
    assert labels[Action.DIALOGUE_SKIPPED] == "Vắng mặt đối thoại"
    assert Action.RESUME not in labels  # only once suspended


def test_suspend_and_resume_through_the_panel_move_the_deadline(window, qtbot):
    page = _page(window)
    settle()
    uid = _receive(window, received_on=date(2026, 10, 1))
    window.ctx.write(lambda s: petition_flow.accept(s, uid, on=date(2026, 10, 5)), "petitions")
    page.reload(select=uid)
    settle()
    # Art. 28: 05/10 + 30 = Wed 04/11.
    assert "04/11/2026" in page.details.deadline.text()

    def grounds(form: RecordForm) -> None:
        form.editors["on"].widget.setText("10/11/2026")
        form.editors["note"].widget.setPlainText("Chờ kết quả giám định")

    # `_step` checks the dialog starts at today's date; `grounds` then sets the day.
    _step(page, qtbot, Action.SUSPEND, grounds)
    assert "Temporarily suspended" in page.details.deadline.text()
    assert set(page.details.action_buttons) == {
        Action.RESUME,
        Action.WITHDRAW_PART,
        Action.TERMINATE,
        Action.NOTE,
    }
    _step(page, qtbot, Action.RESUME)
    # Suspended 10/11, resumed today 20/11: 10 days not counted, 04/11 + 10 = Sat 14/11,
    # so Monday 16/11 (Civil Code Art. 148(5)): already past, shown overdue.
    assert "16/11/2026" in page.details.deadline.text()
    timeline = page.details.browser.toPlainText()
    assert "Temporarily suspended" in timeline and "Resumed" in timeline


def test_an_action_button_for_every_step_of_the_law(window):
    page = _page(window)
    settle()
    made = set(page.details.all_action_buttons)
    assert made == set(Action)
    for action, button in page.details.all_action_buttons.items():
        assert button.objectName() == f"action_{action.value}"
        assert button.text() and button.text() != action.value
