"""Store work runs on the store thread, never on the GUI thread, and hands its result or
error back on the GUI thread (ui/store_thread.py)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import replace

import pytest
from PySide6.QtWidgets import QApplication, QTabWidget
from sqlalchemy import event

from hrdesk.services import listing
from hrdesk.services.common import today
from hrdesk.ui.changes import Change
from hrdesk.ui.list_workspace import ListWorkspace
from hrdesk.ui.store_thread import StoreOp
from tests.conftest import TODAY
from tests.ui.conftest import _close_window, _open_window


class Statements:
    """Every statement the store runs, with the thread it ran on."""

    def __init__(self) -> None:
        self.seen: list[tuple[str, str]] = []

    def __call__(self, _conn, _cursor, statement, *_args) -> None:
        self.seen.append((threading.current_thread().name, statement.split("\n")[0][:80]))

    def on_gui_thread(self) -> list[str]:
        main = threading.main_thread().name
        return [statement for name, statement in self.seen if name == main]


@pytest.fixture
def statements(demo_desk) -> Iterator[Statements]:
    seen = Statements()
    engine = demo_desk.store.engine
    event.listen(engine, "before_cursor_execute", seen)
    yield seen
    event.remove(engine, "before_cursor_execute", seen)


@pytest.fixture
def watched_window(qtbot, demo_desk, ui_settings, statements):
    window = _open_window(qtbot, demo_desk, ui_settings, "en")
    yield window
    _close_window(qtbot, window)


def _lists(page) -> list[ListWorkspace]:
    if isinstance(page, ListWorkspace):
        return [page]
    tabs = page.findChildren(QTabWidget)
    return [
        w for t in tabs for i in range(t.count()) if isinstance(w := t.widget(i), ListWorkspace)
    ]


def test_the_listener_sees_a_query_on_the_gui_thread(demo_desk, statements):
    # A check that never saw a statement would pass while checking nothing.
    with demo_desk.store.reader(demo_desk.actor) as s:
        listing.count(s, "tasks", listing.ListFilter())
    assert statements.on_gui_thread()


def test_no_store_query_runs_on_the_gui_thread(watched_window, qtbot, statements):
    window = watched_window
    for key, _title, _path in window.entries:
        window.navigate(key)
        for page in _lists(window.page(key)):
            for row in (0, 1):
                page.table.selectRow(row)  # the details pane reads the record
            page.filters.search.setText("nguyen")  # the list reads again
            page.apply_filter()
        QApplication.processEvents()
    qtbot.wait(50)
    assert len(statements.seen) > 50  # the window did read the store
    assert statements.on_gui_thread() == []


def test_an_operation_hands_its_result_back_on_the_gui_thread(window, qtbot):
    got: list[tuple[object, str]] = []
    StoreOp(window.ctx, today).success(
        lambda day: got.append((day, threading.current_thread().name))
    ).run()
    qtbot.waitUntil(lambda: bool(got), timeout=5000)
    assert got == [(TODAY, threading.main_thread().name)]


def test_an_operations_error_is_reported_without_a_try_of_its_own(window, qtbot):
    reported: list[BaseException] = []
    window.ctx.report_error = reported.append

    def broken(_s):
        raise ValueError("no such thing")

    StoreOp(window.ctx, broken).success(lambda _r: pytest.fail("no result")).run()
    qtbot.waitUntil(lambda: bool(reported), timeout=5000)
    assert isinstance(reported[0], ValueError)


def test_a_write_tells_the_window_what_changed_once_it_succeeded(window, qtbot):
    from hrdesk.services import tasks

    heard: list[Change] = []
    window.ctx.changes.changed.connect(heard.append)
    done: list[str] = []
    StoreOp(
        window.ctx,
        lambda s: tasks.create_task(s, title="Rà soát", source="plan", status="open").uid,
        changes="tasks",
        parent=window,
    ).success(done.append).run()
    qtbot.waitUntil(lambda: bool(done), timeout=5000)
    assert heard == [Change(frozenset({"tasks"}), window)]
    assert window.ctx.read(lambda s: listing.holds(s, "tasks", listing.ListFilter(), done[0]))


def _tasks_page(window):
    window.navigate("tasks")
    page = window.page("tasks")
    page.table.selectRow(0)
    return page, page.selected_uid()


def test_archive_runs_as_an_operation_and_the_list_follows(window, qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    page, uid = _tasks_page(window)
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    page.archive()
    qtbot.waitUntil(lambda: page.model.find(uid) is None, timeout=5000)
    assert page.selected_uid() != uid


def test_a_progress_note_runs_as_an_operation_and_shows_in_the_details(window, qtbot, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    page, uid = _tasks_page(window)
    note = "Đã gửi văn bản đôn đốc các sở"
    monkeypatch.setattr(QInputDialog, "getMultiLineText", lambda *_a, **_k: (note, True))
    page.add_note()
    qtbot.waitUntil(lambda: note in page.details.toPlainText(), timeout=5000)
    assert page.selected_uid() == uid


def test_a_refused_archive_is_reported_by_the_operation(window, qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    reported: list[BaseException] = []
    window.ctx.report_error = reported.append
    page, uid = _tasks_page(window)

    def refuse(_s, record_uid: str) -> None:
        raise PermissionError(record_uid)

    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    # The workspace's forms archive through the service they are given.
    monkeypatch.setattr(page.forms, "service", replace(page.forms.service, archive=refuse))
    page.archive()
    qtbot.waitUntil(lambda: bool(reported), timeout=5000)
    assert isinstance(reported[0], PermissionError) and page.model.find(uid) is not None
