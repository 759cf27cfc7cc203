"""Reports & packages through the real widgets: the report's sections, its PDF in the
preview, a package built onto a folder (and what a full stick or a refusal leaves), and a
second office that trusts the first one's key and imports its package.

Every dialog a test opens is closed by it: a dialog left in exec() hangs the suite, so
the workspace opens its own dialogs with open() and tests drive them directly.
"""

from __future__ import annotations

import errno
import shutil
import tempfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from sqlalchemy import select

from hrdesk import bundles
from hrdesk.bundles import write
from hrdesk.domain.periods import Period
from hrdesk.profile import Profile
from hrdesk.services.reports import report_for_period
from hrdesk.signin import Desk, sign_in
from hrdesk.store.models import Package
from hrdesk.ui.main_window import MainWindow
from hrdesk.ui.workspaces import reports_package
from hrdesk.ui.workspaces.reports import ReportsWorkspace
from tests.ui.conftest import DEMO_PASSWORD, DEMO_USER, settle

CTRL = Qt.KeyboardModifier.ControlModifier
LEFT = Qt.MouseButton.LeftButton
BUILD_TIMEOUT = 60_000


@pytest.fixture
def stick(tmp_path: Path) -> Path:
    folder = tmp_path / "stick"
    folder.mkdir()
    return folder


def show_reports(window: MainWindow) -> ReportsWorkspace:
    window.navigate("reports")
    page = window.page("reports")
    assert isinstance(page, ReportsWorkspace)
    settle(window.ctx)
    return page


def ledger(desk: Desk) -> list[Package]:
    with desk.store.reader(desk.actor) as s:
        return list(s.scalars(select(Package).order_by(Package.sequence)))


def open_package_dialog(page: ReportsWorkspace, qtbot, stick: Path, monkeypatch):
    """The Build package dialog, with `stick` chosen through "Choose folder…"."""
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a, **_k: str(stick))
    page.tabs.setCurrentWidget(page.sent)
    qtbot.mouseClick(page.sent.build_button, LEFT)
    settle(page.ctx)
    dialog = page.sent.package_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.mouseClick(dialog.choose_button, LEFT)
    assert dialog.folder == str(stick)
    if dialog.empty is not None:  # the demo's report has no text yet: confirm it
        assert not dialog.build_button.isEnabled()
        dialog.empty.allow.setChecked(True)
    assert dialog.build_button.isEnabled()
    return dialog


def build_package(page: ReportsWorkspace, qtbot, stick: Path, monkeypatch) -> Path:
    """Build the chosen period's package onto `stick` through the dialog; its path."""
    dialog = open_package_dialog(page, qtbot, stick, monkeypatch)
    qtbot.mouseClick(dialog.build_button, LEFT)
    assert not dialog.isVisible()
    result = page.sent.result
    qtbot.waitUntil(
        lambda: result.isVisible() and not page.sent.builder.busy, timeout=BUILD_TIMEOUT
    )
    settle(page.ctx)
    written = list(stick.glob("*.zip"))
    assert len(written) == 1, result.text()
    return written[0]


def close_message_boxes() -> list[str]:
    """Close every message box left open (they are opened with open(), not exec()); their texts."""
    texts = []
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMessageBox) and widget.isVisible():
            texts.append(widget.text())
            widget.close()
    return texts


def test_the_report_opens_on_the_last_complete_quarter(window):
    page = show_reports(window)
    # TODAY is 20/11/2026: the third quarter is the last one that has ended.
    assert page.period() == Period.quarter(2026, 3)
    assert "Quarter III/2026" in page.report.title.text()
    assert page.sent.build_button.text() == "&Build package for Quarter III/2026…"


