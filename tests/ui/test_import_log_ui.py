"""The import log of a received package reads in the officer's language: why a tampered
package was refused, and every check made, in Vietnamese in the Vietnamese window."""

from __future__ import annotations

from pathlib import Path

from hrdesk.bundles.registry import trust_key
from hrdesk.ui.workspaces.reports import ReportsWorkspace
from tests.bundles.corpus import CASES, TRUSTED, write_case

TIMEOUT = 30000


def _received_tab(window) -> ReportsWorkspace:
    window.navigate("reports")
    page = window.page("reports")
    assert isinstance(page, ReportsWorkspace)
    page.tabs.setCurrentWidget(page.received)
    return page


def test_a_tampered_package_is_refused_in_vietnamese(vi_window, demo_desk, qtbot, tmp_path: Path):
    with demo_desk.store.transaction(demo_desk.actor) as session:
        trust_key(session, TRUSTED.public.encoded(), "Ban Chỉ đạo tỉnh Gia Lai")
    # The report's spreadsheet zeroed, its size and the signed manifests left as they were.
    case = next(c for c in CASES if c.name == "payload-swapped-same-size")
    package = write_case(case, tmp_path)
    importer = _received_tab(vi_window).received.importer
    importer.import_file(package)
    qtbot.waitUntil(lambda: importer.last_result is not None, timeout=TIMEOUT)
    assert importer.last_result.outcome == "rejected"
    assert importer.outcome.text() == (
        "Chưa nhập: bước kiểm tra “tệp dữ liệu” không đạt (xem bên dưới)."
    )
    log = importer.checks.toPlainText().splitlines()
    assert log[0].startswith("đạt    tệp zip: Đọc được đúng dạng HR Desk ghi")
    assert log[-1] == "LỖI    tệp dữ liệu: Tệp data/report.xlsx đã bị thay đổi (mã SHA-512 khác)"
    assert not any("changed" in line or "ok " in line for line in log)


def test_the_english_window_keeps_the_english_log(window, demo_desk, qtbot, tmp_path: Path):
    with demo_desk.store.transaction(demo_desk.actor) as session:
        trust_key(session, TRUSTED.public.encoded(), "Ban Chỉ đạo tỉnh Gia Lai")
    case = next(c for c in CASES if c.name == "payload-swapped-same-size")
    importer = _received_tab(window).received.importer
    importer.import_file(write_case(case, tmp_path))
    qtbot.waitUntil(lambda: importer.last_result is not None, timeout=TIMEOUT)
    assert importer.outcome.text() == "Not imported: the check “payload” failed (see below)."
    log = importer.checks.toPlainText().splitlines()
    assert log[-1] == "FAIL  payload: The file data/report.xlsx was changed (SHA-512 differs)"
