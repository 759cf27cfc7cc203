"""The built-in days off on the command line: listed, and an expected one removed or
replaced by the Government's announcement, as Settings → Holidays does."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from hrdesk.cli import main


@pytest.fixture
def home(tmp_path, monkeypatch) -> Path:
    home = tmp_path / "home"
    monkeypatch.setenv("HRDESK_HOME", str(home))
    monkeypatch.setenv("HRDESK_PASSPHRASE", "mật khẩu đủ dài")
    monkeypatch.delenv("HRDESK_USER", raising=False)
    assert main(["init", "--province", "gia lai", "--office", "Ban Chỉ đạo"]) == 0
    return home


def _expected(capsys) -> list[dict]:
    capsys.readouterr()
    assert main(["holidays", "expected", "--format", "json"]) == 0
    return [d for d in json.loads(capsys.readouterr().out) if d["state"] == "expected"]


def test_an_expected_day_is_removed_or_replaced_only_with_its_announcement(home, capsys):
    first, second = _expected(capsys)[:2]
    assert main(["holidays", "remove", first["day"]]) == 2
    assert "thông báo" in capsys.readouterr().err.lower()
    assert main(["holidays", "remove", first["day"], "--announcement", "CV 12/BNV"]) == 0
    assert capsys.readouterr().out.startswith("Ngày ")
    assert main(["holidays", "remove", first["day"], "--announcement", "CV 12/BNV"]) == 2
    left = {d["day"] for d in _expected(capsys)}
    assert first["day"] not in left and second["day"] in left
    assert main(["holidays", "expected", "--format", "json"]) == 0
    states = {d["day"]: d for d in json.loads(capsys.readouterr().out)}
    assert states[first["day"]]["state"] == "removed"
    assert states[first["day"]]["announcement"] == "CV 12/BNV"
