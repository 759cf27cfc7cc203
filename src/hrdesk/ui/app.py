"""Starting the window: the sign-in (or first-run set-up) paints at once; SQLAlchemy and
the rest load behind it on a worker thread while the officer types."""

from __future__ import annotations

import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QWidget

    from hrdesk.profile import Profile
    from hrdesk.ui.first_run import FirstRunDialog
    from hrdesk.ui.signin_dialog import SignInDialog
    from hrdesk.ui.single_instance import ProfileGuard


def _warm_up() -> None:
    """Import what the main window needs while the sign-in dialog waits for a password."""
    import hrdesk.services.listing
    import hrdesk.signin
    import hrdesk.store.database  # noqa: F401


def run(
    profile_dir: str | None = None,
    lang: str | None = None,
    hint: tuple[str, str] | None = None,
    settings_file: Path | None = None,
) -> int:
    from PySide6.QtWidgets import QApplication

    from hrdesk.profile import Profile
    from hrdesk.ui.i18n import install_translators
    from hrdesk.ui.window_settings import LANGUAGE, window_settings

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv)
    app.setApplicationName("HR Desk")
    app.setOrganizationName("HRDesk")
    _set_icon()
    settings = window_settings(settings_file)
    language = lang or LANGUAGE.get(settings)
    translators = install_translators(app, language)  # noqa: F841  (kept alive)
    profile = Profile.resolve(profile_dir)
    writable = _writable(profile)
    guard = claim_profile(profile.root) if writable else None
    if guard is None and writable:
        return 0  # another HR Desk has this profile open, and was brought to the front
    try:
        return _run(app, profile, settings, language, hint, writable, guard)
    finally:
        if guard is not None:
            guard.release()


def claim_profile(root: Path) -> ProfileGuard | None:
    """Hold the profile for this HR Desk; None when another has it (which is asked to
    come to the front, or, if it does not answer, named in a message)."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    from hrdesk.ui.single_instance import ProfileGuard

    guard = ProfileGuard(root)
    if guard.claim():
        return guard
    if not guard.wake_other():
        QMessageBox.information(
            None,
            QCoreApplication.translate("App", "HR Desk"),
            QCoreApplication.translate(
                "App", "HR Desk is already open on this profile:\n%1"
            ).replace("%1", str(root)),
        )
    return None


def _run(
    app: QApplication,
    profile: Profile,
    settings: QSettings,
    language: str,
    hint: tuple[str, str] | None,
    writable: bool,
    guard: ProfileGuard | None,
) -> int:
    from PySide6.QtWidgets import QDialog

    from hrdesk.ui.errors import ErrorReporter, setup_logging
    from hrdesk.ui.single_instance import bring_to_front
    from hrdesk.ui.worker import Runner

    log_path = setup_logging(profile.logs_dir) if writable else None
    reporter = ErrorReporter(None, log_path)
    reporter.install()
    runner = Runner(None, reporter)
    front: list[QWidget] = []  # what a second start on this profile brings forward
    if guard is not None:
        guard.wake.connect(lambda: bring_to_front(front[-1] if front else None))
    if profile.exists:
        from hrdesk.ui.signin_dialog import SignInDialog

        dialog: SignInDialog | FirstRunDialog = SignInDialog(profile, settings, runner, hint)
    else:
        from hrdesk.ui.first_run import FirstRunDialog

        dialog = FirstRunDialog(profile, runner)
    front.append(dialog)
    dialog.show()
    threading.Thread(target=_warm_up, daemon=True).start()
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.desk is None:
        return 0
    from hrdesk.ui.main_window import MainWindow

    window = MainWindow(dialog.desk, settings, language, log_path)
    reporter.parent = window
    front.append(window)
    window.show()
    return app.exec()


def _set_icon() -> None:
    """HR Desk's icon on every window and in the task bar; on Linux the desktop file name
    lets the desktop match the window to hrdesk.desktop."""
    from PySide6.QtGui import QGuiApplication, QIcon

    from hrdesk.resources_path import resource_path

    icon = QIcon()
    for size in (16, 32, 48, 64, 128, 256):
        icon.addFile(str(resource_path("icons", f"hrdesk-{size}.png")))
    QGuiApplication.setWindowIcon(icon)
    QGuiApplication.setDesktopFileName("hrdesk")


def _writable(profile: Profile) -> bool:
    try:
        profile.ensure()
    except Exception:
        return False
    return True
