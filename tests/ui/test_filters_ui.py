"""The filters say what they do: a dashboard drill-down names the filter it set, one
button clears every filter, and a date that cannot be used says why."""

from __future__ import annotations

from hrdesk.ui.list_workspace import ListWorkspace


def test_a_drill_down_names_its_filter_and_clear_shows_the_whole_list(window):
    window.navigate("petitions")
    page = window.page("petitions")
    everything = page.model.rowCount()
    window.navigate("petitions", {"overdue": True})
    f = page.filters
    assert f.origin.isVisible() and "overdue" in f.origin.text()
    assert f.clear_button.isVisible()
    assert page.model.rowCount() < everything
    f.search.setText("ia")  # the officer narrows it further, then clears it all
    f.clear()
    assert not f.overdue.isChecked() and not page.due_soon.isChecked()
    assert f.search.text() == ""
    assert not f.origin.isVisible() and not f.clear_button.isVisible()
    assert page.model.rowCount() == everything


def test_due_soon_from_the_dashboard_is_named_and_cleared(window):
    window.navigate("petitions", {"due_soon": True})
    page = window.page("petitions")
    assert page.due_soon.isChecked() and page.model.filter.due_soon
    assert "due soon" in page.filters.origin.text()
    page.filters.clear_button.click()
    assert not page.due_soon.isChecked() and not page.model.filter.due_soon


def test_overdue_tasks_from_the_dashboard_are_named(window):
    window.navigate("tasks", {"overdue": True})
    page: ListWorkspace = window.page("tasks")
    assert page.filters.overdue.isChecked()
    assert "overdue" in page.filters.origin.text()


def test_a_date_range_that_ends_before_it_starts_says_why(window):
    window.navigate("tasks")
    page = window.page("tasks")
    everything = page.model.rowCount()
    f = page.filters
    f.date_from.setText("01/06/2026")
    f.date_to.setText("01/01/2026")
    f.date_to.editingFinished.emit()
    assert f.problem.isVisible()
    assert "01/01/2026" in f.problem.text() and "01/06/2026" in f.problem.text()
    assert f.date_to.toolTip() == f.problem.text()
    assert 0 < page.model.rowCount() <= everything  # the start date alone is used


def test_a_date_that_is_not_one_says_why(window):
    window.navigate("tasks")
    f = window.page("tasks").filters
    f.date_from.setText("31/02/2026")
    f.date_from.editingFinished.emit()
    assert f.problem.isVisible() and "31/02/2026" in f.problem.text()
    f.date_from.setText("")
    f.date_from.editingFinished.emit()
    assert not f.problem.isVisible()


def test_the_members_list_shows_active_members_unless_asked(window):
    from hrdesk.services import members

    page = window.page("members").members
    first = page.model.row(0)
    uid = first["uid"]
    window.ctx.write(lambda s: members.update_member(s, uid, active=False), "members")
    shown = [page.model.uid_at(r) for r in range(page.model.rowCount())]
    assert uid not in shown
    assert all(page.model.row(r)["active"] for r in range(page.model.rowCount()))
    page.filters.inactive.setChecked(True)
    assert uid in [page.model.uid_at(r) for r in range(page.model.rowCount())]
