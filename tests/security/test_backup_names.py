"""Two backups in one second to one folder are two files: names go down to the second, so
the second one takes the next free name instead of replacing the first."""

from __future__ import annotations

import os
from datetime import UTC, datetime

from hrdesk.store.backup_files import auto_backups, check_written, set_aside, write_backup
from hrdesk.store.files import part_path, reserve_unique
from tests.factories import petition


def test_two_backups_with_one_name_are_both_kept(desk, tmp_path):
    stick = tmp_path / "stick"
    stick.mkdir()
    first = write_backup(desk.store, stick / "hrdesk-20261203T101500Z")
    with desk.store.transaction(desk.actor) as s:
        petition(s, summary="Đơn sau bản thứ nhất", petitioners=[{"full_name": "Người gửi"}])
    second = write_backup(desk.store, stick / "hrdesk-20261203T101500Z")
    assert first.name == "hrdesk-20261203T101500Z.hrbackup"
    assert second.name == "hrdesk-20261203T101500Z-2.hrbackup"
    for made in (first, second):
        check_written(made)
    assert first.read_bytes() != second.read_bytes()  # the first was not overwritten
    assert {p.name for p in stick.iterdir()} == {first.name, second.name}


def test_a_name_being_written_by_another_process_is_not_taken(tmp_path):
    # Another backup holds `office.hrbackup.part` (it reserved the name and is writing).
    part_path(tmp_path / "office.hrbackup").write_bytes(b"")
    taken = reserve_unique(tmp_path, "office", ".hrbackup")
    assert taken.name == "office-2.hrbackup" and part_path(taken).exists()
    assert reserve_unique(tmp_path, "office", ".hrbackup").name == "office-3.hrbackup"


def test_automatic_backups_of_one_second_both_count_in_the_rotation(desk):
    now = datetime(2026, 12, 3, 10, 15, tzinfo=UTC)
    folder = desk.profile.backups_dir
    name = folder / f"auto-{now:%Y%m%dT%H%M%SZ}"
    made = [write_backup(desk.store, name), write_backup(desk.store, name)]
    assert [path for _, path in auto_backups(folder)] == made
    assert {stamp for stamp, _ in auto_backups(folder)} == {now}


def test_the_store_set_aside_twice_in_one_second_keeps_both_copies(desk):
    first = set_aside(desk.profile, "before-restore")
    second = set_aside(desk.profile, "before-restore")
    assert first is not None and second is not None and first != second
    assert sorted(os.listdir(first)) == sorted(os.listdir(second))
