"""Officer accounts: administrators add accounts, change roles, disable accounts and
reset forgotten passwords; every officer changes their own password."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hrdesk.domain.access import Permission
from hrdesk.domain.errors import StoreError
from hrdesk.domain.vocab import OfficerRole
from hrdesk.services import accounts
from hrdesk.signin import MIN_PASSWORD
from hrdesk.ui.context import UiContext
from hrdesk.ui.store_thread import StoreOp
from hrdesk.ui.workspaces.settings_forms import OBJECT_ROLE, FieldsDialog, RowsModel, password_edit


class AccountsTab(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("settings_accounts")
        self.admin = ctx.can(Permission.MANAGE_ACCOUNTS)
        self.model = RowsModel(
            [self.tr("Account"), self.tr("Full name"), self.tr("Role"), self.tr("Status")], self
        )
        self.table = QTableView()
        self.table.setObjectName("officers")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.add_button = QPushButton(self.tr("Add account…"))
        self.add_button.clicked.connect(self.add_account)
        self.role_button = QPushButton(self.tr("Change role…"))
        self.role_button.clicked.connect(self.change_role)
        self.disable_button = QPushButton(self.tr("Disable"))
        self.disable_button.clicked.connect(self.disable)
        self.reset_button = QPushButton(self.tr("Reset password…"))
        self.reset_button.clicked.connect(self.reset_password)
        self.own_button = QPushButton(self.tr("Change my password…"))
        self.own_button.clicked.connect(self.change_own_password)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.role_button, self.disable_button, self.reset_button):
            buttons.addWidget(button)
            button.setVisible(self.admin)
        buttons.addStretch(1)
        buttons.addWidget(self.own_button)
        note = QLabel(
            self.tr(
                "Administrators manage the accounts, the settings and the signing key; "
                "officers keep the records; viewers only read them. A disabled account's "
                "password opens nothing any more."
            )
        )
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        self.reload()

    # -- the list
    def reload(self) -> None:
        StoreOp(
            self.ctx,
            lambda s: [(o.username, o.full_name, o.role, o.active) for o in accounts.officers(s)],
            parent=self,
        ).success(self._show).run()

    def _show(self, rows: list[tuple[str, str, str, bool]]) -> None:
        lang = self.ctx.lang
        self.model.set_rows(
            [
                (
                    username,
                    [
                        username,
                        full_name,
                        OfficerRole(role).label(lang),
                        self.tr("active") if active else self.tr("disabled"),
                    ],
                )
                for username, full_name, role, active in rows
            ]
        )
        self._selection_changed()

    def selected(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.index(rows[0].row(), 0).data(OBJECT_ROLE) if rows else None

    def _selection_changed(self, *_args: Any) -> None:
        chosen = self.selected() is not None
        for button in (self.role_button, self.disable_button, self.reset_button):
            button.setEnabled(self.admin and chosen)

    def _role_combo(self) -> QComboBox:
        combo = QComboBox()
        for role in OfficerRole:
            combo.addItem(role.label(self.ctx.lang), role.value)
        combo.setCurrentIndex(combo.findData(OfficerRole.OFFICER.value))
        return combo

    def _changed(self, _result: object = None) -> None:
        self.reload()
        self.ctx.notify("accounts")  # on the main thread: listeners touch widgets

    # -- administrators
    def _store_key(self) -> bytes:
        """The key a new password's slot wraps. A signed-in store is always encrypted;
        if this one is not, the officer is told rather than a slot wrapping nothing."""
        key = self.ctx.desk.store.key
        if key is None:
            raise StoreError("store.not_encrypted")
        return key

    def add_account(self) -> FieldsDialog:
        desk = self.ctx.desk

        def work(values: dict[str, Any]) -> str:
            store_key = self._store_key()
            return str(
                self.ctx.write(
                    lambda s: (
                        accounts.add_officer(
                            s,
                            desk.keyfile,
                            store_key,
                            username=values["username"],
                            full_name=values["full_name"],
                            role=values["role"],
                            password=values["password"],
                        ).username
                    ),
                    None,
                )
            )

        dialog = FieldsDialog(
            self.tr("Add an officer account"),
            [
                ("username", self.tr("Account name"), QLineEdit()),
                ("full_name", self.tr("Full name"), QLineEdit()),
                ("role", self.tr("Role"), self._role_combo()),
                ("password", self._password_label(), password_edit("password")),
                ("again", self.tr("Password again"), password_edit("again")),
            ],
            work,
            self.ctx.runner,
            intro=self.tr(
                "Give the officer the account name and the first password; they can "
                "change the password after signing in."
            ),
            same=("password", "again"),
            parent=self,
        )
        dialog.accepted.connect(self._changed)
        dialog.open()
        return dialog

    def change_role(self) -> None:
        username = self.selected()
        if not username:
            return
        labels = [role.label(self.ctx.lang) for role in OfficerRole]
        label, ok = QInputDialog.getItem(
            self,
            self.tr("Change role"),
            self.tr("New role for %1:").replace("%1", username),
            labels,
            0,
            False,
        )
        if not ok:
            return
        role = list(OfficerRole)[labels.index(label)]
        self._write(lambda s: accounts.set_role(s, username, role.value))

    def disable(self) -> None:
        username = self.selected()
        if not username:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Disable account"),
            self.tr("Disable the account %1? Its password will open nothing any more.").replace(
                "%1", username
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,  # the safe answer is the default
        )
        if answer == QMessageBox.StandardButton.Yes:
            keyfile = self.ctx.desk.keyfile
            self._write(lambda s: accounts.disable_officer(s, keyfile, username))

    def _write(self, fn: Any) -> None:
        """Change an account; a refusal (PermissionDenied, "needs an administrator") is
        reported by the window, and the list shows the store as it is either way."""
        StoreOp(self.ctx, fn, changes="accounts", parent=self).success(
            lambda _r: self.reload()
        ).failure(self._refused).run()

    def _refused(self, exc: BaseException) -> None:
        self.ctx.report_error(exc)
        self.reload()

    def reset_password(self) -> FieldsDialog | None:
        username = self.selected()
        if not username:
            return None
        desk = self.ctx.desk

        def work(values: dict[str, Any]) -> None:
            store_key = self._store_key()
            self.ctx.write(
                lambda s: accounts.reset_password(
                    s, desk.keyfile, store_key, username, values["password"]
                ),
                None,
            )

        dialog = FieldsDialog(
            self.tr("Reset password"),
            [
                ("password", self._password_label(), password_edit("password")),
                ("again", self.tr("Password again"), password_edit("again")),
            ],
            work,
            self.ctx.runner,
            intro=self.tr("A new password for %1.").replace("%1", username),
            same=("password", "again"),
            parent=self,
        )
        dialog.open()
        return dialog

    # -- every officer
    def change_own_password(self) -> FieldsDialog:
        keyfile, username = self.ctx.desk.keyfile, self.ctx.actor.username

        def work(values: dict[str, Any]) -> None:
            accounts.change_own_password(keyfile, username, values["old"], values["password"])

        dialog = FieldsDialog(
            self.tr("Change my password"),
            [
                ("old", self.tr("Current password"), password_edit("old")),
                ("password", self._password_label(), password_edit("password")),
                ("again", self.tr("New password again"), password_edit("again")),
            ],
            work,
            self.ctx.runner,
            same=("password", "again"),
            password_field="old",
            parent=self,
        )
        dialog.open()
        return dialog

    def _password_label(self) -> str:
        return self.tr("New password (%n character(s) or more)", "", MIN_PASSWORD)
