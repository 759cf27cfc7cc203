"""Members, agencies and tasks through the real widgets."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit

from hrdesk.ui.record_form import RecordForm
from tests.ui.conftest import settle


def _fill_form_then(qtbot, action) -> list[RecordForm]:
    """Run `action(form)` on the next form that opens (forms are modal)."""
    seen: list[RecordForm] = []

    def find() -> None:
        form = next(
            (
                w
                for w in QApplication.topLevelWidgets()
                if isinstance(w, RecordForm) and w.isVisible()
            ),
            None,
        )
        if form is None:
            QTimer.singleShot(20, find)
            return
        seen.append(form)
        action(form)

    QTimer.singleShot(0, find)
    return seen


def test_new_member_through_the_form_appears_in_the_list(window, qtbot):
    page = window.page("members").members
    before = page.model.rowCount()

    def fill(form: RecordForm) -> None:
        form.editors["full_name"].widget.setText("Nguyễn Văn Đức")
        form.editors["title"].widget.setText("Phó Giám đốc Sở Tư pháp")
        role = form.editors["role"].widget
        role.setCurrentIndex(role.findData("member"))
        qtbot.keyClick(form, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    seen = _fill_form_then(qtbot, fill)
    qtbot.keyClick(page, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    settle(window.ctx)  # the form opens once its choices are read
    assert seen and seen[0].result() == RecordForm.DialogCode.Accepted
    assert page.model.rowCount() == before + 1
    page.filters.search.setText("nguyen van duc")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=3000)
    assert page.model.row(0)["full_name"] == "Nguyễn Văn Đức"


def test_a_bad_date_shows_its_message_beside_the_field(window, qtbot):
    page = window.page("tasks")
    messages: list[str] = []

    def fill(form: RecordForm) -> None:
        form.editors["title"].widget.setPlainText("Rà soát văn bản")
        for name in ("source", "status"):  # required, and never guessed: chosen
            combo = form.editors[name].widget
            combo.setCurrentIndex(0)
        form.editors["due_on"].widget.setText("30/02/2026")
        form.submit()
        settle()  # the service checks the date, on the store thread
        messages.append(form.editors["due_on"].error.text())
        assert form.editors["due_on"].error.isVisible()
        form.done(RecordForm.DialogCode.Rejected)  # throw the typing away, unasked

    seen = _fill_form_then(qtbot, fill)
    page.new()
    settle(window.ctx)
    assert seen
    assert messages == ["Not a date: '30/02/2026' (write dd/mm/yyyy)"]


def test_search_box_filters_as_you_type_without_diacritics(window, qtbot):
    page = window.page("members").agencies
    box: QLineEdit = page.filters.search
    qtbot.keyClicks(box, "so tu phap")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=3000)
    assert page.model.row(0)["name"].startswith("Sở Tư pháp")


def test_the_list_fetches_pages_not_every_row(window):
    from sqlalchemy import event

    from hrdesk.ui.table_model import PAGE, RecordTableModel

    pages: list[str] = []  # the queries that read a page of petitions' ids

    def seen(_conn, _cursor, statement, parameters, *_args) -> None:
        words = " ".join(statement.split()).lower()
        if words.startswith("select petitions.id from petitions") and "limit" in words:
            pages.append(words)

    engine = window.ctx.desk.store.engine
    event.listen(engine, "before_cursor_execute", seen)
    try:
        model = RecordTableModel(window.ctx, "petitions")
        assert model.rowCount() > 2 * PAGE  # the demo has hundreds of petitions
        assert len(pages) == 0  # counting needs no rows
        model.row(0)
        model.row(5)
        assert len(pages) == 1
        model.row(model.rowCount() - 1)
        assert len(pages) == 2
    finally:
        event.remove(engine, "before_cursor_execute", seen)


def test_a_form_with_two_bad_fields_shows_both_messages_at_once_in_vietnamese(window, qtbot):
    page = window.page("tasks")
    shown: dict[str, str] = {}
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Vietnamese))  # the window's language

    def fill(form: RecordForm) -> None:
        form.editors["title"].widget.setPlainText("")
        form.editors["due_on"].widget.setText("31/02/2026")
        form.editors["completed_on"].widget.setText("01/03/2026")
        form.submit()
        settle()  # the service checks the fields, on the store thread
        for name in ("title", "due_on", "completed_on"):
            error = form.editors[name].error
            shown[name] = error.text() if error.isVisible() else ""
        shown["focus"] = form.focusWidget().objectName() if form.focusWidget() else ""
        form.done(RecordForm.DialogCode.Rejected)

    try:
        seen = _fill_form_then(qtbot, fill)
        page.new()
        settle(window.ctx)  # the form opens, in Vietnamese, once its choices are read
    finally:
        QLocale.setDefault(previous)
    assert seen
    # Every problem of one click, each under its own field; the first gets the focus.
    assert shown == {
        "title": "Chưa nhập nội dung nhiệm vụ",
        "due_on": "Không phải là ngày: '31/02/2026' (ghi theo ngày/tháng/năm)",
        # A rule across fields speaks in the same click (the new task is not done).
        "completed_on": "Chỉ nhiệm vụ đã hoàn thành mới có ngày hoàn thành",
        "focus": "field_title",
    }
