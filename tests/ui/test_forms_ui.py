"""Forms an officer can trust: a required answer is never guessed, typing is not thrown
away without asking, and a double click opens a record to read with Edit one step away."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from hrdesk.services.common import by_uid
from hrdesk.store.models import Petition
from hrdesk.ui.record_form import RecordForm
from hrdesk.ui.workspaces.petition_dialogs import PetitionDialog
from tests.ui.conftest import settle
from tests.ui.test_petitions_ui import on_next_dialog


def _answer_next_question(answer: str, asked: list[str]) -> None:
    """Click `answer` ("Discard" or "Keep editing") in the next question box."""

    def find() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, find)
            return
        asked.append(box.text())
        button = next(b for b in box.buttons() if b.text().replace("&", "") == answer)
        asked.append(box.defaultButton().text())
        button.click()
        settle()

    QTimer.singleShot(0, find)


def _double_click(qtbot, page, row: int) -> None:
    """As a mouse does it: the first click of a double click arrives as a click."""
    where = page.table.visualRect(page.model.index(row, 0)).center()
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    settle()
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=where)


def test_the_petition_form_guesses_no_required_answer(window):
    window.navigate("petitions")
    settle()
    page = window.page("petitions")
    shown: dict[str, object] = {}

    def look(dialog: PetitionDialog) -> None:
        for name in ("field", "kind", "channel"):
            combo = dialog.editors[name].widget
            shown[name] = (combo.currentIndex(), combo.currentText(), dialog.editors[name].get())
        dialog.done(QDialog.DialogCode.Rejected)

    seen = on_next_dialog(PetitionDialog, look)
    page.new()
    settle()
    assert seen
    assert shown == {name: (-1, "", None) for name in ("field", "kind", "channel")}


def test_a_required_choice_left_blank_is_named_not_saved(window):
    window.navigate("tasks")
    settle()
    page = window.page("tasks")
    before = page.model.rowCount()
    errors: list[str] = []

    def fill(form: RecordForm) -> None:
        form.editors["title"].widget.setPlainText("Rà soát văn bản")
        source = form.editors["source"].widget
        assert source.currentIndex() == -1  # "Nguồn" is not guessed either
        form.submit()
        settle()
        errors.append(form.editors["source"].error.text())
        form.done(QDialog.DialogCode.Rejected)

    seen = on_next_dialog(RecordForm, fill)
    page.new()
    settle()
    assert seen and errors and errors[0]
    assert page.model.rowCount() == before


def test_closing_a_form_with_typing_asks_and_keeps_it_by_default(window):
    window.navigate("tasks")
    settle()
    page = window.page("tasks")
    asked: list[str] = []
    states: list[bool] = []

    def type_then_close(form: RecordForm) -> None:
        form.editors["title"].widget.setPlainText("Rà soát văn bản")
        _answer_next_question("Keep editing", asked)
        form.reject()  # Esc, Cancel or the close button
        states.append(form.isVisible())
        _answer_next_question("Discard", asked)
        form.reject()
        states.append(form.isVisible())

    seen = on_next_dialog(RecordForm, type_then_close)
    page.new()
    settle()
    assert seen and seen[0].result() == QDialog.DialogCode.Rejected
    assert states == [True, False]  # kept after "Keep editing", gone after "Discard"
    assert "throw away" in asked[0]
    assert asked[1] == "Keep editing"  # the safe answer is the default


def test_closing_an_untouched_form_asks_nothing(window):
    window.navigate("tasks")
    settle()
    page = window.page("tasks")
    seen = on_next_dialog(RecordForm, lambda form: form.reject())
    page.new()
    settle()
    assert seen and not seen[0].isVisible()


def test_double_click_opens_a_petition_to_read_and_edit_is_one_click_away(window, qtbot):
    window.navigate("petitions")
    settle()
    page = window.page("petitions")
    page.table.selectRow(0)
    settle()
    uid = page.selected_uid()
    before = window.ctx.read(lambda s: by_uid(s, Petition, uid, "petition").summary)
    looked: dict[str, object] = {}

    def read_then_edit(dialog: PetitionDialog) -> None:
        summary = dialog.editors["summary"].widget
        save = dialog.buttons.button(dialog.buttons.StandardButton.Save)
        looked["read"] = (summary.isReadOnly(), save.isVisible())
        summary.setPlainText("changed while reading?")  # read-only: a program can, a key cannot
        dialog.submit()  # Ctrl+S while reading saves nothing
        settle()
        looked["open"] = dialog.isVisible()
        dialog.read_mode.edit_button.click()
        settle()
        looked["edit"] = (summary.isReadOnly(), save.isVisible())
        dialog.done(QDialog.DialogCode.Rejected)

    seen = on_next_dialog(PetitionDialog, read_then_edit)
    _double_click(qtbot, page, 0)
    settle()
    assert seen
    assert looked == {"read": (True, False), "open": True, "edit": (False, True)}
    after = window.ctx.read(lambda s: by_uid(s, Petition, uid, "petition").summary)
    assert after == before


def test_double_click_opens_a_task_to_read(window, qtbot):
    window.navigate("tasks")
    settle()
    page = window.page("tasks")
    page.table.selectRow(0)
    settle()
    looked: list[tuple[bool, bool]] = []

    def read(form: RecordForm) -> None:
        save = form.buttons.button(form.buttons.StandardButton.Save)
        looked.append((form.editors["title"].widget.isReadOnly(), save.isVisible()))
        assert form.read_mode is not None and form.read_mode.edit_button.isEnabled()
        form.done(QDialog.DialogCode.Rejected)

    seen = on_next_dialog(RecordForm, read)
    _double_click(qtbot, page, 0)
    settle()
    assert seen and looked == [(True, False)]


def test_history_names_the_officer_by_name(window, qtbot):
    from hrdesk.services import tasks
    from hrdesk.ui.history_dialog import HistoryDialog

    window.navigate("tasks")
    settle()
    page = window.page("tasks")
    page.table.selectRow(0)
    settle()
    uid = page.selected_uid()
    window.ctx.write(lambda s: tasks.update_task(s, uid, source_ref="Kế hoạch số 1/KH-BCĐ"))
    dialog = HistoryDialog(window.ctx, uid, page)
    qtbot.addWidget(dialog)
    settle()
    who = {dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())}
    assert "Cán bộ trình diễn" in who and "demo" not in who


def test_a_demo_record_s_history_says_when_it_was_created(window, qtbot):
    from hrdesk.ui.history_dialog import HistoryDialog

    window.navigate("petitions")
    settle()
    page = window.page("petitions")
    page.table.selectRow(0)
    settle()
    dialog = HistoryDialog(window.ctx, page.selected_uid(), page)
    qtbot.addWidget(dialog)
    settle()
    assert dialog.table.rowCount() >= 1
    first = [dialog.table.item(0, c).text() for c in range(3)]
    assert first[1:] == ["HR Desk", "created: Petition"]
    assert re.fullmatch(r"\d\d/\d\d/20\d\d \d\d:\d\d", first[0])
