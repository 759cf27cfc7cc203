"""Training through the real widgets: the form, topics, the roster of members and outside
officials with its counts, and the sign-in sheet in the preview."""

from __future__ import annotations

import importlib.util
from typing import Any

import pytest
from PySide6.QtCore import Qt

from hrdesk.domain.text import fold
from hrdesk.services import trainings
from hrdesk.ui.record_form import RecordForm
from hrdesk.ui.workspaces.training_roster import NAME, RosterDialog
from hrdesk.ui.workspaces.training_topics import TopicsDialog
from tests.conftest import TODAY
from tests.ui.conftest import settle
from tests.ui.test_meetings_ui import CTRL, check, save, show, when_open

COUNTS = "On the roster: 2 (members: 1, outside officials: 1); present: 1, absent: 1"


def new_training(window: Any) -> tuple[Any, str]:
    page = show(window, "trainings")
    uid = window.ctx.write(
        lambda s: (
            trainings.create_training(
                s, title="Tập huấn kỹ năng tiếp công dân", starts_on=TODAY, place="Hội trường A"
            ).uid
        ),
        "trainings",
    )
    page.reload(select=uid)
    settle()
    assert page.selected_uid() == uid
    return page, uid


def details(page: Any) -> str:
    return page.panel.browser.toPlainText()


def test_a_training_that_ends_before_it_starts_is_refused_beside_the_field(window, qtbot):
    page = show(window, "trainings")
    messages: list[str] = []

    def fill(form: RecordForm) -> None:
        form.editors["title"].widget.setPlainText("Tập huấn Luật Tiếp công dân")
        form.editors["starts_on"].widget.setText("10/12/2026")
        form.editors["ends_on"].widget.setText("09/12/2026")
        save(qtbot, form)
        messages.append(form.editors["ends_on"].error.text())
        form.editors["ends_on"].widget.setText("11/12/2026")
        save(qtbot, form)

    seen = when_open(RecordForm, fill)
    qtbot.keyClick(page, Qt.Key.Key_N, CTRL)
    settle()
    assert check(seen).result() == RecordForm.DialogCode.Accepted
    assert messages == ["The end is before the start"]
    assert "10/12/2026 – 11/12/2026" in details(page)


def test_topics_are_kept_in_order_with_their_presenters(window, qtbot):
    page, _uid = new_training(window)

    def edit(dialog: TopicsDialog) -> None:
        dialog.add_topic("Luật Tiếp công dân năm 2013", "ThS. Nguyễn Văn Bình")
        dialog.add_topic("Kỹ năng đối thoại với công dân", "TS. Lê Thị Hạnh")
        dialog.move_topic(-1)
        save(qtbot, dialog)

    seen = when_open(TopicsDialog, edit)
    qtbot.mouseClick(page.topics_button, Qt.MouseButton.LeftButton)
    settle()
    assert check(seen).result() == TopicsDialog.DialogCode.Accepted
    text = details(page)
    assert "Kỹ năng đối thoại với công dân — TS. Lê Thị Hạnh" in text
    assert text.index("Kỹ năng đối thoại") < text.index("Luật Tiếp công dân năm 2013")


def test_roster_of_a_member_and_an_outside_official_shows_the_counts(window, qtbot):
    page, uid = new_training(window)
    found: dict[str, Any] = {}

    def pick(dialog: RosterDialog) -> None:
        member = dialog.members[0]
        found["member"] = member
        # The list is searched without accents, as the officer types.
        dialog.search.setText(fold(member["full_name"]))
        shown = [
            dialog.member_list.item(n)
            for n in range(dialog.member_list.count())
            if not dialog.member_list.item(n).isHidden()
        ]
        assert 1 <= len(shown) < dialog.member_list.count()
        shown[0].setCheckState(Qt.CheckState.Checked)
        assert dialog.table.item(0, NAME).text() == shown[0].text().split(" — ")[0]
        row = dialog.add_outside("Lê Văn Tâm", "Phó Chủ tịch UBND xã", "UBND xã Ia Grai")
        dialog.set_present(row, False)
        found["counts"] = dialog.count.text()
        save(qtbot, dialog)

    seen = when_open(RosterDialog, pick)
    qtbot.mouseClick(page.roster_button, Qt.MouseButton.LeftButton)
    settle()
    assert check(seen).result() == RosterDialog.DialogCode.Accepted
    assert found["counts"] == COUNTS
    text = details(page)
    assert COUNTS in text
    assert "Lê Văn Tâm (outside)" in text
    row = page.model.row(page.table.selectionModel().selectedRows()[0].row())
    assert row["participants"] == 1
    history = window.ctx.read(lambda s: trainings.member_history(s, found["member"]["uid"]))
    assert [(h.event_uid, h.present) for h in history][:1] == [(uid, True)]


def test_a_nameless_outside_official_is_pointed_out(window, qtbot):
    page, _uid = new_training(window)
    messages: list[str] = []

    def pick(dialog: RosterDialog) -> None:
        dialog.add_outside("", "Chuyên viên", "Sở Nội vụ")
        save(qtbot, dialog)
        messages.append(dialog.error.text())
        dialog.done(RosterDialog.DialogCode.Rejected)  # without asking to discard the row

    seen = when_open(RosterDialog, pick)
    qtbot.mouseClick(page.roster_button, Qt.MouseButton.LeftButton)
    settle()
    check(seen)
    assert messages == ["Row 1 needs a name."]


def test_sign_in_sheet_opens_in_the_preview(window, qtbot):
    if importlib.util.find_spec("hrdesk.documents.training_sheets") is None:
        pytest.skip("the training sheets are not built yet")
    page, uid = new_training(window)
    window.ctx.write(
        lambda s: trainings.set_roster(s, uid, [{"full_name": "Lê Văn Tâm", "present": True}]),
        "trainings",
    )
    qtbot.mouseClick(page.signin_button, Qt.MouseButton.LeftButton)
    settle()
    qtbot.waitUntil(lambda: page.documents.preview is not None, timeout=30000)
    preview = page.documents.preview
    assert preview.page_count >= 1
    assert preview.windowTitle() == "Sign-in sheet"
    preview.reject()
