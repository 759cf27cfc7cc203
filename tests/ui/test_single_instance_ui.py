"""One window per profile: a second HR Desk on the same profile brings the first to the
front and opens nothing; a lock left by a crash is taken over. Real processes, the real
lock file and local socket."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from hrdesk.ui.app import claim_profile, run
from hrdesk.ui.single_instance import LOCK_NAME, ProfileGuard

# Another HR Desk: holds the profile, says so, and ends when asked to come to the front.
HOLDER = textwrap.dedent(
    """
    import sys
    from PySide6.QtWidgets import QApplication
    from hrdesk.ui.app import claim_profile

    app = QApplication([])
    guard = claim_profile(sys.argv[1])
    print("held" if guard is not None else "refused", flush=True)
    if guard is not None:
        guard.wake.connect(lambda: (print("woken", flush=True), app.quit()))
        app.exec()
    """
)


@pytest.fixture
def holder(tmp_path: Path):
    """A second process holding a profile; yields (profile folder, process)."""
    root = tmp_path / "profile"
    root.mkdir()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    process = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(root)],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "held"
    yield root, process
    if process.poll() is None:
        process.kill()
    process.wait(10)


def test_a_second_start_on_the_profile_wakes_the_first_and_ends(qapp, holder):
    root, process = holder
    assert (root / LOCK_NAME).exists()
    assert claim_profile(root) is None  # held: this start opens nothing
    assert process.stdout.readline().strip() == "woken"
    assert process.wait(10) == 0


def test_the_window_does_not_open_on_a_profile_another_has_open(qapp, holder, tmp_path):
    root, process = holder
    assert run(str(root), "en", settings_file=tmp_path / "window.ini") == 0
    assert process.stdout.readline().strip() == "woken"


def test_a_lock_left_by_a_crash_is_taken_over(qapp, holder):
    root, process = holder
    process.send_signal(signal.SIGKILL)
    process.wait(10)
    assert (root / LOCK_NAME).exists()  # the crash left it behind
    guard = claim_profile(root)
    assert guard is not None
    guard.release()


def test_the_first_start_is_woken_in_process_too(qapp, qtbot, tmp_path):
    first = ProfileGuard(tmp_path)
    assert first.claim()
    woken: list[bool] = []
    first.wake.connect(lambda: woken.append(True))
    second = ProfileGuard(tmp_path)
    assert not second.claim()
    assert second.wake_other()
    qtbot.waitUntil(lambda: bool(woken), timeout=5000)
    first.release()
    third = ProfileGuard(tmp_path)
    assert third.claim()  # released on closing: the next start holds it
    third.release()


def test_another_profile_is_not_held(qapp, tmp_path):
    first, second = ProfileGuard(tmp_path / "a"), ProfileGuard(tmp_path / "b")
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    assert first.claim() and second.claim()
    first.release()
    second.release()
