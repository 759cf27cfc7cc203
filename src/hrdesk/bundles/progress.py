"""Progress and cancellation for long work run on a worker thread.

The window passes `progress(fraction, stage)` (it hands the values to the main thread
itself) and `cancelled()`; both are optional, so the CLI and tests pass nothing. `stage`
is a message code ("stage.signing"), shown in the officer's language by the window.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from hrdesk.domain.errors import HRDeskError

ProgressCallback = Callable[[float, str], None]
CancelCheck = Callable[[], bool]


class Cancelled(HRDeskError):
    """The officer cancelled the work; nothing it was making is left behind."""

    def __init__(self) -> None:
        super().__init__("work.cancelled")


@dataclass(frozen=True)
class Steps:
    """Reports progress within [start, end] of the whole, and checks for cancellation."""

    progress: ProgressCallback | None = None
    cancelled: CancelCheck | None = None
    start: float = 0.0
    end: float = 1.0

    def report(self, fraction: float, stage: str) -> None:
        """How far the work is, and the stage it is at (a message code, see the module)."""
        self.check()
        if self.progress is not None:
            share = min(1.0, max(0.0, fraction))
            self.progress(self.start + (self.end - self.start) * share, stage)

    def check(self) -> None:
        if self.cancelled is not None and self.cancelled():
            raise Cancelled()

    def part(self, start: float, end: float) -> Steps:
        """The same callbacks for a share of this range (start and end in 0..1 of it)."""
        width = self.end - self.start
        return Steps(
            self.progress, self.cancelled, self.start + width * start, self.start + width * end
        )

    def uncancellable(self) -> Steps:
        """The same progress, no longer cancellable: for the work after the point of no return."""
        return Steps(self.progress, None, self.start, self.end)
