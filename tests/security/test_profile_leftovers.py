"""A killed backup or package build leaves its working folder in the profile; the next
sign-in (or the next backup or build) removes it, but never one a live process holds."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from hrdesk import workdir
from hrdesk.signin import sign_in
from hrdesk.store.backup_files import write_backup
from tests.security.conftest import PASSWORD

# A backup that stops (for the test to kill it) while its copy of the store is being made.
BACKUP_THEN_WAIT = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from hrdesk.profile import Profile
    from hrdesk.signin import sign_in
    from hrdesk.store.backup_files import write_backup

    desk = sign_in(Profile(sys.argv[1]), "quantri", sys.argv[2])

    def progress(fraction, text):
        print("copying", flush=True)
        time.sleep(120)

    write_backup(desk.store, Path(sys.argv[3]) / "office.hrbackup", progress)
    """
)


def _backup_in_a_child(desk, stick: Path) -> subprocess.Popen:
    child = subprocess.Popen(
        [sys.executable, "-c", BACKUP_THEN_WAIT, str(desk.profile.root), PASSWORD, str(stick)],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "copying", "the backup did not start"
    return child


def _working(root: Path, prefix: str) -> list[Path]:
    return sorted(p for p in root.glob(f"{prefix}*") if p.is_dir())


@pytest.fixture
def no_grace(monkeypatch):
    monkeypatch.setattr(workdir, "YOUNG", 0.0)


def test_a_killed_backups_working_folder_goes_at_the_next_sign_in(desk, tmp_path, no_grace):
    stick = tmp_path / "stick"
    stick.mkdir()
    desk.close(backup=False)
    child = _backup_in_a_child(desk, stick)
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    (left,) = _working(desk.profile.root, ".backup-")
    assert (left / "hrdesk.db.part").exists() or (left / "hrdesk.db").exists()
    assert not list(stick.glob("*.hrbackup"))  # nothing there looks complete
    again = sign_in(desk.profile, "quantri", PASSWORD)
    try:
        assert _working(desk.profile.root, ".backup-") == []
    finally:
        again.close(backup=False)


def test_a_backup_still_running_elsewhere_keeps_its_folder(desk, tmp_path, no_grace):
    stick = tmp_path / "stick"
    stick.mkdir()
    desk.close(backup=False)
    child = _backup_in_a_child(desk, stick)
    try:
        (live,) = _working(desk.profile.root, ".backup-")
        again = sign_in(desk.profile, "quantri", PASSWORD)
        try:
            assert _working(desk.profile.root, ".backup-") == [live]
            # Nor does a backup of this process remove it when it sweeps before its own.
            made = write_backup(again.store, tmp_path / "mine.hrbackup")
            assert made.is_file() and live.is_dir()
        finally:
            again.close(backup=False)
    finally:
        child.kill()
        child.wait()


HOLD = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from hrdesk import workdir
    with workdir.working_folder(Path(sys.argv[1]), sys.argv[2]) as folder:
        (folder / "report.pdf").write_bytes(b"rendered")
        print(folder, flush=True)
        time.sleep(120)
    """
)


@pytest.mark.parametrize(("under", "prefix"), [("exports", ".report-"), (".", ".restore-")])
def test_every_kind_of_killed_working_folder_goes_at_the_next_sign_in(
    desk, no_grace, under, prefix
):
    desk.close(backup=False)
    parent = desk.profile.root / under
    child = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(parent), prefix], stdout=subprocess.PIPE, text=True
    )
    assert child.stdout is not None
    left = Path(child.stdout.readline().strip())
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    assert left.is_dir()
    again = sign_in(desk.profile, "quantri", PASSWORD)
    again.close(backup=False)
    assert not left.exists()


def test_a_folder_a_moment_old_is_left_for_its_process_to_lock(desk, monkeypatch):
    # Made microseconds before its lock: a sign-in at that moment must not take it.
    monkeypatch.setattr(workdir, "YOUNG", 60.0)
    desk.close(backup=False)
    young = desk.profile.exports_dir / ".report-just-made"
    young.mkdir(parents=True)
    again = sign_in(desk.profile, "quantri", PASSWORD)
    again.close(backup=False)
    assert young.is_dir()
    os.utime(young, (time.time() - 120, time.time() - 120))
    again = sign_in(desk.profile, "quantri", PASSWORD)
    again.close(backup=False)
    assert not young.exists()
