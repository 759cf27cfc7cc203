"""A received package's warnings (a gap in the sequence) are kept as codes and read in the
window's language, as the import says them and in the list of packages received: in
Vietnamese in the Vietnamese window, in English in the English one."""

from __future__ import annotations

from pathlib import Path

from hrdesk.bundles.registry import trust_key
from hrdesk.ui.workspaces.reports import ReportsWorkspace
from tests.bundles.signedbag import TRUSTED, UID, signed
from tests.bundles.zipwriter import RawZip

TIMEOUT = 30000
WARNING_COLUMN = 6
THIRD = UID.replace("0001", "0003")


def _package(folder: Path, sequence: int, uid: str) -> Path:
    return RawZip.from_members(signed(uid=uid, sequence=sequence)).write(
        folder / f"package-{sequence}.zip"
    )


def _import_with_a_gap(window, desk, qtbot, folder: Path):
    """Import package 1, then package 3 (package 2 lost): the importer, after the second."""
    with desk.store.transaction(desk.actor) as session:
        trust_key(session, TRUSTED.public.encoded(), "Ban Chỉ đạo tỉnh Gia Lai")
    window.navigate("reports")
    page = window.page("reports")
    assert isinstance(page, ReportsWorkspace)
    page.tabs.setCurrentWidget(page.received)
    importer = page.received.importer
    for sequence, uid in ((1, UID), (3, THIRD)):
        importer.last_result = None
        importer.import_file(_package(folder, sequence, uid))
        qtbot.waitUntil(lambda: importer.last_result is not None, timeout=TIMEOUT)
        assert importer.last_result.outcome == "imported", importer.last_result.message
    return page.received


def _warning_of(received, sequence: int) -> str:
    model = received.received.model()
    rows = [r for r in range(model.rowCount()) if model.index(r, 1).data() == str(sequence)]
    (row,) = rows
    return model.index(row, WARNING_COLUMN).data()


def test_a_gap_is_said_and_listed_in_vietnamese(vi_window, demo_desk, qtbot, tmp_path: Path):
    received = _import_with_a_gap(vi_window, demo_desk, qtbot, tmp_path)
    said = received.importer.outcome.text().splitlines()
    assert said[1] == "Cảnh báo: Thiếu (các) gói trước gói này: 2"
    qtbot.waitUntil(lambda: received.received.model().rowCount() >= 2, timeout=TIMEOUT)
    assert _warning_of(received, 3) == "Thiếu (các) gói trước gói này: 2"
    assert _warning_of(received, 1) == ""


def test_a_gap_is_listed_in_english_in_the_english_window(window, demo_desk, qtbot, tmp_path):
    received = _import_with_a_gap(window, demo_desk, qtbot, tmp_path)
    assert received.importer.outcome.text().splitlines()[1] == (
        "Warning: Package(s) missing before this one: 2"
    )
    qtbot.waitUntil(lambda: received.received.model().rowCount() >= 2, timeout=TIMEOUT)
    assert _warning_of(received, 3) == "Package(s) missing before this one: 2"
