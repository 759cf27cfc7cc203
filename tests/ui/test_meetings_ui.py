"""Meetings through the real widgets: the form, attendance, agenda, conclusions, a task
made from a conclusion, and the minutes in the preview."""

from __future__ import annotations

import importlib.util
import tempfile
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtWidgets import QApplication, QWidget

from hrdesk.services import meetings
from hrdesk.ui.record_form import RecordForm
from hrdesk.ui.workspaces.meeting_agenda import AgendaDialog
from hrdesk.ui.workspaces.meeting_attendance import NAME, AttendanceDialog
from hrdesk.ui.workspaces.meeting_conclusions import ConclusionDialog
from hrdesk.ui.workspaces.meetings import TASK_LINK, MeetingsWorkspace
from tests.ui.conftest import settle

CTRL = Qt.KeyboardModifier.ControlModifier


def when_open(kind: type[QWidget], action: Callable[[Any], None]) -> list[Any]:
    """Run `action(dialog)` on the next dialog of `kind` once it is the active window
    (dialogs are modal; keyboard shortcuts reach only the active window).

    The action should end by closing the dialog; a dialog left open, or a failure inside
    the action, closes it, so the test fails instead of hanging. Call `check(seen)`
    afterwards to raise what failed.
    """
    seen: list[Any] = []

    def find(tries: int = 0) -> None:
        dialog = next(
            (w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()),
            None,
        )
        if dialog is None or (not dialog.isActiveWindow() and tries < 500):
            if dialog is not None:
                dialog.activateWindow()
            QTimer.singleShot(20, lambda: find(tries + 1))
            return
        seen.append(dialog)
        try:
            action(dialog)
            settle()  # a Save goes to the store: the dialog closes when it has taken it
            if dialog.isVisible():
                raise AssertionError(f"{kind.__name__} was left open")
        except BaseException as exc:
            seen.append(exc)
            dialog.done(0)  # closed without asking to discard what the test typed

    QTimer.singleShot(0, find)
    return seen


def check(seen: list[Any]) -> Any:
    """The dialog that opened, after raising whatever failed inside it."""
    assert seen, "the dialog did not open"
    for item in seen:
        if isinstance(item, BaseException):
            raise item
    return seen[0]


def save(qtbot: Any, dialog: QWidget) -> None:
    qtbot.keyClick(dialog, Qt.Key.Key_S, CTRL)
    settle()


def details(page: MeetingsWorkspace) -> str:
    return page.panel.browser.toPlainText()


def show(window: Any, key: str) -> Any:
    """The workspace, shown in the active window (its keyboard shortcuts work only then)."""
    window.navigate(key)
    settle()
    window.activateWindow()
    QApplication.processEvents()
    return window.page(key)


def new_meeting(window: Any, title: str = "Họp Ban Chỉ đạo quý IV năm 2026") -> tuple[Any, str]:
    page = show(window, "meetings")
    uid = window.ctx.write(
        lambda s: (
            meetings.create_meeting(
                s, title=title, starts_at="18/11/2026 08:00", place="Phòng họp tầng 3"
            ).uid
        ),
        "meetings",
    )
    page.reload(select=uid)
    settle()
    assert page.selected_uid() == uid
    return page, uid


def test_new_meeting_through_the_form_shows_its_time_and_place(window, qtbot):
    page = show(window, "meetings")

    def fill(form: RecordForm) -> None:
        form.editors["title"].widget.setPlainText("Họp Ban Chỉ đạo tổng kết năm 2026")
        form.editors["starts_at"].widget.setText("15/12/2026 08:00")
        form.editors["ends_at"].widget.setText("15/12/2026 11:30")
        form.editors["place"].widget.setText("Hội trường Văn phòng UBND tỉnh")
        save(qtbot, form)

    seen = when_open(RecordForm, fill)
    qtbot.keyClick(page, Qt.Key.Key_N, CTRL)
    settle()
    assert check(seen).result() == RecordForm.DialogCode.Accepted
    text = details(page)
    assert "Họp Ban Chỉ đạo tổng kết năm 2026" in text
    assert "15/12/2026 08:00 – 11:30" in text
    assert "Hội trường Văn phòng UBND tỉnh" in text


def test_an_absence_needs_its_reason_and_guests_are_typed_in(window, qtbot):
    page, uid = new_meeting(window)
    found: dict[str, Any] = {}

    def record(dialog: AttendanceDialog) -> None:
        # Every active member is listed, present until the officer says otherwise.
        assert dialog.table.rowCount() > 5
        assert all(p["present"] for p in dialog.people())
        found["absent"] = dialog.table.item(2, NAME).text()
        dialog.set_present(2, False)
        save(qtbot, dialog)
        found["message"] = dialog.error.text()
        assert dialog.isVisible()
        dialog.set_present(2, False, "Đi công tác tại Hà Nội")
        dialog.add_outside("Trần Thị Hoa", "Phóng viên", "Báo tỉnh")
        save(qtbot, dialog)

    seen = when_open(AttendanceDialog, record)
    qtbot.mouseClick(page.attendance_button, Qt.MouseButton.LeftButton)
    settle()
    assert check(seen).result() == AttendanceDialog.DialogCode.Accepted
    assert found["message"] == f"{found['absent']}: Give the reason for the absence"
    text = details(page)
    assert "Absent (1):" in text
    assert f"{found['absent']}: Đi công tác tại Hà Nội" in text
    assert "Trần Thị Hoa (guest)" in text
    saved = window.ctx.read(lambda s: meetings.by_uid(s, meetings.Meeting, uid, "m").attendance)
    assert [a.full_name for a in saved if not a.present] == [found["absent"]]


