"""Settings (Cài đặt): the office, this computer's language, the idle lock, officer
accounts, the office's extra holidays, backups and the signing key.

Every officer sees the settings; only an administrator can change the office's. The
services check the role anyway, and their refusal is shown as it is.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from hrdesk.domain.access import Permission
from hrdesk.domain.errors import HRDeskError
from hrdesk.domain.settings import LOCK_AFTER_MINUTES
from hrdesk.services.settings import read_setting, write_setting
from hrdesk.ui.context import UiContext
from hrdesk.ui.errors import ERROR_STYLE
from hrdesk.ui.i18n import LANGUAGES
from hrdesk.ui.messages import error_text
from hrdesk.ui.store_thread import StoreOp
from hrdesk.ui.window_settings import LANGUAGE
from hrdesk.ui.workspaces.settings_accounts import AccountsTab
from hrdesk.ui.workspaces.settings_backup import BackupTab
from hrdesk.ui.workspaces.settings_centre import CentreTab
from hrdesk.ui.workspaces.settings_holidays import HolidaysTab
from hrdesk.ui.workspaces.settings_office import OfficeTab
from hrdesk.ui.workspaces.settings_rules import RulesTab


class GeneralTab(QWidget):
    """This computer's language (kept in the window settings) and the idle lock (kept in
    the store: it is the office's rule, set by an administrator)."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("settings_general")
        layout = QVBoxLayout(self)
        layout.addWidget(self._language_box())
        layout.addWidget(self._lock_box())
        layout.addStretch(1)

    def _language_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Language"))
        self.language = QComboBox()
        self.language.setObjectName("language")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        saved = LANGUAGE.get(self.ctx.settings)
        self.language.setCurrentIndex(max(0, self.language.findData(saved)))
        self.language.currentIndexChanged.connect(self._language_chosen)
        self.language_note = QLabel()
        self.language_note.setObjectName("language_note")
        self.language_note.setWordWrap(True)
        self._show_language_note()
        row = QHBoxLayout()
        row.addWidget(self.language)
        row.addStretch(1)
        form = QFormLayout(box)
        form.addRow(self.tr("Language of the window"), row)
        form.addRow("", self.language_note)
        return box

    def _language_chosen(self, *_args: object) -> None:
        LANGUAGE.set(self.ctx.settings, self.language.currentData())
        self.ctx.settings.sync()
        self._show_language_note()

    def _show_language_note(self) -> None:
        code = self.language.currentData()
        if code == self.ctx.lang:
            self.language_note.setText(self.tr("Kept for this computer's user."))
        else:
            self.language_note.setText(
                self.tr("%1 is applied when HR Desk is next started.").replace(
                    "%1", LANGUAGES[code]
                )
            )

    def _lock_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Lock when idle"))
        admin = self.ctx.can(Permission.MANAGE_SETTINGS)
        self.lock_minutes = QSpinBox()
        self.lock_minutes.setObjectName("lock_minutes")
        assert LOCK_AFTER_MINUTES.minimum is not None and LOCK_AFTER_MINUTES.maximum is not None
        self.lock_minutes.setRange(LOCK_AFTER_MINUTES.minimum, LOCK_AFTER_MINUTES.maximum)
        self.lock_minutes.setSuffix(self.tr(" min"))
        self.lock_minutes.setEnabled(False)  # until the office's rule is read
        self.lock_apply = QPushButton(self.tr("Apply"))
        self.lock_apply.setObjectName("lock_apply")
        self.lock_apply.setEnabled(False)
        StoreOp(self.ctx, lambda s: read_setting(s, LOCK_AFTER_MINUTES), parent=self).success(
            lambda minutes: self._lock_read(minutes, admin)
        ).run()
        self.lock_apply.clicked.connect(self.apply_lock)
        self.lock_message = QLabel()
        self.lock_message.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.lock_minutes)
        row.addWidget(self.lock_apply)
        row.addStretch(1)
        explain = QLabel(
            self.tr(
                "With nobody at the keyboard this long, every HR Desk window on this "
                "profile locks and asks for the officer's password. The rule is the "
                "office's: only an administrator sets it."
            )
        )
        explain.setWordWrap(True)
        form = QFormLayout(box)
        form.addRow(explain)
        form.addRow(self.tr("Lock after"), row)
        form.addRow("", self.lock_message)
        return box

    def _lock_read(self, minutes: int, admin: bool) -> None:
        self.lock_minutes.setValue(minutes)
        self.lock_minutes.setEnabled(admin)
        self.lock_apply.setEnabled(admin)

    def apply_lock(self) -> None:
        minutes = self.lock_minutes.value()
        # "settings" told to the window: it restarts its idle timer with these.
        StoreOp(
            self.ctx,
            lambda s: write_setting(s, LOCK_AFTER_MINUTES, minutes),
            changes="settings",
            parent=self,
        ).success(lambda _r: self._lock_applied(minutes)).failure(self._lock_refused).run()

    def _lock_applied(self, minutes: int) -> None:
        self.lock_message.setStyleSheet("color: #1b5e20;")
        self.lock_message.setText(
            self.tr("The window now locks after %n minute(s) without use.", "", minutes)
        )

    def _lock_refused(self, exc: BaseException) -> None:
        if not isinstance(exc, HRDeskError):
            self.ctx.report_error(exc)
            return
        self.lock_message.setStyleSheet(ERROR_STYLE)
        self.lock_message.setText(error_text(exc))


class SettingsWorkspace(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("workspace_settings")
        self.tabs = QTabWidget()
        self.office = OfficeTab(ctx)
        self.general = GeneralTab(ctx)
        self.accounts = AccountsTab(ctx)
        self.holidays = HolidaysTab(ctx)
        self.rules = RulesTab(ctx)
        self.backup = BackupTab(ctx)
        self.tabs.addTab(self.office, self.tr("Office"))
        self.tabs.addTab(self.general, self.tr("Language and lock"))
        self.tabs.addTab(self.accounts, self.tr("Officer accounts"))
        self.tabs.addTab(self.holidays, self.tr("Holidays"))
        self.tabs.addTab(self.rules, self.tr("Petition rules"))
        self.tabs.addTab(self.backup, self.tr("Backup and signing key"))
        self.centre = CentreTab(ctx)
        self.tabs.addTab(self.centre, self.tr("Central office"))
        layout = QVBoxLayout(self)
        if not ctx.can(Permission.MANAGE_SETTINGS):
            banner = QLabel(
                self.tr(
                    "You can read the office's settings; only an administrator can change "
                    "them. Your language and your own password are yours to change."
                )
            )
            banner.setObjectName("read_only_banner")
            banner.setWordWrap(True)
            banner.setStyleSheet(
                "background: #fff4e5; border: 1px solid #e6b35c; padding: 6px; color: #5c3d00;"
            )
            layout.addWidget(banner)
        layout.addWidget(self.tabs)
