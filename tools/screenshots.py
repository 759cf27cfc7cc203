"""Screenshots of every workspace and every dialog, on a small demo profile, to look at.

Run under a real (virtual) display of the size to check, as `make screenshots` does:

    xvfb-run -s "-screen 0 1024x600x24" .venv/bin/python tools/screenshots.py --out DIR

Each picture is the whole screen, so a dialog taller than the screen shows cut off as the
officer would see it; `sizes.txt` lists every window's size beside the screen's available
area and names those that do not fit. The demo profile is made in a temporary folder, and
the OS keyring is replaced by one in memory: nothing of the officer's is touched.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "xcb")
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

import keyring
from keyring.backend import KeyringBackend


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.secrets.pop((service, username), None)


class Shooter:
    def __init__(self, out: Path) -> None:
        from PySide6.QtWidgets import QApplication

        self.app = QApplication.instance()
        self.out = out
        self.number = 0
        self.sizes: list[str] = []
        self.failed: list[str] = []

    def settle(self, ms: int = 250) -> None:
        from PySide6.QtCore import QEventLoop

        end = time.monotonic() + ms / 1000
        while time.monotonic() < end:
            self.app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
            time.sleep(0.01)

    def save(self, name: str, widget: Any = None) -> None:
        self.settle()
        screen = self.app.primaryScreen()
        self.number += 1
        path = self.out / f"{self.number:02d}-{name}.png"
        screen.grabWindow(0).save(str(path))
        if widget is not None:
            area = screen.availableGeometry()
            frame = widget.frameGeometry()
            fits = area.contains(frame)
            hint = widget.minimumSizeHint()
            self.sizes.append(
                f"{path.name}: {frame.width()}x{frame.height()} at ({frame.x()},{frame.y()})"
                f", minimum {hint.width()}x{hint.height()}"
                f", screen {area.width()}x{area.height()}" + ("" if fits else "  DOES NOT FIT")
            )
        print(path.name, flush=True)

    def dialog(
        self,
        name: str,
        trigger: Callable[[], Any],
        kind: Any = None,
        then: Callable[[Any], None] | None = None,
        timeout: float = 60,
    ) -> None:
        """Run `trigger`, which opens a dialog (modal or not, at once or after some work),
        take the screen with it, and close it."""
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QDialog, QProgressDialog

        kind = kind or QDialog
        done = [False]
        start = time.monotonic()

        def find() -> Any:
            shown = [
                w
                for w in self.app.topLevelWidgets()
                if isinstance(w, kind) and w.isVisible() and not isinstance(w, QProgressDialog)
            ]
            return shown[-1] if shown else None

        def poll() -> None:
            found = find()
            if found is None:
                if time.monotonic() - start > timeout:
                    self.failed.append(f"{name}: no dialog opened")
                    done[0] = True
                else:
                    QTimer.singleShot(100, poll)
                return
            try:
                self.save(name, found)
                if then is not None:
                    then(found)
            except Exception:
                self.failed.append(f"{name}: {traceback.format_exc()}")
            finally:
                found.done(QDialog.DialogCode.Rejected)
                done[0] = True

        QTimer.singleShot(100, poll)
        try:
            trigger()
        except Exception:
            self.failed.append(f"{name}: {traceback.format_exc()}")
            done[0] = True
        while not done[0] and time.monotonic() - start < timeout + 5:
            self.settle(50)

    def step(self, name: str, action: Callable[[], Any], widget: Any = None) -> None:
        try:
            action()
            self.save(name, widget)
        except Exception:
            self.failed.append(f"{name}: {traceback.format_exc()}")


def make_profile(root: Path) -> None:
    from hrdesk.demo import build_demo
    from hrdesk.profile import Profile
    from hrdesk.signin import create_profile

    desk = create_profile(
        Profile(root),
        username="demo",
        password="demo",
        full_name="Cán bộ trình diễn",
        min_password=4,
    )
    build_demo(desk.store, size="small", seed=7, handler_officer_id=desk.actor.officer_id)
    desk.close(backup=False)


def shoot(out: Path, lang: str) -> int:
    from PySide6.QtWidgets import QApplication

    from hrdesk.profile import Profile
    from hrdesk.signin import sign_in
    from hrdesk.ui.i18n import install_translators
    from hrdesk.ui.window_settings import window_settings

    app = QApplication(sys.argv[:1])
    translators = install_translators(app, lang)  # noqa: F841  (kept alive)
    work = Path(tempfile.mkdtemp(prefix="hrdesk-shots-"))
    try:
        root = work / "profile"
        make_profile(root)
        settings = window_settings(work / "window.ini")
        s = Shooter(out)
        screen = app.primaryScreen()
        print(
            f"screen {screen.size().width()}x{screen.size().height()} logical, "
            f"scale {screen.devicePixelRatio()}",
            flush=True,
        )
        shoot_start(s, Profile(root), Profile(work / "new"), settings)
        desk = sign_in(Profile(root), "demo", "demo")
        shoot_window(s, desk, settings, lang)
        (out / "sizes.txt").write_text("\n".join(s.sizes) + "\n", encoding="utf-8")
        for failure in s.failed:
            print("FAILED", failure, file=sys.stderr)
        return 1 if s.failed else 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


def shoot_start(s: Shooter, profile: Any, empty: Any, settings: Any) -> None:
    from hrdesk.ui.errors import ErrorReporter
    from hrdesk.ui.first_run import FirstRunDialog
    from hrdesk.ui.signin_dialog import SignInDialog
    from hrdesk.ui.worker import Runner

    runner = Runner(None, ErrorReporter(None, None))
    s.dialog("sign-in", lambda: SignInDialog(profile, settings, runner).exec())
    s.dialog("first-run", lambda: FirstRunDialog(empty, runner).exec())


def shoot_window(s: Shooter, desk: Any, settings: Any, lang: str) -> None:
    from hrdesk.ui.main_window import MainWindow

    window = MainWindow(desk, settings, lang)
    window.show()
    window.activateWindow()
    s.settle(800)
    for part in (
        shoot_dashboard,
        shoot_members,
        shoot_tasks,
        shoot_petitions,
        shoot_trainings,
        shoot_meetings,
        shoot_reports,
        shoot_settings,
    ):
        try:
            part(s, window)
        except Exception:
            s.failed.append(f"{part.__name__}: {traceback.format_exc()}")
    s.step("lock", window.lock, window)
    window.unlock()
    window._backed_up = True  # no daily backup of a throwaway profile
    window.close()
    s.settle(300)


def _first_row(page: Any) -> None:
    page.table.setFocus()
    page.table.selectRow(0)


def shoot_dashboard(s: Shooter, window: Any) -> None:
    def show() -> None:
        window.navigate("dashboard")
        page = window.page("dashboard")
        end = time.monotonic() + 20
        while page.loading and time.monotonic() < end:
            s.settle(100)

    s.step("dashboard", show, window)


def shoot_members(s: Shooter, window: Any) -> None:
    window.navigate("members")
    page = window.page("members")
    members, agencies = page.members, page.agencies
    s.step("members-blank", lambda: None, window)
    s.step("members", lambda: _first_row(members), window)
    s.dialog("members-new", members.new)
    s.dialog("members-edit", members.edit)
    s.dialog("members-appointment", members.appoint)
    s.dialog("members-history", members.history)
    s.step("agencies", lambda: (page.tabs.setCurrentWidget(agencies), _first_row(agencies)))
    s.dialog("agencies-new", agencies.new)
    s.dialog("agencies-archive-confirm", agencies.archive)


def shoot_tasks(s: Shooter, window: Any) -> None:
    window.navigate("tasks")
    page = window.page("tasks")
    s.step("tasks", lambda: _first_row(page), window)
    s.dialog("tasks-new", page.new)
    s.dialog("tasks-edit", page.edit)
    s.dialog("tasks-progress-note", page.add_note)


def shoot_petitions(s: Shooter, window: Any) -> None:
    from hrdesk.ui.record_form import RecordForm

    window.navigate("petitions")
    page = window.page("petitions")
    s.step("petitions-blank", lambda: None, window)
    s.step("petitions", lambda: _first_row(page), window)
    s.dialog("petitions-new", page.new)
    s.dialog("petitions-edit", page.edit)
    s.dialog("petitions-history", page.history)
    actions = list(page.details.action_buttons.values())
    if actions:
        s.dialog("petitions-step", actions[0].click, RecordForm)
    s.step("petitions-overdue", lambda: window.navigate("petitions", {"overdue": True}), window)


def _records_with_panel(s: Shooter, window: Any, key: str, buttons: list[tuple[str, str]]) -> Any:
    window.navigate(key)
    page = window.page(key)
    s.step(key, lambda: _first_row(page), window)
    s.dialog(f"{key}-new", page.new)
    s.dialog(f"{key}-edit", page.edit)
    for name, attribute in buttons:
        s.dialog(f"{key}-{name}", getattr(page, attribute).click)
    return page


def shoot_trainings(s: Shooter, window: Any) -> None:
    from hrdesk.ui.pdf_preview import PdfPreviewDialog

    page = _records_with_panel(
        s, window, "trainings", [("topics", "topics_button"), ("roster", "roster_button")]
    )
    s.dialog("trainings-signin-pdf", page.signin_sheet, PdfPreviewDialog)


def shoot_meetings(s: Shooter, window: Any) -> None:
    from hrdesk.ui.pdf_preview import PdfPreviewDialog

    page = _records_with_panel(
        s,
        window,
        "meetings",
        [
            ("attendance", "attendance_button"),
            ("agenda", "agenda_button"),
            ("conclusion", "conclusion_button"),
        ],
    )
    s.dialog("meetings-minutes-pdf", page.minutes, PdfPreviewDialog)


def shoot_reports(s: Shooter, window: Any) -> None:
    from hrdesk.ui.pdf_preview import PdfPreviewDialog

    window.navigate("reports")
    page = window.page("reports")
    s.step("reports-report", lambda: page.tabs.setCurrentWidget(page.report), window)
    s.dialog("reports-report-pdf", page.report.preview_pdf, PdfPreviewDialog)
    s.step("reports-sent", lambda: page.tabs.setCurrentWidget(page.sent), window)
    s.dialog("reports-package", page.sent.build)
    s.step("reports-received", lambda: page.tabs.setCurrentWidget(page.received), window)
    key = Path(tempfile.mkdtemp(prefix="hrdesk-key-")) / "office.pub"
    try:
        from hrdesk.bundles.keys import export_public_key

        window.ctx.write(lambda session: export_public_key(session, key))
        s.dialog("reports-trust-key", lambda: page.received.trust_file(key))
    except Exception:
        s.failed.append(f"reports-trust-key: {traceback.format_exc()}")
    finally:
        shutil.rmtree(key.parent, ignore_errors=True)


TET_2027_LAST = date(2027, 2, 11)  # an expected day off, to show its replace dialog


def shoot_settings(s: Shooter, window: Any) -> None:
    window.navigate("settings")
    page = window.page("settings")
    for index in range(page.tabs.count()):
        s.step(f"settings-{index + 1}", lambda i=index: page.tabs.setCurrentIndex(i), window)
    s.dialog("settings-add-account", page.accounts.add_account)
    s.dialog("settings-own-password", page.accounts.change_own_password)
    holidays = page.holidays
    page.tabs.setCurrentWidget(holidays)
    s.step("settings-holidays-own", lambda: holidays.pages.setCurrentIndex(1), window)
    holidays.pages.setCurrentIndex(0)
    s.step("settings-holidays-2027", lambda: holidays.shipped.select_day(TET_2027_LAST), window)
    s.dialog("settings-holiday-replace", holidays.shipped.replace)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, required=True, help="folder for the PNG files")
    parser.add_argument("--lang", default="vi", choices=("vi", "en"))
    args = parser.parse_args()
    keyring.set_keyring(MemoryKeyring())
    args.out.mkdir(parents=True, exist_ok=True)
    for old in args.out.glob("*.png"):
        old.unlink()
    return shoot(args.out, args.lang)


if __name__ == "__main__":
    sys.exit(main())
