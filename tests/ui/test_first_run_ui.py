"""The first start: the office and its administrator set up from the dialog, the office
written to the new store (through the store helpers, off the GUI thread)."""

from __future__ import annotations

from hrdesk.profile import Profile
from hrdesk.services.office import get_office
from hrdesk.ui.first_run import FirstRunDialog
from hrdesk.ui.worker import Runner


def test_the_dialog_sets_up_the_office_and_its_administrator(qtbot, tmp_path):
    reported: list[BaseException] = []
    runner = Runner(None, reported.append)
    dialog = FirstRunDialog(Profile(tmp_path / "profile"), runner)
    qtbot.addWidget(dialog)
    dialog.province.setCurrentText("Gia Lai")
    for edit in (dialog.password, dialog.again):
        edit.setText("mật khẩu đủ dài")
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.desk is not None or bool(reported), timeout=60000)
    assert reported == []
    desk = dialog.desk
    try:
        with desk.store.reader(desk.actor) as s:
            office = get_office(s)
            assert office is not None and office.province == "Gia Lai"
            assert office.name == dialog.office.text()
    finally:
        desk.close(backup=False)
