"""Sign-in before the main window: officer, password, "remember on this computer".

Shown before the store or any heavy module is loaded; the unlocking (scrypt, opening the
encrypted store, migrations) runs on a worker thread while the dialog stays responsive.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from hrdesk.profile import Profile
from hrdesk.ui.errors import ERROR_STYLE
from hrdesk.ui.window_settings import LAST_OFFICER
from hrdesk.ui.worker import Runner

if TYPE_CHECKING:  # signing in imports the store; the dialog shows before that
    from hrdesk.signin import Desk


class SignInDialog(QDialog):
    def __init__(
        self,
        profile: Profile,
        settings: QSettings,
        runner: Runner,
        hint: tuple[str, str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.profile = profile
        self.settings = settings
        self.runner = runner
        self.desk: Desk | None = None
        self.setWindowTitle(self.tr("HR Desk — sign in"))
        title = QLabel(self.tr("Steering Committee on Human Rights — records desk"))
        title.setStyleSheet("font-size: 120%; font-weight: bold;")
        self.officer = QComboBox()
        self.officer.setObjectName("officer")
        self.officer.setEditable(True)
        self.officer.addItems(profile.account_names())
        last = LAST_OFFICER.get(settings)
        if last and self.officer.findText(last) >= 0:
            self.officer.setCurrentText(last)
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(self.tr("Remember on this computer"))
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        self.message.hide()
        form = QFormLayout()
        form.addRow(self.tr("Officer"), self.officer)
        form.addRow(self.tr("Password"), self.password)
        form.addRow("", self.remember)
        # Buttons set after construction: the constructor's overloads take a Qt.Orientation,
        # and resolving them makes all of Qt's enums (~30 ms) before the dialog can paint.
        self.buttons = QDialogButtonBox()
        self.buttons.setStandardButtons(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Sign in"))
        self.buttons.accepted.connect(self.sign_in)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        if hint:
            note = QLabel(
                self.tr("Demo profile: sign in as %1 with the password %2.")
                .replace("%1", hint[0])
                .replace("%2", hint[1])
            )
            note.setWordWrap(True)
            layout.addWidget(note)
        place = QLabel(str(profile.root))
        place.setStyleSheet("color: #666; font-size: 85%;")
        layout.addWidget(place)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.password.setFocus()  # OtherFocusReason, without naming Qt's enums (see above)
        self.resize(440, 260)

    def sign_in(self) -> None:
        username = self.officer.currentText().strip() or None
        password = self.password.text()
        remember = self.remember.isChecked()
        profile = self.profile
        self.buttons.setEnabled(False)
        self.message.setText(self.tr("Opening the store…"))
        self.message.setStyleSheet("color: #555;")
        self.message.show()

        def work(_progress: object) -> object:
            from hrdesk.signin import sign_in

            return sign_in(profile, username, password, remember=remember)

        self.runner.run(work, self._signed_in, on_error=self._failed)

    def _signed_in(self, desk: Desk) -> None:
        self.desk = desk
        LAST_OFFICER.set(self.settings, desk.actor.username)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        from hrdesk.ui.messages import error_text

        self.buttons.setEnabled(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setText(error_text(exc))
        self.message.show()
        self.password.selectAll()
        self.password.setFocus()
