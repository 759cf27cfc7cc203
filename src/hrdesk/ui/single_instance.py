"""One window per profile. The first HR Desk on a profile holds a lock file in it and
listens on a local socket named after it; a second start on the same profile finds the
lock held, asks the first to come to the front, and ends, instead of opening the store a
second time. A lock left by a crashed HR Desk (its process gone) is taken over.
"""

from __future__ import annotations

import getpass
import hashlib
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QWidget

LOCK_NAME = "window.lock"
WAKE = b"front\n"
CONNECT_MS = 2000


def server_name(root: Path) -> str:
    """The local socket's name: one per user and profile folder, short enough for a Unix
    socket path, the same for every start on that folder."""
    key = f"{getpass.getuser()}\0{root.resolve()}".encode()
    return "hrdesk-" + hashlib.sha256(key).hexdigest()[:24]


class ProfileGuard(QObject):
    """`claim()` is True for the first HR Desk on the profile (it then listens and emits
    `wake` when another start asks it to come to the front); False when another holds it."""

    wake = Signal()

    def __init__(self, root: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.root = Path(root)
        self.name = server_name(self.root)
        self.lock = QLockFile(str(self.root / LOCK_NAME))
        # A live HR Desk never lets go while it runs: its lock is never stale by age,
        # only by its process being gone (which QLockFile checks).
        self.lock.setStaleLockTime(0)
        self.server: QLocalServer | None = None

    def claim(self) -> bool:
        if not self.lock.tryLock(0):
            return False
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.name):
            # A socket left by a crash: the lock is ours now, so the name is too.
            QLocalServer.removeServer(self.name)
            server.listen(self.name)
        server.newConnection.connect(self._connected)
        self.server = server
        return True

    def _connected(self) -> None:
        assert self.server is not None
        while (socket := self.server.nextPendingConnection()) is not None:
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():
                self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        if WAKE.strip() in bytes(socket.readAll().data()):
            self.wake.emit()
        socket.disconnectFromServer()

    def wake_other(self) -> bool:
        """Ask the HR Desk holding the profile to come to the front; False if none answers."""
        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if not socket.waitForConnected(CONNECT_MS):
            return False
        socket.write(WAKE)
        sent = socket.waitForBytesWritten(CONNECT_MS)
        socket.disconnectFromServer()
        return sent

    def release(self) -> None:
        if self.server is not None:
            self.server.close()
            self.server = None
        self.lock.unlock()


def bring_to_front(window: QWidget | None) -> None:
    """Show a window over the others, restored if it was minimised."""
    if window is None:
        return
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()
