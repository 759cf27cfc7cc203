"""A report section the officer wrote over a draft says so when the records have changed
since: a line under its text, what changed to look at, and a redraft that asks before the
typed text goes (or the text kept as brought up to date by hand)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

from hrdesk.ui.workspaces.reports_stale import ChangesDialog
from tests.factories import petition
from tests.ui.conftest import settle
from tests.ui.test_reports_ui import show_reports

LEFT = Qt.MouseButton.LeftButton
TYPED = "Tình hình ổn định; các cơ quan đã tiếp nhận đơn thư đúng quy định."


def _typed_then_records_changed(window, qtbot):
    """Q3 drafted, its overview rewritten by the officer, then one more Q3 petition."""
    page = show_reports(window)
    report = page.report
    qtbot.mouseClick(report.draft_button, LEFT)
    settle(window.ctx)
    report.editor.list.setCurrentRow(0)
    report.editor.body.setPlainText(TYPED)
    report.save()
    settle(window.ctx)
    assert not report.dirty
    notice = report.stale_notice
    assert not notice.isVisible()
    window.ctx.write(lambda s: petition(s, received_on=date(2026, 9, 4)), "petitions")
    with qtbot.waitSignal(notice.checked, timeout=10000):
        report.load(report.period)  # as when the officer comes back to the period
    qtbot.waitUntil(notice.isVisible, timeout=10000)
    return report, notice


def test_the_line_shows_under_the_stale_section_only(window, qtbot):
    report, notice = _typed_then_records_changed(window, qtbot)
    assert notice.label.text() == "The figures have changed since the last draft — redraft?"
    # In the list of sections, the stale one stands out and says why.
    items = [report.editor.list.item(row) for row in range(report.editor.list.count())]
    assert [item.toolTip() for item in items] == [notice.label.text()] + [""] * (len(items) - 1)
    assert items[0].foreground().color().name() == "#8a4b00"
    report.editor.list.setCurrentRow(1)  # still its untouched draft: printing refreshes it
    assert not notice.isVisible()
    report.editor.list.setCurrentRow(0)
    assert notice.isVisible()


def test_what_changed_is_shown_and_the_redraft_asks_first(window, qtbot, monkeypatch):
    report, notice = _typed_then_records_changed(window, qtbot)
    seen: list[str] = []

    def look(dialog: ChangesDialog) -> int:
        seen.append(dialog.text.toPlainText())
        return 0

    monkeypatch.setattr(ChangesDialog, "exec", look)
    qtbot.mouseClick(notice.see_button, LEFT)
    (text,) = seen
    assert "Last draft:" in text and "Now:" in text
    change = notice.current().changes[0]
    assert change.before in text and change.after in text and change.before != change.after
    assert "đơn thư" in change.after
    asked: list[str] = []

    def no(_parent, _title, question, *_args):
        asked.append(question)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", no)
    qtbot.mouseClick(notice.redraft_button, LEFT)
    assert len(asked) == 1 and '"Tình hình chung" holds text you wrote' in asked[0]
    assert report.editor.sections()[0]["body"] == TYPED
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(notice.checked, timeout=10000):
        qtbot.mouseClick(notice.redraft_button, LEFT)
    settle(window.ctx)
    body = report.editor.sections()[0]["body"]
    assert body.startswith("Trong quý III năm 2026")
    assert report.status.text() == "Drafted again from the records: Tình hình chung"
    assert not notice.isVisible() and notice.stale == {}


def test_text_kept_as_brought_up_to_date_stops_the_warning(window, qtbot, monkeypatch):
    report, notice = _typed_then_records_changed(window, qtbot)

    def keep(dialog: ChangesDialog) -> int:
        dialog.findChild(QPushButton, "stale_dialog_keep").click()
        return 0

    monkeypatch.setattr(ChangesDialog, "exec", keep)
    with qtbot.waitSignal(notice.checked, timeout=10000):
        qtbot.mouseClick(notice.see_button, LEFT)
    settle(window.ctx)
    assert report.status.text() == "Your text is kept as up to date: Tình hình chung"
    assert report.editor.sections()[0]["body"] == TYPED
    assert not notice.isVisible() and notice.stale == {}


def test_the_line_reads_in_vietnamese(vi_window, qtbot):
    _report, notice = _typed_then_records_changed(vi_window, qtbot)
    assert notice.label.text() == "Số liệu đã thay đổi từ lần soạn trước — Soạn lại?"
