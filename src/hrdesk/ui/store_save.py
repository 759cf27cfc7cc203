"""A dialog whose Save is store work: the save hands back a StoreOp (not yet run), the
dialog runs it and closes when the store has taken it; a refusal comes back to the
dialog, which shows it beside the fields and stays open. The window never waits."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QDialog

from hrdesk.domain.errors import HRDeskError
from hrdesk.ui.store_thread import StoreOp


class SavesInStore(QDialog):
    """A dialog's base, listed first: `class F(SavesInStore, AsksBeforeDiscarding, QDialog)`
    (so Esc while saving is ignored before anything asks about discarding)."""

    saving = False
    result_value: Any

    def finish_save(self, outcome: Any, refused: Callable[[HRDeskError], None]) -> None:
        """Accept with `outcome`, or, for a StoreOp, once it succeeded; `refused` gets an
        HRDeskError it raised (anything else goes to the window's reporter)."""
        if not isinstance(outcome, StoreOp):
            self.result_value = outcome
            self.accept()
            return
        op: StoreOp[Any] = outcome
        self.saving = True

        def saved(value: Any) -> None:
            self.saving = False
            self.result_value = value
            self.accept()

        def failed(exc: BaseException) -> None:
            self.saving = False
            if isinstance(exc, HRDeskError):
                refused(exc)
            else:
                op.ctx.report_error(exc)

        if op.parent is None:
            op.parent = self
        op.success(saved).failure(failed).run()

    def reject(self) -> None:
        if self.saving:
            return  # the store is taking it: Esc then would leave the officer unsure
        super().reject()
