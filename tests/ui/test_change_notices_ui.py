"""Change notices: one signal with the kinds changed and who changed them; a workspace
that goes stops listening, with no list of callbacks left behind."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent

from hrdesk.ui.changes import Change
from hrdesk.ui.workspaces.tasks import TasksWorkspace


def _listeners(ctx) -> int:
    return ctx.changes.receivers("2changed(PyObject)")


def test_a_closed_workspace_stops_listening(window, qtbot):
    ctx = window.ctx
    before = _listeners(ctx)
    page = TasksWorkspace(ctx)
    assert _listeners(ctx) == before + 1
    page.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert _listeners(ctx) == before
    ctx.notify("tasks")  # nobody left to hear it: nothing breaks


def test_a_change_names_its_kinds_and_its_initiator(window, qtbot):
    heard: list[Change] = []
    window.ctx.changes.changed.connect(heard.append)
    window.ctx.notify(["tasks", "meetings"], window)
    assert heard == [Change(frozenset({"tasks", "meetings"}), window)]
    assert heard[0].touches("tasks") and not heard[0].touches("members")
    assert Change.of("").touches("members")  # a change of everything


def test_a_list_reads_again_when_its_kind_changes(window, qtbot):
    window.navigate("tasks")
    page = window.page("tasks")
    resets: list[int] = []
    page.model.modelReset.connect(lambda: resets.append(1))
    window.ctx.notify("meetings")
    assert resets == []
    window.ctx.notify("tasks")
    assert resets == [1]