def test_a_date_range_is_typed_as_dd_mm_yyyy_and_a_bad_date_is_named(window, qtbot):
    page = show_reports(window)
    chooser = page.chooser
    chooser.kind.setCurrentIndex(chooser.kind.findData("range"))
    assert chooser.start.isVisible() and not chooser.year.isVisible()
    chooser.start.setText("31/02/2026")
    chooser.start.editingFinished.emit()
    assert chooser.error.isVisible()
    assert chooser.error.text() == "Not a date: '31/02/2026' (write dd/mm/yyyy)"
    chooser.start.clear()
    qtbot.keyClicks(chooser.start, "01/05/2026")
    chooser.end.setText("31/05/2026")
    chooser.end.editingFinished.emit()
    settle(page.ctx)
    assert not chooser.error.isVisible()
    assert page.period() == Period.range(date(2026, 5, 1), date(2026, 5, 31))
    assert "từ ngày 01/05/2026 đến ngày 31/05/2026" in page.report.title.text()
    assert page.sent.build_button.text() == "&Build package for 01/05/2026 – 31/05/2026…"


def test_an_edited_section_is_saved_and_shown_again(window, qtbot):
    page = show_reports(window)
    report = page.report
    editor = report.editor
    editor.list.setCurrentRow(0)
    editor.body.setFocus()
    # QTest types ASCII only; the Vietnamese goes in as the clipboard would put it.
    qtbot.keyClicks(editor.body, "Tinh hinh chung: ")
    editor.body.insertPlainText("ổn định.")
    assert report.dirty and report.save_button.isEnabled()
    # A new section at the end, moved up one place.
    editor.list.setCurrentRow(editor.list.count() - 1)
    qtbot.mouseClick(editor.add_button, LEFT)
    editor.heading.insert("Phụ lục số liệu")
    qtbot.mouseClick(editor.up_button, LEFT)
    window.activateWindow()
    qtbot.keyClick(editor.heading, Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: not report.dirty, timeout=3000)
    assert report.status.text() == "Sections saved."

    # Another period, and back: the sections come from the store again.
    page.set_period(Period.quarter(2026, 2))
    settle(page.ctx)
    assert editor.list.item(0).text() == "1. Tình hình chung"
    assert editor.body.toPlainText() == ""
    page.set_period(Period.quarter(2026, 3))
    settle(page.ctx)
    editor.list.setCurrentRow(0)
    assert editor.body.toPlainText() == "Tinh hinh chung: ổn định."
    headings = [s["heading"] for s in editor.sections()]
    assert headings[-2:] == ["Phụ lục số liệu", "Kiến nghị, đề xuất"]
    stored = window.ctx.read(
        lambda s: [x.heading for x in report_for_period(s, "2026-Q3", create=False).sections]
    )
    assert stored == headings


def test_a_section_without_a_heading_shows_the_message_beside_it(window, qtbot):
    page = show_reports(window)
    editor = page.report.editor
    editor.list.setCurrentRow(2)
    editor.heading.selectAll()
    qtbot.keyClick(editor.heading, Qt.Key.Key_Delete)
    qtbot.mouseClick(page.report.save_button, LEFT)
    settle(page.ctx)
    assert page.report.dirty
    assert editor.current() == 2
    assert editor.heading_error.isVisible()
    assert editor.heading_error.text() == "Section 3 needs a heading"


def test_the_report_pdf_is_built_in_the_background_and_previewed(
    window, qtbot, tmp_path, monkeypatch
):
    # The PDF is made in a temporary folder, which must be empty again afterwards.
    temp = tmp_path / "temp"
    temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    page = show_reports(window)
    qtbot.mouseClick(page.report.preview_button, LEFT)
    qtbot.waitUntil(lambda: page.report.preview is not None, timeout=BUILD_TIMEOUT)
    preview = page.report.preview
    try:
        assert preview.isVisible()
        assert preview.page_count >= 2  # the report, then the appendix of figures
        assert preview.windowTitle() == "Report"
        assert list(temp.iterdir()) == []
        # The first print took the report's number, which it keeps for reprints.
        assert "Document number: " in page.report.title.text()
    finally:
        preview.reject()


