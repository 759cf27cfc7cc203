"""Errors in the window: a user's mistake is a short message; anything unexpected is
written to the profile's log with its traceback and shown as a short message with the
log's path. The window keeps working either way."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from hrdesk.domain.errors import HRDeskError

log = logging.getLogger("hrdesk")
ERROR_STYLE = "color: #b3261e;"


def setup_logging(log_dir: Path) -> Path:
    """Log to <profile>/logs/hrdesk.log (one file, appended)."""
    log_dir.mkdir(parents=True, exist_ok=True)
    path = log_dir / "hrdesk.log"
    handler = logging.FileHandler(path, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    if not any(getattr(h, "baseFilename", None) == str(path) for h in root.handlers):
        root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path


class ErrorReporter:
    """Shows errors to the officer; the log path is where the details went."""

    def __init__(self, parent: QWidget | None, log_path: Path | None) -> None:
        self.parent = parent
        self.log_path = log_path

    def __call__(self, exc: BaseException) -> None:
        if isinstance(exc, HRDeskError):
            from hrdesk.ui.messages import error_text

            self._show(QMessageBox.Icon.Warning, error_text(exc))
            return
        log.error("unexpected error", exc_info=(type(exc), exc, exc.__traceback__))
        where = f"\n{self.log_path}" if self.log_path else ""
        self._show(
            QMessageBox.Icon.Critical,
            QCoreApplication.translate(
                "Errors", "Something went wrong. Your work is saved; the details are in the log:"
            )
            + where,
        )

    def _show(self, icon: QMessageBox.Icon, text: str) -> None:
        box = QMessageBox(
            icon,
            QCoreApplication.translate("Errors", "HR Desk"),
            text,
            QMessageBox.StandardButton.Ok,
            self.parent,
        )
        box.open()  # not exec(): the event loop (and any running work) carries on

    def excepthook(
        self, kind: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        exc.__traceback__ = tb
        self(exc)

    def install(self) -> None:
        sys.excepthook = self.excepthook


def format_exception(exc: BaseException) -> str:
    return "".join(traceback.format_exception(exc))
