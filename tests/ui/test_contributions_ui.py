"""The dashboard names the member agencies late with their report for the current period."""

from __future__ import annotations

from datetime import date

from hrdesk.services import contributions as contrib
from tests.ui.conftest import settle


def test_the_dashboard_names_the_agencies_late_for_the_current_period(window, qtbot):
    window.navigate("dashboard")
    page = window.page("dashboard")
    qtbot.waitUntil(lambda: page.board is not None and not page.loading, timeout=10000)
    qtbot.waitUntil(lambda: page.late.now is not None, timeout=10000)
    assert not page.late.isVisible()  # nobody has been asked yet

    def ask(session):
        asked = contrib.request_contributions(
            session, "2026-Q3", due_on=date(2026, 10, 15), on=date(2026, 10, 1)
        )
        for view in asked[2:]:  # all but the first two answered in time
            contrib.record_received(session, view.uid, on=date(2026, 10, 10))
        return asked[:2]

    late = window.ctx.write(ask, "contributions")
    page.refresh()
    qtbot.waitUntil(lambda: page.late.isVisible(), timeout=10000)
    text = page.late.text()
    assert text.startswith("Late with their report for Quarter III/2026: ")
    for view in late:  # 20/11/2026 is 36 days after the due date
        assert f"{view.agency_name} (36 days)" in text
    assert text.count("days)") == 2


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

    def ask(session):
        asked = contrib.request_contributions(
            session, "2026-Q3", due_on=date(2026, 10, 15), on=date(2026, 10, 1)
        )
        contrib.record_received(session, asked[0].uid, on=date(2026, 10, 10))
        return asked

    asked = window.ctx.write(ask, "contributions")
    tab = _tab(window)
    tab.reload()
    settle(window.ctx)
    qtbot.mouseClick(tab.remind_button, Qt.MouseButton.LeftButton)
    settle(window.ctx)
    assert tab.status.text() == f"Reminder written to {len(asked) - 1} late agencies."
    text = flat(pdftotext(tab.last_letter))
    assert "V/v đôn đốc gửi báo cáo" in text
    assert f"- {asked[0].agency_name} (hạn" not in text
    assert f"- {asked[1].agency_name} (hạn 15/10/2026, chậm 36 ngày)" in text
    assert tab.table.item(1, 2).text() == "Missing, 36 days late"
    from PySide6.QtWidgets import QDialog

    previews = [d for d in tab.findChildren(QDialog) if d.isVisible()]
    assert [d.windowTitle() for d in previews] == ["Reminder"]  # shown to print
    for dialog in previews:
        dialog.reject()
