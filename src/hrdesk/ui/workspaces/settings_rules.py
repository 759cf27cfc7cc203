"""The rule sets the petition deadlines follow: those in force by date, and the ones that
hold facts not yet confirmed (chưa xác nhận), which only an administrator switches on."""

from __future__ import annotations

from functools import partial
from html import escape as esc

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QGroupBox, QLabel, QVBoxLayout, QWidget

from hrdesk.domain.access import Permission
from hrdesk.domain.errors import HRDeskError
from hrdesk.domain.formatting import format_date
from hrdesk.services import rules
from hrdesk.ui.context import UiContext
from hrdesk.ui.errors import ERROR_STYLE
from hrdesk.ui.messages import error_text
from hrdesk.ui.store_thread import StoreOp


class RulesTab(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("settings_rules")
        self.admin = ctx.can(Permission.MANAGE_SETTINGS)
        note = QLabel(
            self.tr(
                "A petition is measured by the rules in force on the day it was received. "
                "Rules marked unconfirmed come from a single secondary source: switch one on "
                "only once the office has checked the official text. It then applies to "
                "petitions received from its date, at their next step."
            )
        )
        note.setWordWrap(True)
        self.in_force = QLabel()
        self.in_force.setObjectName("rule_sets_in_force")
        self.in_force.setWordWrap(True)
        self.in_force.setTextFormat(Qt.TextFormat.RichText)
        self.optional_box = QGroupBox(self.tr("Not yet confirmed"))
        self.optional_layout = QVBoxLayout(self.optional_box)
        self.switches: dict[str, QCheckBox] = {}
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.in_force)
        layout.addWidget(self.optional_box)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self._build()

    def _build(self) -> None:
        self.in_force.setText(self.tr("Loading…"))
        StoreOp(self.ctx, rules.list_rule_sets, parent=self).success(self._show).run()

    def _show(self, rows: list[rules.RuleSetRow]) -> None:
        lang = self.ctx.lang
        lines = [
            self.tr("From %1: %2")
            .replace("%1", format_date(r.effective_from))
            .replace("%2", esc(r.basis_vi if lang == "vi" else r.basis_en))
            for r in rows
            if not r.optional
        ]
        self.in_force.setText("<br>".join(lines))
        for row in rows:
            if not row.optional:
                continue
            basis = row.basis_vi if lang == "vi" else row.basis_en
            text = self.tr("%1, from %2 (unconfirmed)").replace("%1", basis)
            box = QCheckBox(text.replace("%2", format_date(row.effective_from)))
            box.setObjectName(f"rule_set_{row.id}")
            box.setChecked(row.enabled)
            box.setEnabled(self.admin)
            box.setToolTip(row.source)
            box.toggled.connect(lambda on, set_id=row.id: self._switch(set_id, on))
            source = QLabel(f"<small>{esc(row.source)}</small>")
            source.setWordWrap(True)
            source.setTextFormat(Qt.TextFormat.RichText)
            self.optional_layout.addWidget(box)
            self.optional_layout.addWidget(source)
            self.switches[row.id] = box

    def _switch(self, set_id: str, on: bool) -> None:
        StoreOp(
            self.ctx,
            partial(rules.set_rule_set_enabled, set_id=set_id, enabled=on),
            changes="settings",
            parent=self,
        ).success(lambda _r: self._switched(on)).failure(
            lambda exc: self._refused(exc, set_id, on)
        ).run()

    def _switched(self, on: bool) -> None:
        self.message.setStyleSheet("color: #1b5e20;")
        self.message.setText(self.tr("Switched on.") if on else self.tr("Switched off."))
        self.message.show()

    def _refused(self, exc: BaseException, set_id: str, on: bool) -> None:
        """Say why beside the switches, and put the switch back as it is in the store."""
        if not isinstance(exc, HRDeskError):
            self.ctx.report_error(exc)
        else:
            self.message.setStyleSheet(ERROR_STYLE)
            self.message.setText(error_text(exc))
            self.message.show()
        box = self.switches[set_id]
        box.blockSignals(True)
        box.setChecked(not on)
        box.blockSignals(False)
