"""A list workspace is made of panels that each work alone: the action bar follows the
choice it is given, the record table says what is chosen through every reset, the
details pane shows the record it is given, the filter bar keeps overdue and due soon
apart; and any set of them assembles into a workspace with no subclass at all."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QPushButton, QWidget

from hrdesk.services import agencies
from hrdesk.services.listing import ListFilter, spec_for
from hrdesk.ui.filters import FilterBar
from hrdesk.ui.list_workspace import DETAILS_MIN_WIDTH, ListWorkspace
from hrdesk.ui.panels.action_bar import ActionBar
from hrdesk.ui.panels.details_pane import DetailsPane
from hrdesk.ui.panels.record_forms import RecordForms, RecordService, offer_agencies
from hrdesk.ui.panels.record_table import RecordTable
from hrdesk.ui.table_model import RecordTableModel
from tests.ui.conftest import settle

W = TypeVar("W", bound=QWidget)


@contextmanager
def deleted_after(widget: W) -> Iterator[W]:
    """Delete a list's widgets while the test still holds its model: a model whose
    Python side went first would be asked for its headers by a table not yet gone."""
    try:
        yield widget
    finally:
        widget.close()
        widget.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_the_action_bar_follows_the_choice_it_is_given(qtbot):
    may_edit = [True]
    note = QPushButton("Note…")
    bar = ActionBar(lambda: may_edit[0], [note])
    qtbot.addWidget(bar)
    acting = (bar.edit_button, bar.archive_button, note, bar.history_button)
    assert bar.new_button.isEnabled()
    assert not any(b.isEnabled() for b in acting)  # nothing chosen yet
    bar.follow("uid-1")
    assert all(b.isEnabled() for b in acting)
    may_edit[0] = False  # an officer who may only read
    bar.follow("uid-2")
    assert bar.history_button.isEnabled()
    assert not any(b.isEnabled() for b in (bar.edit_button, bar.archive_button, note))
    bar.follow(None)
    assert not bar.history_button.isEnabled()
    order = [bar.new_button, bar.edit_button, bar.archive_button, note, bar.history_button]
    assert bar.buttons() == order
    heard: list[str] = []
    bar.edit_clicked.connect(lambda: heard.append("edit"))
    bar.history_clicked.connect(lambda: heard.append("history"))
    may_edit[0] = True
    bar.follow("uid-3")
    bar.edit_button.click()
    bar.history_button.click()
    assert heard == ["edit", "history"]
    bar.show_count(3)
    assert "3" in bar.count_label.text()


def test_a_reader_cannot_make_a_new_record_from_the_bar(qtbot):
    bar = ActionBar(lambda: False)
    qtbot.addWidget(bar)
    assert not bar.new_button.isEnabled()


def test_the_record_table_says_what_is_chosen_through_a_reset(window, qtbot):
    ctx = window.ctx
    model = RecordTableModel(ctx, "agencies")
    with deleted_after(RecordTable(model)) as table:
        _chosen_through_resets(table)


def _chosen_through_resets(table: RecordTable) -> None:
    chosen: list[str | None] = []
    counted: list[int] = []
    table.chosen.connect(chosen.append)
    table.counted.connect(counted.append)
    table.announce()
    assert chosen == [None] and counted == [table.records.rowCount()]
    uid = table.records.uid_at(1)
    assert uid is not None and table.select_uid(uid)
    assert chosen[-1] == uid
    table.reload()  # read again: the same record is chosen again
    assert chosen[-1] == uid and table.selected_uid() == uid
    other = table.records.uid_at(0)
    assert other is not None
    table.reload(select=other)  # a record just saved is chosen
    assert chosen[-1] == other
    table.records.set_filter(ListFilter(search="no agency is called this"))
    assert chosen[-1] is None and counted[-1] == 0  # gone from the list: nothing chosen
    assert table.objectName() == "table_agencies"
    table.records.set_filter(ListFilter())
    # A confirmation names the record by its first column.
    assert table.record_name(other) == table.records.row(0)["name"]


def test_the_record_table_reads_again_when_its_kinds_change(window, qtbot):
    ctx = window.ctx
    model = RecordTableModel(ctx, "members")
    with deleted_after(RecordTable(model)) as table:
        table.follow_changes(ctx.changes, ("members", "agencies"))
        resets: list[int] = []
        model.modelReset.connect(lambda: resets.append(1))
        ctx.notify("tasks")
        ctx.notify("agencies")
        assert resets == [1]


def test_the_details_pane_shows_the_record_it_is_given(window, qtbot):
    ctx = window.ctx
    model = RecordTableModel(ctx, "agencies")
    first, second = model.row(0), model.row(1)
    pane = DetailsPane(ctx, "agencies", lambda view: f"<h3>Record {view.name}</h3>")
    qtbot.addWidget(pane)
    pane.show_record(first["uid"])
    settle(ctx)
    assert pane.toPlainText() == f"Record {first['name']}"
    # Read on the store thread: a record chosen and then another shows only the last.
    pane.show_record(first["uid"])
    pane.show_record(second["uid"])
    settle(ctx)
    assert pane.toPlainText() == f"Record {second['name']}"
    pane.show_record(first["uid"])
    pane.show_record(None)
    settle(ctx)
    assert "Select a row" in pane.toPlainText()


def test_overdue_and_due_soon_exclude_each_other_in_the_filter_bar(qtbot):
    bar = FilterBar(spec_for("petitions"), "en", due_soon_hint="Within 5 days")
    qtbot.addWidget(bar)
    heard: list[int] = []
    bar.changed.connect(lambda: heard.append(1))
    assert bar.overdue is not None and bar.due_soon is not None
    assert bar.due_soon.toolTip() == "Within 5 days"
    bar.due_soon.setChecked(True)
    assert bar.value().due_soon and not bar.value().overdue
    bar.overdue.setChecked(True)
    assert bar.value().overdue and not bar.value().due_soon
    assert heard == [1, 1]  # one reading of the list for each click
    bar.search.setText("ia")
    bar.reset(due_soon=True)  # a dashboard card's list: everything else cleared
    value = bar.value()
    assert value.due_soon and not value.overdue and value.search is None
    assert heard == [1, 1, 1]
    tasks_bar = FilterBar(spec_for("tasks"), "en")
    qtbot.addWidget(tasks_bar)
    assert tasks_bar.due_soon is None  # a list without the rule has no such filter


def test_the_agency_filter_is_filled_when_read_and_keeps_its_choice(qtbot):
    bar = FilterBar(spec_for("tasks"), "en")
    qtbot.addWidget(bar)
    assert bar.agency is not None and bar.agency.count() == 1  # "All agencies", until read
    heard: list[int] = []
    bar.changed.connect(lambda: heard.append(1))
    bar.set_agencies([("a1", "Sở Tư pháp"), ("a2", "Công an tỉnh")])
    assert [bar.agency.itemText(i) for i in range(3)] == [
        "All agencies",
        "Sở Tư pháp",
        "Công an tỉnh",
    ]
    assert heard == []  # offered, not chosen: the list need not read again
    bar.agency.setCurrentIndex(2)
    assert bar.value().agency == "a2" and heard == [1]
    bar.set_agencies([("a2", "Công an tỉnh"), ("a3", "Sở Y tế")])  # read again
    assert bar.agency.currentData() == "a2" and heard == [1]
    bar.set_agencies([("a3", "Sở Y tế")])  # the chosen one is gone: all agencies again
    assert bar.agency.currentData() is None and heard == [1, 1]


def test_a_workspace_is_assembled_from_panels_without_a_subclass(window, qtbot):
    ctx = window.ctx
    page = ListWorkspace(ctx, "agencies")
    model = RecordTableModel(ctx, "agencies", [], page)
    with deleted_after(page):
        _assemble_and_use(page, model)


def _assemble_and_use(page: ListWorkspace, model: RecordTableModel) -> None:
    ctx = page.ctx
    shown: list[str | None] = []

    def render(view: Any) -> str:
        return f"<p>{view.name}</p>"

    details = DetailsPane(ctx, "agencies", render)
    service = RecordService(
        agencies.FIELDS, agencies.create_agency, agencies.update_agency, agencies.archive_agency
    )
    page.assemble(
        filters=offer_agencies(ctx, FilterBar(model.spec, ctx.lang)),
        table=RecordTable(model),
        action_bar=ActionBar(lambda: True),
        details=details,
        show_details=lambda uid: (shown.append(uid), details.show_record(uid)),
        forms=RecordForms(ctx, "agencies", service, ("New", "Edit"), page),
    )
    page.show()
    assert page.objectName() == "workspace_agencies"
    assert page.findChild(RecordTable, "table_agencies") is page.table
    assert details.minimumWidth() == DETAILS_MIN_WIDTH
    assert shown == [None] and not page.edit_button.isEnabled()
    assert page.action_bar.count_label.text().startswith(str(model.rowCount()))
    page.table.selectRow(0)
    uid = page.selected_uid()
    name = model.row(0)["name"]
    settle(ctx)
    assert shown[-1] == uid and name in details.toPlainText()
    assert page.edit_button.isEnabled() and page.history_button.isEnabled()
    ctx.write(lambda s: agencies.update_agency(s, uid, notes="Đã đổi"), "agencies")
    assert page.selected_uid() == uid  # the change notice read the list; still chosen
    page.filters.search.setText("no agency is called this")
    page.apply_filter()
    assert page.selected_uid() is None and shown[-1] is None
    assert not page.edit_button.isEnabled()
    assert "Select a row" in details.toPlainText()


def test_the_record_table_asks_to_edit_on_enter_and_to_read_on_a_double_click(window, qtbot):
    model = RecordTableModel(window.ctx, "agencies")
    with deleted_after(RecordTable(model)) as table:
        table.show()
        asked: list[str] = []
        table.edit_requested.connect(lambda: asked.append("edit"))
        table.open_requested.connect(lambda: asked.append("read"))
        table.selectRow(0)
        qtbot.keyClick(table, Qt.Key.Key_Return)
        where = table.visualRect(model.index(0, 0)).center()
        # As a mouse does it: the first click of a double click arrives as a click.
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=where)
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=where)
        qtbot.keyClick(table, Qt.Key.Key_Down)  # other keys still move the choice
        assert asked == ["edit", "read"]
        assert table.selected_uid() == model.uid_at(1)
