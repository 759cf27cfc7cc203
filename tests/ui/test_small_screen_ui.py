"""A 1024×600 laptop (the screen every window test runs on, see conftest): the window and
every dialog fit it, no pane is crushed, the columns that matter are in sight, and the
navigation needs no scroll bar. The window is in Vietnamese, whose words are the longer."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from hrdesk.ui.list_workspace import ListWorkspace
from hrdesk.ui.pdf_preview import PdfPreviewDialog
from hrdesk.ui.record_form import RecordForm
from hrdesk.ui.screen_fit import FRAME_HEIGHT, FRAME_WIDTH
from hrdesk.ui.workspaces.petition_dialogs import PetitionDialog
from tests.ui.conftest import settle
from tests.ui.test_petitions_ui import on_next_dialog

KEYS = ("dashboard", "members", "tasks", "petitions", "trainings", "meetings", "reports")
READABLE = 250  # the narrowest a details pane may be and still read as lines of text


def _area(widget: QWidget):
    return widget.screen().availableGeometry()


@pytest.fixture
def vi_window(vi_window, qtbot):
    """The window as it is on such a laptop: the whole screen (the offscreen platform would
    let it be larger, which no real screen does)."""
    area = _area(vi_window)
    vi_window.resize(area.width() - FRAME_WIDTH, area.height() - FRAME_HEIGHT)
    _settle(qtbot, vi_window)
    return vi_window


def _settle(qtbot, window) -> None:
    QApplication.processEvents()
    qtbot.wait(50)


def _list_pages(window) -> list[tuple[str, ListWorkspace]]:
    """Every list workspace with its navigation key, each opened once."""
    pages: list[tuple[str, ListWorkspace]] = []
    for key in KEYS:
        window.navigate(key)
        settle()
        page = window.page(key)
        if key == "members":
            pages += [(key, page.members), (key, page.agencies)]
        elif isinstance(page, ListWorkspace):
            pages.append((key, page))
    window.navigate("settings")
    settle()
    return pages


def test_the_screen_is_a_small_laptops(vi_window):
    area = _area(vi_window)
    assert (area.width(), area.height()) == (1024, 600)


def test_the_window_fits_the_screen_with_every_workspace_opened(vi_window, qtbot):
    _list_pages(vi_window)
    _settle(qtbot, vi_window)
    area = _area(vi_window)
    least = vi_window.minimumSizeHint()
    assert least.width() <= area.width() - FRAME_WIDTH
    assert least.height() <= area.height() - FRAME_HEIGHT
    assert vi_window.width() <= area.width() - FRAME_WIDTH
    assert vi_window.height() <= area.height() - FRAME_HEIGHT


def test_a_first_start_sizes_the_window_to_the_screen(qtbot, demo_desk, tmp_path):
    from hrdesk.ui.main_window import MainWindow
    from hrdesk.ui.window_settings import window_settings

    window = MainWindow(demo_desk, window_settings(tmp_path / "fresh.ini"), "vi")
    qtbot.addWidget(window)
    area = _area(window)
    assert window.width() <= area.width() and window.height() <= area.height()
    window._backed_up = True  # nothing to back up: the test closes it at once


def test_the_navigation_shows_every_title_without_a_scroll_bar(vi_window, qtbot):
    _settle(qtbot, vi_window)
    nav = vi_window.nav
    assert not nav.horizontalScrollBar().isVisible()
    assert not nav.verticalScrollBar().isVisible()
    for row in range(nav.count()):
        text = nav.item(row).text()
        needed = nav.fontMetrics().horizontalAdvance(text)
        assert needed <= nav.viewport().width(), text


def test_no_details_pane_is_crushed(vi_window, qtbot):
    for key, page in _list_pages(vi_window):
        # Each workspace as the officer sees it: shown, with a record chosen.
        vi_window.navigate(key)
        if page.kind == "agencies":
            vi_window.page("members").tabs.setCurrentWidget(page)
        page.table.selectRow(0)
        settle()
        _settle(qtbot, vi_window)
        assert page.details.width() >= READABLE, page.kind
        assert page.table.width() >= READABLE, page.kind


def _in_sight(page: ListWorkspace, name: str) -> bool:
    names = [c.name for c in page.model.columns] + [e.name for e in page.model.extra]
    header = page.table.horizontalHeader()
    logical = names.index(name)
    right = header.sectionViewportPosition(logical) + header.sectionSize(logical)
    return not header.isSectionHidden(logical) and 0 <= right <= header.viewport().width()


def test_the_columns_that_matter_are_in_sight(vi_window, qtbot):
    vi_window.navigate("petitions")
    _settle(qtbot, vi_window)
    petitions = vi_window.page("petitions")
    assert _in_sight(petitions, "days_left")  # "Còn lại"
    assert _in_sight(petitions, "status")
    vi_window.navigate("tasks")
    _settle(qtbot, vi_window)
    tasks = vi_window.page("tasks")
    assert _in_sight(tasks, "due_on") and _in_sight(tasks, "status")
    assert _in_sight(tasks, "overdue")  # "Quá hạn", whole


def test_no_column_title_is_clipped(vi_window, qtbot):
    for _key, page in _list_pages(vi_window):
        header = page.table.horizontalHeader()
        for logical in range(page.model.columnCount()):
            title = page.model.headerData(logical, header.orientation())
            needed = header.sectionSizeFromContents(logical).width()
            assert header.sectionSize(logical) >= needed, (page.kind, title)


def _fits(dialog: QDialog) -> tuple[int, int, int, int]:
    area = _area(dialog)
    return dialog.width() + FRAME_WIDTH, area.width(), dialog.height() + FRAME_HEIGHT, area.height()


def _assert_fits(dialog: QDialog) -> None:
    width, screen_width, height, screen_height = _fits(dialog)
    assert width <= screen_width and height <= screen_height, type(dialog).__name__
    frame = dialog.geometry()
    assert _area(dialog).contains(frame), (frame, type(dialog).__name__)


def test_the_task_form_fits_the_screen(vi_window, qtbot):
    vi_window.navigate("tasks")
    page = vi_window.page("tasks")
    seen = on_next_dialog(RecordForm, _assert_fits)
    page.new()
    settle()
    assert seen


def test_the_petition_form_fits_the_screen_and_keeps_save_in_sight(vi_window, qtbot):
    vi_window.navigate("petitions")
    page = vi_window.page("petitions")

    def check(dialog: PetitionDialog) -> None:
        _assert_fits(dialog)
        save = dialog.buttons.button(dialog.buttons.StandardButton.Save)
        bottom = save.mapTo(dialog, save.rect().bottomLeft()).y()
        assert save.isVisible() and bottom <= dialog.height()

    seen = on_next_dialog(PetitionDialog, check)
    page.new()
    settle()
    assert seen


def test_the_pdf_preview_fits_the_screen(vi_window, qtbot, tmp_path):
    from reportlab.pdfgen import canvas

    pdf = tmp_path / "page.pdf"
    drawing = canvas.Canvas(str(pdf))
    drawing.drawString(72, 720, "HR Desk")
    drawing.save()
    dialog = PdfPreviewDialog(pdf, vi_window)
    qtbot.addWidget(dialog)
    dialog.show()
    _settle(qtbot, vi_window)
    _assert_fits(dialog)
    dialog.close()


def test_every_chart_label_fits_under_its_bars(vi_window, qtbot):
    from PySide6.QtGui import QFontMetrics

    vi_window.navigate("dashboard")
    page = vi_window.page("dashboard")
    qtbot.waitUntil(lambda: page.board is not None and not page.loading, timeout=10000)
    _settle(qtbot, vi_window)
    for chart in (page.received_chart, page.resolved_chart, page.tasks_chart, page.training_chart):
        axis = chart.axis_x
        metrics = QFontMetrics(axis.labelsFont())
        # Each label keeps a few pixels from its neighbours: they never touch.
        room = chart.chart().plotArea().width() / len(axis.categories()) - 4
        for label in axis.categories():
            for line in label.split("<br>"):
                assert metrics.horizontalAdvance(line) <= room, (chart.chart().title(), label)
