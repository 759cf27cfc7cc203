"""The main window: a navigation list of workspaces, the status bar, the lock screen.

Workspaces are made the first time they are shown, so the window opens fast; each is
given the UiContext (services, runner, settings) through its constructor.
"""

from __future__ import annotations

import importlib
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSettings, QSize, Qt
from PySide6.QtGui import QCloseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from hrdesk.domain.notice import Notice
from hrdesk.domain.settings import LOCK_AFTER_MINUTES
from hrdesk.signin import Desk
from hrdesk.ui.changes import Change
from hrdesk.ui.context import UiContext
from hrdesk.ui.errors import ErrorReporter
from hrdesk.ui.lock import IdleWatch, LockPage
from hrdesk.ui.screen_fit import DialogFitter
from hrdesk.ui.store_thread import GuiThreadCollector, StoreOp
from hrdesk.ui.window_settings import GEOMETRY_KEY, LAST_WORKSPACE, saved_geometry
from hrdesk.ui.worker import Runner

# Navigation titles, marked for lupdate in the MainWindow context.
WORKSPACES = (
    ("dashboard", QT_TRANSLATE_NOOP("MainWindow", "Dashboard"), "dashboard:DashboardWorkspace"),
    ("members", QT_TRANSLATE_NOOP("MainWindow", "Members & agencies"), "members:MembersWorkspace"),
    ("tasks", QT_TRANSLATE_NOOP("MainWindow", "Tasks"), "tasks:TasksWorkspace"),
    ("petitions", QT_TRANSLATE_NOOP("MainWindow", "Petitions"), "petitions:PetitionsWorkspace"),
    ("trainings", QT_TRANSLATE_NOOP("MainWindow", "Training"), "training:TrainingWorkspace"),
    ("meetings", QT_TRANSLATE_NOOP("MainWindow", "Meetings"), "meetings:MeetingsWorkspace"),
    ("reports", QT_TRANSLATE_NOOP("MainWindow", "Reports & packages"), "reports:ReportsWorkspace"),
    ("settings", QT_TRANSLATE_NOOP("MainWindow", "Settings"), "settings:SettingsWorkspace"),
)


def _application() -> QCoreApplication:
    app = QApplication.instance()
    assert app is not None  # a window exists only inside a running application
    return app


def workspace_list() -> list[tuple[str, str, str]]:
    """(key, translated title, "module:class") in the order of the navigation list."""
    return [
        (key, QCoreApplication.translate("MainWindow", str(title)), f"hrdesk.ui.workspaces.{path}")
        for key, title, path in WORKSPACES
    ]


