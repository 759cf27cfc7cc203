"""Windows shutting down with the window open sends no closeEvent: Qt emits aboutToQuit
and the process ends. The daily backup is made there, or caught up at the next sign-in."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hrdesk.store.backup_files import auto_backup, auto_backups
from hrdesk.store.in_use import FOLDER


def _window(qtbot, desk, settings):
    from hrdesk.ui.main_window import MainWindow

    window = MainWindow(desk, settings, "en")
    qtbot.addWidget(window)
    window.show()
    return window


def test_the_session_ending_with_the_window_open_makes_the_backup_and_closes_the_store(
    qtbot, demo_desk, ui_settings
):
    from PySide6.QtWidgets import QApplication

    window = _window(qtbot, demo_desk, ui_settings)
    assert auto_backups(demo_desk.profile.backups_dir) == []
    QApplication.instance().aboutToQuit.emit()  # what Qt does on WM_ENDSESSION
    assert len(auto_backups(demo_desk.profile.backups_dir)) == 1
    assert list((demo_desk.profile.root / FOLDER).glob("*.lock")) == []  # store closed
    window._backed_up = True
    window.close()  # closing afterwards neither backs up again nor fails


def test_a_backup_over_a_day_old_is_caught_up_at_sign_in(qtbot, demo_desk, ui_settings):
    old = datetime.now(UTC) - timedelta(days=2)
    auto_backup(demo_desk.store, old)
    _change(demo_desk)  # an unchanged store is not backed up again
    window = _window(qtbot, demo_desk, ui_settings)
    folder = demo_desk.profile.backups_dir
    qtbot.waitUntil(lambda: len(auto_backups(folder)) == 2, timeout=30000)
    qtbot.waitUntil(lambda: window._backed_up, timeout=30000)
    window.close()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=20000)
    assert len(auto_backups(folder)) == 2  # closing made no second one today


def test_a_recent_backup_is_not_repeated_at_sign_in(qtbot, demo_desk, ui_settings):
    auto_backup(demo_desk.store, datetime.now(UTC) - timedelta(hours=3))
    window = _window(qtbot, demo_desk, ui_settings)
    assert not window._backing_up
    window.close()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=20000)
    assert len(auto_backups(demo_desk.profile.backups_dir)) == 1


def test_a_backup_over_a_day_old_of_an_unchanged_store_is_not_repeated(
    qtbot, demo_desk, ui_settings
):
    auto_backup(demo_desk.store, datetime.now(UTC) - timedelta(days=2))
    window = _window(qtbot, demo_desk, ui_settings)
    qtbot.waitUntil(lambda: window._backed_up, timeout=30000)
    window.close()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=20000)
    assert len(auto_backups(demo_desk.profile.backups_dir)) == 1


def _change(desk) -> None:
    from tests.factories import petition

    with desk.store.transaction(desk.actor) as s:
        petition(s, summary="Đơn mới", petitioners=[{"full_name": "Người mới"}])


def test_the_copies_the_disk_budget_dropped_are_said_in_the_status_bar(
    qtbot, demo_desk, ui_settings
):
    from hrdesk.domain.settings import BACKUP_BUDGET_MB
    from hrdesk.services.settings import write_setting

    for days in (4, 3):
        _change(demo_desk)
        auto_backup(demo_desk.store, datetime.now(UTC) - timedelta(days=days))
    _change(demo_desk)
    with demo_desk.store.transaction(demo_desk.actor) as s:
        write_setting(s, BACKUP_BUDGET_MB, 1)  # smaller than two copies of the demo store
    window = _window(qtbot, demo_desk, ui_settings)
    qtbot.waitUntil(lambda: window._backed_up, timeout=30000)
    said = window.statusBar().currentMessage()
    assert "older copies were removed" in said and "1 MB" in said
    assert len(auto_backups(demo_desk.profile.backups_dir)) == 1
    window.close()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=20000)