def test_save_excel_writes_the_figures_to_the_chosen_file(window, qtbot, tmp_path, monkeypatch):
    from openpyxl import load_workbook

    chosen = tmp_path / "bao-cao-quy-3"  # the officer typed no extension
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(chosen), ""))
    page = show_reports(window)
    qtbot.mouseClick(page.report.excel_button, LEFT)
    target = tmp_path / "bao-cao-quy-3.xlsx"
    qtbot.waitUntil(lambda: page.report.status.text().startswith("Excel saved"), timeout=30000)
    assert page.report.status.text() == f"Excel saved to {target}"
    book = load_workbook(target)
    assert book.sheetnames[0] == "Kỳ báo cáo"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith("bao-cao")] == [target.name]


def test_a_package_is_built_onto_the_chosen_folder_and_verifies(
    window, demo_desk, qtbot, stick, monkeypatch
):
    page = show_reports(window)
    path = build_package(page, qtbot, stick, monkeypatch)
    assert "-2026-Q3-0001-" in path.name
    assert page.sent.result.text() == (
        f"Package 1 was written to {path} and read back: it verifies."
    )
    [package] = ledger(demo_desk)
    assert package.file_name == path.name
    assert not package.includes_personal_data
    # The ledger shows it, and it verifies with the office's key.
    table = page.sent.table.model()
    assert table.rowCount() == 1
    assert [table.index(0, c).data() for c in (0, 1, 3, 5)] == [
        "1",
        "Quarter III/2026",
        "Exported",
        path.name,
    ]
    key = bundles.office_key(demo_desk.profile)
    report = bundles.verify_package(path, [key.public])
    assert report.ok, report.lines()
    assert page.sent.fingerprint.text().replace("\n", " ") == key.fingerprint
    # The key id reads as the .pub file and `hrdesk key show` write it.
    assert page.sent.key_id.text() == key.key_id
    assert key.key_id in key.public.encoded().splitlines()[0]
    # Handed over: uploaded, then acknowledged.
    page.sent.table.selectRow(0)
    qtbot.mouseClick(page.sent.uploaded_button, LEFT)
    settle(page.ctx)
    assert table.index(0, 3).data() == "Uploaded"
    assert not page.sent.uploaded_button.isEnabled()
    qtbot.mouseClick(page.sent.acknowledged_button, LEFT)
    settle(page.ctx)
    assert ledger(demo_desk)[0].status == "acknowledged"
    assert not page.sent.acknowledged_button.isEnabled()


