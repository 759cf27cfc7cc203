"""A form that asks before throwing away what was typed in it: Esc, Cancel and the
window's close button all go through `reject()`, which asks when anything differs from
what the form opened with. Keeping the typing is the default answer."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def confirm_discard(parent: QWidget) -> bool:
    """Ask whether to throw away what was typed; True to throw it away."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("DiscardChanges", "Discard changes?"))
    box.setText(
        QCoreApplication.translate(
            "DiscardChanges", "Close this form and throw away what you typed in it?"
        )
    )
    discard = box.addButton(
        QCoreApplication.translate("DiscardChanges", "Discard"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    keep = box.addButton(
        QCoreApplication.translate("DiscardChanges", "Keep editing"),
        QMessageBox.ButtonRole.RejectRole,
    )
    box.setDefaultButton(keep)  # Enter keeps the typing; so does Esc
    box.setEscapeButton(keep)
    box.exec()
    return box.clickedButton() is discard


class AsksBeforeDiscarding:
    """Mixed into a form dialog (before QDialog) that has `snapshot()`: call
    `remember()` once it is filled in."""

    _remembered: Any = None

    def snapshot(self) -> Any:
        raise NotImplementedError

    def remember(self) -> None:
        self._remembered = self.snapshot()

    def has_changes(self) -> bool:
        return self.snapshot() != self._remembered

    def reject(self) -> None:
        if self.has_changes() and not confirm_discard(self):  # type: ignore[arg-type]  # mixed into a QDialog
            return
        super().reject()  # type: ignore[misc]  # QDialog.reject: it follows this mixin in the bases
