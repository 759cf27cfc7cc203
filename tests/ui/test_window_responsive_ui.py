"""The window never waits on the store: with the store thread held by slow work, the
window still handles events, opens and paints workspaces, and fills them in once the
store answers."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import settle

# Far longer than any step of the test may take: a step that waits on the store waits
# this long (or would forever, without the safety release), and fails the time check.
HELD_SECONDS = 20.0
STEP_SECONDS = 2.0


@pytest.fixture
def held_store(window):
    """The store thread busy with one slow piece of work until the test lets it go."""
    gate = threading.Event()
    started = threading.Event()

    def slow(_session) -> None:
        started.set()
        gate.wait(HELD_SECONDS)

    safety = threading.Timer(HELD_SECONDS, gate.set)  # never hang the test run
    safety.start()
    window.ctx.store.submit(slow)
    assert started.wait(10)
    yield gate
    gate.set()
    safety.cancel()


def _timed(step) -> float:
    began = time.monotonic()
    step()
    return time.monotonic() - began


def test_the_window_opens_and_paints_workspaces_while_the_store_is_busy(window, qtbot, held_store):
    ticks: list[float] = []
    timer = QTimer(window)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start(20)
    for key in ("reports", "settings"):

        def show(key: str = key) -> None:
            window.navigate(key)
            page = window.page(key)
            QApplication.processEvents()
            assert not page.grab().isNull()  # painted, with what it has so far

        assert _timed(show) < STEP_SECONDS, f"{key} waited on the store"
    # Events keep flowing while the store is still held: the timer keeps ticking.
    before = len(ticks)
    qtbot.wait(300)
    assert len(ticks) - before >= 5
    reports, settings = window.page("reports"), window.page("settings")
    assert reports.report.title.text() == ""  # not read yet: the store is busy
    assert settings.rules.in_force.text() == "Loading…"
    assert not settings.general.lock_minutes.isEnabled()

    held_store.set()
    settle(window.ctx)
    assert "Quarter III/2026" in reports.report.title.text()
    assert settings.rules.in_force.text().startswith("From ")
    assert settings.general.lock_minutes.isEnabled()
    assert settings.general.lock_minutes.value() == 10
    timer.stop()


def test_a_save_waits_for_the_store_without_freezing_the_window(window, qtbot, held_store):
    window.navigate("settings")
    general = window.page("settings").general
    held_store.set()  # let the tab read its value first
    settle(window.ctx)
    gate = threading.Event()
    window.ctx.store.submit(lambda _s: gate.wait(HELD_SECONDS))
    try:
        general.lock_minutes.setValue(3)
        assert _timed(general.lock_apply.click) < STEP_SECONDS
        qtbot.wait(100)
        assert window.idle.minutes == 10  # not yet written: the store is busy
    finally:
        gate.set()
    settle(window.ctx)
    assert window.idle.minutes == 3
    assert general.lock_message.text() == "The window now locks after 3 minute(s) without use."


def test_a_form_stays_open_while_its_save_is_on_its_way_and_shows_a_refusal(
    window, qtbot, held_store
):
    from sqlalchemy import select

    from hrdesk.domain.errors import ValidationError
    from hrdesk.services import tasks
    from hrdesk.store.models import Task
    from hrdesk.ui.record_form import RecordForm
    from hrdesk.ui.store_thread import StoreOp

    def refuse(_s):
        raise ValidationError("title", "field.required", label="Title")

    answers = iter([refuse, lambda s: tasks.create_task(s, title="Rà soát", source="plan").uid])
    form = RecordForm(
        "Task",
        [tasks.FIELDS["title"]],
        lambda _values: StoreOp(window.ctx, next(answers), changes="tasks"),
        parent=window,
    )
    qtbot.addWidget(form)
    form.show()
    form.submit()
    form.reject()  # Esc while the store is busy: the save is on its way, the form stays
    assert form.isVisible() and form.saving
    held_store.set()
    settle(window.ctx)
    assert form.isVisible() and not form.saving
    assert form.editors["title"].error.isVisible()
    form.submit()
    settle(window.ctx)
    assert not form.isVisible()
    assert form.result() == RecordForm.DialogCode.Accepted
    assert (
        window.ctx.read(
            lambda s: s.scalars(select(Task.title).where(Task.uid == form.result_value)).one()
        )
        == "Rà soát"
    )


def test_choosing_a_record_and_opening_its_form_do_not_wait_on_the_store(window, qtbot, held_store):
    from hrdesk.ui.record_form import RecordForm
    from tests.ui.test_petitions_ui import on_next_dialog

    held_store.set()  # the list reads its first rows before the store is held again
    window.navigate("tasks")
    settle(window.ctx)
    page = window.page("tasks")
    titles = [page.model.row(n)["title"] for n in range(3)]
    page.table.selectRow(0)
    settle(window.ctx)
    assert titles[0] in page.details.toPlainText()

    gate = threading.Event()
    window.ctx.store.submit(lambda _s: gate.wait(HELD_SECONDS))
    try:
        # A record chosen, then another: neither waits; the pane still shows the first.
        assert _timed(lambda: page.table.selectRow(1)) < STEP_SECONDS
        assert _timed(lambda: page.table.selectRow(2)) < STEP_SECONDS
        assert _timed(page.edit) < STEP_SECONDS  # its form opens once its values are read
        qtbot.wait(100)
        assert titles[0] in page.details.toPlainText()
        assert not any(isinstance(w, RecordForm) for w in QApplication.topLevelWidgets())
        opened: dict[str, object] = {}

        def look(form: RecordForm) -> None:
            opened["title"] = form.values()["title"]
            form.reject()

        seen = on_next_dialog(RecordForm, look)
    finally:
        gate.set()
    settle(window.ctx)
    # Only the record chosen last is shown, and the form is that record's.
    assert titles[2] in page.details.toPlainText()
    assert titles[1] not in page.details.toPlainText()
    assert seen and opened["title"] == titles[2]
