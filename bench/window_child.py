"""One fresh process per measurement of the window (run by bench/startup.py).

    window_child.py bare                  a bare QMainWindow, shown and closed
    window_child.py signin PROFILE        HR Desk's start as `hrdesk` does it (app.run)
    window_child.py dashboard PROFILE     a signed-in desk to the dashboard with its figures,
                                          then the petitions list shown (for peak memory)

Times are from the process's start (BENCH_T0, taken by the parent just before it made
this process) to the first paint event; the last line printed is JSON.
"""

from __future__ import annotations

import os
import sys
import time

# Nothing else is imported before the paint: the bare window's process must not pay for
# the harness's modules (json, tempfile, pathlib are imported after it, where needed).


def since_start() -> float:
    """Seconds since the parent made this process (BENCH_T0: CLOCK_MONOTONIC, shared)."""
    return (time.monotonic_ns() - int(os.environ["BENCH_T0"])) / 1e9


def scratch_settings() -> str:
    """A fresh window.ini for this run (no saved geometry, dashboard first)."""
    folder = os.path.join(os.environ.get("TMPDIR", "/tmp"), f"hrdesk-bench-{os.getpid()}")
    os.makedirs(folder, exist_ok=True)
    path = os.path.join(folder, "window.ini")
    if os.path.exists(path):
        os.remove(path)
    return path


def memory() -> dict[str, float]:
    """Peak and current resident memory of this process, in MB (from /proc)."""
    found: dict[str, float] = {}
    with open("/proc/self/status") as status:
        lines = status.read().splitlines()
    for line in lines:
        key, _, value = line.partition(":")
        if key in ("VmHWM", "VmRSS"):
            found[key] = int(value.split()[0]) / 1024
    return found


def finish(result: dict[str, object]) -> None:
    import json

    print(json.dumps(result), flush=True)
    os._exit(0)  # no teardown: nothing after the paint is measured


_WATCHES: list[object] = []  # kept referenced: a collected filter stops filtering


def on_first_paint(widget, callback) -> None:
    """Call `callback()` when `widget` gets its first paint event from now on.

    The filter sits on that one widget: an application-wide filter would have every event
    of every widget converted to Python, which costs the measured process far more (a
    window of many widgets more than a bare one) than the painting itself."""
    from PySide6.QtCore import QEvent, QObject

    paint = QEvent.Type.Paint

    class Watch(QObject):
        def eventFilter(self, _obj, event):
            if event.type() == paint:
                widget.removeEventFilter(self)
                callback()
            return False

    watch = Watch()
    _WATCHES.append(watch)
    widget.installEventFilter(watch)


def bare() -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv)
    result: dict[str, object] = {}
    window = QMainWindow()

    def painted() -> None:
        result["paint"] = since_start()
        QTimer.singleShot(0, window.close)

    on_first_paint(window, painted)
    window.resize(440, 260)
    window.show()
    app.exec()
    result["closed"] = since_start()
    result.update(memory())
    finish(result)


def signin(profile: str) -> None:
    """`hrdesk` on an existing profile: app.run shows the sign-in dialog first."""
    from PySide6.QtCore import QTimer

    from hrdesk.ui import signin_dialog
    from hrdesk.ui.app import run

    result: dict[str, object] = {}
    shown = signin_dialog.SignInDialog.show

    def show(dialog) -> None:  # app.run's dialog.show(), watched from here on
        def painted() -> None:
            result["paint"] = since_start()
            QTimer.singleShot(0, dialog.reject)

        on_first_paint(dialog, painted)
        shown(dialog)

    signin_dialog.SignInDialog.show = show
    from pathlib import Path

    run(profile, "vi", settings_file=Path(scratch_settings()))
    result["closed"] = since_start()
    result["modules"] = sorted(
        m for m in ("sqlalchemy", "reportlab", "cryptography", "alembic") if m in sys.modules
    )
    finish(result)


def dashboard(profile_dir: str) -> None:
    """As app.run does after the sign-in: the main window on the signed-in desk, opening
    on the dashboard, whose figures are read on the runner; then the petitions list."""
    from profiles import AS_OF, PASSWORD, USER
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv)
    app.setApplicationName("HR Desk")
    from hrdesk.ui import app as hrdesk_app
    from hrdesk.ui.i18n import install_translators

    translators = install_translators(app, "vi")  # noqa: F841
    hrdesk_app._warm_up()  # what app.run imports while the officer types the password
    from hrdesk.profile import Profile
    from hrdesk.signin import open_with_key
    from hrdesk.store.keyfile import KeyFile
    from hrdesk.store.options import StoreOptions

    result: dict[str, object] = {"imports": since_start()}
    profile = Profile(profile_dir)
    keyfile = KeyFile.load(profile.keys_path)
    started = time.perf_counter()
    key = keyfile.unwrap(USER, PASSWORD)  # the password's scrypt: left out of the figures
    result["scrypt"] = time.perf_counter() - started
    t0 = time.perf_counter()
    # sign_in() after its scrypt, as of the demo's day
    desk = open_with_key(profile, keyfile, USER, key, StoreOptions(today=lambda: AS_OF))
    from common import page_reads

    petition_pages = page_reads(desk.store.engine, "petitions")
    result["open_store"] = time.perf_counter() - t0
    signed_in = time.perf_counter()
    result["signed_in"] = since_start()
    from pathlib import Path

    from hrdesk.ui.main_window import MainWindow
    from hrdesk.ui.window_settings import window_settings

    settings = window_settings(Path(scratch_settings()))

    def stage_done(name: str) -> None:
        result[name] = time.perf_counter() - signed_in

    window = MainWindow(desk, settings, "vi")
    stage_done("window_made")
    board = window.pages["dashboard"]
    card = board.cards["petitions_overdue"].value  # shows "…" until the figures are read

    def figures_painted() -> None:
        stage_done("figures_paint")
        result["figures_since_start"] = since_start()
        QTimer.singleShot(0, show_petitions)

    def loaded() -> None:
        stage_done("figures_read")
        on_first_paint(card, figures_painted)
        card.update()

    board.loaded.connect(loaded)
    on_first_paint(window, lambda: stage_done("window_paint"))
    window.show()

    def show_petitions() -> None:
        t = time.perf_counter()
        window.navigate("petitions")
        page = window.pages["petitions"]

        def rows_painted() -> None:
            # After the paint event is handled: the rows were asked for while painting.
            QTimer.singleShot(0, lambda: shown(t, page))

        on_first_paint(page.table.viewport(), rows_painted)

    def shown(t: float, page) -> None:
        result["petitions_shown"] = time.perf_counter() - t
        result["petitions_fetches"] = len(petition_pages)
        QTimer.singleShot(200, done)

    def done() -> None:
        result.update(memory())
        finish(result)

    app.exec()


if __name__ == "__main__":
    mode = sys.argv[1]
    if mode == "bare":
        bare()
    elif mode == "signin":
        signin(sys.argv[2])
    elif mode == "dashboard":
        dashboard(sys.argv[2])
    else:
        raise SystemExit(f"unknown mode {mode}")
