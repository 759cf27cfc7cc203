"""`hrdesk settings`: the office's declared settings listed, read and set from the command
line, with the window's role rule and the declared range."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from hrdesk.cli import main
from hrdesk.domain.settings import LOCK_AFTER_MINUTES, SETTINGS

PASSWORD = "mật khẩu đủ dài"


@pytest.fixture
def home(tmp_path, monkeypatch) -> Path:
    home = tmp_path / "home"
    monkeypatch.setenv("HRDESK_HOME", str(home))
    monkeypatch.setenv("HRDESK_PASSPHRASE", PASSWORD)
    monkeypatch.delenv("HRDESK_USER", raising=False)
    assert main(["init", "--province", "gia lai", "--office", "Ban Chỉ đạo"]) == 0
    return home


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_settings_lists_every_declared_setting_with_value_and_default(home, capsys):
    code, out, _ = run(capsys, "settings", "--format", "json")
    assert code == 0
    rows = {row["key"]: row for row in json.loads(out)}
    assert set(rows) == {var.key for var in SETTINGS}
    lock = rows["lock_after_minutes"]
    assert (lock["value"], lock["default"], lock["minimum"], lock["maximum"]) == (10, 10, 1, 240)
    assert lock["settable"] is True
    assert rows["rules.enabled_sets"]["settable"] is False
    code, out, _ = run(capsys, "settings")
    assert code == 0
    line = next(line for line in out.splitlines() if line.startswith("lock_after_minutes"))
    assert line.split()[1:4] == ["10", "10", "1–240"]


def test_an_administrator_sets_the_lock_and_get_reads_it_back(home, capsys):
    code, out, _ = run(capsys, "settings", "set", "lock_after_minutes", "45")
    assert code == 0 and "45" in out
    assert run(capsys, "settings", "get", "lock_after_minutes") == (0, "45\n", "")
    code, out, _ = run(capsys, "settings", "get", "lock_after_minutes", "--format", "json")
    assert json.loads(out)["value"] == 45 and json.loads(out)["default"] == 10


@pytest.mark.parametrize("value", ["0", "241", "mười", "4.5", ""])
def test_a_value_outside_the_declared_range_is_refused_in_vietnamese(home, capsys, value):
    code, out, err = run(capsys, "settings", "set", "lock_after_minutes", value)
    assert code == 2 and out == ""
    assert f"phải là số nguyên từ 1 đến 240, không phải '{value}'" in err
    assert run(capsys, "settings", "get", "lock_after_minutes")[1] == "10\n"


def test_the_refusal_is_in_english_when_asked(home, capsys):
    code, _, err = run(capsys, "--lang", "en", "settings", "set", "lock_after_minutes", "999")
    assert code == 2
    assert "must be a whole number from 1 to 240, not '999'" in err


def test_an_unknown_key_names_the_known_ones(home, capsys):
    code, _, err = run(capsys, "settings", "get", "lock_minutes")
    assert code == 2
    assert "Không có cài đặt 'lock_minutes'" in err and "lock_after_minutes" in err


def test_a_setting_kept_by_another_command_is_not_set_here(home, capsys):
    code, _, err = run(capsys, "settings", "set", "rules.enabled_sets", "nd155-2026")
    assert code == 2 and "hrdesk rules on|off" in err
    assert (
        json.loads(run(capsys, "settings", "get", "rules.enabled_sets", "--format", "json")[1])[
            "value"
        ]
        == []
    )


def test_a_viewer_reads_the_settings_but_may_not_change_them(home, capsys, monkeypatch):
    from hrdesk.profile import Profile
    from hrdesk.services import accounts
    from hrdesk.signin import sign_in

    with sign_in(Profile(home), None, PASSWORD) as desk, desk.store.transaction(desk.actor) as s:
        accounts.add_officer(
            s,
            desk.keyfile,
            desk.store.key,
            username="xem",
            full_name="Người xem",
            role="viewer",
            password=PASSWORD,
        )
    monkeypatch.setenv("HRDESK_USER", "xem")
    assert run(capsys, "settings", "get", LOCK_AFTER_MINUTES.key)[:2] == (0, "10\n")
    code, _, err = run(capsys, "settings", "set", LOCK_AFTER_MINUTES.key, "30")
    assert code == 2 and "xem" in err and "không được" in err
    monkeypatch.setenv("HRDESK_USER", "admin")
    assert run(capsys, "settings", "get", LOCK_AFTER_MINUTES.key)[1] == "10\n"
