"""`hrdesk check --quick` reads a bounded part of the store, so it must still fail on the
damage it is there to find: a changed or cut audit chain head, a store encrypted with
another key, a file cut short, a damaged small table."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import text

from hrdesk.cli import main
from hrdesk.profile import Profile
from hrdesk.signin import sign_in

PASSWORD = "mật khẩu đủ dài"


@pytest.fixture
def home(tmp_path, monkeypatch) -> Path:
    home = tmp_path / "home"
    monkeypatch.setenv("HRDESK_HOME", str(home))
    monkeypatch.setenv("HRDESK_PASSPHRASE", PASSWORD)
    monkeypatch.delenv("HRDESK_USER", raising=False)
    assert main(["init", "--province", "gia lai", "--office", "Ban Chỉ đạo"]) == 0
    for name in ("Sở Tư pháp", "Công an tỉnh", "Sở Y tế"):
        assert main(["add", "agencies", "--name", name, "--kind", "department"]) == 0
    return home


def _quick(capsys, *lang: str) -> tuple[int, str]:
    capsys.readouterr()
    code = main([*lang, "check", "--quick"])
    return code, capsys.readouterr().out


def _sql(home: Path, statement: str) -> None:
    desk = sign_in(Profile(home), None, PASSWORD)
    try:
        with desk.store.engine.begin() as connection:
            connection.execute(text(statement))
    finally:
        desk.close(backup=False)


def test_a_sound_store_passes_and_says_what_was_checked(home, capsys):
    code, out = _quick(capsys, "--lang", "en")
    assert code == 0, out
    assert "File: opened with its key" in out
    assert "checked page by page" in out
    assert "Audit log: the newest 5 entries re-hashed and linked, up to entry 5" in out
    assert "3 agencies" in out
    assert out.rstrip().endswith("the full check is `hrdesk check`")
    code, out = _quick(capsys)
    assert code == 0 and "Kiểm tra nhanh: đạt" in out  # Vietnamese unless asked


def test_a_changed_entry_at_the_chain_head_fails(home, capsys):
    _sql(home, "UPDATE audit_entries SET actor = 'someone' WHERE seq = 4")
    code, out = _quick(capsys, "--lang", "en")
    assert code == 1
    assert "Audit log: broken at entry 4: its content was changed" in out
    assert "Quick check: 1 problems found" in out


def test_the_newest_entries_removed_fail(home, capsys):
    _sql(home, "DELETE FROM audit_entries WHERE seq >= 4")
    code, out = _quick(capsys, "--lang", "en")
    assert code == 1 and "entry 4 and later are missing" in out


def test_an_entry_taken_out_of_the_middle_fails(home, capsys):
    _sql(home, "DELETE FROM audit_entries WHERE seq = 3")
    code, out = _quick(capsys, "--lang", "en")
    assert code == 1 and "broken at entry 4: it does not follow the entry before it" in out


def test_a_store_under_another_key_fails(home, tmp_path, capsys, monkeypatch):
    other = tmp_path / "other"
    monkeypatch.setenv("HRDESK_HOME", str(other))
    assert main(["init", "--province", "gia lai", "--office", "Ban Chỉ đạo"]) == 0
    # The same password opens the other profile's key slot, whose key is not this store's.
    shutil.copy(other / "keys.json", home / "keys.json")
    monkeypatch.setenv("HRDESK_HOME", str(home))
    code, out = _quick(capsys, "--lang", "en")
    assert code == 1 and "damaged" in out


def test_a_file_cut_short_fails(home, capsys):
    store = home / "hrdesk.db"
    assert not Path(f"{store}-wal").exists() or Path(f"{store}-wal").stat().st_size == 0
    size = store.stat().st_size
    with open(store, "r+b") as handle:
        handle.truncate(size - 4096)
    code, out = _quick(capsys, "--lang", "en")
    assert code == 1 and "damaged" in out


def test_a_changed_byte_in_a_small_table_fails(home, capsys):
    desk = sign_in(Profile(home), None, PASSWORD)
    try:
        with desk.store.engine.connect() as connection:
            root = connection.exec_driver_sql(
                "SELECT rootpage FROM sqlite_schema WHERE name = 'agencies'"
            ).scalar_one()
            page = int(connection.exec_driver_sql("PRAGMA page_size").scalar_one())
    finally:
        desk.close(backup=False)
    store = home / "hrdesk.db"
    with open(store, "r+b") as handle:  # one byte inside the table's encrypted page
        handle.seek((root - 1) * page + page // 2)
        byte = handle.read(1)
        handle.seek(-1, 1)
        handle.write(bytes([byte[0] ^ 0xFF]))
    code, out = _quick(capsys, "--lang", "en")
    assert code == 1 and "Store: damaged: the table agencies" in out
