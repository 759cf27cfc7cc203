"""One thread for store work: every read and write the window asks for runs there, never
on the GUI thread, one at a time (SQLite has one writer).

Two ways in, after Anki's `QueryOp`/`CollectionOp` (qt/aqt/operations/):

- `StoreOp(ctx, work).success(fn).failure(fn).run()`: the work runs on the store thread;
  `fn` gets its result (or error) back on the GUI thread. A failure nobody handles is
  reported to the officer, so callers need no try/except of their own. A write names the
  kinds of record it changes, and the window hears of them once it succeeded.
- `StoreThread.call(work)`: the same thread, waited for — for the places that need the
  answer before they go on (a list model's row count and rows).

Long work (a PDF, a package, a backup) keeps the runner (ui/worker.py) with its progress
and cancel; called from there, store work runs on the runner's thread in its own session.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable, Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from shiboken6 import isValid
from sqlalchemy.orm import Session

if TYPE_CHECKING:
    from hrdesk.signin import Desk
    from hrdesk.ui.context import UiContext

T = TypeVar("T")
StoreWork = Callable[[Session], T]


def in_store(desk: Desk, work: StoreWork[T], write: bool = False) -> T:
    """Run `work` in a session of the desk's store on the calling thread (a reading
    session, or one transaction when it writes)."""
    store, actor = desk.store, desk.actor
    with store.transaction(actor) if write else store.reader(actor) as s:
        return work(s)


class StoreThread:
    """The desk's store, reached through one worker thread."""

    NAME = "hrdesk-store"

    def __init__(self, desk: Desk) -> None:
        self.desk = desk
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix=self.NAME)

    def _run(self, work: StoreWork[T], write: bool) -> T:
        return in_store(self.desk, work, write)

    def submit(self, work: StoreWork[T], write: bool = False) -> Future[T]:
        """Start `work` on the store thread; its result comes in the future."""
        return self._pool.submit(self._run, work, write)

    def call(self, work: StoreWork[T], write: bool = False) -> T:
        """Run `work` and wait for its result. From the GUI thread it runs on the store
        thread; from any other (the store thread itself, a runner's job) it runs where
        it is called, so long work does not hold up the window's reads."""
        if threading.current_thread() is not threading.main_thread():
            return self._run(work, write)
        return self.submit(work, write).result()

    def shutdown(self) -> None:
        self._pool.shutdown(wait=True)


class _ToGui(QObject):
    """Hands a callable from the store thread to the GUI thread (a queued signal)."""

    deliver = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.deliver.connect(lambda fn: fn(), Qt.ConnectionType.QueuedConnection)


_to_gui: _ToGui | None = None


def to_gui(fn: Callable[[], None]) -> None:
    """Run `fn` on the GUI thread, soon (call from any thread)."""
    global _to_gui
    if _to_gui is None:  # made on the GUI thread, by the first StoreOp
        _to_gui = _ToGui()
    _to_gui.deliver.emit(fn)


class StoreOp(Generic[T]):
    """One piece of store work with what to do when it is done, on the GUI thread.

    `changes`: the kinds of record a write changes (None: it changes none, and runs as a
    read). `parent`: a widget the callbacks belong to; gone by then, they are skipped.
    """

    def __init__(
        self,
        ctx: UiContext,
        work: StoreWork[T],
        *,
        changes: str | Iterable[str] | None = None,
        write: bool | None = None,
        parent: QObject | None = None,
    ) -> None:
        self.ctx = ctx
        self.work = work
        self.changes = frozenset([changes] if isinstance(changes, str) else changes or ())
        self.write = bool(self.changes) if write is None else write
        self.parent = parent
        self._success: Callable[[T], Any] | None = None
        self._failure: Callable[[BaseException], Any] | None = None

    def success(self, fn: Callable[[T], Any]) -> StoreOp[T]:
        self._success = fn
        return self

    def failure(self, fn: Callable[[BaseException], Any]) -> StoreOp[T]:
        self._failure = fn
        return self

    def run(self) -> Future[T]:
        to_gui(lambda: None)  # the hand-over object exists before the work can finish
        future = self.ctx.store.submit(self.work, self.write)
        future.add_done_callback(lambda done: to_gui(lambda: self._finish(done)))
        return future

    def _finish(self, done: Future[T]) -> None:
        if self.parent is not None and not isValid(self.parent):
            return  # its workspace closed while the work went on: nobody to tell
        error = done.exception()
        if error is not None:
            (self._failure or self.ctx.report_error)(error)
            return
        if self.changes:
            self.ctx.notify(self.changes, self.parent)
        if self._success is not None:
            self._success(done.result())


class GuiThreadCollector(QObject):
    """Python's cycle collector, run on the GUI thread only while the window is open.

    Left to itself the collector runs on whichever thread happens to allocate, and the
    store thread allocates most: a cycle holding a dialog freed there would delete a Qt
    object off its thread, and its timers would fire into freed memory (a crash). Anki
    does the same (`GarbageCollector` in qt/aqt/main.py)."""

    INTERVAL_MS = 1000

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._was_enabled = gc.isenabled()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.collect)
        self._timer.start(self.INTERVAL_MS)

    @staticmethod
    def collect() -> None:
        """Collect the generations gc itself would have, by its thresholds."""
        first, second, third = gc.get_threshold()
        young, middle, old = gc.get_count()
        if young > first:
            gc.collect(0)
            if middle > second:
                gc.collect(1)
                if old > third:
                    gc.collect(2)

    def stop(self) -> None:
        self._timer.stop()
        if self._was_enabled:
            gc.enable()
