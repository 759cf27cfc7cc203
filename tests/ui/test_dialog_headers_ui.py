"""No column title is cut off in a table inside a dialog or a settings page, on the
1024×600 screen every window test runs on, in Vietnamese (whose words are the longer)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTableView, QWidget

from hrdesk.ui.history_dialog import HistoryDialog
from hrdesk.ui.workspaces.meeting_attendance import AttendanceDialog
from hrdesk.ui.workspaces.training_roster import RosterDialog
from hrdesk.ui.workspaces.training_topics import TopicsDialog
from tests.ui.conftest import settle
from tests.ui.test_meetings_ui import check, new_meeting, when_open
from tests.ui.test_training_ui import new_training


def clipped(widget: QWidget) -> list[str]:
    """Every shown column whose title is wider than the column: "table: title (has/needs)"."""
    found = []
    for table in widget.findChildren(QTableView):
        if not table.isVisibleTo(widget):
            continue
        header = table.horizontalHeader()
        for logical in range(header.count()):
            if header.isSectionHidden(logical):
                continue
            needed = header.sectionSizeFromContents(logical).width()
            if header.sectionSize(logical) < needed:
                title = table.model().headerData(logical, Qt.Orientation.Horizontal)
                found.append(
                    f"{table.objectName()}: {title} ({header.sectionSize(logical)}/{needed})"
                )
    return found


def _look(found: list[str]) -> Any:
    def action(dialog: QWidget) -> None:
        QApplication.processEvents()
        found.extend(clipped(dialog))
        dialog.done(0)

    return action


@pytest.mark.parametrize(
    ("make", "button", "kind"),
    [
        (new_meeting, "attendance_button", AttendanceDialog),
        (new_training, "roster_button", RosterDialog),
        (new_training, "topics_button", TopicsDialog),
    ],
)
def test_no_title_is_cut_in_a_people_or_topics_table(vi_window, qtbot, make, button, kind):
    page, _uid = make(vi_window)
    found: list[str] = []
    seen = when_open(kind, _look(found))
    qtbot.mouseClick(getattr(page, button), Qt.MouseButton.LeftButton)
    settle()
    check(seen)
    assert found == []


def test_no_title_is_cut_in_a_record_s_history(vi_window, qtbot):
    vi_window.navigate("petitions")
    page = vi_window.page("petitions")
    page.table.selectRow(0)
    settle()
    dialog = HistoryDialog(vi_window.ctx, page.selected_uid(), page)
    qtbot.addWidget(dialog)
    settle()
    dialog.show()
    qtbot.waitExposed(dialog)
    assert clipped(dialog) == []


def test_no_title_is_cut_in_the_settings_tables(vi_window, qtbot):
    vi_window.navigate("settings")
    page = vi_window.page("settings")
    found = []
    for index in range(page.tabs.count()):
        page.tabs.setCurrentIndex(index)
        tab = page.tabs.currentWidget()
        pages = getattr(tab, "pages", None)
        for inner in range(pages.count() if pages is not None else 1):
            if pages is not None:
                pages.setCurrentIndex(inner)
            QApplication.processEvents()
            found += clipped(tab)
    assert found == []


def test_no_title_is_cut_in_the_reports_tables(vi_window, qtbot):
    vi_window.navigate("reports")
    page = vi_window.page("reports")
    tabs = page.findChild(type(vi_window.page("settings").tabs))
    found = []
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        QApplication.processEvents()
        found += clipped(tabs.currentWidget())
    assert found == []


def test_the_check_names_a_title_that_is_cut(vi_window, qtbot):
    page, _uid = new_training(vi_window)
    found: list[str] = []

    def narrow_then_look(dialog: TopicsDialog) -> None:
        dialog.table.horizontalHeader().resizeSection(1, 12)
        QApplication.processEvents()
        found.extend(clipped(dialog))
        dialog.done(0)

    seen = when_open(TopicsDialog, narrow_then_look)
    qtbot.mouseClick(page.topics_button, Qt.MouseButton.LeftButton)
    settle()
    check(seen)
    assert len(found) == 1 and found[0].startswith("topics_table: Báo cáo viên (")
