"""Settings → Central office: connecting to the centre's service (administrator), as
`hrdesk outbox connect` does: its address, its public key file, the recipient key that
packages with personal data are sealed to, a certificate to trust for a self-signed
centre, a proxy."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from hrdesk.domain.access import Permission
from hrdesk.domain.errors import HRDeskError, ValidationError
from hrdesk.messages.reasons import os_reason
from hrdesk.outbox.link import CentreLink, centre_link, connect
from hrdesk.ui.context import UiContext
from hrdesk.ui.errors import ERROR_STYLE
from hrdesk.ui.messages import error_text
from hrdesk.ui.store_thread import StoreOp


class CentreTab(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("settings_centre")
        admin = ctx.can(Permission.MANAGE_SETTINGS)
        box = QGroupBox(self.tr("Central office's service"))
        explain = QLabel(
            self.tr(
                "Packages are sent to the central office by themselves when this computer "
                "is online, and its signed receipts acknowledge them. Give the address and "
                "the public key file the central office sent you."
            )
        )
        explain.setWordWrap(True)
        self.url = QLineEdit()
        self.url.setObjectName("centre_url")
        self.url.setPlaceholderText("https://…")
        self.key = QLineEdit()
        self.key.setObjectName("centre_key")
        self.recipient = QLineEdit()
        self.recipient.setObjectName("centre_recipient")
        self.recipient.setPlaceholderText(self.tr("age1… or its file; seals personal data"))
        self.ca = QLineEdit()
        self.ca.setObjectName("centre_ca")
        self.ca.setPlaceholderText(self.tr("only for a centre with its own certificate"))
        self.proxy = QLineEdit()
        self.proxy.setObjectName("centre_proxy")
        self.proxy.setPlaceholderText(self.tr("empty: the system's proxy"))
        self.connect_button = QPushButton(self.tr("Connect"))
        self.connect_button.setObjectName("centre_connect")
        self.connect_button.clicked.connect(self.apply)
        self.message = QLabel()
        self.message.setObjectName("centre_message")
        self.message.setWordWrap(True)
        form = QFormLayout(box)
        form.addRow(explain)
        form.addRow(self.tr("Address"), self.url)
        form.addRow(self.tr("Public key file"), self._with_browse(self.key, "*.pub"))
        form.addRow(self.tr("Recipient key"), self._with_browse(self.recipient, "*.txt"))
        form.addRow(self.tr("Certificate to trust"), self._with_browse(self.ca, "*.pem *.crt"))
        form.addRow(self.tr("Proxy"), self.proxy)
        form.addRow("", self.connect_button)
        form.addRow("", self.message)
        fields = (self.url, self.key, self.recipient, self.ca, self.proxy)
        for widget in (*fields, self.connect_button):
            widget.setEnabled(admin)
        layout = QVBoxLayout(self)
        layout.addWidget(box)
        layout.addStretch(1)
        self._show_current()

    def _with_browse(self, field: QLineEdit, pattern: str) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(field, 1)
        button = QPushButton(self.tr("Choose…"))
        button.setEnabled(self.ctx.can(Permission.MANAGE_SETTINGS))

        def choose() -> None:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a file"), "", pattern)
            if path:
                field.setText(path)

        button.clicked.connect(choose)
        layout.addWidget(button)
        return row

    def _show_current(self) -> None:
        StoreOp(self.ctx, centre_link, parent=self).success(self._show_link).run()

    def _show_link(self, link: CentreLink | None) -> None:
        if link is None:
            self.message.setText(self.tr("Not connected: packages are carried by hand."))
            return
        self.url.setText(link.url)
        self.proxy.setText(link.proxy or "")
        self.recipient.setText(link.recipient or "")
        self.message.setText(
            self.tr("Connected to %1, centre key %2.")
            .replace("%1", link.url)
            .replace("%2", ", ".join(link.key_ids))
        )

    @staticmethod
    def _read(text: str, name: str) -> str | None:
        """The file named in a field (its text), or None for an empty field."""
        if not text:
            return None
        try:
            return Path(text).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            reason = os_reason(exc) if isinstance(exc, OSError) else str(exc)
            raise ValidationError(name, "outbox.key_unreadable", path=text, reason=reason) from None

    def apply(self) -> None:
        key_path, ca_path = self.key.text().strip(), self.ca.text().strip()
        recipient_text = self.recipient.text().strip()
        url, proxy = self.url.text(), self.proxy.text().strip() or None

        def work(s: Session) -> object:
            # The files are read here, off the GUI thread: one unreadable is refused like
            # any bad value.
            key = self._read(key_path, "key")
            ca = self._read(ca_path, "ca")
            recipient = recipient_text or None
            if recipient and not recipient.startswith("age1"):
                recipient = self._read(recipient_text, "recipient")
            return connect(
                s, url, [key] if key else [], ca_pem=ca, proxy=proxy, recipient=recipient
            )

        StoreOp(self.ctx, work, changes="settings", parent=self).success(
            lambda _r: self._connected()
        ).failure(self._refused).run()

    def _refused(self, exc: BaseException) -> None:
        if not isinstance(exc, HRDeskError):
            self.ctx.report_error(exc)
            return
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setText(error_text(exc))

    def _connected(self) -> None:
        self.message.setStyleSheet("color: #1b5e20;")
        self._show_current()
