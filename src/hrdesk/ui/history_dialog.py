"""A record's history from the audit log: who changed what, from what to what, when."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from hrdesk.domain.access import SYSTEM
from hrdesk.domain.formatting import format_datetime
from hrdesk.services import accounts
from hrdesk.services.audit import HistoryEntry, field_label, history, record_name
from hrdesk.ui.context import UiContext
from hrdesk.ui.store_thread import StoreOp

HIDDEN = "***"


def _value(value: object) -> str:
    if value is None:
        return "—"
    if isinstance(value, list):
        return ", ".join(str(v)[:8] for v in value) or "—"
    return str(value)


class HistoryDialog(QDialog):
    """Opens at once; the rows come in when the store has read them."""

    def __init__(self, ctx: UiContext, uid: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("History"))
        self.entries: list[HistoryEntry] = []
        table = QTableWidget(0, 6)
        table.setObjectName("history")
        table.setHorizontalHeaderLabels(
            [
                self.tr("When"),
                self.tr("Who"),
                self.tr("What"),
                self.tr("Field"),
                self.tr("Before"),
                self.tr("After"),
            ]
        )
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        self.loading = QLabel(self.tr("Loading…"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.loading)
        layout.addWidget(table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.table = table
        self.resize(900, 480)

        def read(s: Session) -> tuple[list[HistoryEntry], dict[str, str]]:
            # Officers by their names, not their sign-in accounts.
            names = {o.username: o.full_name for o in accounts.officers(s) if o.full_name}
            return history(s, uid), names

        StoreOp(ctx, read, parent=self).success(lambda got: self._fill(*got)).run()

    def _fill(self, entries: list[HistoryEntry], names: dict[str, str]) -> None:
        self.entries = entries
        self.loading.hide()
        lang = self.ctx.lang
        # The demo's records and migrations were written by HR Desk itself.
        names.setdefault(SYSTEM.username, SYSTEM.full_name)
        actions = {
            "create": self.tr("created"),
            "update": self.tr("changed"),
            "archive": self.tr("archived"),
            "delete": self.tr("removed"),
            "reveal": self.tr("identity shown"),
        }
        rows = []
        for entry in self.entries:
            what = actions.get(entry.action, entry.action)
            if not entry.changes:
                rows.append((entry, what, "", "", ""))
            for field, (old, new) in sorted(entry.changes.items()):
                hidden = HIDDEN in (old, new)
                rows.append(
                    (
                        entry,
                        what,
                        field,
                        self.tr("(hidden)") if hidden else _value(old),
                        self.tr("(hidden)") if hidden else _value(new),
                    )
                )
        table = self.table
        table.setRowCount(len(rows))
        for r, (entry, what, field, old, new) in enumerate(rows):
            cells = [
                format_datetime(entry.at),
                names.get(entry.actor, entry.actor),
                f"{what}: {record_name(entry.table_name, lang)}",
                field_label(entry.table_name, field, lang) if field else "",
                old,
                new,
            ]
            for c, text in enumerate(cells):
                table.setItem(r, c, QTableWidgetItem(text))
