"""Settings through the real widgets: language, idle lock, officer accounts, holidays,
the office, backups and the signing key; and a viewer who may only read."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox

from hrdesk.domain.settings import LOCK_AFTER_MINUTES
from hrdesk.domain.vocab import OfficerRole
from hrdesk.services import accounts
from hrdesk.services.office import get_office
from hrdesk.services.settings import read_setting
from hrdesk.signin import sign_in
from hrdesk.store.backup_files import verify_backup
from hrdesk.store.models import Setting
from hrdesk.ui.main_window import MainWindow
from tests.ui.conftest import settle

PASSWORD = "mật khẩu 2026"


def _settings(window):
    window.navigate("settings")
    settle()
    return window.page("settings")


def _accepted(dialog: QDialog) -> bool:
    return dialog.result() == QDialog.DialogCode.Accepted


def test_language_is_saved_and_the_next_window_speaks_it(window, ui_settings, demo_desk, qtbot):
    from hrdesk.resources_path import resource_path
    from hrdesk.ui.i18n import install_translators

    ui_settings.setValue("language", "en")  # the fixture's window speaks English
    general = _settings(window).general
    combo = general.language
    assert combo.currentData() == "en"
    combo.setCurrentIndex(combo.findData("vi"))
    assert ui_settings.value("language") == "vi"
    assert "next started" in general.language_note.text()
    app = QApplication.instance()
    lang = str(ui_settings.value("language"))
    translators = install_translators(app, lang)
    try:
        restarted = MainWindow(demo_desk, ui_settings, lang)
        qtbot.addWidget(restarted)
        titles = [restarted.nav.item(i).text() for i in range(restarted.nav.count())]
        if resource_path("translations", "hrdesk_vi.qm").exists():
            assert titles[0] == "Tổng quan"
            assert "Cài đặt" in titles
        else:
            assert titles[0] == "Dashboard"  # no Vietnamese .qm built yet
            assert translators == []
    finally:
        for translator in translators:
            app.removeTranslator(translator)
        assert install_translators(app, "en") == []


def test_an_administrator_adds_an_officer_who_can_then_sign_in(window, demo_desk, qtbot):
    tab = _settings(window).accounts
    dialog = tab.add_account()
    dialog.widgets["username"].setText("lan.nt")
    dialog.widgets["full_name"].setText("Nguyễn Thị Lan")
    role = dialog.widgets["role"]
    role.setCurrentIndex(role.findData("officer"))
    dialog.widgets["password"].setText(PASSWORD)
    dialog.widgets["again"].setText(PASSWORD)
    dialog.submit()
    settle()
    qtbot.waitUntil(lambda: _accepted(dialog), timeout=10000)
    settle()
    names = [tab.model.index(r, 0).data() for r in range(tab.model.rowCount())]
    assert "lan.nt" in names
    lan = sign_in(demo_desk.profile, "lan.nt", PASSWORD)
    try:
        assert lan.actor.role == OfficerRole.OFFICER
        assert lan.actor.full_name == "Nguyễn Thị Lan"
    finally:
        lan.close(backup=False)


def test_a_bad_account_name_is_shown_beside_its_field(window, qtbot):
    dialog = _settings(window).accounts.add_account()
    dialog.widgets["username"].setText("Lan Anh")
    dialog.widgets["full_name"].setText("Trần Lan Anh")
    dialog.widgets["password"].setText(PASSWORD)
    dialog.widgets["again"].setText(PASSWORD + "x")
    dialog.submit()
    settle()
    assert dialog.errors["again"].text() == "The two passwords differ"
    dialog.widgets["again"].setText(PASSWORD)
    dialog.submit()
    settle()
    qtbot.waitUntil(lambda: dialog.errors["username"].isVisible(), timeout=10000)
    assert "lower-case letters" in dialog.errors["username"].text()
    assert not _accepted(dialog)
    dialog.done(QDialog.DialogCode.Rejected)  # without asking to discard the typing


def test_changing_my_password_needs_the_current_one(window, demo_desk, qtbot):
    tab = _settings(window).accounts
    dialog = tab.change_own_password()
    dialog.widgets["old"].setText("wrong one")
    dialog.widgets["password"].setText(PASSWORD)
    dialog.widgets["again"].setText(PASSWORD)
    dialog.submit()
    settle()
    qtbot.waitUntil(lambda: dialog.errors["old"].isVisible(), timeout=10000)
    assert dialog.errors["old"].text() == "The officer name or the password is not right"
    dialog.widgets["old"].setText("demo")
    dialog.submit()
    settle()
    qtbot.waitUntil(lambda: _accepted(dialog), timeout=10000)
    settle()
    sign_in(demo_desk.profile, "demo", PASSWORD).close(backup=False)


def test_a_disabled_account_can_no_longer_sign_in(window, demo_desk, qtbot, monkeypatch):
    with demo_desk.store.transaction(demo_desk.actor) as s:
        accounts.add_officer(
            s,
            demo_desk.keyfile,
            demo_desk.store.key,
            username="hung.pv",
            full_name="Phạm Văn Hùng",
            role="viewer",
            password=PASSWORD,
        )
    tab = _settings(window).accounts
    tab.reload()
    settle()
    row = next(r for r in range(tab.model.rowCount()) if tab.model.index(r, 0).data() == "hung.pv")
    tab.table.selectRow(row)
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Yes)
    tab.disable()
    settle()
    assert tab.model.index(row, 3).data() == "disabled"
    with pytest.raises(Exception, match="not right"):
        sign_in(demo_desk.profile, "hung.pv", PASSWORD)


def test_lock_minutes_change_the_windows_idle_timer(window):
    general = _settings(window).general
    general.lock_minutes.setValue(3)
    general.lock_apply.click()
    settle()
    assert window.idle.minutes == 3
    assert window.idle.timer.interval() == 3 * 60_000
    assert window.ctx.read(lambda s: read_setting(s, LOCK_AFTER_MINUTES)) == 3


def test_the_backup_button_writes_a_verified_backup_to_the_chosen_folder(
    window, demo_desk, qtbot, tmp_path, monkeypatch
):
    stick = tmp_path / "USB"
    stick.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_args: str(stick))
    tab = _settings(window).backup
    tab.backup_button.click()
    settle()
    qtbot.waitUntil(lambda: tab.last_backup is not None, timeout=30000)
    written = list(stick.iterdir())
    assert written == [tab.last_backup]
    assert written[0].suffix == ".hrbackup"
    info = verify_backup(written[0], demo_desk.store.key)
    assert info.counts["petitions"] > 0
    assert str(written[0]) in tab.result.text()
    assert "verified" in tab.result.text()


def test_an_administrator_adds_a_make_up_working_day(window):
    tab = _settings(window).holidays
    tab.day.setDate(QDate(2026, 12, 26))
    tab.kind.setCurrentIndex(tab.kind.findData(True))
    tab.name.setText("Làm bù cho ngày 02/01/2027")
    tab.add_button.click()
    settle()
    assert tab.model.rowCount() == 1
    assert tab.model.index(0, 0).data() == "Sat 26/12/2026"
    assert tab.model.index(0, 1).data() == "make-up working day"
    tab.name.setText("Lần nữa")
    tab.add_button.click()
    settle()
    assert "already in the office's calendar" in tab.message.text()
    assert tab.model.rowCount() == 1


def test_the_office_is_saved_and_a_missing_name_shown_beside_it(window):
    tab = _settings(window).office
    tab.editors["address"].widget.setText("Số 02 Trần Phú, Pleiku")
    tab.save_button.click()
    settle()
    assert tab.message.text() == "Saved."
    assert window.ctx.read(get_office).address == "Số 02 Trần Phú, Pleiku"
    tab.editors["name"].widget.setText("")
    tab.save_button.click()
    settle()
    assert tab.editors["name"].error.text() == "Office name is required"
    assert window.ctx.read(get_office).name.startswith("Ban Chỉ đạo")


def test_the_signing_key_is_shown_when_the_office_has_one(window, demo_desk):
    keys = pytest.importorskip("hrdesk.bundles.keys")
    with demo_desk.store.transaction(demo_desk.actor) as s:
        key = keys.ensure_signer(s).key
    page = _settings(window)
    from hrdesk.ui.workspaces.settings_backup import BackupTab

    tab = BackupTab(page.ctx)  # made after the key: the open tab showed "no key yet"
    assert tab.findChild(object, "key_id").text() == key.key_id
    assert tab.findChild(object, "key_fingerprint").text() == key.fingerprint


def test_a_viewer_reads_the_settings_and_the_services_refuse_changes(demo_desk, ui_settings, qtbot):
    with demo_desk.store.transaction(demo_desk.actor) as s:
        accounts.add_officer(
            s,
            demo_desk.keyfile,
            demo_desk.store.key,
            username="xem",
            full_name="Người xem",
            role="viewer",
            password=PASSWORD,
        )
    viewer = sign_in(demo_desk.profile, "xem", PASSWORD, options=demo_desk.store.options)
    window = MainWindow(viewer, ui_settings, "en")
    qtbot.addWidget(window)
    page = _settings(window)
    assert page.findChild(object, "read_only_banner") is not None
    assert not page.office.save_button.isEnabled()
    assert not page.general.lock_apply.isEnabled()
    assert page.general.language.isEnabled()  # this computer's language is theirs
    assert not page.accounts.add_button.isVisibleTo(page.accounts)
    assert page.accounts.own_button.isEnabled()
    assert not page.holidays.add_button.isEnabled()
    shipped = page.holidays.shipped
    shipped.select_day(date(2027, 2, 11))  # an expected day: an administrator may change it
    assert shipped.selected() is not None
    assert not shipped.remove_button.isEnabled() and not shipped.replace_button.isEnabled()
    assert not shipped.confirm_button.isEnabled()
    before = window.ctx.read(get_office).address
    page.office.editors["address"].widget.setText("Địa chỉ khác")
    page.office.save()  # the button is off; the service refuses anyway
    settle()
    assert "may not change the office's settings" in page.office.message.text()
    assert window.ctx.read(get_office).address == before
    page.holidays.add()
    settle()
    assert "may not change the office's settings" in page.holidays.message.text()
    assert window.ctx.read(lambda s: s.get(Setting, LOCK_AFTER_MINUTES.key) is None)
    window.close()
