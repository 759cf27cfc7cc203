"""The dashboard through the real widgets: its counts are the services' counts, its cards
open the filtered lists, and it reads the figures off the main thread."""

from __future__ import annotations

import threading
from datetime import timedelta

from PySide6.QtCore import QLocale, Qt

from hrdesk.services import dashboard, tasks
from hrdesk.services.listing import ListFilter, count
from tests.conftest import TODAY


def _values(chart) -> list[list[int]]:
    """What a chart shows, one list per bar set, read from its Qt series."""
    if chart.series is None:
        return []
    return [[int(s.at(i)) for i in range(s.count())] for s in chart.series.barSets()]


def _dashboard(window, qtbot):
    window.navigate("dashboard")
    page = window.page("dashboard")
    qtbot.waitUntil(lambda: page.board is not None and not page.loading, timeout=10000)
    return page


def test_cards_and_charts_show_what_the_services_count(window, qtbot):
    page = _dashboard(window, qtbot)
    board = window.ctx.read(dashboard.dashboard)
    counts = board.counts
    number = QLocale().toString
    assert counts.as_of == TODAY
    shown = {key: card.value.text() for key, card in page.cards.items()}
    assert shown["petitions_overdue"] == number(counts.petitions_overdue)
    assert shown["petitions_due"] == number(counts.petitions_due_soon)
    assert shown["tasks_overdue"] == number(counts.tasks_overdue)
    assert shown["trainings"] == number(counts.trainings_this_quarter)
    assert counts.tasks_overdue == window.ctx.read(
        lambda s: count(s, "tasks", ListFilter(overdue=True))
    )
    if counts.next_meeting is not None:
        assert counts.next_meeting.title.split()[0] in page.cards["next_meeting"].detail.text()
    assert page.as_of.text() == "as of 20/11/2026"
    charts = board.charts
    assert _values(page.received_chart) == list(charts.received.values())
    assert _values(page.resolved_chart) == list(charts.resolved.values())
    assert _values(page.tasks_chart) == [list(charts.tasks_by_status.values())]
    assert _values(page.training_chart) == [[q.participants for q in charts.training_by_quarter]]
    assert page.received_chart.categories[-1] == "11/2026"
    assert page.received_chart.categories[0] == "12/2025"


def test_clicking_overdue_tasks_opens_the_tasks_list_filtered_to_overdue(window, qtbot):
    page = _dashboard(window, qtbot)
    qtbot.mouseClick(page.cards["tasks_overdue"], Qt.MouseButton.LeftButton)
    tasks_page = window.page("tasks")
    assert window.stack.currentWidget() is tasks_page
    assert window.nav.currentItem().text() == "Tasks"
    assert tasks_page.filters.overdue.isChecked()
    assert tasks_page.model.rowCount() == page.board.counts.tasks_overdue > 0


def test_petition_cards_ask_the_petitions_list_for_overdue_and_due_this_week(window, qtbot):
    page = _dashboard(window, qtbot)
    asked: list[tuple[str, dict]] = []
    window.ctx.navigate = lambda key, how: asked.append((key, how))
    qtbot.mouseClick(page.cards["petitions_overdue"], Qt.MouseButton.LeftButton)
    page.cards["petitions_due"].setFocus()
    qtbot.keyClick(page.cards["petitions_due"], Qt.Key.Key_Return)
    qtbot.mouseClick(page.cards["next_meeting"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.cards["trainings"], Qt.MouseButton.LeftButton)
    assert asked == [
        ("petitions", {"overdue": True}),
        ("petitions", {"due_soon": True}),
        ("meetings", {}),
        ("trainings", {}),
    ]


def test_the_figures_are_read_off_the_main_thread(window, qtbot, monkeypatch):
    threads: list[threading.Thread] = []
    for name in ("today_counts", "chart_series"):
        real = getattr(dashboard, name)

        def spy(session, real=real):
            threads.append(threading.current_thread())
            return real(session)

        monkeypatch.setattr(dashboard, name, spy)
    _dashboard(window, qtbot)
    assert len(threads) == 2
    assert all(t is not threading.main_thread() for t in threads)


def test_a_new_overdue_task_shows_on_the_dashboard_without_asking(window, qtbot):
    page = _dashboard(window, qtbot)
    before = page.board.counts.tasks_overdue
    window.ctx.write(
        lambda s: tasks.create_task(s, title="Nộp báo cáo", due_on=TODAY - timedelta(days=2)),
        "tasks",
    )
    qtbot.waitUntil(lambda: page.board.counts.tasks_overdue == before + 1, timeout=5000)
    assert page.cards["tasks_overdue"].value.text() == QLocale().toString(before + 1)
