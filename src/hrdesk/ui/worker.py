"""One way to run work off the main thread: a job on the thread pool, its progress in a
dialog that can cancel it, its result or error handed back on the main thread."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6 import QtCore
from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QRunnable,
    QThreadPool,
    Signal,
    SignalInstance,
)
from PySide6.QtWidgets import QProgressDialog, QWidget
from shiboken6 import isValid


class Cancelled(Exception):
    """The officer cancelled the work."""


class Progress:
    """Handed to the job: report how far it is, and stop when the officer cancels."""

    def __init__(self, signal: SignalInstance | None = None) -> None:
        self.cancelled = False
        self._signal = signal

    def __call__(self, fraction: float, text: str = "") -> None:
        self.check()
        if self._signal is not None:
            self._signal.emit(float(fraction), text)

    def check(self) -> None:
        if self.cancelled:
            raise Cancelled


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)
    progress = Signal(float, str)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[Progress], Any], signals: _Signals, progress: Progress):
        super().__init__()
        self.fn, self.signals, self.progress = fn, signals, progress

    def run(self) -> None:
        try:
            result = self.fn(self.progress)
        except BaseException as exc:  # every failure goes back to the window, never lost
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)


class Runner:
    """Runs jobs on a thread pool; widgets are touched only in the callbacks (main thread)."""

    def __init__(self, parent: QWidget | None, on_error: Callable[[BaseException], None]) -> None:
        self.parent = parent
        self.on_error = on_error
        self.pool = QThreadPool.globalInstance()
        self._live: set[_Signals] = set()

    def run(
        self,
        fn: Callable[[Progress], Any],
        on_done: Callable[[Any], None] | None = None,
        *,
        on_error: Callable[[BaseException], None] | None = None,
        title: str | None = None,
        cancellable: bool = True,
    ) -> Progress:
        """Start `fn(progress)`; with a `title`, show a progress dialog (after a short delay)."""
        signals = _Signals()
        progress = Progress(signals.progress)
        dialog = self._dialog(title, cancellable, progress) if title else None

        def finish() -> None:
            self._live.discard(signals)
            if dialog is not None and isValid(dialog):
                dialog.reset()
                dialog.deleteLater()

        def gone() -> bool:
            # The window closed while the work went on: nobody is there to hear the result.
            return self.parent is not None and not isValid(self.parent)

        def done(result: Any) -> None:
            finish()
            if on_done is not None and not gone():
                on_done(result)

        def failed(exc: BaseException) -> None:
            finish()
            if isinstance(exc, Cancelled) or gone():
                return
            (on_error or self.on_error)(exc)

        # QtCore.Qt is looked up here, not imported with the module: its first use makes
        # ninety-odd Python enums (~40 ms), which the sign-in screen need not wait for.
        queued = QtCore.Qt.ConnectionType.QueuedConnection
        signals.done.connect(done, queued)
        signals.failed.connect(failed, queued)
        if dialog is not None:
            signals.progress.connect(lambda f, text: _show(dialog, f, text), queued)
        self._live.add(signals)
        self.pool.start(_Job(fn, signals, progress))
        return progress

    def _dialog(self, title: str, cancellable: bool, progress: Progress) -> QProgressDialog:
        dialog = QProgressDialog(title, None, 0, 1000, self.parent)  # type: ignore[call-overload]  # None: no cancel button; the stubs want a str
        dialog.setWindowTitle(title)
        dialog.setWindowModality(QtCore.Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(400)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        if cancellable:
            dialog.setCancelButtonText(QCoreApplication.translate("QObject", "Cancel"))
            dialog.canceled.connect(lambda: setattr(progress, "cancelled", True))
        else:
            dialog.setCancelButton(None)
        dialog.setValue(0)
        return dialog

    def wait(self, msecs: int = 30000) -> bool:
        """For tests and shutdown: wait until every job has finished."""
        return self.pool.waitForDone(msecs)


def _show(dialog: QProgressDialog, fraction: float, text: str) -> None:
    if not isValid(dialog):  # its window closed while the work went on
        return
    dialog.setValue(int(max(0.0, min(1.0, fraction)) * 1000))
    if text:
        dialog.setLabelText(text)
