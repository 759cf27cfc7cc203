"""A progress line on the terminal for long commands (check, backup, import…): what is being
done, which stage of how many, how far where that is known, and the seconds so far.

Only when stderr is a terminal: in a script, a pipe or a log file nothing is written, so
output stays what scripts parse. The line is redrawn in place on stderr by a small thread
(SQLite's long checks give no callbacks) and appears only once a stage has taken more
than a moment; anything printed on stdout meanwhile clears it first, so results and the
line never share a row.
"""

from __future__ import annotations

import atexit
import io
import sys
import threading
import time
from collections.abc import Callable
from typing import Any, TextIO

from hrdesk.messages import Localized

CLEAR = "\r\033[K"
SHOW_AFTER = 0.8  # seconds: a quick stage leaves no trace
REDRAW = 0.25

WORKING = Localized("Đang làm", "Working")
ROWS = Localized("{done}/{total} dòng", "{done}/{total} rows")
AUTO_BACKUP = Localized("Sao lưu tự động hằng ngày", "Daily automatic backup")


class _ClearingStdout:
    """stdout, clearing the progress line before anything is written to the terminal."""

    def __init__(self, progress: Progress, stream: TextIO) -> None:
        self._progress = progress
        self._stream = stream

    def write(self, text: str) -> int:
        self._progress.clear()
        return self._stream.write(text)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


class Progress:
    """The progress line of one command. `step` names each stage; `fraction` (a
    callback of the backup and package code) says how far the current one is."""

    def __init__(self, lang: str = "vi", stream: TextIO | None = None) -> None:
        self.lang = lang
        self.stream = stream if stream is not None else sys.stderr
        try:
            self.active = bool(self.stream.isatty())
        except (AttributeError, ValueError):
            self.active = False
        self._lock = threading.Lock()
        self._what: Localized | None = None
        self._number: int | None = None
        self._count: int | None = None
        self._part: float | None = None
        self._rows: tuple[int, int] | None = None  # rows done, of how many
        self._since = time.monotonic()
        self._shown = False
        self._thread: threading.Thread | None = None
        self._stop = threading.Event()
        self._stdout: TextIO | None = None
        self._resume: Localized | None = None  # the stage a question paused

    def step(self, what: Localized, number: int | None = None, count: int | None = None) -> None:
        """A new stage begins: `what`, `number` of `count` stages if they are known."""
        if not self.active:
            return
        with self._lock:
            self._what, self._number, self._count = what, number, count
            self._part = None
            self._rows = None
            self._since = time.monotonic()
            self._erase()
        self._start()

    def fraction(self, value: float, _text: str = "") -> None:
        """How far the current stage is, from 0 to 1 (the backup's callback)."""
        if not self.active:
            return
        with self._lock:
            if self._what is None:
                self._what = self._resume or WORKING
            self._part = max(0.0, min(1.0, value))
        self._start()

    def rows(self, done: int, total: int) -> None:
        """How many rows of the current stage are done, of `total` (an import's or an
        export's callback); the fraction follows from them."""
        if not self.active:
            return
        with self._lock:
            if self._what is None:
                self._what = self._resume or WORKING
            self._rows = (done, total)
            self._part = done / total if total else None
        self._start()

    def reporting(self, what: Localized) -> Any:
        """A `fraction` callback that names its stage when it is first called (a daily
        backup that is not due never calls it, and nothing is shown)."""

        def report(value: float, text: str = "") -> None:
            if self._what is not what:
                self.step(what)
            self.fraction(value, text)

        return report

    def clear(self) -> None:
        with self._lock:
            self._erase()

    def pause(self) -> None:
        """Stop drawing until the next stage: a question is being asked on the terminal,
        and the line must not cover it."""
        with self._lock:
            self._erase()
            self._resume, self._what = self._what, None

    def close(self) -> None:
        """Stop redrawing and leave the terminal's row empty."""
        self._stop.set()
        if self._thread is not None and self._thread is not threading.current_thread():
            self._thread.join(timeout=1)
        self.clear()
        if self._stdout is not None and sys.stdout is not self._stdout:
            sys.stdout = self._stdout
            self._stdout = None

    def __enter__(self) -> Progress:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # -- drawing
    def line(self) -> str:
        """The line as shown now."""
        assert self._what is not None
        parts = [self._what.text(self.lang)]
        if self._number is not None and self._count is not None:
            parts[0] = f"[{self._number}/{self._count}] {parts[0]}"
        if self._rows is not None:
            done, total = (
                f"{n:,}".replace(",", "." if self.lang == "vi" else ",") for n in self._rows
            )
            parts.append(ROWS.text(self.lang).format(done=done, total=total))
        if self._part is not None:
            parts.append(f"{self._part:.0%}")
        parts.append(f"{time.monotonic() - self._since:.0f} s")
        return " … ".join(parts[:1]) + " … " + " · ".join(parts[1:])

    def _erase(self) -> None:
        if self._shown:
            self.stream.write(CLEAR)
            self.stream.flush()
            self._shown = False

    def _draw(self) -> None:
        with self._lock:
            if self._what is None or time.monotonic() - self._since < SHOW_AFTER:
                return
            sys.stdout.flush()
            self.stream.write(CLEAR + self.line())
            self.stream.flush()
            self._shown = True

    def _start(self) -> None:
        if self._thread is not None:
            return
        self._stdout = sys.stdout
        sys.stdout = _ClearingStdout(self, sys.stdout)
        atexit.register(self.close)
        self._thread = threading.Thread(target=self._run, name="progress", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.wait(REDRAW):
            try:
                self._draw()
            except (OSError, ValueError):  # the terminal went away
                return


def progress_of(args: Any) -> Progress:
    """The command's progress line, in the officer's language."""
    return Progress(getattr(args, "lang", None) or "vi")


_current: Progress | None = None


def asking() -> None:
    """Before a question at the terminal (a password, a confirmation): no progress line
    over it."""
    if _current is not None:
        _current.pause()


def current(args: Any = None) -> Progress:
    """The running command's progress line; outside `around`, a new one for `args`
    (silent without them)."""
    if _current is not None:
        return _current
    # Not a terminal, so the line is never drawn; a text stream all the same.
    return progress_of(args) if args is not None else Progress(stream=io.StringIO())


def around(handler: Callable[[Any], int], what: Localized) -> Callable[[Any], int]:
    """`handler` with a progress line that starts on `what`; its own stages (`current()
    .step`) and backups (`current().fraction`) update it."""

    def run(args: Any) -> int:
        global _current
        progress = progress_of(args)
        _current = progress
        progress.step(what)
        try:
            return handler(args)
        finally:
            _current = None
            progress.close()

    return run


# What each long command is doing when it starts (its own stages may say more).
STARTING = {
    "check": Localized("Đang kiểm tra kho dữ liệu", "Checking the store"),
    "backup": Localized("Đang sao lưu", "Backing up"),
    "restore": Localized("Đang khôi phục", "Restoring"),
    "import": Localized("Đang nhập dữ liệu", "Importing"),
    "export": Localized("Đang xuất dữ liệu", "Exporting"),
    "package": Localized("Đang xử lý gói báo cáo", "Working on the package"),
    "report": Localized("Đang lập báo cáo", "Building the report"),
    "demo": Localized("Đang tạo dữ liệu trình diễn", "Making the demo"),
}
