"""Working folders are inside the folder given, and a crash's leftovers go at the next
start while a folder in use by a live process stays."""

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

HOLD = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from hrdesk import workdir
    with workdir.working_folder(Path(sys.argv[1]), ".incoming-") as folder:
        (folder / "package.zip").write_bytes(b"personal data")
        print(folder, flush=True)
        time.sleep(60)
    """
)


def _holder(parent: Path) -> tuple[subprocess.Popen, Path]:
    process = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(parent)], stdout=subprocess.PIPE, text=True
    )
    line = process.stdout.readline().strip()
    assert line, "the holding process did not start"
    return process, Path(line)


@pytest.fixture(autouse=True)
def no_grace(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(workdir, "YOUNG", 0.0)


def test_a_folder_left_by_a_killed_process_is_removed_at_the_next_start(tmp_path):
    process, left = _holder(tmp_path)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    assert left.is_dir()  # kill -9 leaves it
    with workdir.working_folder(tmp_path, ".incoming-") as folder:
        assert folder.parent == tmp_path and not left.exists()
    assert list(tmp_path.iterdir()) == []


def test_a_folder_in_use_by_a_live_process_is_left_alone(tmp_path):
    process, live = _holder(tmp_path)
    try:
        with workdir.working_folder(tmp_path, ".incoming-") as folder:
            assert folder != live
        assert live.is_dir() and (live / "package.zip").read_bytes() == b"personal data"
        assert workdir.sweep(tmp_path, ".incoming-") == []
    finally:
        process.kill()
        process.wait()
    assert workdir.sweep(tmp_path, ".incoming-") == [live]


def test_a_brand_new_folder_is_not_taken_for_a_leftover(tmp_path, monkeypatch):
    monkeypatch.setattr(workdir, "YOUNG", 60.0)
    young = tmp_path / ".incoming-new"
    young.mkdir()
    assert workdir.sweep(tmp_path, ".incoming-") == []
    old = time.time() - 120
    os.utime(young, (old, old))
    assert workdir.sweep(tmp_path, ".incoming-") == [young]


def test_a_killed_import_leaves_nothing_once_the_officer_signs_in_again(tmp_path):
    from hrdesk.profile import Profile
    from hrdesk.signin import create_profile, sign_in

    profile = Profile(tmp_path / "profile")
    create_profile(profile, username="quantri", password="mật khẩu dài 1", full_name="A").close(
        backup=False
    )
    leftovers = []
    for folder in ("received", "exports"):
        process, left = _holder(profile.root / folder)
        os.kill(process.pid, signal.SIGKILL)
        process.wait()
        leftovers.append(left)
    # The holder named its folder ".incoming-"; a build's are ".staging-".
    staging = leftovers[1].with_name(".staging-" + leftovers[1].name.removeprefix(".incoming-"))
    leftovers[1].rename(staging)
    leftovers[1] = staging
    assert all(left.is_dir() for left in leftovers)
    sign_in(profile, "quantri", "mật khẩu dài 1").close(backup=False)
    assert not any(left.exists() for left in leftovers)