def _pin_a_centre(desk: Desk) -> None:
    """Personal data is sealed to the centre's recipient key: the office pins one."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from hrdesk.bundles import sealing
    from hrdesk.bundles.minisign import PublicKey
    from hrdesk.outbox.link import connect

    _identity, recipient = sealing.new_identity()
    raw = Ed25519PrivateKey.generate().public_key().public_bytes_raw()
    with desk.store.transaction(desk.actor) as s:
        connect(
            s, "http://127.0.0.1:9", [PublicKey(b"centre01", raw).encoded()], recipient=recipient
        )


def test_personal_data_needs_a_confirmation_and_a_refusal_builds_nothing(
    window, demo_desk, qtbot, stick, monkeypatch
):
    _pin_a_centre(demo_desk)
    asked: list[str] = []
    answer = QMessageBox.StandardButton.No

    def question(_parent, _title, text, *_args):
        asked.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    page = show_reports(window)
    dialog = open_package_dialog(page, qtbot, stick, monkeypatch)
    try:
        dialog.include.setChecked(True)
        qtbot.mouseClick(dialog.build_button, LEFT)
        assert len(asked) == 1
        assert "A denouncer's identity is never included" in asked[0]
        # Refused: still in the dialog, the box unchecked, nothing built.
        assert dialog.isVisible()
        assert not dialog.include.isChecked()
        assert not page.sent.builder.busy
        assert list(stick.iterdir()) == []
        assert ledger(demo_desk) == []
    finally:
        dialog.reject()

    answer = QMessageBox.StandardButton.Yes
    dialog = open_package_dialog(page, qtbot, stick, monkeypatch)
    dialog.include.setChecked(True)
    qtbot.mouseClick(dialog.build_button, LEFT)
    assert not dialog.isVisible()
    qtbot.waitUntil(lambda: len(ledger(demo_desk)) == 1, timeout=BUILD_TIMEOUT)
    qtbot.waitUntil(lambda: not page.sent.builder.busy, timeout=BUILD_TIMEOUT)
    settle(page.ctx)
    assert ledger(demo_desk)[0].includes_personal_data
    assert page.sent.table.model().index(0, 4).data() == "included"


def test_a_full_stick_shows_a_message_naming_it_and_leaves_no_file(
    window, demo_desk, qtbot, stick, monkeypatch
):
    def full(_out, _chunk: bytes) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(write, "_write_chunk", full)
    page = show_reports(window)
    dialog = open_package_dialog(page, qtbot, stick, monkeypatch)
    qtbot.mouseClick(dialog.build_button, LEFT)
    result = page.sent.result
    qtbot.waitUntil(lambda: result.isVisible(), timeout=BUILD_TIMEOUT)
    expected = result.text()
    assert expected.startswith(f"The folder {stick} is full: the package needs ")
    assert expected.endswith(
        " bytes; free some space or use another stick. "
        "Nothing was left there under the package's name."
    )
    assert close_message_boxes() == [expected]
    assert list(stick.iterdir()) == []
    assert ledger(demo_desk) == []
    assert page.sent.build_button.isEnabled()


def test_a_cancelled_build_leaves_nothing(window, demo_desk, qtbot, stick, monkeypatch):
    from hrdesk.bundles import assemble

    page = show_reports(window)
    real_zip = assemble.zip_bag

    def zip_then_cancel(*args, **kwargs):
        # The officer clicks Cancel while the package is being zipped.
        page.sent.builder.progress.cancelled = True
        return real_zip(*args, **kwargs)

    monkeypatch.setattr(assemble, "zip_bag", zip_then_cancel)
    dialog = open_package_dialog(page, qtbot, stick, monkeypatch)
    qtbot.mouseClick(dialog.build_button, LEFT)
    result = page.sent.result
    qtbot.waitUntil(lambda: result.isVisible(), timeout=BUILD_TIMEOUT)
    assert result.text() == "Cancelled: no package was written."
    close_message_boxes()
    assert list(stick.iterdir()) == []
    assert ledger(demo_desk) == []


def test_without_a_keyring_the_office_key_passphrase_is_asked_and_kept(
    window, demo_desk, qtbot, stick, monkeypatch
):
    from hrdesk.bundles import keystore

    monkeypatch.setattr(keystore, "keyring_put", lambda *_args: False)
    asked: list[bool] = []

    def ask(_parent, new_key: bool, _problem: str = "") -> str:
        asked.append(new_key)
        return "cụm mật khẩu văn phòng"

    monkeypatch.setattr(reports_package, "ask_passphrase", ask)
    page = show_reports(window)
    build_package(page, qtbot, stick, monkeypatch)
    assert asked == [True]  # a new key, so asked once, with a confirmation field
    assert bundles.office_key(demo_desk.profile).storage == "passphrase"
    assert len(ledger(demo_desk)) == 1


@pytest.fixture
def central_desk(tmp_path: Path, demo_template: Path) -> Iterator[Desk]:
    """A second office: another copy of the demo profile, signed in."""
    root = tmp_path / "central"
    shutil.copytree(demo_template, root)
    desk = sign_in(Profile(root), DEMO_USER, DEMO_PASSWORD)
    yield desk
    desk.close(backup=False)


def test_the_receiving_office_trusts_the_key_and_imports_the_package(
    window, demo_desk, central_desk, qtbot, stick, tmp_path, monkeypatch
):
    from hrdesk.ui.window_settings import window_settings

    sender = show_reports(window)
    package = build_package(sender, qtbot, stick, monkeypatch)
    public = tmp_path / "gia-lai.pub"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(public), ""))
    qtbot.mouseClick(sender.sent.export_button, LEFT)
    settle(sender.ctx)
    assert public.read_text().startswith("untrusted comment: minisign public key")

    central = MainWindow(central_desk, window_settings(tmp_path / "central.ini"), "en")
    qtbot.addWidget(central)
    central.show()
    page = show_reports(central)
    page.tabs.setCurrentWidget(page.received)
    received = page.received
    assert not page.chooser.isVisible()

    # Trust the key: the dialog shows what to compare over the phone, and asks to confirm.
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(public), ""))
    qtbot.mouseClick(received.trust_button, LEFT)
    dialog = received.trust_dialog
    assert dialog is not None and dialog.isVisible()
    key = bundles.office_key(demo_desk.profile)
    shown = dialog.findChild(object, "trust_fingerprint").text()
    assert shown.replace("\n", " ") == key.fingerprint
    assert not dialog.trust_button.isEnabled()
    dialog.name.setText("Ban Chỉ đạo tỉnh gửi")
    dialog.confirmed.setChecked(True)
    qtbot.mouseClick(dialog.trust_button, LEFT)
    # Kept, the dialog closes (and goes: it deletes itself on close).
    qtbot.waitUntil(lambda: received.trust_dialog is None, timeout=10000)
    settle(page.ctx)
    offices = received.offices.model()
    assert offices.rowCount() == 1
    assert offices.index(0, 0).data() == "Ban Chỉ đạo tỉnh gửi"

    # Import the package: verified, kept, listed under the office.
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(package), ""))
    qtbot.mouseClick(received.importer.button, LEFT)
    qtbot.waitUntil(lambda: received.importer.last_result is not None, timeout=BUILD_TIMEOUT)
    settle(page.ctx)
    result = received.importer.last_result
    assert result.outcome == "imported", result.message
    assert received.importer.outcome.text() == (
        "Imported package 1 of Ban Chỉ đạo tỉnh gửi, Quarter III/2026."
    )
    assert "ok    signature" in received.importer.checks.toPlainText()
    table = received.received.model()
    assert table.rowCount() == 1
    assert [table.index(0, c).data() for c in (0, 1, 2)] == [
        "Ban Chỉ đạo tỉnh gửi",
        "1",
        "Quarter III/2026",
    ]
    received.received.selectRow(0)
    qtbot.mouseClick(received.preview_button, LEFT)
    settle(page.ctx)
    preview = received.preview
    try:
        assert preview is not None and preview.isVisible()
        assert preview.page_count >= 2
    finally:
        preview.reject()

    # The same file again changes nothing.
    received.importer.last_result = None
    received.importer.import_file(package)
    qtbot.waitUntil(lambda: received.importer.last_result is not None, timeout=BUILD_TIMEOUT)
    assert received.importer.last_result.outcome == "already imported"
    settle(page.ctx)
    assert table.rowCount() == 1


def test_a_viewer_sees_the_workspace_with_every_change_disabled(demo_desk, ui_settings, qtbot):
    from hrdesk.services import accounts

    with demo_desk.store.transaction(demo_desk.actor) as s:
        accounts.add_officer(
            s,
            demo_desk.keyfile,
            demo_desk.store.key,
            username="xem",
            full_name="Người xem",
            role="viewer",
            password="mật khẩu 2026",
        )
    viewer = sign_in(demo_desk.profile, "xem", "mật khẩu 2026", options=demo_desk.store.options)
    window = MainWindow(viewer, ui_settings, "en")
    qtbot.addWidget(window)
    page = show_reports(window)
    assert page.findChild(object, "read_only_note") is not None
    editor = page.report.editor
    assert editor.heading.isReadOnly() and editor.body.isReadOnly()
    for button in (
        editor.add_button,
        editor.remove_button,
        page.report.save_button,
        page.sent.build_button,
        page.sent.export_button,
        page.received.importer.button,
        page.received.trust_button,
    ):
        assert not button.isEnabled(), button.objectName()
    # The services refuse anyway: a forced save is reported, not done.
    page.report.dirty = True
    page.report.can_edit = True
    page.report.save()
    settle(page.ctx)
    assert any("xem (viewer) may not" in text for text in close_message_boxes())


def test_draft_from_records_fills_the_sections_and_asks_before_replacing_typed_text(
    window, qtbot, monkeypatch
):
    page = show_reports(window)
    report = page.report
    editor = report.editor
    qtbot.mouseClick(report.draft_button, LEFT)
    settle(page.ctx)
    bodies = [s["body"] for s in editor.sections()]
    assert all(body.strip() for body in bodies)
    assert bodies[0].startswith("Trong quý III năm 2026, Ban Chỉ đạo đã tổ chức")
    assert report.status.text() == "Drafted from the records: 7 section(s)."
    assert not report.dirty
    # The officer rewrites the first section (unsaved); a new draft asks before replacing it.
    editor.list.setCurrentRow(0)
    editor.body.setPlainText("Tình hình ổn định.")
    asked: list[str] = []

    def question(_parent, _title, text, *_args):
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", question)
    qtbot.mouseClick(report.draft_button, LEFT)
    settle(page.ctx)
    assert len(asked) == 1 and "- Tình hình chung" in asked[0]
    assert editor.sections()[0]["body"] == "Tình hình ổn định."
    assert editor.sections()[1]["body"] == bodies[1]
    assert "Kept as you wrote them: Tình hình chung" in report.status.text()
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(report.draft_button, LEFT)
    settle(page.ctx)
    assert editor.sections()[0]["body"] == bodies[0]


def test_a_preview_with_empty_sections_names_them(window, qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    page = show_reports(window)
    report = page.report
    editor = report.editor
    editor.list.setCurrentRow(0)
    editor.body.setPlainText("Tình hình ổn định.")
    qtbot.mouseClick(report.preview_button, LEFT)
    qtbot.waitUntil(lambda: report.preview is not None, timeout=BUILD_TIMEOUT)
    try:
        text = report.status.text()
        assert text.startswith("6 section(s) empty, not printed: Kết quả thực hiện nhiệm vụ;")
        assert "Tình hình chung" not in text
    finally:
        report.preview.reject()


def test_packaging_a_report_with_empty_sections_needs_the_box_ticked(
    window, qtbot, stick, monkeypatch
):
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a, **_k: str(stick))
    page = show_reports(window)
    page.tabs.setCurrentWidget(page.sent)
    qtbot.mouseClick(page.sent.build_button, LEFT)
    settle(page.ctx)
    dialog = page.sent.package_dialog
    try:
        qtbot.mouseClick(dialog.choose_button, LEFT)
        assert dialog.empty is not None and dialog.empty.isVisible()
        assert "7 section(s) empty, not printed: Tình hình chung;" in dialog.empty.warning.text()
        assert not dialog.build_button.isEnabled()
        dialog.accept()  # Enter on the dialog does not build either
        assert dialog.isVisible()
        dialog.empty.allow.setChecked(True)
        assert dialog.build_button.isEnabled()
    finally:
        dialog.reject()
    # Drafted, the report has nothing empty: the dialog asks nothing more.
    page.tabs.setCurrentWidget(page.report)
    qtbot.mouseClick(page.report.draft_button, LEFT)
    page.tabs.setCurrentWidget(page.sent)
    qtbot.mouseClick(page.sent.build_button, LEFT)
    settle(page.ctx)
    dialog = page.sent.package_dialog
    try:
        assert dialog.empty is None
    finally:
        dialog.reject()
