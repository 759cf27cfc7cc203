"""Before a package is built: where it goes (USB sticks first), whether petitioners'
personal data goes with it (asked twice, on purpose), and the office key's passphrase
on a computer without a keyring."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QStorageInfo, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hrdesk.domain.periods import Period
from hrdesk.places import documents_dir
from hrdesk.ui.errors import ERROR_STYLE
from hrdesk.ui.workspaces.reports_drafting import EmptySectionsConfirm
from hrdesk.ui.workspaces.reports_period import period_name
from hrdesk.ui.workspaces.settings_backup import removable_folders

MIN_PASSPHRASE = 8  # as bundles.keys asks; checked here too so the dialog can say so


def usb_destinations() -> list[tuple[str, str]]:
    """(folder, how to show it) for each mounted volume that looks like a USB stick."""
    found = []
    for root in removable_folders():
        volume = QStorageInfo(root)
        name = volume.displayName() or root
        free = QLocale().formattedDataSize(max(volume.bytesAvailable(), 0))
        shown = QCoreApplication.translate("PackageDialog", "%1 (%2) — %3 free")
        shown = shown.replace("%1", name).replace("%2", root)
        found.append((root, shown.replace("%3", free)))
    return found


class PackageDialog(QDialog):
    """Asks where to write the package for `period` and whether personal data goes too.

    Accepted, `folder` is the chosen folder and `personal` whether to include the data.
    """

    def __init__(
        self,
        period: Period,
        can_include_personal: bool,
        recent: str | None = None,
        parent: QWidget | None = None,
        empty_sections: tuple[str, ...] = (),
    ) -> None:
        super().__init__(parent)
        self.setObjectName("package_dialog")
        # A report with empty sections is packaged only once the officer ticks the box.
        self.empty = EmptySectionsConfirm(empty_sections) if empty_sections else None
        self.setWindowTitle(self.tr("Build package"))
        self.period = period
        self.folder: str | None = None
        self.personal = False
        about = QLabel(
            self.tr(
                "The package holds the report of %1 (PDF and Excel) and the records it "
                "covers, signed with the office key."
            ).replace("%1", period_name(period))
        )
        about.setWordWrap(True)
        self.places = QListWidget()
        self.places.setObjectName("package_places")
        self.places.setAccessibleName(self.tr("Where to write the package"))
        for folder, shown in usb_destinations():
            self._add_place(folder, shown)
        if recent and Path(recent).is_dir() and self._row_of(recent) < 0:
            self._add_place(recent, self.tr("%1 (used last time)").replace("%1", recent))
        self.places.currentItemChanged.connect(self._place_changed)
        self.choose_button = QPushButton(self.tr("&Choose folder…"))
        self.choose_button.setObjectName("choose_folder")
        self.choose_button.clicked.connect(self.choose_folder)
        self.none_found = QLabel(self.tr("No USB stick found: plug one in, or choose a folder."))
        self.none_found.setVisible(self.places.count() == 0)
        self.chosen = QLabel()
        self.chosen.setObjectName("package_folder")
        self.chosen.setWordWrap(True)
        self.include = QCheckBox(self.tr("&Include petitioners' personal data"))
        self.include.setObjectName("include_personal")
        self.include.setEnabled(can_include_personal)
        note = QLabel(
            self.tr(
                "Without it, records carry only the case number. A denouncer's identity is "
                "never included."
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: #555;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.build_button = self.buttons.addButton(
            self.tr("&Build"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.build_button.setObjectName("build_button")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        places_label = QLabel(self.tr("&Write to:"))
        places_label.setBuddy(self.places)
        row = QHBoxLayout()
        row.addWidget(self.none_found, 1)
        row.addWidget(self.choose_button)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addWidget(places_label)
        layout.addWidget(self.places, 1)
        layout.addLayout(row)
        layout.addWidget(self.chosen)
        layout.addSpacing(6)
        layout.addWidget(self.include)
        layout.addWidget(note)
        if self.empty is not None:
            self.empty.changed.connect(self._place_changed)
            layout.addWidget(self.empty)
        layout.addWidget(self.buttons)
        if self.places.count():
            self.places.setCurrentRow(0)
        self._place_changed()
        self.resize(580, 380)

    def _add_place(self, folder: str, shown: str) -> None:
        item = QListWidgetItem(shown)
        item.setData(Qt.ItemDataRole.UserRole, folder)
        item.setToolTip(folder)
        self.places.addItem(item)

    def _row_of(self, folder: str) -> int:
        for row in range(self.places.count()):
            if self.places.item(row).data(Qt.ItemDataRole.UserRole) == folder:
                return row
        return -1

    def _place_changed(self, *_args: object) -> None:
        item = self.places.currentItem()
        self.folder = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        self.chosen.setText(
            self.tr("The package will be written to %1").replace("%1", self.folder)
            if self.folder
            else self.tr("Choose where to write the package.")
        )
        confirmed = self.empty is None or self.empty.confirmed()
        self.build_button.setEnabled(self.folder is not None and confirmed)

    def choose_folder(self) -> None:
        start = self.folder or str(documents_dir())
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Choose the USB stick or folder for the package"), start
        )
        if not folder:
            return
        row = self._row_of(folder)
        if row < 0:
            self._add_place(folder, folder)
            row = self.places.count() - 1
        self.none_found.hide()
        self.places.setCurrentRow(row)
        self.build_button.setFocus()

    def accept(self) -> None:
        if self.folder is None or not (self.empty is None or self.empty.confirmed()):
            return
        if self.include.isChecked() and not self.confirm_personal():
            # Refused: nothing is built; the officer may build without it or cancel.
            self.include.setChecked(False)
            return
        self.personal = self.include.isChecked()
        super().accept()

    def confirm_personal(self) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Include personal data?"),
            self.tr(
                "The package will hold the names, addresses and identity numbers of the "
                "people who filed complaints and petitions in %1. Anyone holding the stick "
                "can read them.\n\nA denouncer's identity is never included: the law keeps "
                "it confidential.\n\nInclude the petitioners' personal data?"
            ).replace("%1", period_name(self.period)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes


class PassphraseDialog(QDialog):
    """The office key's passphrase; for a new key, typed twice and at least 8 characters."""

    def __init__(self, new_key: bool, problem: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("passphrase_dialog")
        self.setWindowTitle(self.tr("Office key passphrase"))
        self.new_key = new_key
        text = (
            self.tr(
                "This computer has no system keyring, so the office's new signing key is "
                "kept in the profile, protected by a passphrase. Choose one of at least "
                "%1 characters and keep it safe: every package needs it."
            ).replace("%1", str(MIN_PASSPHRASE))
            if new_key
            else self.tr("The office key is protected by a passphrase on this computer.")
        )
        about = QLabel(text)
        about.setWordWrap(True)
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("passphrase")
        self.again = QLineEdit()
        self.again.setObjectName("passphrase_again")
        for edit in (self.passphrase, self.again):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel(problem)
        self.error.setObjectName("passphrase_error")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.setVisible(bool(problem))
        form = QFormLayout()
        form.addRow(self.tr("&Passphrase:"), self.passphrase)
        if new_key:
            form.addRow(self.tr("&Again:"), self.again)
        else:
            self.again.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(460, self.sizeHint().height())

    def accept(self) -> None:
        value = self.passphrase.text()
        problem = ""
        if not value:
            problem = self.tr("Type the passphrase.")
        elif self.new_key and len(value) < MIN_PASSPHRASE:
            problem = self.tr("At least %1 characters.").replace("%1", str(MIN_PASSPHRASE))
        elif self.new_key and value != self.again.text():
            problem = self.tr("The two passphrases differ.")
        if problem:
            self.error.setText(problem)
            self.error.show()
            self.passphrase.setFocus()
            return
        super().accept()


def ask_passphrase(parent: QWidget, new_key: bool, problem: str = "") -> str | None:
    """The passphrase the officer typed, or None if they cancelled."""
    dialog = PassphraseDialog(new_key, problem, parent)
    try:
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.passphrase.text()
        return None
    finally:
        dialog.deleteLater()
