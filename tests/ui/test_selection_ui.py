"""The details pane and its actions follow the chosen row through every reload: a filter,
a search, a sort or a dashboard drill-down keeps the record chosen when the list still
holds it, and clears the pane and its actions when it does not."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt

from hrdesk.domain.petition_flow import Action
from hrdesk.services import petitions
from hrdesk.services.common import by_uid
from hrdesk.store.models import Petition
from tests.conftest import TODAY
from tests.ui.conftest import settle


def _receive(window, summary: str, received_days_ago: int = 4) -> str:
    values = {
        "received_on": TODAY - timedelta(days=received_days_ago),
        "channel": "direct",
        "kind": "complaint",
        "field": "land",
        "summary": summary,
        "petitioners": [{"full_name": "Trần Thị Hoà"}],
    }
    return window.ctx.write(lambda s: petitions.receive_petition(s, **values).uid, "petitions")


def _search(page, qtbot, text: str) -> None:
    page.filters.search.setText(text)
    page.apply_filter()  # what the search box does 250 ms after the last key


def test_a_search_that_hides_the_chosen_petition_clears_its_case_and_actions(window, qtbot):
    window.navigate("petitions")
    settle()
    page = window.page("petitions")
    uid = _receive(window, "Khiếu nại về bồi thường ở xã Ia Kênh")
    _receive(window, "Kiến nghị về đường liên thôn Ia Pếch")
    page.reload(select=uid)
    settle()
    assert page.selected_uid() == uid
    assert page.details.view is not None and page.details.view.uid == uid
    assert Action.ACCEPT in page.details.action_buttons

    _search(page, qtbot, "duong lien thon ia pech")
    assert page.model.rowCount() >= 1
    assert page.selected_uid() is None
    assert page.details.view is None  # no case for a petition the officer cannot see
    assert not page.details.action_buttons
    assert not page.edit_button.isEnabled()
    assert not page.history_button.isEnabled()
    page.run_action(Action.ACCEPT)  # a stray click does nothing to a hidden case
    settle()
    status = window.ctx.read(lambda s: by_uid(s, Petition, uid, "petition").status)
    assert status == "received"


def test_a_search_that_keeps_the_chosen_petition_keeps_it_chosen(window, qtbot):
    window.navigate("petitions")
    settle()
    page = window.page("petitions")
    uid = _receive(window, "Khiếu nại về bồi thường ở xã Ia Kênh")
    page.reload(select=uid)
    settle()
    _search(page, qtbot, "boi thuong ia kenh")
    assert page.selected_uid() == uid
    assert page.details.view is not None and page.details.view.uid == uid
    assert page.edit_button.isEnabled()
    # Sorting reads the list again too: the same case stays chosen.
    summary = [c.name for c in page.model.columns].index("summary")
    page.table.sortByColumn(summary, Qt.SortOrder.AscendingOrder)
    assert page.model.sort_name == "summary"
    assert page.selected_uid() == uid
    assert page.details.view is not None and page.details.view.uid == uid


def test_a_dashboard_drill_down_clears_a_case_it_does_not_list(window, qtbot):
    window.navigate("petitions")
    settle()
    page = window.page("petitions")
    uid = _receive(window, "Khiếu nại mới nhận hôm qua", received_days_ago=1)
    page.reload(select=uid)
    settle()
    assert page.details.view is not None
    window.navigate("petitions", {"overdue": True})  # a case received yesterday is not late
    settle()
    assert page.model.rowCount() > 0
    assert page.selected_uid() is None
    assert page.details.view is None


def test_a_filter_that_hides_the_chosen_task_blanks_its_details(window, qtbot):
    window.navigate("tasks")
    settle()
    page = window.page("tasks")
    page.table.selectRow(0)
    settle()
    uid = page.selected_uid()
    title = page.model.row(0)["title"]
    assert uid is not None and title in page.details.toPlainText()
    status = page.filters.status
    other = next(
        i for i in range(1, status.count()) if status.itemData(i) != page.model.row(0)["status"]
    )
    status.setCurrentIndex(other)  # a status the chosen task does not have
    assert page.selected_uid() is None
    assert title not in page.details.toPlainText()
    assert not page.edit_button.isEnabled() and not page.note_button.isEnabled()
