"""The receiving office: import a package (verified first), the offices whose keys are
trusted, and every office's received packages with their reports."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from hrdesk.bundles import kept_warnings
from hrdesk.domain.access import Permission
from hrdesk.domain.formatting import format_date, format_datetime
from hrdesk.messages import plain
from hrdesk.places import documents_dir
from hrdesk.ui.context import UiContext
from hrdesk.ui.errors import ERROR_STYLE
from hrdesk.ui.messages import window_lang
from hrdesk.ui.store_thread import StoreOp
from hrdesk.ui.workspaces.reports_import import ImportBox
from hrdesk.ui.workspaces.reports_models import Column, RowsModel, selected_object, table_view
from hrdesk.ui.workspaces.reports_period import label_name
from hrdesk.ui.workspaces.reports_report import show_pdf
from hrdesk.ui.workspaces.reports_trust import TrustKeyDialog


class ReceivedTab(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("received_tab")
        self.can_edit = ctx.can(Permission.EDIT_RECORDS)
        self.trust_dialog: TrustKeyDialog | None = None
        self.preview: QDialog | None = None
        self.splitter = splitter = QSplitter(Qt.Orientation.Vertical)
        self.importer = ImportBox(ctx)
        self.importer.imported.connect(self._imported)
        splitter.addWidget(self.importer)
        splitter.addWidget(self._offices_box())
        splitter.addWidget(self._received_box())
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(2, 1)
        splitter.setSizes([90, 150, 380])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.reload()

    def _imported(self, _result: object) -> None:
        # Room for what was checked, taken from the list of received packages.
        sizes = self.splitter.sizes()
        if self.importer.checks.isVisible() and sizes[0] < 240:
            self.splitter.setSizes([240, sizes[1], max(sizes[2] - (240 - sizes[0]), 120)])
        self.reload()

    # -- trusted offices
    def _offices_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Trusted offices"))
        self.offices_model = RowsModel(
            [
                Column(self.tr("Office"), lambda o: o.office_name),
                Column(self.tr("Key id"), lambda o: o.key_id),
                Column(self.tr("Fingerprint"), lambda o: o.fingerprint),
            ],
            self,
        )
        self.offices = table_view(self.offices_model, "trusted_offices", self)
        self.offices.setColumnWidth(0, 330)
        self.offices.setColumnWidth(1, 160)
        self.trust_button = QPushButton(self.tr("&Trust a key…"))
        self.trust_button.setObjectName("trust_key")
        self.trust_button.clicked.connect(lambda: self.trust_file())
        self.trust_button.setEnabled(self.ctx.can(Permission.MANAGE_KEYS))
        column = QVBoxLayout(box)
        column.addWidget(self.offices, 1)
        column.addWidget(self.trust_button, 0, Qt.AlignmentFlag.AlignLeft)
        return box

    def trust_file(self, path: Path | None = None) -> TrustKeyDialog | None:
        """Read a .pub file and open the dialog that shows its key and asks to trust it."""
        from hrdesk.bundles.keys import fingerprint
        from hrdesk.bundles.minisign import MinisignError, parse_public_key

        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(
                self, self.tr("Trust a key"), str(documents_dir()), self.tr("Public keys (*.pub)")
            )
            if not chosen:
                return None
            path = Path(chosen)
        try:
            text = path.read_text(encoding="utf-8")
            public = parse_public_key(text)
        except (OSError, UnicodeDecodeError, MinisignError) as exc:
            self.importer.say(
                self.tr("%1 is not a public key file: %2")
                .replace("%1", path.name)
                .replace("%2", plain(exc, window_lang())),
                ERROR_STYLE,
            )
            return None
        dialog = TrustKeyDialog(
            self.ctx, text, public.key_id_text, fingerprint(public.key), str(path), self
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self.reload)
        dialog.destroyed.connect(lambda *_: setattr(self, "trust_dialog", None))
        self.trust_dialog = dialog
        dialog.open()
        return dialog

    # -- packages received
    def _received_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Packages received"))
        self.office_filter = QComboBox()
        self.office_filter.setObjectName("received_office")
        self.office_filter.setMinimumWidth(300)
        self.office_filter.currentIndexChanged.connect(lambda _i: self._reload_received())
        self.received_model = RowsModel(
            [
                Column(self.tr("Office"), lambda p: p.office_name),
                Column(self.tr("No."), lambda p: str(p.sequence), lambda p: p.sequence),
                Column(self.tr("Period"), lambda p: label_name(p.period_label)),
                Column(self.tr("Signed"), lambda p: _iso_date(p.bagging_date)),
                Column(
                    self.tr("Received"),
                    lambda p: format_datetime(p.received_at),
                    lambda p: p.received_at.isoformat(),
                ),
                Column(
                    self.tr("Personal data"),
                    lambda p: self.tr("included") if p.includes_personal_data else "",
                ),
                Column(
                    self.tr("Warning"),
                    lambda p: kept_warnings.text(p.warnings, window_lang()),
                    colour=lambda p: "#8a5300" if p.warnings else None,
                ),
            ],
            self,
        )
        self.received = table_view(self.received_model, "received_packages", self)
        for column, width in enumerate((300, 45, 175, 90, 125, 100)):
            self.received.setColumnWidth(column, width)
        self.received.selectionModel().selectionChanged.connect(self._received_selected)
        self.received.activated.connect(lambda _index: self.preview_report())
        self.preview_button = QPushButton(self.tr("&Preview report"))
        self.preview_button.setObjectName("preview_received")
        self.preview_button.clicked.connect(self.preview_report)
        self.folder_button = QPushButton(self.tr("Save &files…"))
        self.folder_button.setObjectName("open_received_folder")
        self.folder_button.clicked.connect(self.open_folder)
        caption = QLabel(self.tr("&Office:"))
        caption.setBuddy(self.office_filter)
        row = QHBoxLayout()
        row.addWidget(caption)
        row.addWidget(self.office_filter)
        row.addStretch(1)
        row.addWidget(self.preview_button)
        row.addWidget(self.folder_button)
        stack = QVBoxLayout(box)
        stack.addLayout(row)
        stack.addWidget(self.received, 1)
        return box

    def reload(self) -> None:
        from hrdesk.bundles import trusted_offices

        StoreOp(self.ctx, trusted_offices, parent=self).success(self._offices_read).run()

    def _offices_read(self, offices: list[Any]) -> None:
        self.offices_model.set_rows(offices)
        wanted = self.office_filter.currentData()
        self.office_filter.blockSignals(True)
        self.office_filter.clear()
        self.office_filter.addItem(self.tr("All offices"), None)
        for name in sorted({o.office_name for o in offices}):
            self.office_filter.addItem(name, name)
        found = self.office_filter.findData(wanted) if wanted else 0
        self.office_filter.setCurrentIndex(max(found, 0))
        self.office_filter.blockSignals(False)
        self._reload_received()

    def _reload_received(self) -> None:
        from hrdesk.bundles import received_packages

        office = self.office_filter.currentData()
        StoreOp(self.ctx, lambda s: received_packages(s, office), parent=self).success(
            self._received_read
        ).run()

    def _received_read(self, rows: list[Any]) -> None:
        self.received_model.set_rows(rows)
        self._received_selected()

    def _received_selected(self, *_args: Any) -> None:
        chosen = selected_object(self.received) is not None
        self.preview_button.setEnabled(chosen)
        self.folder_button.setEnabled(chosen)

    def preview_report(self) -> None:
        from hrdesk.bundles import received_file
        from hrdesk.bundles.receive import suggested_name

        package = selected_object(self.received)
        if package is None:
            return
        StoreOp(
            self.ctx, lambda s: received_file(s, package, "data/report.pdf"), parent=self
        ).success(lambda data: self._show_report(data, suggested_name(package, ".pdf"))).run()

    def _show_report(self, data: bytes, name: str) -> None:
        """`name`: made from the package's office and period, safe as a file's name."""
        dialog = show_pdf(self, data, self.tr("Received report"), name)
        self.preview = dialog
        if dialog is not None:

            def forget(*_args: object) -> None:
                if self.preview is dialog:
                    self.preview = None

            dialog.destroyed.connect(forget)

    def open_folder(self) -> None:
        """Copy the received package's files out of the store into a folder the officer
        chooses (the store keeps them encrypted; a copy out is a deliberate act)."""
        from hrdesk.bundles import unpack_received

        package = selected_object(self.received)
        if package is None:
            return
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Save the package's files in"), str(documents_dir())
        )
        if not folder:
            return
        StoreOp(self.ctx, lambda s: unpack_received(s, package, Path(folder)), parent=self).success(
            lambda bag: QDesktopServices.openUrl(QUrl.fromLocalFile(str(bag / "data")))
        ).run()


def _iso_date(text: str) -> str:
    from datetime import date

    try:
        return format_date(date.fromisoformat(text))
    except ValueError:
        return text
