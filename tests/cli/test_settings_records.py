"""Stored records that are not the officer's settings (the central office's connection,
the decisions on expected holidays) are neither listed nor set by `hrdesk settings`, even
when the office has them."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from hrdesk.bundles.minisign import PublicKey
from hrdesk.cli import main
from hrdesk.domain.settings import SETTINGS
from hrdesk.profile import Profile
from hrdesk.signin import sign_in
from tests.conftest import cheap

PASSWORD = "mật khẩu đủ dài"


@pytest.fixture
def home(tmp_path, monkeypatch) -> Path:
    """A profile connected to a centre, with a decision on an expected holiday."""
    from hrdesk.outbox.link import connect
    from hrdesk.services import holidays

    home = tmp_path / "home"
    monkeypatch.setenv("HRDESK_HOME", str(home))
    monkeypatch.setenv("HRDESK_PASSPHRASE", PASSWORD)
    monkeypatch.delenv("HRDESK_USER", raising=False)
    init = ["init", "--province", "gia lai", "--office", "Ban Chỉ đạo"]
    assert main(init, options=cheap()) == 0
    key = PublicKey(b"centre01", Ed25519PrivateKey.generate().public_key().public_bytes_raw())
    desk = sign_in(Profile(home), None, PASSWORD)
    with desk, desk.store.transaction(desk.actor) as s:
        connect(s, "https://tw.example.vn", [key.encoded()])
        holidays.remove_expected_day(s, date(2027, 5, 3), "Thông báo 12/TB-BNV")
    return home


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_the_list_holds_the_declared_settings_only(home, capsys):
    code, out, _ = run(capsys, "settings", "--format", "json")
    assert code == 0
    assert {row["key"] for row in json.loads(out)} == {var.key for var in SETTINGS}
    code, out, _ = run(capsys, "settings")
    assert code == 0 and "outbox" not in out and "tw.example.vn" not in out


@pytest.mark.parametrize("key", ["outbox.centre", "holidays.expected_decisions"])
def test_a_stored_record_is_no_key_of_the_settings_command(home, capsys, key):
    code, out, err = run(capsys, "settings", "set", key, "{}")
    assert code == 2 and out == ""
    assert f"Không có cài đặt '{key}'" in err and "lock_after_minutes" in err
    assert run(capsys, "settings", "get", key)[0] == 2
