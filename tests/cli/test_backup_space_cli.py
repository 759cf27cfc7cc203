"""The automatic backup on the command line: none after a read-only command when nothing
changed, one after a change, and what the disk budget or free space has to say on stderr."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from hrdesk.cli import main
from hrdesk.profile import Profile
from hrdesk.store.backup_files import AUTO_PREFIX, SUFFIX, UNCHANGED_MARK, auto_backups

PASSWORD = "mật khẩu đủ dài"


@pytest.fixture
def home(tmp_path, monkeypatch) -> Path:
    home = tmp_path / "home"
    monkeypatch.setenv("HRDESK_HOME", str(home))
    monkeypatch.setenv("HRDESK_PASSPHRASE", PASSWORD)
    monkeypatch.delenv("HRDESK_USER", raising=False)
    assert main(["init", "--province", "gia lai", "--office", "Ban Chỉ đạo"]) == 0
    return home


def _backups() -> list[Path]:
    return [path for _, path in auto_backups(Profile.resolve(None).backups_dir)]


def _age_backups(days: int) -> None:
    """Make every automatic backup `days` older (its name holds when it was made)."""
    for path in _backups():
        stamp = datetime.strptime(path.name[len(AUTO_PREFIX) : -len(SUFFIX)], "%Y%m%dT%H%M%SZ")
        older = stamp.replace(tzinfo=UTC) - timedelta(days=days)
        path.rename(path.with_name(f"{AUTO_PREFIX}{older:%Y%m%dT%H%M%SZ}{SUFFIX}"))
    mark = Profile.resolve(None).backups_dir / UNCHANGED_MARK
    if mark.exists():
        then = datetime.fromisoformat(mark.read_text()) - timedelta(days=days)
        mark.write_text(then.isoformat())


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_a_read_only_command_writes_no_backup_until_something_changed(home, capsys):
    assert len(_backups()) == 1  # the first, on closing after `init`
    _age_backups(2)
    code, _, err = run(capsys, "list", "petitions")
    assert code == 0 and err == ""
    assert len(_backups()) == 1  # two days on, but nothing changed: no second copy
    _age_backups(2)  # and a day after that finding
    code, _, _ = run(capsys, "settings", "set", "lock_after_minutes", "45")
    assert code == 0
    assert len(_backups()) == 2  # a change: backed up on closing
    _age_backups(2)
    run(capsys, "list", "petitions")
    assert len(_backups()) == 2


def test_the_budget_dropping_a_copy_is_said_on_stderr(home, capsys):
    _age_backups(2)
    code, _, err = run(capsys, "settings", "set", "backups.budget_mb", "1")
    assert code == 0
    found = _backups()
    assert len(found) == 1 and found[0].stat().st_size < 1024 * 1024
    assert "Để không vượt quá 1 MB dành cho sao lưu tự động, đã xóa 1 bản" in err


def test_a_disk_without_the_free_space_refuses_the_backup_on_stderr(home, capsys, tmp_path):
    stick = tmp_path / "stick"
    stick.mkdir()
    code, _, _ = run(capsys, "settings", "set", "backups.min_free_mb", "10000000")
    assert code == 0
    code, out, err = run(capsys, "backup", "--to", str(stick))
    assert code == 2 and out == ""
    assert "Không đủ dung lượng trống" in err and "chưa ghi gì" in err
    assert list(stick.iterdir()) == []
    _age_backups(2)
    code, _, err = run(capsys, "--lang", "en", "settings", "set", "lock_after_minutes", "30")
    assert code == 0  # the change is made; only the automatic backup was refused
    assert "There is not enough free space" in err
    assert len(_backups()) == 1