def test_the_agenda_is_edited_in_order(window, qtbot):
    page, _uid = new_meeting(window)
    messages: list[str] = []

    def edit(dialog: AgendaDialog) -> None:
        dialog.add_item("Kết quả công tác quý III", "Các đại biểu thống nhất với báo cáo.")
        dialog.add_item("Kế hoạch công tác quý IV", "")
        dialog.add_item()
        save(qtbot, dialog)
        messages.append(dialog.error.text())
        dialog.remove_item()
        dialog.list.setCurrentRow(1)
        dialog.move_item(-1)
        save(qtbot, dialog)

    seen = when_open(AgendaDialog, edit)
    qtbot.mouseClick(page.agenda_button, Qt.MouseButton.LeftButton)
    settle()
    assert check(seen).result() == AgendaDialog.DialogCode.Accepted
    assert messages == ["Item 3 needs a title."]
    text = details(page)
    assert text.index("Kế hoạch công tác quý IV") < text.index("Kết quả công tác quý III")
    assert "Các đại biểu thống nhất với báo cáo." in text


def test_a_conclusion_becomes_a_task_through_the_prefilled_form(window, qtbot):
    page, uid = new_meeting(window)
    window.ctx.write(
        lambda s: meetings.set_agenda(s, uid, [{"title": "Công tác tập huấn năm 2027"}]),
        "meetings",
    )
    conclusion = "Giao Sở Tư pháp xây dựng kế hoạch tập huấn về quyền con người năm 2027"

    def conclude(dialog: ConclusionDialog) -> None:
        dialog.text.setPlainText(conclusion)  # keyClicks cannot type Vietnamese letters
        dialog.choose_item(1)
        save(qtbot, dialog)

    seen = when_open(ConclusionDialog, conclude)
    qtbot.mouseClick(page.conclusion_button, Qt.MouseButton.LeftButton)
    settle()
    check(seen)
    assert conclusion in details(page)
    assert "On agenda item 1" in details(page)
    assert page.task_button.isEnabled()
    [(conclusion_uid, _text)] = page.open_conclusions
    prefilled: dict[str, Any] = {}

    def fill(form: RecordForm) -> None:
        prefilled.update(form.values())
        form.editors["due_on"].widget.setText("31/12/2026")
        save(qtbot, form)

    seen = when_open(RecordForm, fill)
    page.panel.browser.anchorClicked.emit(QUrl(f"{TASK_LINK}:{conclusion_uid}"))
    settle()
    assert check(seen).result() == RecordForm.DialogCode.Accepted
    assert prefilled["title"] == conclusion
    assert prefilled["source"] == "meeting"
    assert prefilled["source_ref"].startswith("Kết luận cuộc họp Họp Ban Chỉ đạo quý IV")

    text = details(page)
    assert f"→ Task: {conclusion} (Not started, due 31/12/2026)" in text
    assert "Create task from conclusion" not in text
    assert not page.task_button.isEnabled()
    tasks = window.page("tasks")
    tasks.filters.search.setText("xay dung ke hoach tap huan ve quyen con nguoi nam 2027")
    qtbot.waitUntil(lambda: tasks.model.rowCount() == 1, timeout=3000)
    assert tasks.model.row(0)["title"] == conclusion
    assert tasks.model.row(0)["source"] == "meeting"


def test_minutes_are_built_in_the_background_and_previewed(window, qtbot, tmp_path, monkeypatch):
    if importlib.util.find_spec("hrdesk.documents.minutes") is None:
        pytest.skip("the minutes document is not built yet")
    # The PDF is made in a temporary folder, which must be empty again afterwards.
    scratch = tmp_path / "temp"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    page = show(window, "meetings")
    page.filters.status.setCurrentIndex(page.filters.status.findData("held"))
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=3000)
    page.table.selectRow(0)
    settle()
    assert page.minutes_button.isEnabled()
    qtbot.mouseClick(page.minutes_button, Qt.MouseButton.LeftButton)
    settle()
    qtbot.waitUntil(lambda: page.documents.preview is not None, timeout=30000)
    preview = page.documents.preview
    assert preview.isVisible()
    assert preview.page_count >= 1
    assert preview.windowTitle() == "Minutes"
    assert preview.height() <= preview.screen().availableGeometry().height()
    assert list(scratch.iterdir()) == []
    preview.reject()


def test_retitling_an_agenda_item_keeps_its_conclusions_tied_to_it(window, qtbot):
    page, uid = new_meeting(window)
    window.ctx.write(
        lambda s: meetings.set_agenda(s, uid, [{"title": "Công tác tập huấn"}]), "meetings"
    )
    window.ctx.write(
        lambda s: meetings.add_conclusion(s, uid, "Giao Sở Tư pháp xây dựng kế hoạch", 1),
        "meetings",
    )

    def retitle(dialog: AgendaDialog) -> None:
        dialog.title.setPlainText("Công tác tập huấn năm 2027")
        save(qtbot, dialog)

    seen = when_open(AgendaDialog, retitle)
    qtbot.mouseClick(page.agenda_button, Qt.MouseButton.LeftButton)
    settle()
    assert check(seen).result() == AgendaDialog.DialogCode.Accepted
    tied = window.ctx.read(
        lambda s: [
            c.agenda_item.title if c.agenda_item else None
            for c in meetings.by_uid(s, meetings.Meeting, uid, "m").conclusions
        ]
    )
    assert tied == ["Công tác tập huấn năm 2027"]
