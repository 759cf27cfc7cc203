"""Building a package on the runner, as `hrdesk package export` does: render the report's
PDF and Excel inside the profile, then `build_package`; a passphrase asked for and the
work retried where the office key needs one; every failure said in the officer's words."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from pathlib import Path

import shiboken6
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from hrdesk.domain.errors import HRDeskError, ValidationError
from hrdesk.domain.periods import Period
from hrdesk.messages import render
from hrdesk.ui.context import UiContext
from hrdesk.ui.messages import error_text, window_lang
from hrdesk.ui.store_thread import StoreOp
from hrdesk.ui.window_settings import PACKAGE_FOLDER
from hrdesk.ui.worker import Cancelled as WorkerCancelled
from hrdesk.ui.worker import Progress
from hrdesk.ui.workspaces import reports_package
from hrdesk.workdir import working_folder

RENDER_SHARE = 0.15  # of the progress bar: the report's PDF and Excel before the package


@dataclass(frozen=True)
class BuildOutcome:
    ok: bool
    message: str  # translated, for the officer
    path: Path | None = None
    sequence: int | None = None
    # Worth a message box: not for a cancel the officer asked for, nor for an error
    # ctx.report_error has already shown (and logged).
    alert: bool = True


class PackageBuilder(QObject):
    """Starts the build; `finished` carries a BuildOutcome (not for a silent cancel)."""

    finished = Signal(object)

    def __init__(self, ctx: UiContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.parent_widget = parent
        self.busy = False
        self.progress: Progress | None = None  # of the build running now

    def start(
        self, period: Period, folder: str, personal: bool, passphrase: str | None = None
    ) -> None:
        from hrdesk.bundles import Cancelled, build_package
        from hrdesk.documents.report import build_report_pdf
        from hrdesk.documents.report_xlsx import write_report_xlsx

        self.busy = True
        ctx, desk, lang = self.ctx, self.ctx.desk, window_lang()
        rendering = self.tr("Making the report's PDF and Excel…")

        def job(progress: Progress) -> Path:
            def show(fraction: float, text: str) -> None:
                # Never raises: the bundle checks `cancelled` itself, and after its point of
                # no return it must be allowed to finish whatever the officer clicks.
                if not progress.cancelled:
                    with contextlib.suppress(WorkerCancelled):
                        progress(fraction, text)

            def report(fraction: float, stage: str) -> None:
                show(fraction, render(stage, {}, lang))  # a stage's code, from the bundles

            def check() -> None:
                if progress.cancelled:
                    raise Cancelled()

            exports = desk.profile.exports_dir
            exports.mkdir(parents=True, exist_ok=True)
            # The rendered report stays inside the profile until it is in the package.
            # Locked while in use: a crash's leftover goes at the next sign-in or build.
            with working_folder(exports, ".report-") as temp:
                pdf, xlsx = Path(temp) / "report.pdf", Path(temp) / "report.xlsx"
                show(0.0, rendering)

                # One transaction: the print takes its number.
                def render_report(s: Session) -> None:
                    build_report_pdf(s, period, pdf)
                    check()
                    write_report_xlsx(s, period, xlsx)

                ctx.write(render_report, None)
                check()
                return build_package(
                    desk,
                    period,
                    pdf,
                    xlsx,
                    Path(folder),
                    include_personal_data=personal,
                    passphrase=passphrase,
                    progress=lambda f, t: report(RENDER_SHARE + (1 - RENDER_SHARE) * f, t),
                    cancelled=lambda: progress.cancelled,
                )

        self.progress = self.ctx.runner.run(
            job,
            lambda path: self._done(path, folder),
            on_error=lambda exc: self._failed(exc, period, folder, personal),
            title=self.tr("Building the package…"),
        )

    def _done(self, path: Path, folder: str) -> None:
        from hrdesk.bundles import list_packages

        self.busy = False
        PACKAGE_FOLDER.set(self.ctx.settings, folder)
        StoreOp(
            self.ctx,
            lambda s: next((p.sequence for p in list_packages(s) if p.file_name == path.name), 0),
            parent=self,
        ).success(lambda sequence: self._written(path, sequence)).run()

    def _written(self, path: Path, sequence: int) -> None:
        self.ctx.notify("packages")
        message = (
            self.tr("Package %1 was written to %2 and read back: it verifies.")
            .replace("%1", str(sequence))
            .replace("%2", str(path))
        )
        self._finish(BuildOutcome(True, message, path, sequence))

    def _failed(self, exc: BaseException, period: Period, folder: str, personal: bool) -> None:
        from hrdesk.bundles import Cancelled, PassphraseNeeded, WriteFailed
        from hrdesk.store.keyfile import WrongPassword

        self.busy = False
        if not shiboken6.isValid(self.parent_widget):
            return
        problem = None
        if isinstance(exc, PassphraseNeeded):
            problem = ""
        elif isinstance(exc, WrongPassword):
            problem = self.tr("The passphrase is not right.")
        elif isinstance(exc, ValidationError) and exc.field == "passphrase":
            problem = error_text(exc)
        if problem is not None:
            self._ask_and_retry(period, folder, personal, problem)
            return
        if isinstance(exc, Cancelled):
            message = self.tr("Cancelled: no package was written.")
            self._finish(BuildOutcome(False, message, alert=False))
            return
        if isinstance(exc, WriteFailed):
            message = self.write_failed(exc)
        elif isinstance(exc, HRDeskError):  # bad input, PermissionDenied, a key not in the keyring…
            message = self.tr("No package was built: %1").replace("%1", error_text(exc))
        else:
            self.ctx.report_error(exc)
            self._finish(BuildOutcome(False, self.tr("No package was built."), alert=False))
            return
        self._finish(BuildOutcome(False, message))

    def _ask_and_retry(self, period: Period, folder: str, personal: bool, problem: str) -> None:
        from hrdesk.bundles import office_key

        new_key = office_key(self.ctx.desk.profile) is None
        secret = reports_package.ask_passphrase(self.parent_widget, new_key, problem)
        if secret is None:
            message = self.tr("No package was built: the office key needs its passphrase.")
            self._finish(BuildOutcome(False, message))
            return
        self.start(period, folder, personal, secret)

    def write_failed(self, exc: BaseException) -> str:
        """A full, locked or pulled stick: the catalogue's words (bundles/write.explain named
        the problem by Windows' own code), which name the folder."""
        return f"{error_text(exc)}. " + self.tr("Nothing was left there under the package's name.")

    def _finish(self, outcome: BuildOutcome) -> None:
        if shiboken6.isValid(self):
            self.finished.emit(outcome)
