"""Locking the window after the idle time the administrator set; unlocking needs the
officer's password (with the same slow-down after wrong tries as signing in)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from hrdesk.ui.errors import ERROR_STYLE
from hrdesk.ui.worker import Runner

ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


class IdleWatch(QObject):
    """Counts down while nobody touches the keyboard or mouse; emits `idle` at zero."""

    idle = Signal()

    def __init__(self, minutes: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self, singleShot=True)
        self.timer.timeout.connect(self.idle)
        self.set_minutes(minutes)

    def set_minutes(self, minutes: int) -> None:
        self.minutes = max(0, int(minutes))
        self.restart()

    def restart(self) -> None:
        if self.minutes:
            self.timer.start(self.minutes * 60_000)
        else:
            self.timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in ACTIVITY:
            self.restart()
        return False


class LockPage(QWidget):
    """Covers the workspaces while locked: nothing of the records is visible."""

    unlocked = Signal()

    def __init__(
        self,
        username: str,
        unwrap: Callable[[str, str], object],
        runner: Runner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.username, self.unwrap, self.runner = username, unwrap, runner
        title = QLabel(self.tr("HR Desk is locked"))
        title.setStyleSheet("font-size: 150%; font-weight: bold;")
        who = QLabel(
            self.tr("Signed in as %1. Enter your password to continue.").replace("%1", username)
        )
        self.password = QLineEdit()
        self.password.setObjectName("unlock_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setMaximumWidth(320)
        self.password.returnPressed.connect(self.try_unlock)
        self.button = QPushButton(self.tr("Unlock"))
        self.button.clicked.connect(self.try_unlock)
        self.message = QLabel()
        self.message.setStyleSheet(ERROR_STYLE)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        for widget in (title, who, self.password, self.button, self.message):
            layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)

    def reset(self) -> None:
        self.password.clear()
        self.message.clear()
        self.password.setFocus()

    def try_unlock(self) -> None:
        from hrdesk.ui.messages import error_text

        password = self.password.text()
        self.button.setEnabled(False)

        def work(_progress: object) -> None:
            self.unwrap(self.username, password)

        def failed(exc: BaseException) -> None:
            self.button.setEnabled(True)
            self.message.setText(error_text(exc))
            self.password.selectAll()

        def done(_result: object) -> None:
            self.button.setEnabled(True)
            self.unlocked.emit()

        self.runner.run(work, done, on_error=failed)
