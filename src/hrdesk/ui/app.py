"""Starting the window: the sign-in (or first-run set-up) paints at once; SQLAlchemy and
the rest load behind it on a worker thread while the officer types."""

from __future__ import annotations

import sys
import threading
from pathlib import Path


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
    from PySide6.QtWidgets import QApplication, QDialog

    from hrdesk.profile import Profile
    from hrdesk.ui.errors import ErrorReporter, setup_logging
    from hrdesk.ui.i18n import install_translators
    from hrdesk.ui.window_settings import window_settings
    from hrdesk.ui.worker import Runner

    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("HR Desk")
    app.setOrganizationName("HRDesk")
    _set_icon()
    settings = window_settings(settings_file)
    language = lang or str(settings.value("language", "vi"))
    translators = install_translators(app, language)  # noqa: F841  (kept alive)
    profile = Profile.resolve(profile_dir)
    log_path = setup_logging(profile.logs_dir) if _writable(profile) else None
    reporter = ErrorReporter(None, log_path)
    reporter.install()
    runner = Runner(None, reporter)
    if profile.exists:
        from hrdesk.ui.signin_dialog import SignInDialog

        dialog: QDialog = SignInDialog(profile, settings, runner, hint)
    else:
        from hrdesk.ui.first_run import FirstRunDialog

        dialog = FirstRunDialog(profile, runner)
    dialog.show()
    threading.Thread(target=_warm_up, daemon=True).start()
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.desk is None:
        return 0
    from hrdesk.ui.main_window import MainWindow

    window = MainWindow(dialog.desk, settings, language, log_path)
    reporter.parent = window
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


def _writable(profile: object) -> bool:
    try:
        profile.ensure()  # type: ignore[attr-defined]
    except Exception:
        return False
    return True