class StatusLabel(QLabel):
    """Status bar text that shortens with "…" on a narrow screen instead of widening the
    window past it; the whole text is in its tooltip."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.setToolTip(text)

    def minimumSizeHint(self) -> QSize:
        return QSize(60, super().minimumSizeHint().height())

    def paintEvent(self, _event: QPaintEvent) -> None:
        area = self.contentsRect()
        shown = self.fontMetrics().elidedText(
            self.text(), Qt.TextElideMode.ElideMiddle, area.width()
        )
        QPainter(self).drawText(area, int(self.alignment()), shown)


class MainWindow(QMainWindow):
    def __init__(self, desk: Desk, settings: QSettings, lang: str, log_path: Any = None) -> None:
        super().__init__()
        self.setObjectName("main_window")
        self.desk = desk
        self.settings = settings
        self.reporter = ErrorReporter(self, log_path)
        self.runner = Runner(self, self.reporter)
        self.collector = GuiThreadCollector(self)  # before the store thread's first work
        self.ctx = UiContext(
            desk, self.runner, settings, lang, self.reporter, navigate=self.navigate
        )
        self.setWindowTitle(self.tr("HR Desk"))
        self.entries = workspace_list()
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        # Room around each entry: the list is what officers aim at all day.
        self.nav.setStyleSheet("QListWidget::item { padding: 7px 10px; }")
        for key, title, _path in self.entries:
            item = QListWidgetItem(title)
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.nav.addItem(item)
        # As wide as its longest title, never wider: no scroll bar, and the rest of a
        # small screen for the workspace.
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.nav.setFixedWidth(self.nav.sizeHintForColumn(0) + 2 * self.nav.frameWidth() + 24)
        self.stack = QStackedWidget()
        self.pages: dict[str, QWidget] = {}
        self.nav.currentRowChanged.connect(self._show_row)
        body = QSplitter(Qt.Orientation.Horizontal)
        body.addWidget(self.nav)
        body.addWidget(self.stack)
        body.setStretchFactor(1, 1)
        body.setChildrenCollapsible(False)
        body.setSizes([self.nav.width(), 1100])
        self.lock_page = LockPage(desk.actor.username, desk.keyfile.unwrap, self.runner)
        self.lock_page.unlocked.connect(self.unlock)
        self.outer = QStackedWidget()
        self.outer.addWidget(body)
        self.outer.addWidget(self.lock_page)
        self.setCentralWidget(self.outer)
        self._status_bar()
        from hrdesk.ui.outbox_status import add_outbox

        # A receipt that came in acknowledged a package: the ledger shows it.
        self.outbox = add_outbox(
            self.statusBar(), desk, lang, self, lambda: self.ctx.notify("packages")
        )
        # The office's rule, once read (until then the declared default).
        self.idle = IdleWatch(LOCK_AFTER_MINUTES.default, self)
        self._read_lock_minutes()
        self._backed_up = self._backing_up = False
        self.idle.idle.connect(self.lock)
        _application().installEventFilter(self.idle)
        self.fitter = DialogFitter(self)  # no dialog taller than a small laptop's screen
        _application().installEventFilter(self.fitter)
        self.ctx.changes.changed.connect(self._settings_changed)
        self._restore()
        self._closed = self._close_requested = False
        # Windows shutting down sends no closeEvent: Qt emits aboutToQuit, then the
        # process ends. The daily backup is made there, or caught up at the next sign-in.
        _application().aboutToQuit.connect(self._quitting)
        self._catch_up_backup()

    # -- navigation
    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        key = self.entries[row][0]
        page = self.page(key)
        self.stack.setCurrentWidget(page)
        LAST_WORKSPACE.set(self.settings, key)

    def page(self, key: str) -> QWidget:
        """The workspace for `key`, made on first use."""
        if key not in self.pages:
            path = next(p for k, _t, p in self.entries if k == key)
            module, name = path.split(":")
            page = getattr(importlib.import_module(module), name)(self.ctx)
            self.pages[key] = page
            self.stack.addWidget(page)
        return self.pages[key]

    def navigate(self, key: str, how: dict[str, Any] | None = None) -> None:
        row = next(i for i, (k, _t, _p) in enumerate(self.entries) if k == key)
        self.nav.setCurrentRow(row)
        page = self.page(key)
        if how and hasattr(page, "apply_navigation"):
            page.apply_navigation(how)

    # -- status bar and state
    def _status_bar(self) -> None:
        from hrdesk.services.office import get_office

        actor = self.desk.actor
        role = actor.role.label(self.ctx.lang)
        bar = self.statusBar()
        labels = []
        for text in (
            self.tr("Profile: %1").replace("%1", str(self.desk.profile.root)),
            "…",  # the office's name, once read
            self.tr("Officer: %1 (%2)").replace("%1", actor.display_name).replace("%2", role),
        ):
            label = StatusLabel(text)
            label.setObjectName("status_label")
            bar.addPermanentWidget(label)
            labels.append(label)
        office_label = labels[1]

        def show(name: str | None) -> None:
            text = name or self.tr("Office not set up")
            office_label.setText(text)
            office_label.setToolTip(text)

        StoreOp(self.ctx, lambda s: o.name if (o := get_office(s)) else None, parent=self).success(
            show
        ).run()

    def _read_lock_minutes(self) -> None:
        from hrdesk.services.settings import read_setting

        StoreOp(self.ctx, lambda s: read_setting(s, LOCK_AFTER_MINUTES), parent=self).success(
            self.idle.set_minutes
        ).run()

    def _restore(self) -> None:
        geometry = saved_geometry(self.settings)
        area = self.screen().availableGeometry()
        if geometry is not None:
            self.restoreGeometry(geometry)
        if geometry is None or (self.width() > area.width() or self.height() > area.height()):
            # First start, or a size saved on a bigger screen: what this screen holds; a
            # small laptop's screen (1024×600) is used whole.
            self.resize(min(1280, area.width()), min(720, area.height()))
            if area.width() < 1280 or area.height() < 720:
                self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)
        last = LAST_WORKSPACE.get(self.settings)
        keys = [k for k, _t, _p in self.entries]
        self.nav.setCurrentRow(keys.index(last) if last in keys else 0)

    def _settings_changed(self, change: Change) -> None:
        if "settings" in change.kinds:
            self._read_lock_minutes()
            self.outbox.wake.set()  # a centre just connected: its status now
        elif "packages" in change.kinds:
            self.outbox.wake.set()  # a package just built: on its way

    # -- locking
    def lock(self) -> None:
        self.outer.setCurrentWidget(self.lock_page)
        self.lock_page.reset()

    def unlock(self) -> None:
        self.outer.setCurrentIndex(0)
        self.idle.restart()

    @property
    def locked(self) -> bool:
        return self.outer.currentWidget() is self.lock_page

    def closeEvent(self, event: QCloseEvent) -> None:
        """Close after the daily automatic backup, which runs with a progress dialog (a
        large store takes a while to copy) rather than freezing the window."""
        from hrdesk.store.backup_files import auto_backup, auto_backup_due

        if not self._backed_up and auto_backup_due(self.desk.profile.backups_dir):
            event.ignore()
            self._close_requested = True  # a catch-up backup running closes when done
            if not self._backing_up:
                self._backing_up = True
                self.runner.run(
                    lambda progress: auto_backup(self.desk.store, progress=progress),
                    lambda _path: self._close_after_backup(),
                    on_error=self._backup_failed,
                    title=self.tr("Backing up before closing…"),
                    cancellable=False,
                )
            return
        self._shut(backup=False)
        super().closeEvent(event)

    def _shut(self, backup: bool) -> None:
        """Keep the window's place, let the running work end, close the store (once)."""
        if self._closed:
            return
        self._closed = True
        self.outbox.stop()  # at once: an upload cut now resumes at the next start
        self.settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        self.settings.sync()
        _application().removeEventFilter(self.idle)
        _application().removeEventFilter(self.fitter)
        self.runner.wait()
        self.ctx.store.shutdown()
        self.collector.stop()
        self.desk.close(backup=backup)  # Desk.close logs a failed backup and closes anyway

    def _quitting(self) -> None:
        """The session is ending (Windows shutting down, logging off) with the window open:
        back up now, on this thread, since nothing runs after this returns."""
        self._shut(backup=not self._backed_up)

    def _catch_up_backup(self) -> None:
        """The last automatic backup is over a day old (the computer was shut down with the
        window open, or the window was never closed): make one now, in the background."""
        from hrdesk.store.backup_files import auto_backup, auto_backup_due, auto_backups

        folder = self.desk.profile.backups_dir
        if not auto_backups(folder) or not auto_backup_due(folder):
            return  # none yet: the first is made on closing, as always
        self._backing_up = True
        heard: list[Notice] = []  # what the disk budget did, said in the status bar

        def done(_path: object) -> None:
            self._backing_up = False
            self._backed_up = True
            if heard:
                self.statusBar().showMessage(" ".join(n.text(self.ctx.lang) for n in heard))
            if self._close_requested:
                self.close()

        def failed(exc: BaseException) -> None:
            self._backing_up = False
            self.reporter(exc)
            if self._close_requested:
                self._close_after_backup()

        store = self.desk.store
        self.runner.run(
            lambda progress: auto_backup(store, progress=progress, notify=heard.append),
            done,
            on_error=failed,
        )

    def _close_after_backup(self) -> None:
        self._backed_up = True
        self.close()

    def _backup_failed(self, exc: BaseException) -> None:
        # A failed backup must not keep the officer from closing; it is logged and shown.
        self.reporter(exc)
        self._close_after_backup()
