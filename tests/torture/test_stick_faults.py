"""A full stick and a damaged backup: a clear message, nothing that looks complete left
behind, the store untouched (the short version of `make torture`'s stick faults)."""

from __future__ import annotations

import hashlib
from pathlib import Path

import keyring
import pytest
from bench.torture import crash, stick
from keyring.backends.fail import Keyring as NoKeyring

from hrdesk.cli import main


@pytest.fixture
def home(tmp_path, monkeypatch) -> Path:
    home = tmp_path / "home"
    monkeypatch.setenv("HRDESK_HOME", str(home))
    monkeypatch.setenv("HRDESK_PASSPHRASE", "mật khẩu đủ dài")
    monkeypatch.delenv("HRDESK_USER", raising=False)
    init = ["init", "--province", "gia lai", "--office", crash.OFFICE]
    assert main(init, options=crash.cheap_options()) == 0
    return home


def test_a_backup_with_a_flipped_byte_is_refused_before_anything_is_replaced(
    home, tmp_path, capsys
):
    folder = tmp_path / "stick"
    folder.mkdir()
    assert main(["backup", "--to", str(folder)]) == 0
    (backup,) = folder.glob("*.hrbackup")
    data = bytearray(backup.read_bytes())
    data[len(data) // 2] ^= 0x01  # inside the stored store, as a failing stick does
    backup.write_bytes(bytes(data))
    store = home / "hrdesk.db"
    before = hashlib.sha256(store.read_bytes()).hexdigest()
    capsys.readouterr()
    assert main(["restore", str(backup), "--yes"]) != 0
    err = capsys.readouterr().err
    assert "bị hỏng" in err and "chưa thay đổi gì" in err and "Traceback" not in err
    assert hashlib.sha256(store.read_bytes()).hexdigest() == before
    assert not [p for p in home.glob(".*-*") if p.name != ".in-use"]  # no work left behind
    assert main(["check"]) == 0


@pytest.mark.slow
def test_a_package_a_backup_and_an_excel_export_on_a_full_stick(tmp_path, monkeypatch):
    if not stick.can_mount(tmp_path / "probe"):
        pytest.skip("no tmpfs can be mounted here (needs root)")
    keyring.set_keyring(NoKeyring())
    faults = stick.stick_faults(tmp_path, crash.make_template(tmp_path))
    assert faults is not None and len(faults) == 12
    for fault in faults:
        assert fault.handled, (fault.name, fault.problems)
        assert fault.message  # said to the officer, in Vietnamese by default
