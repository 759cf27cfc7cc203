"""Backing up to a USB stick, and the office's signing key (what the central office
checks packages with)."""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from pathlib import Path

import shiboken6
from PySide6.QtCore import QStorageInfo, Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hrdesk.domain.access import Permission
from hrdesk.domain.formatting import format_datetime
from hrdesk.places import documents_dir
from hrdesk.services.common import require
from hrdesk.ui.context import UiContext
from hrdesk.ui.errors import ERROR_STYLE
from hrdesk.ui.messages import error_text

# Where Linux desktops and macOS mount USB sticks; Qt cannot tell "removable" itself.
REMOVABLE_ROOTS = ("/media/", "/run/media/", "/mnt/", "/Volumes/")


def removable_folders() -> list[str]:
    """Mounted volumes that look like USB sticks, for the folder dialog to start in."""
    found = []
    system = QStorageInfo.root().rootPath()
    for volume in QStorageInfo.mountedVolumes():
        root = volume.rootPath()
        if not volume.isValid() or not volume.isReady() or volume.isReadOnly() or root == system:
            continue
        if sys.platform == "win32":
            # Drive letters other than the system's: a USB stick, or a second disk.
            if len(root) <= 3:
                found.append(root)
        elif root.startswith(REMOVABLE_ROOTS):
            found.append(root)
    return found


def backup_name(now: datetime | None = None) -> str:
    """The same name `hrdesk backup` gives: the moment in UTC, sortable."""
    return f"hrdesk-{(now or datetime.now(UTC)):%Y%m%dT%H%M%SZ}.hrbackup"


class BackupTab(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("settings_backup")
        self.last_backup: Path | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(self._backup_box())
        key_box = self._key_box()
        if key_box is not None:
            layout.addWidget(key_box)
        layout.addStretch(1)

    # -- backup
    def _backup_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Backup"))
        text = QLabel(
            self.tr(
                "HR Desk backs up into the profile every day by itself. Keep a copy "
                "away from this laptop too: the backup holds the whole store, still "
                "encrypted, and opens with any officer's password. It is written under a "
                "temporary name and checked before it gets its real one, so a full or "
                "pulled stick never leaves a backup that looks complete."
            )
        )
        text.setWordWrap(True)
        self.backup_button = QPushButton(self.tr("Back up to a USB stick…"))
        self.backup_button.setObjectName("backup_button")
        self.backup_button.clicked.connect(self.back_up)
        self.backup_button.setEnabled(self.ctx.can(Permission.EDIT_RECORDS))
        self.result = QLabel()
        self.result.setObjectName("backup_result")
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row = QHBoxLayout()
        row.addWidget(self.backup_button)
        row.addStretch(1)
        layout = QVBoxLayout(box)
        layout.addWidget(text)
        layout.addLayout(row)
        layout.addWidget(self.result)
        return box

    def back_up(self) -> None:
        start = next(iter(removable_folders()), str(documents_dir()))
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Choose the USB stick or folder for the backup"), start
        )
        if not folder:
            return
        target = Path(folder) / backup_name()
        store, read = self.ctx.desk.store, self.ctx.read

        def work(_progress: object) -> object:
            from hrdesk.store.backup_files import read_info, write_backup

            read(lambda s: require(s, Permission.EDIT_RECORDS))
            path = write_backup(store, target)
            return path, read_info(path)

        # write_backup cannot report how far it is: a busy bar, and no Cancel that
        # would only leave the officer waiting for the copy to finish anyway.
        self.progress = QProgressDialog(self.tr("Writing and checking the backup…"), "", 0, 0, self)
        self.progress.setWindowTitle(self.tr("Backup"))
        self.progress.setCancelButton(None)
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(0)
        self.progress.show()
        self.backup_button.setEnabled(False)
        self.result.hide()
        self.ctx.runner.run(work, self._written, on_error=self._failed)

    def _end(self) -> bool:
        if not shiboken6.isValid(self):
            return False
        self.progress.reset()
        self.progress.deleteLater()
        self.backup_button.setEnabled(True)
        return True

    def _written(self, result: tuple[Path, object]) -> None:
        if not self._end():
            return
        path, info = result
        self.last_backup = path
        records = getattr(info, "records", 0)
        text = (
            self.tr(
                "The backup was written to %1 and verified: read back, it matches the store."
            ).replace("%1", str(path))
            + " "
            + self.tr("It holds %Ln record(s).", "", records)
        )
        self.result.setStyleSheet("color: #1b5e20;")
        self.result.setText(text)
        self.result.show()
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Backup"), text, parent=self)
        box.setObjectName("backup_done")
        box.open()  # not exec(): the window keeps working behind it

    def _failed(self, exc: BaseException) -> None:
        if not self._end():
            return
        self.result.setStyleSheet(ERROR_STYLE)
        self.result.setText(self.tr("No backup was made: %1").replace("%1", error_text(exc)))
        self.result.show()
        self.ctx.report_error(exc)

    # -- signing key
    def _key_box(self) -> QGroupBox | None:
        try:
            from hrdesk.bundles.keys import office_key
        except ImportError:  # a build without packages: nothing to show
            return None
        box = QGroupBox(self.tr("Signing key"))
        form = QFormLayout(box)
        try:
            key = office_key(self.ctx.desk.profile)
        except Exception as exc:  # an unreadable key file must not hide the backup
            form.addRow(QLabel(error_text(exc)))
            return box
        if key is None:
            note = QLabel(
                self.tr("The office has no signing key yet: it is made with the first package.")
            )
            note.setWordWrap(True)
            form.addRow(note)
            return box
        storage = {
            "keyring": self.tr("the system keyring of this computer"),
            "passphrase": self.tr("this profile, protected by a passphrase"),
        }.get(key.storage, key.storage)
        for label, value, name in (
            (self.tr("Key id"), key.key_id, "key_id"),
            (self.tr("Fingerprint"), key.fingerprint, "key_fingerprint"),
            (self.tr("Made"), _made(key.created_at), "key_made"),
            (self.tr("Secret half kept in"), storage, "key_storage"),
        ):
            shown = QLabel(value)
            shown.setObjectName(name)
            shown.setWordWrap(True)
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            if name in ("key_id", "key_fingerprint"):
                shown.setStyleSheet("font-family: monospace;")
            form.addRow(label, shown)
        hint = QLabel(
            self.tr(
                "Read the fingerprint to the central office over the phone when you send "
                "them the public key: it proves the key is yours."
            )
        )
        hint.setWordWrap(True)
        form.addRow(hint)
        return box


def _made(stamp: str) -> str:
    try:
        return format_datetime(datetime.fromisoformat(stamp))
    except ValueError:
        return stamp
