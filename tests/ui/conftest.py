"""Window tests: the real widgets, offscreen, on a copy of a small demo profile."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from hrdesk.profile import Profile
from hrdesk.signin import Desk, create_profile, sign_in
from tests.conftest import TODAY

DEMO_USER = DEMO_PASSWORD = "demo"


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small demo profile (made once per test run, as of TODAY)."""
    from hrdesk.demo import build_demo

    root = tmp_path_factory.mktemp("demo") / "profile"
    desk = create_profile(
        Profile(root),
        username=DEMO_USER,
        password=DEMO_PASSWORD,
        full_name="Cán bộ trình diễn",
        min_password=4,
    )
    build_demo(
        desk.store, size="small", seed=7, as_of=TODAY, handler_officer_id=desk.actor.officer_id
    )
    desk.close(backup=False)
    return root


@pytest.fixture
def demo_desk(tmp_path: Path, demo_template: Path) -> Iterator[Desk]:
    root = tmp_path / "profile"
    shutil.copytree(demo_template, root)
    desk = sign_in(Profile(root), DEMO_USER, DEMO_PASSWORD)
    desk.store.session_info["today"] = TODAY
    yield desk
    desk.close(backup=False)


@pytest.fixture
def ui_settings(tmp_path: Path):
    from hrdesk.ui.window_settings import window_settings

    return window_settings(tmp_path / "window.ini")


@pytest.fixture
def window(qtbot, demo_desk: Desk, ui_settings):
    """The main window in English (source strings), signed in as the demo administrator."""
    from hrdesk.ui.main_window import MainWindow

    ui_settings.setValue("last_workspace", "members")
    window = MainWindow(demo_desk, ui_settings, "en")
    qtbot.addWidget(window)
    window.show()
    # Keyboard shortcuts (Ctrl+N, Ctrl+S) reach only the active window.
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=10000)
    yield window
    from shiboken6 import isValid

    # Closing makes the daily backup on the runner first; wait until it has really closed.
    if isValid(window):
        window.close()
        qtbot.waitUntil(lambda: not isValid(window) or not window.isVisible(), timeout=20000)
    # Work still running on the pool (the daily backup the window started) must end before
    # its window's objects do, or it reports to objects already deleted.
    from PySide6.QtCore import QThreadPool

    assert QThreadPool.globalInstance().waitForDone(30000)
