"""Backups that fit the disk: none when nothing changed, the automatic copies within the
office's budget (saying which were dropped), and no backup the disk has no room for."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from hrdesk.domain.errors import StoreError
from hrdesk.domain.notice import Notice
from hrdesk.domain.settings import BACKUP_BUDGET_MB, BACKUP_MIN_FREE_MB
from hrdesk.services.settings import write_setting
from hrdesk.store.backup_files import auto_backup, auto_backup_due, auto_backups, write_backup
from hrdesk.store.backup_space import MB
from tests.factories import petition
from tests.small_disk import small_disk

NOW = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)


def _change(desk, n: int = 0) -> None:
    with desk.store.transaction(desk.actor) as s:
        petition(s, summary=f"Đơn số {n}", petitioners=[{"full_name": f"Người {n}"}])


def _set(desk, var, value: int) -> None:
    with desk.store.transaction(desk.actor) as s:
        write_setting(s, var, value)


def test_no_automatic_backup_when_nothing_changed_since_the_last(desk):
    assert auto_backup(desk.store, NOW - timedelta(days=3)) is not None
    # Days later, with the store as it was: nothing new to keep.
    assert auto_backup(desk.store, NOW) is None
    assert len(auto_backups(desk.profile.backups_dir)) == 1
    # Found unchanged: the store is not counted again at every command's end that day.
    assert not auto_backup_due(desk.profile.backups_dir, NOW + timedelta(hours=23))
    assert auto_backup_due(desk.profile.backups_dir, NOW + timedelta(hours=24))
    _change(desk)
    assert auto_backup(desk.store, NOW + timedelta(hours=1)) is None  # at most once a day
    made = auto_backup(desk.store, NOW + timedelta(days=1))
    assert made is not None and made.is_file()
    assert len(auto_backups(desk.profile.backups_dir)) == 2


def test_a_change_to_a_setting_alone_is_backed_up(desk):
    auto_backup(desk.store, NOW - timedelta(days=3))
    _set(desk, BACKUP_MIN_FREE_MB, 100)  # an update in place: no new row anywhere but the log
    assert auto_backup(desk.store, NOW) is not None


def test_an_unreadable_last_backup_does_not_stop_the_next(desk):
    old = auto_backup(desk.store, NOW - timedelta(days=3))
    assert old is not None
    old.write_bytes(b"not a zip")
    assert auto_backup(desk.store, NOW) is not None


def test_the_budget_drops_the_copy_leaving_the_smallest_gap_and_says_so(desk):
    for days in (4, 3, 2):
        _change(desk, days)
        auto_backup(desk.store, NOW - timedelta(days=days))
    _change(desk, 1)
    sizes = [path.stat().st_size for _, path in auto_backups(desk.profile.backups_dir)]
    # Three copies (the one about to be made is as large as the newest) fit in 2 MB, four do not.
    assert sum(sizes[-2:]) + sizes[-1] <= 2 * MB < sum(sizes) + sizes[-1]
    _set(desk, BACKUP_BUDGET_MB, 2)
    heard: list[Notice] = []
    made = auto_backup(desk.store, NOW, notify=heard.append)
    found = auto_backups(desk.profile.backups_dir)
    # The oldest stays (a restore reaches 4 days back); of the two between, the one whose
    # going leaves the smaller gap (2 days, not 3) goes.
    assert [stamp for stamp, _ in found] == [
        NOW - timedelta(days=4),
        NOW - timedelta(days=2),
        NOW,
    ]
    assert found[-1][1] == made
    assert sum(path.stat().st_size for _, path in found) <= 2 * MB
    assert len(heard) == 1 and heard[0].code == "backup.budget_dropped"
    assert heard[0].params["count"] == 1 and heard[0].params["kept"] == 3
    vi = heard[0].text("vi")
    assert "2 MB" in vi and "xóa 1 bản" in vi and "17/11/2026" in vi


def test_a_budget_smaller_than_one_copy_keeps_the_newest_and_says_so(desk):
    _change(desk)
    auto_backup(desk.store, NOW - timedelta(days=2))
    _change(desk, 1)
    _set(desk, BACKUP_BUDGET_MB, 0)
    heard: list[Notice] = []
    auto_backup(desk.store, NOW - timedelta(days=1), notify=heard.append)
    assert heard == [] and len(auto_backups(desk.profile.backups_dir)) == 2  # 0: no limit
    # A copy of ~0.6 MB against a budget of 1 MB fits; grow the store past it.
    _set(desk, BACKUP_BUDGET_MB, 1)
    with desk.store.transaction(desk.actor) as s:
        for n in range(300):
            petition(s, summary="Nội dung dài " * 40 + str(n), petitioners=[{"full_name": "A"}])
    made = auto_backup(desk.store, NOW, notify=heard.append)
    assert made is not None and made.stat().st_size > MB
    assert [path for _, path in auto_backups(desk.profile.backups_dir)] == [made]
    assert [notice.code for notice in heard] == ["backup.budget_dropped", "backup.budget_too_small"]
    assert "backups.budget_mb" in heard[1].text("vi")


def test_a_backup_is_refused_before_writing_when_the_disk_lacks_the_free_space(desk, tmp_path):
    _set(desk, BACKUP_MIN_FREE_MB, BACKUP_MIN_FREE_MB.maximum)
    stick = tmp_path / "stick"
    stick.mkdir()
    with pytest.raises(StoreError) as refused:
        write_backup(desk.store, stick / "office")
    assert refused.value.code == "backup.no_space"
    assert "Không đủ dung lượng trống" in refused.value.text("vi")
    assert list(stick.iterdir()) == []
    assert [p.name for p in desk.profile.root.iterdir() if p.name.startswith(".backup-")] == []
    with pytest.raises(StoreError):
        auto_backup(desk.store, NOW)
    assert auto_backups(desk.profile.backups_dir) == []


def test_a_stick_too_small_for_the_backup_is_refused_and_left_empty(desk, tmp_path):
    _set(desk, BACKUP_MIN_FREE_MB, 0)
    with small_disk(tmp_path / "stick", "256k") as stick:
        with pytest.raises(StoreError) as refused:
            write_backup(desk.store, stick / "office")
        assert refused.value.code == "backup.no_space"
        assert refused.value.params["folder"] == stick
        assert list(stick.iterdir()) == []
