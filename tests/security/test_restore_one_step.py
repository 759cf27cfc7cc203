"""A restore replaces the store and its keys as one step: a kill -9 between any two of its
file operations leaves the old store with its keys, or (at the next start) the backup's
store with the backup's keys, never one with the other's. And a restore, or the copy
before an upgrade, is refused before anything is copied when the disk has no room."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from sqlalchemy import func, select

from hrdesk import workdir
from hrdesk.domain.errors import StoreError
from hrdesk.domain.settings import BACKUP_MIN_FREE_MB
from hrdesk.profile import Profile
from hrdesk.services.settings import write_setting
from hrdesk.signin import create_profile, sign_in
from hrdesk.store import migrate
from hrdesk.store.backup_files import write_backup
from hrdesk.store.database import Store
from hrdesk.store.engine import create_store_engine
from hrdesk.store.models import Petition
from hrdesk.store.restore import apply_restore, prepare_restore
from hrdesk.store.restore_journal import JOURNAL
from tests.conftest import ADMIN
from tests.factories import petition
from tests.security.conftest import PASSWORD
from tests.small_disk import small_disk

ROOT = Path(__file__).resolve().parents[2]

# Restore, killing this process with SIGKILL just before or just after its N-th os.replace
# (the journal, the store, the keys): the moments a crash can come between two steps.
KILLED_RESTORE = textwrap.dedent(
    """
    import os, signal, sys
    from pathlib import Path
    from hrdesk.profile import Profile
    from hrdesk.store.restore import apply_restore, prepare_restore

    profile, backup, password, when, n = sys.argv[1:6]
    plan = prepare_restore(Profile(profile), Path(backup), "quantri", password)
    real, calls = os.replace, []

    def replace(source, target):
        calls.append(target)
        if when == "before" and len(calls) == int(n):
            os.kill(os.getpid(), signal.SIGKILL)
        real(source, target)
        if when == "after" and len(calls) == int(n):
            os.kill(os.getpid(), signal.SIGKILL)

    os.replace = replace
    apply_restore(Profile(profile), plan)
    print("finished", len(calls), flush=True)
    """
)


def _petitions(desk) -> int:
    with desk.store.reader(desk.actor) as s:
        return s.execute(select(func.count()).select_from(Petition)).scalar_one()


def _add(desk, count: int, words: str) -> None:
    with desk.store.transaction(desk.actor) as s:
        for n in range(count):
            petition(s, summary=f"{words} {n}", petitioners=[{"full_name": f"Người {n}"}])


@pytest.fixture
def laptops(desk, tmp_path) -> tuple[Profile, Path]:
    """A backup of one office's store (3 petitions), and another laptop's profile (its own
    store key, 5 petitions) that the backup is restored onto."""
    _add(desk, 3, "Đơn trong bản sao lưu")
    stick = tmp_path / "stick"
    stick.mkdir()
    backup = write_backup(desk.store, stick / "office")
    other = create_profile(
        Profile(tmp_path / "other"), username="quantri", password=PASSWORD, full_name="Quản Trị"
    )
    _add(other, 5, "Đơn của máy kia")
    other.close(backup=False)
    return other.profile, backup


def _restore_killed(profile: Profile, backup: Path, when: str, n: int) -> str:
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            KILLED_RESTORE,
            str(profile.root),
            str(backup),
            PASSWORD,
            when,
            str(n),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert done.returncode in (0, -9), done.stderr
    return "killed" if done.returncode == -9 else done.stdout.strip()


def _check(profile: Profile) -> subprocess.CompletedProcess:
    env = {**os.environ, "HRDESK_PASSPHRASE": PASSWORD, "HRDESK_USER": "quantri"}
    return subprocess.run(
        [sys.executable, "-m", "hrdesk", "--profile", str(profile.root), "--lang", "en", "check"],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=300,
    )


@pytest.mark.parametrize(
    ("when", "n", "expected"),
    [
        ("before", 1, 5),  # before the journal: nothing decided, the old store stays
        ("after", 1, 3),  # the journal written: the next start finishes the restore
        ("after", 2, 3),  # the store moved, not yet its keys: the torn moment
        ("after", 3, 3),  # both moved, the journal not yet removed
    ],
)
def test_a_restore_killed_between_any_two_steps_is_never_torn(
    laptops, monkeypatch, when, n, expected
):
    monkeypatch.setattr(workdir, "YOUNG", 0.0)  # the killed restore's folder is seconds old
    profile, backup = laptops
    assert _restore_killed(profile, backup, when, n) == "killed"
    with sign_in(profile, "quantri", PASSWORD) as after:
        assert _petitions(after) == expected
        after.close(backup=False)
    assert not (profile.root / JOURNAL).exists()
    assert not list(profile.root.glob(".restore-*"))
    checked = _check(profile)
    assert checked.returncode == 0, checked.stdout + checked.stderr


def test_an_unkilled_restore_takes_three_renames_and_leaves_no_journal(laptops):
    profile, backup = laptops
    assert _restore_killed(profile, backup, "after", 99) == "finished 3"
    assert not (profile.root / JOURNAL).exists()
    with sign_in(profile, "quantri", PASSWORD) as after:
        assert _petitions(after) == 3
        after.close(backup=False)


def test_a_restore_is_refused_before_copying_when_the_disk_has_no_room(laptops):
    profile, backup = laptops
    store_before = profile.store_path.read_bytes()
    keys_before = profile.keys_path.read_bytes()
    # The copy of the current store is kept in backups/: a disk with less than the
    # reserve (200 MB) free there.
    with small_disk(profile.backups_dir, "50m"):
        plan = prepare_restore(profile, backup, "quantri", PASSWORD)
        with pytest.raises(StoreError) as refused:
            apply_restore(profile, plan)
        assert refused.value.code == "restore.no_space"
        assert "Không đủ dung lượng trống" in refused.value.text("vi")
        assert list(profile.backups_dir.iterdir()) == []
    assert profile.store_path.read_bytes() == store_before
    assert profile.keys_path.read_bytes() == keys_before
    assert not (profile.root / JOURNAL).exists() and not list(profile.root.glob(".restore-*"))


def test_an_old_store_is_not_upgraded_when_its_copy_cannot_be_made(tmp_path):
    profile = Profile(tmp_path / "old").ensure()
    engine = create_store_engine(profile.store_path)
    migrate.upgrade_to(engine, "0008")
    engine.dispose()
    with Store.open(profile, migrate_schema=False) as store, store.transaction(ADMIN) as s:
        write_setting(s, BACKUP_MIN_FREE_MB, BACKUP_MIN_FREE_MB.maximum)  # 10 TB
    with pytest.raises(StoreError) as refused:
        Store.open(profile)
    assert refused.value.code == "upgrade.no_space"
    assert "chưa được nâng cấp" in refused.value.text("vi")
    engine = create_store_engine(profile.store_path)
    with engine.connect() as connection:
        assert migrate.current_revision(connection) == "0008"
    engine.dispose()
    assert list(profile.backups_dir.iterdir()) == []
