"""The dashboard names the member agencies late with their report for the current period
(the demo's Q3: it asked every agency, some have not answered); asking, receiving a filled
template and one reminder to every late agency, from the Reports workspace."""

from __future__ import annotations

from hrdesk.domain.formatting import format_date
from hrdesk.domain.periods import Period
from hrdesk.services import contributions as contrib
from hrdesk.ui.workspaces.dashboard_contributions import SHOWN
from tests.conftest import TODAY
from tests.ui.conftest import settle


def test_the_dashboard_names_the_agencies_late_for_the_current_period(window, qtbot):
    # The demo asked every agency for its Q3 report by a date in October; some are late.
    late = window.ctx.read(lambda s: contrib.late_for_period(s, "2026-Q3"))
    assert len(late) >= 2
    window.navigate("dashboard")
    page = window.page("dashboard")
    qtbot.waitUntil(lambda: page.board is not None and not page.loading, timeout=10000)
    qtbot.waitUntil(lambda: page.late.isVisible(), timeout=10000)
    text = page.late.text()
    assert text.startswith("Late with their report for Quarter III/2026: ")
    for view in late[:SHOWN]:  # 20/11/2026 is so many days after the due date
        assert f"{view.agency_name} ({(TODAY - view.due_on).days} days)" in text
    assert text.count("days)") == min(len(late), SHOWN)

    def answer(session):  # every late agency's report came in today
        for view in late:
            contrib.record_received(session, view.uid, on=TODAY)

    window.ctx.write(answer, "contributions")
    page.refresh()
    qtbot.waitUntil(lambda: not page.late.isVisible(), timeout=10000)


def _tab(window):
    window.navigate("reports")
    page = window.page("reports")
    page.tabs.setCurrentWidget(page.contributions)
    settle(window.ctx)
    return page.contributions


def test_agencies_are_asked_with_a_letter_and_a_filled_template_is_read_in(
    window, qtbot, tmp_path, monkeypatch
):
    from openpyxl import load_workbook
    from PySide6.QtCore import QDate, Qt
    from PySide6.QtWidgets import QFileDialog

    from tests.documents.builders import flat, pdftotext

    tab = _tab(window)
    window.page("reports").set_period(Period.quarter(2026, 4))  # not asked about yet
    settle(window.ctx)
    assert tab.table.rowCount() == 0
    letter = tmp_path / "de-nghi.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(letter), ""))
    tab.due.setDate(QDate(2026, 12, 5))
    qtbot.mouseClick(tab.ask_button, Qt.MouseButton.LeftButton)
    settle(window.ctx)
    assert tab.status.text().startswith("Agencies asked"), tab.status.text()
    assert "trước ngày 05/12/2026" in flat(pdftotext(letter))
    asked = tab.table.rowCount()
    assert asked > 3 and tab.table.item(0, 2).text() == "Waiting"
    tab.table.selectRow(1)
    template = tmp_path / "mau.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(template), ""))
    qtbot.mouseClick(tab.template_button, Qt.MouseButton.LeftButton)
    settle(window.ctx)
    book = load_workbook(template)
    book["Đơn thư"]["D2"] = -3
    book.save(template)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(template), ""))
    qtbot.mouseClick(tab.receive_button, Qt.MouseButton.LeftButton)
    settle(window.ctx)
    assert "row 2, column D" in tab.status.text()
    book["Đơn thư"]["D2"] = 3
    book.save(template)
    qtbot.mouseClick(tab.receive_button, Qt.MouseButton.LeftButton)
    settle(window.ctx)
    assert tab.status.text().startswith("Recorded: ")
    assert (tab.table.item(1, 2).text(), tab.table.item(1, 4).text()) == ("On time", "mau.xlsx")


def test_one_action_writes_the_reminder_to_every_late_agency(window, qtbot):
    from PySide6.QtCore import Qt

    from tests.documents.builders import flat, pdftotext

    def late_and_one_answered(session):
        views = contrib.contributions_for_period(session, "2026-Q3")
        came = next(v for v in views if v.state == contrib.ON_TIME)
        return came, contrib.late_for_period(session, "2026-Q3")

    came, late = window.ctx.read(late_and_one_answered)
    tab = _tab(window)  # on Q3, the last complete quarter
    tab.reload()
    settle(window.ctx)
    qtbot.mouseClick(tab.remind_button, Qt.MouseButton.LeftButton)
    settle(window.ctx)
    assert tab.status.text() == f"Reminder written to {len(late)} late agencies."
    text = flat(pdftotext(tab.last_letter))
    assert "V/v đôn đốc gửi báo cáo" in text
    assert f"- {came.agency_name} (hạn" not in text
    for view in late:
        days = (TODAY - view.due_on).days
        assert f"- {view.agency_name} (hạn {format_date(view.due_on)}, chậm {days} ngày)" in text
    row = next(
        r for r in range(tab.table.rowCount()) if tab.table.item(r, 0).text() == late[0].agency_name
    )
    assert tab.table.item(row, 2).text() == f"Missing, {(TODAY - late[0].due_on).days} days late"
    from PySide6.QtWidgets import QDialog

    previews = [d for d in tab.findChildren(QDialog) if d.isVisible()]
    assert [d.windowTitle() for d in previews] == ["Reminder"]  # shown to print
    for dialog in previews:
        dialog.reject()
