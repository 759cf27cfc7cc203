"""Every dialog that takes typing asks before throwing it away: meeting attendance, the
agenda, a conclusion, a training's topics and roster, and the account dialogs. Closing one
with nothing changed asks nothing."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from hrdesk.services import meetings
from hrdesk.ui.workspaces.meeting_agenda import AgendaDialog
from hrdesk.ui.workspaces.meeting_attendance import AttendanceDialog
from hrdesk.ui.workspaces.meeting_conclusions import ConclusionDialog
from hrdesk.ui.workspaces.training_roster import RosterDialog
from hrdesk.ui.workspaces.training_topics import TopicsDialog
from tests.ui.conftest import settle
from tests.ui.test_meetings_ui import check, new_meeting, when_open
from tests.ui.test_training_ui import new_training

QUESTION_TRIES = 50  # × 20 ms: a question that has not appeared by then never will


def close_answering(dialog: Any, answer: str) -> list[str]:
    """Close `dialog` as Esc does; if it asks, click `answer`. The question's text, its
    default button's text, and the answer given are returned (empty: it did not ask)."""
    asked: list[str] = []
    closed: list[bool] = []  # a finder left over from a close that asked nothing stops

    def find(tries: int = 0) -> None:
        if closed:
            return
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            if tries < QUESTION_TRIES:
                QTimer.singleShot(20, lambda: find(tries + 1))
            return
        asked.extend([box.text(), box.defaultButton().text()])
        next(b for b in box.buttons() if b.text().replace("&", "") == answer).click()

    QTimer.singleShot(0, find)
    dialog.reject()
    closed.append(True)
    return asked


def _asks_only_when_changed(
    qtbot: Any, kind: type, open_it: Callable[[], None], change: Callable[[Any], None]
) -> tuple[list[str], list[str], list[str], list[bool]]:
    untouched: list[str] = []
    seen = when_open(kind, lambda dialog: untouched.extend(close_answering(dialog, "Discard")))
    open_it()
    check(seen)
    kept: list[str] = []
    thrown: list[str] = []
    open_after: list[bool] = []

    def type_then_close(dialog: Any) -> None:
        change(dialog)
        kept.extend(close_answering(dialog, "Keep editing"))
        open_after.append(dialog.isVisible())
        thrown.extend(close_answering(dialog, "Discard"))
        open_after.append(dialog.isVisible())

    seen = when_open(kind, type_then_close)
    open_it()
    check(seen)
    return untouched, kept, thrown, open_after


MEETING_DIALOGS = [
    (AttendanceDialog, "attendance_button", lambda d: d.set_present(0, False, "Đi công tác")),
    (AgendaDialog, "agenda_button", lambda d: d.add_item("Kết quả công tác quý IV")),
    (ConclusionDialog, "conclusion_button", lambda d: d.text.setPlainText("Giao Sở Tư pháp")),
]
TRAINING_DIALOGS = [
    (TopicsDialog, "topics_button", lambda d: d.add_topic("Luật Tiếp công dân", "ThS. Bình")),
    (RosterDialog, "roster_button", lambda d: d.add_outside("Lê Văn Tâm", "Chuyên viên", "")),
]


@pytest.mark.parametrize(("kind", "button", "change"), MEETING_DIALOGS + TRAINING_DIALOGS)
def test_a_changed_dialog_asks_before_closing_and_an_untouched_one_does_not(
    window, qtbot, kind, button, change
):
    make = new_meeting if (kind, button, change) in MEETING_DIALOGS else new_training
    page, _uid = make(window)

    def open_it() -> None:
        qtbot.mouseClick(getattr(page, button), Qt.MouseButton.LeftButton)
        settle()

    untouched, kept, thrown, open_after = _asks_only_when_changed(qtbot, kind, open_it, change)
    assert untouched == []  # nothing typed: closed at once
    assert kept[0] == "Close this form and throw away what you typed in it?"
    assert kept[1] == "Keep editing"  # the safe answer is the default
    assert thrown and open_after == [True, False]


def test_an_agenda_item_retyped_as_it_was_is_no_change(window, qtbot):
    page, uid = new_meeting(window)
    window.ctx.write(
        lambda s: meetings.set_agenda(s, uid, [{"title": "Công tác tập huấn"}]),
        "meetings",
    )
    asked: list[str] = []

    def retype(dialog: AgendaDialog) -> None:
        dialog.title.setPlainText("Công tác tập huấn năm 2027")
        dialog.title.setPlainText("Công tác tập huấn")
        asked.extend(close_answering(dialog, "Discard"))

    seen = when_open(AgendaDialog, retype)
    qtbot.mouseClick(page.agenda_button, Qt.MouseButton.LeftButton)
    settle()
    check(seen)
    assert asked == []


def test_the_account_dialogs_ask_before_throwing_away_a_typed_password(window, qtbot):
    window.navigate("settings")
    settle()
    tab = window.page("settings").accounts
    for open_dialog in (tab.add_account, tab.change_own_password):
        dialog = open_dialog()
        assert close_answering(dialog, "Discard") == []
        assert not dialog.isVisible()
        dialog = open_dialog()
        dialog.widgets["password"].setText("mật khẩu mới 2026")
        asked = close_answering(dialog, "Keep editing")
        assert asked[:2] == ["Close this form and throw away what you typed in it?", "Keep editing"]
        assert dialog.isVisible()
        assert close_answering(dialog, "Discard")
        assert not dialog.isVisible()


def test_the_question_is_in_vietnamese(vi_window, qtbot):
    page, _uid = new_meeting(vi_window)
    asked: list[str] = []

    def type_then_close(dialog: ConclusionDialog) -> None:
        dialog.text.setPlainText("Giao Sở Tư pháp")
        asked.extend(close_answering(dialog, "Bỏ thay đổi"))

    seen = when_open(ConclusionDialog, type_then_close)
    qtbot.mouseClick(page.conclusion_button, Qt.MouseButton.LeftButton)
    settle()
    check(seen)
    assert asked[:2] == ["Đóng biểu mẫu và bỏ những gì đã nhập vào đó?", "Tiếp tục nhập"]
