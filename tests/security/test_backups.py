"""Backups: rotating, written atomically and verified, restored only after a check."""

from __future__ import annotations

import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hrdesk.cli import main
from hrdesk.domain.errors import StoreError
from hrdesk.signin import sign_in
from hrdesk.store.backup import file_digest
from hrdesk.store.backup_files import auto_backup, auto_backups, keep, read_info, write_backup
from hrdesk.store.restore import apply_restore, prepare_restore
from tests.factories import petition
from tests.security.conftest import PASSWORD


def _fill(desk) -> None:
    with desk.store.transaction(desk.actor) as s:
        for n in range(12):
            petition(
                s,
                summary=f"Đơn số {n}: khiếu nại về bồi thường",
                petitioners=[{"full_name": f"Người khiếu nại {n}"}],
            )


def test_backup_then_damage_then_restore_gives_back_every_record(desk, tmp_path):
    _fill(desk)
    stick = tmp_path / "usb"
    stick.mkdir()
    backup = write_backup(desk.store, stick / "office")
    assert backup.name == "office.hrbackup" and not list(stick.glob("*.part"))
    before = file_digest(desk.profile.store_path, desk.store.key)
    desk.close(backup=False)

    # A failing disk: garbage over the middle of the store.
    with open(desk.profile.store_path, "r+b") as handle:
        handle.seek(4096)
        handle.write(b"\xff" * 8192)

    plan = prepare_restore(desk.profile, backup, "quantri", PASSWORD)
    assert plan.info.counts["petitions"] == 12
    aside = apply_restore(desk.profile, plan)
    assert (aside / "hrdesk.db").exists()  # the damaged store is kept, not thrown away
    with sign_in(desk.profile, "quantri", PASSWORD) as restored:
        assert file_digest(restored.profile.store_path, restored.store.key) == before
        restored.close(backup=False)


def test_a_backup_tells_what_it_holds_without_a_password(desk, tmp_path):
    _fill(desk)
    info = read_info(write_backup(desk.store, tmp_path / "b"))
    assert info.office == "Ban Chỉ đạo về quyền con người tỉnh Gia Lai"
    assert info.counts["petitions"] == 12 and info.schema
    assert info.made_at > datetime.now(UTC) - timedelta(minutes=1)


def test_a_backup_from_a_newer_version_is_refused(desk, tmp_path):
    backup = write_backup(desk.store, tmp_path / "b")
    newer = tmp_path / "newer.hrbackup"
    with zipfile.ZipFile(backup) as source, zipfile.ZipFile(newer, "w") as target:
        for item in source.namelist():
            data = source.read(item)
            if item == "info.json":
                data = data.replace(info_schema(backup).encode(), b"9999")
            target.writestr(item, data)
    with pytest.raises(StoreError, match="newer version of HR Desk"):
        prepare_restore(desk.profile, newer, "quantri", PASSWORD)


def info_schema(path) -> str:
    return read_info(path).schema


def test_restore_needs_an_administrator_of_the_backup(desk, tmp_path):
    from hrdesk.domain.errors import PermissionDenied
    from hrdesk.services import accounts

    with desk.store.transaction(desk.actor) as s:
        accounts.add_officer(
            s,
            desk.keyfile,
            desk.store.key,
            username="canbo",
            full_name="Cán bộ",
            role="officer",
            password="canbo-pass-123",
        )
    backup = write_backup(desk.store, tmp_path / "b")
    with pytest.raises(PermissionDenied):
        prepare_restore(desk.profile, backup, "canbo", "canbo-pass-123")


def test_automatic_backups_run_at_most_daily(desk):
    now = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
    assert auto_backup(desk.store, now) is not None
    _fill(desk)
    assert auto_backup(desk.store, now + timedelta(hours=5)) is None
    assert auto_backup(desk.store, now + timedelta(hours=25)) is not None
    assert len(auto_backups(desk.profile.backups_dir)) == 2


def test_closing_makes_the_daily_backup(desk):
    desk.close()
    assert len(auto_backups(desk.profile.backups_dir)) == 1


@given(
    st.lists(
        st.datetimes(min_value=datetime(2024, 1, 1), max_value=datetime(2026, 11, 20)),
        min_size=1,
        max_size=200,
        unique=True,
    )
)
def test_rotation_keeps_7_daily_4_weekly_12_monthly_and_always_the_newest(naive):
    stamps = [t.replace(tzinfo=UTC) for t in naive]
    kept = keep(stamps, max(stamps))
    assert max(stamps) in kept
    assert len(kept) <= 7 + 4 + 12
    days = {t.date() for t in stamps}
    assert len({t.date() for t in kept}) >= min(7, len(days))


def test_backup_and_restore_from_the_command_line(desk, tmp_path, monkeypatch, capsys):
    _fill(desk)
    desk.close(backup=False)
    monkeypatch.setenv("HRDESK_HOME", str(desk.profile.root))
    monkeypatch.setenv("HRDESK_PASSPHRASE", PASSWORD)
    monkeypatch.setenv("HRDESK_USER", "quantri")
    assert main(["backup", "--to", str(tmp_path)]) == 0
    path = capsys.readouterr().out.strip()
    assert main(["restore", path]) == 2  # not a terminal, no --yes: nothing changes
    assert "Thêm --yes" in capsys.readouterr().err
    assert main(["restore", path, "--yes"]) == 0
    out = capsys.readouterr().out
    assert "petitions: 12" in out and f"Đã khôi phục {Path(path).name}" in out
    assert out.startswith("Bản sao lưu của ")
    assert main(["backup", "--to", str(tmp_path / "missing")]) == 2
