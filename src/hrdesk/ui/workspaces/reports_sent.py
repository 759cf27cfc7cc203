"""The sending office: build a package for the chosen period, the ledger of packages sent
(and what became of them), and the office key the central office checks them with."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hrdesk.domain.access import Permission
from hrdesk.domain.errors import ValidationError
from hrdesk.domain.formatting import format_datetime
from hrdesk.domain.periods import Period
from hrdesk.domain.vocab import PackageStatus
from hrdesk.places import suggested_path
from hrdesk.services.report_checks import empty_sections
from hrdesk.ui.context import UiContext
from hrdesk.ui.errors import ERROR_STYLE
from hrdesk.ui.messages import error_text
from hrdesk.ui.store_thread import StoreOp
from hrdesk.ui.window_settings import PACKAGE_FOLDER
from hrdesk.ui.workspaces import reports_package
from hrdesk.ui.workspaces.reports_build import BuildOutcome, PackageBuilder
from hrdesk.ui.workspaces.reports_models import Column, RowsModel, selected_object, table_view
from hrdesk.ui.workspaces.reports_package import PackageDialog
from hrdesk.ui.workspaces.reports_period import label_name, period_name

OK_STYLE = "color: #1b5e20;"
# Saves the report's unsaved sections, then calls the first callable (the second if refused).
SaveReport = Callable[[Callable[[], object], Callable[[], object]], object]
MONO = "font-family: monospace;"


def grouped(text: str, per_line: int = 8) -> str:
    """Hex in groups of four, `per_line` groups a line: easy to read out over the phone."""
    digits = text.replace(" ", "")
    groups = [digits[i : i + 4] for i in range(0, len(digits), 4)]
    return "\n".join(" ".join(groups[i : i + per_line]) for i in range(0, len(groups), per_line))


class SentTab(QWidget):
    def __init__(
        self,
        ctx: UiContext,
        period: Callable[[], Period],
        save_report: SaveReport = lambda then, _refused: then(),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("sent_tab")
        self.period = period
        self.save_report = save_report
        self.can_edit = ctx.can(Permission.EDIT_RECORDS)
        self.package_dialog: PackageDialog | None = None  # open now (tests drive it)
        self.builder = PackageBuilder(ctx, self)
        self.builder.finished.connect(self._built)
        layout = QVBoxLayout(self)
        layout.addWidget(self._ledger_box(), 1)
        layout.addWidget(self._key_box())
        self.reload()

    # -- building
    def _ledger_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Packages sent"))
        self.build_button = QPushButton()
        self.build_button.setObjectName("build_package")
        self.build_button.clicked.connect(self.build)
        self.result = QLabel()
        self.result.setObjectName("package_result")
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result.hide()
        lang = self.ctx.lang
        self.model = RowsModel(
            [
                Column(self.tr("No."), lambda p: str(p.sequence), lambda p: p.sequence),
                Column(self.tr("Period"), lambda p: label_name(p.period_label)),
                Column(self.tr("Written"), lambda p: format_datetime(p.created_at), lambda p: p.id),
                Column(self.tr("Status"), lambda p: PackageStatus(p.status).label(lang)),
                Column(
                    self.tr("Personal data"),
                    lambda p: self.tr("included") if p.includes_personal_data else "",
                ),
                Column(self.tr("File"), lambda p: p.file_name),
                Column(self.tr("Written to"), lambda p: p.written_to or ""),
            ],
            self,
        )
        self.table = table_view(self.model, "ledger", self)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        for column, width in enumerate((45, 175, 125, 105, 100, 300)):
            self.table.setColumnWidth(column, width)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.uploaded_button = QPushButton(self.tr("Mark &uploaded"))
        self.uploaded_button.setObjectName("mark_uploaded")
        self.uploaded_button.clicked.connect(lambda: self.mark("uploaded"))
        self.acknowledged_button = QPushButton(self.tr("Mark ac&knowledged"))
        self.acknowledged_button.setObjectName("mark_acknowledged")
        self.acknowledged_button.clicked.connect(lambda: self.mark("acknowledged"))
        top = QHBoxLayout()
        top.addWidget(self.build_button)
        top.addStretch(1)
        top.addWidget(self.uploaded_button)
        top.addWidget(self.acknowledged_button)
        stack = QVBoxLayout(box)
        stack.addLayout(top)
        stack.addWidget(self.result)
        stack.addWidget(self.table, 1)
        return box

    def period_changed(self) -> None:
        self.build_button.setText(
            self.tr("&Build package for %1…").replace("%1", period_name(self.period()))
        )

    def build(self) -> None:
        """Save the report, find its empty sections, then open the dialog (not modal to
        the event loop: tests and the runner keep going)."""
        if not self.can_edit or self.builder.busy:
            return
        self.save_report(self._read_empty_sections, self._report_not_saved)

    def _report_not_saved(self) -> None:
        text = self.tr("The report's sections could not be saved: see the Report tab.")
        self._say(text, ERROR_STYLE)

    def _read_empty_sections(self) -> None:
        period = self.period()
        StoreOp(self.ctx, lambda s: empty_sections(s, period), parent=self).success(
            lambda empty: self._open_dialog(period, empty)
        ).run()

    def _open_dialog(self, period: Period, empty: tuple[str, ...]) -> None:
        if self.builder.busy or self.package_dialog is not None:
            return  # a second click while the first was reading
        recent = PACKAGE_FOLDER.get(self.ctx.settings)
        dialog = PackageDialog(
            period,
            self.ctx.can(Permission.VIEW_PERSONAL_DATA),
            recent or None,
            self,
            empty_sections=empty,
        )
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.accepted.connect(lambda: self._start(dialog))
        dialog.finished.connect(lambda _code: self._dialog_closed(dialog))
        self.package_dialog = dialog
        dialog.open()

    def _dialog_closed(self, dialog: PackageDialog) -> None:
        if self.package_dialog is dialog:
            self.package_dialog = None
        dialog.deleteLater()

    def _start(self, dialog: PackageDialog) -> None:
        if dialog.folder is None:
            return
        self.build_button.setEnabled(False)
        self.result.hide()
        self.builder.start(dialog.period, dialog.folder, dialog.personal)

    def _built(self, outcome: BuildOutcome) -> None:
        self.build_button.setEnabled(self.can_edit)
        self.result.setStyleSheet(OK_STYLE if outcome.ok else ERROR_STYLE)
        self.result.setText(outcome.message)
        self.result.show()
        self.reload()
        self._refresh_key()
        if outcome.ok:
            self.table.selectRow(0)
        elif outcome.alert:
            box = QMessageBox(
                QMessageBox.Icon.Warning, self.tr("Build package"), outcome.message, parent=self
            )
            box.setObjectName("package_failed")
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()  # not exec(): the window keeps working behind it

    # -- the ledger
    def reload(self) -> None:
        from hrdesk.bundles import list_packages

        StoreOp(self.ctx, list_packages, parent=self).success(self._packages_read).run()

    def _packages_read(self, packages: list[Any]) -> None:
        keep = selected_object(self.table)
        self.model.set_rows(packages)
        if packages:
            # The file name is what the officer looks for on the stick: show it whole.
            self.table.resizeColumnToContents(5)
        self.period_changed()
        self.build_button.setEnabled(self.can_edit and not self.builder.busy)
        if keep is not None:
            for row in range(self.table.model().rowCount()):
                shown = self.table.model().index(row, 0).data(RowsModel.OBJECT_ROLE)
                if shown.uid == keep.uid:
                    self.table.selectRow(row)
        self._selection_changed()

    def _selection_changed(self, *_args: Any) -> None:
        package = selected_object(self.table)
        status = package.status if package is not None else None
        self.uploaded_button.setEnabled(self.can_edit and status == PackageStatus.EXPORTED.value)
        self.acknowledged_button.setEnabled(
            self.can_edit and status is not None and status != PackageStatus.ACKNOWLEDGED.value
        )

    def mark(self, status: str) -> None:
        from hrdesk.bundles import mark_acknowledged, mark_uploaded

        package = selected_object(self.table)
        if package is None:
            return
        change = mark_uploaded if status == "uploaded" else mark_acknowledged
        StoreOp(
            self.ctx, lambda s: change(s, package.uid), changes="packages", parent=self
        ).success(lambda _uid: self.reload()).failure(self._mark_failed).run()

    def _mark_failed(self, exc: BaseException) -> None:
        if isinstance(exc, ValidationError):  # already so, or not yet exported: say why
            self._say(error_text(exc), ERROR_STYLE)
        else:
            self.ctx.report_error(exc)
        self.reload()

    def _say(self, text: str, style: str) -> None:
        self.result.setStyleSheet(style)
        self.result.setText(text)
        self.result.setVisible(bool(text))

    # -- the office key
    def _key_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("This office's signing key"))
        self.key_id = QLabel()
        self.key_id.setObjectName("key_id")
        self.fingerprint = QLabel()
        self.fingerprint.setObjectName("key_fingerprint")
        for label in (self.key_id, self.fingerprint):
            label.setStyleSheet(MONO)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_note = QLabel()
        self.key_note.setWordWrap(True)
        self.export_button = QPushButton(self.tr("&Export public key…"))
        self.export_button.setObjectName("export_key")
        self.export_button.clicked.connect(self.export_key)
        self.export_button.setEnabled(self.can_edit)
        form = QFormLayout()
        form.addRow(self.tr("Key id:"), self.key_id)
        form.addRow(self.tr("Fingerprint:"), self.fingerprint)
        side = QVBoxLayout()
        side.addWidget(self.key_note)
        side.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignLeft)
        side.addStretch(1)
        row = QHBoxLayout(box)
        row.addLayout(form)
        row.addSpacing(16)
        row.addLayout(side, 1)
        self._refresh_key()
        return box

    def _refresh_key(self) -> None:
        from hrdesk.bundles import office_key

        try:
            key = office_key(self.ctx.desk.profile)
        except Exception as exc:  # an unreadable key file must not hide the ledger
            self.key_note.setText(error_text(exc))
            return
        if key is None:
            self.key_id.setText("—")
            self.fingerprint.setText("—")
            self.key_note.setText(
                self.tr("The office has no signing key yet: it is made with the first package.")
            )
            return
        # The key id as minisign, the .pub file and the command line write it: one form
        # everywhere, so an officer can compare it character by character.
        self.key_id.setText(key.key_id)
        self.fingerprint.setText(grouped(key.fingerprint))
        self.key_note.setText(
            self.tr(
                "Send the public key to the central office and read them the fingerprint "
                "over the phone: it proves the key is yours."
            )
        )

    def export_key(self) -> None:
        """Write the public key (minisign's format) to a file the officer chooses."""
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export public key"),
            suggested_path("office.pub"),
            self.tr("Public keys (*.pub)"),
        )
        if not chosen:
            return
        target = Path(chosen)
        if target.suffix.lower() != ".pub":
            target = target.with_name(target.name + ".pub")
        self._export_key(target, None)

    def _export_key(self, target: Path, secret: str | None) -> None:
        from hrdesk.bundles import export_public_key

        StoreOp(
            self.ctx,
            partial(export_public_key, out=target, passphrase=secret),
            changes="packages",
            parent=self,
        ).success(lambda _r: self._key_exported(target)).failure(
            lambda exc: self._export_failed(exc, target)
        ).run()

    def _key_exported(self, target: Path) -> None:
        self._refresh_key()
        self._say(self.tr("The public key was written to %1").replace("%1", str(target)), OK_STYLE)

    def _export_failed(self, exc: BaseException, target: Path) -> None:
        from hrdesk.bundles import PassphraseNeeded, office_key

        if isinstance(exc, PassphraseNeeded):
            # No key yet and no keyring: the new key needs a passphrase to be kept.
            new_key = office_key(self.ctx.desk.profile) is None
            secret = reports_package.ask_passphrase(self, new_key)
            if secret is not None:
                self._export_key(target, secret)
        elif isinstance(exc, ValidationError):
            self._say(error_text(exc), ERROR_STYLE)
        elif isinstance(exc, OSError):
            text = self.tr("The file could not be written: %1").replace("%1", str(exc))
            self._say(text, ERROR_STYLE)
        else:  # PermissionDenied and the unexpected: the service says
            self.ctx.report_error(exc)
