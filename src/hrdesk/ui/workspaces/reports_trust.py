"""Trusting a sending office's public key: the key id and fingerprint to compare over the
phone, the office's name, and the officer's confirmation that they compared them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from hrdesk.domain.errors import ValidationError
from hrdesk.ui.context import UiContext
from hrdesk.ui.errors import ERROR_STYLE
from hrdesk.ui.messages import error_text
from hrdesk.ui.store_thread import StoreOp
from hrdesk.ui.workspaces.reports_sent import MONO, grouped


class TrustKeyDialog(QDialog):
    """Accepted once the key is in the registry; `office_name` is the name it got."""

    def __init__(
        self,
        ctx: UiContext,
        public_key_text: str,
        key_id: str,
        fingerprint: str,
        source: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("trust_dialog")
        self.setWindowTitle(self.tr("Trust an office's key"))
        self.ctx = ctx
        self.public_key_text = public_key_text
        self.office_name = ""
        about = QLabel(
            self.tr(
                "Packages signed with this key will be accepted as coming from the office "
                "you name. Before trusting it, call the office and have them read their "
                "fingerprint to you: it must match the one below exactly."
            )
        )
        about.setWordWrap(True)
        shown_file = QLabel(source)
        shown_file.setWordWrap(True)
        shown_key = QLabel(key_id)  # as the .pub file writes it
        shown_key.setObjectName("trust_key_id")
        shown_print = QLabel(grouped(fingerprint))
        shown_print.setObjectName("trust_fingerprint")
        for label in (shown_key, shown_print):
            label.setStyleSheet(MONO + " font-size: 115%;")
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.name = QLineEdit()
        self.name.setObjectName("trust_office_name")
        self.name.setPlaceholderText(self.tr("as the office signs its packages, if left empty"))
        self.error = QLabel()
        self.error.setObjectName("trust_error")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        self.confirmed = QCheckBox(
            self.tr("I have &compared the fingerprint with the office, and it matches")
        )
        self.confirmed.setObjectName("trust_confirmed")
        form = QFormLayout()
        form.addRow(self.tr("File:"), shown_file)
        form.addRow(self.tr("Key id:"), shown_key)
        form.addRow(self.tr("Fingerprint:"), shown_print)
        form.addRow(self.tr("&Office name:"), self.name)
        form.addRow("", self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.trust_button = buttons.addButton(
            self.tr("&Trust this key"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.trust_button.setObjectName("trust_button")
        self.trust_button.setEnabled(False)
        self.confirmed.toggled.connect(self.trust_button.setEnabled)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addLayout(form)
        layout.addWidget(self.confirmed)
        layout.addWidget(buttons)
        self.name.setFocus()
        self.resize(600, self.sizeHint().height())

    def accept(self) -> None:
        from hrdesk.bundles import trust_key

        if not self.confirmed.isChecked():
            return
        name, text = self.name.text(), self.public_key_text
        self.trust_button.setEnabled(False)  # once: the key is being kept
        StoreOp(
            self.ctx,
            lambda s: trust_key(s, text, name or None).office_name,
            changes="packages",
            parent=self,
        ).success(self._trusted).failure(self._refused).run()

    def _trusted(self, office_name: str) -> None:
        self.office_name = office_name
        super().accept()

    def _refused(self, exc: BaseException) -> None:
        self.trust_button.setEnabled(self.confirmed.isChecked())
        if isinstance(exc, ValidationError):
            self.error.setText(error_text(exc))
            self.error.show()
        else:  # PermissionDenied and the unexpected: the service says
            self.ctx.report_error(exc)
