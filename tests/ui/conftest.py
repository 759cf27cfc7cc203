"""Window tests: the real widgets, offscreen, on a copy of a small demo profile, on the
screen of a small laptop (1024×600): what does not fit there fails a test."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from hrdesk.profile import Profile
from hrdesk.signin import Desk, create_profile, sign_in
from tests.conftest import TODAY, pinned

DEMO_USER = DEMO_PASSWORD = "demo"
SCREEN = Path(__file__).with_name("screen-1024x600.json")

# Qt's offscreen platform takes its screen from a file (its default is 800×800).
if os.environ.get("QT_QPA_PLATFORM") == "offscreen":
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={SCREEN}"


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
        options=pinned(),
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
    desk = sign_in(Profile(root), DEMO_USER, DEMO_PASSWORD, options=pinned())
    yield desk
    desk.close(backup=False)


@pytest.fixture
def ui_settings(tmp_path: Path):
    from hrdesk.ui.window_settings import window_settings

    return window_settings(tmp_path / "window.ini")


def settle(ctx=None, rounds: int = 6, timeout: float = 30.0) -> None:
    """Wait until the store thread has done what the window asked of it and the answers
    have reached their widgets (`rounds`: answers that ask again, a save then a read).
    Without `ctx`, for every main window open."""
    import time

    from PySide6.QtWidgets import QApplication

    from hrdesk.ui.main_window import MainWindow
    from hrdesk.ui.store_thread import StoreOp

    contexts = (
        [ctx]
        if ctx is not None
        else [w.ctx for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
    )
    for _ in range(rounds):
        done: list[object] = []
        for each in contexts:
            StoreOp(each, lambda _s: None).success(done.append).run()
        deadline = time.monotonic() + timeout
        while len(done) < len(contexts):
            assert time.monotonic() < deadline, "the store thread did not answer"
            QApplication.processEvents()
            time.sleep(0.002)


def _open_window(qtbot, desk: Desk, settings, lang: str):
    from hrdesk.ui.main_window import MainWindow

    settings.setValue("last_workspace", "members")
    window = MainWindow(desk, settings, lang)
    qtbot.addWidget(window)
    window.show()
    # Keyboard shortcuts (Ctrl+N, Ctrl+S) reach only the active window.
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=10000)
    return window


def _close_window(qtbot, window) -> None:
    from shiboken6 import isValid

    # Closing makes the daily backup on the runner first; wait until it has really closed.
    if isValid(window):
        window.close()
        qtbot.waitUntil(lambda: not isValid(window) or not window.isVisible(), timeout=20000)
    # Work still running on the pool (the daily backup the window started) must end before
    # its window's objects do, or it reports to objects already deleted.
    from PySide6.QtCore import QThreadPool

    assert QThreadPool.globalInstance().waitForDone(30000)


@pytest.fixture
def window(qtbot, demo_desk: Desk, ui_settings):
    """The main window in English (source strings), signed in as the demo administrator."""
    window = _open_window(qtbot, demo_desk, ui_settings, "en")
    yield window
    _close_window(qtbot, window)


@pytest.fixture(autouse=True)
def _window_language_restored():
    """A test that switches the window's language (QLocale's default, which error texts
    follow) leaves it as it found it: the next test's English window says English."""
    from PySide6.QtCore import QLocale

    previous = QLocale()
    yield
    QLocale.setDefault(previous)


@pytest.fixture
def vi_window(qtbot, qapp, demo_desk: Desk, ui_settings):
    """The main window in Vietnamese, as officers see it (its words are the longer)."""
    from PySide6.QtCore import QLocale

    from hrdesk.ui.i18n import install_translators

    previous = QLocale()
    translators = install_translators(qapp, "vi")
    window = _open_window(qtbot, demo_desk, ui_settings, "vi")
    yield window
    _close_window(qtbot, window)
    for translator in translators:
        qapp.removeTranslator(translator)
    QLocale.setDefault(previous)
