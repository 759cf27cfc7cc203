"""First run on an empty profile: set up the office and its first administrator,
instead of showing an empty screen."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from hrdesk.domain.provinces import PROVINCES, default_office_name, default_parent_body
from hrdesk.profile import Profile
from hrdesk.ui.errors import ERROR_STYLE
from hrdesk.ui.store_thread import in_store
from hrdesk.ui.worker import Runner

if TYPE_CHECKING:  # setting up imports the store; the dialog shows before that
    from hrdesk.signin import Desk


class FirstRunDialog(QDialog):
    def __init__(self, profile: Profile, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.profile, self.runner = profile, runner
        self.desk: Desk | None = None
        self.setWindowTitle(self.tr("HR Desk — set up the office"))
        intro = QLabel(
            self.tr(
                "This computer has no HR Desk records yet. Set up your office "
                "and its first administrator account."
            )
        )
        intro.setWordWrap(True)
        self.province = QComboBox()
        self.province.setObjectName("province")
        self.province.addItems(sorted(PROVINCES, key=_collate))
        self.office = QLineEdit()
        self.office.setObjectName("office")
        self.parent_body = QLineEdit()
        self.parent_body.setObjectName("parent_body")
        self.username = QLineEdit("admin")
        self.username.setObjectName("username")
        self.full_name = QLineEdit()
        self.full_name.setObjectName("full_name")
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.again = QLineEdit()
        self.again.setObjectName("again")
        for edit in (self.password, self.again):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.province.currentTextChanged.connect(self._province_chosen)
        self._province_chosen(self.province.currentText())
        form = QFormLayout()
        form.addRow(self.tr("Province or city"), self.province)
        form.addRow(self.tr("Office name"), self.office)
        form.addRow(self.tr("Parent body"), self.parent_body)
        form.addRow(self.tr("Administrator account"), self.username)
        form.addRow(self.tr("Administrator's full name"), self.full_name)
        form.addRow(self.tr("Password (8 characters or more)"), self.password)
        form.addRow(self.tr("Password again"), self.again)
        self.message = QLabel()
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        self.message.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Set up"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(560, 360)

    def _province_chosen(self, province: str) -> None:
        self.office.setText(default_office_name(province))
        self.parent_body.setText(default_parent_body(province))

    def submit(self) -> None:
        from hrdesk.domain.errors import ValidationError
        from hrdesk.ui.messages import error_text

        if self.password.text() != self.again.text():
            self._fail(error_text(ValidationError("password", "signin.passwords_differ")))
            return
        values = {
            "province": self.province.currentText(),
            "office": self.office.text(),
            "parent_body": self.parent_body.text(),
            "username": self.username.text(),
            "full_name": self.full_name.text() or self.username.text(),
            "password": self.password.text(),
        }
        profile = self.profile
        self.buttons.setEnabled(False)

        def work(_progress: object) -> object:
            from hrdesk.services.fields import coerce
            from hrdesk.services.office import FIELDS, setup_office
            from hrdesk.signin import check_password, check_username, create_profile

            # Everything is checked before the profile is made, so a mistake leaves nothing.
            coerce(None, FIELDS["name"], values["office"])
            coerce(None, FIELDS["parent_body"], values["parent_body"])
            check_username(values["username"])
            check_password(values["password"])
            desk = create_profile(
                profile,
                username=values["username"],
                password=values["password"],
                full_name=values["full_name"],
            )
            office = partial(
                setup_office,
                province=values["province"],
                name=values["office"],
                parent_body=values["parent_body"],
            )
            in_store(desk, office, write=True)  # on the runner's thread, as the sign-up
            return desk

        self.runner.run(work, self._done, on_error=lambda exc: self._fail(error_text(exc)))

    def _done(self, desk: Desk) -> None:
        self.desk = desk
        self.accept()

    def _fail(self, text: str) -> None:
        self.buttons.setEnabled(True)
        self.message.setText(text)
        self.message.show()


def _collate(name: str) -> str:
    from hrdesk.domain.text import collation_key

    return collation_key(name)
