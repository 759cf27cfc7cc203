"""Petitions (đơn thư): the list with days left, the case beside it with the steps the law
allows next, intake of new petitions with the people who filed them, and a denouncer's
identity masked until an officer opens it on purpose (which is logged)."""

from __future__ import annotations

from functools import partial
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from hrdesk.domain.access import Permission
from hrdesk.domain.deadline_state import DueSoonRule
from hrdesk.domain.deadlines import WORKING_DAYS
from hrdesk.domain.petition_flow import Action
from hrdesk.services.read_models.petitions import CaseView, Person, read_case, reveal_people
from hrdesk.services.rules import due_soon_rule
from hrdesk.ui.context import UiContext
from hrdesk.ui.filters import FilterBar
from hrdesk.ui.list_workspace import ListWorkspace
from hrdesk.ui.panels.action_bar import ActionBar
from hrdesk.ui.panels.record_forms import agency_choices, offer_agencies
from hrdesk.ui.panels.record_table import RecordTable
from hrdesk.ui.store_thread import StoreOp
from hrdesk.ui.table_model import ExtraColumn
from hrdesk.ui.workspaces.petition_actions import run_action
from hrdesk.ui.workspaces.petition_details import PetitionDetails
from hrdesk.ui.workspaces.petition_forms import PetitionForms
from hrdesk.ui.workspaces.petition_model import PetitionTableModel


class PetitionsWorkspace(ListWorkspace):
    model: PetitionTableModel
    details: PetitionDetails
    # The case and where it stands first: its days left in sight even on a 1024-pixel screen.
    key_columns = (
        ("reference", 80),
        ("received_on", None),
        ("days_left", 185),  # "quá hạn 385 ngày làm việc" whole
        ("status", 105),
        ("kind", 130),
        ("deadline", None),
        ("summary", None),
    )

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, "petitions", parent)
        # The identity opened on purpose, for the selected case only: (uid, people).
        self._revealed: tuple[str, tuple[Person, ...]] | None = None
        # The column asks the model for a row's days left: only once rows are painted,
        # when the model exists.
        days_left = ExtraColumn(
            self.tr("Days left"),
            lambda row: model.days_left(row),
            lambda row: model.colour(row),
            sort="deadline",
            name="days_left",
        )
        model = PetitionTableModel(ctx, self.kind, [days_left], self)
        details = PetitionDetails(ctx.lang, ctx.can(Permission.EDIT_RECORDS))
        details.action_chosen.connect(self.run_action)
        details.reveal_clicked.connect(self.reveal)
        filters = offer_agencies(ctx, FilterBar(model.spec, ctx.lang))
        self.due_soon = filters.due_soon
        # The row colours' rule, the dashboard's too, told in the box's tip once read.
        StoreOp(ctx, due_soon_rule, parent=self).success(self._due_soon_tip).run()
        self.assemble(
            filters=filters,
            table=RecordTable(model, self.key_columns),
            action_bar=ActionBar(partial(ctx.can, Permission.EDIT_RECORDS)),
            details=details,
            show_details=self.show_details,
            details_focus=details.focus_chain(),
            forms=PetitionForms(ctx, details, self),
            sizes=(700, 440),
        )

    def _due_soon_tip(self, rule: DueSoonRule) -> None:
        if self.due_soon is None:
            return
        days = rule.days
        if rule.unit == WORKING_DAYS:
            tip = self.tr("Open cases whose deadline falls within %n working day(s)", "", days)
        else:
            tip = self.tr("Open cases whose deadline falls in the next %n day(s)", "", days)
        self.due_soon.setToolTip(tip)

    def apply_navigation(self, how: dict[str, Any]) -> None:
        """Open the list the dashboard asks for: {"overdue": True} or {"due_soon": True};
        other filters are cleared so the list holds what the dashboard counted."""
        overdue = bool(how.get("overdue"))
        soon = not overdue and bool(how.get("due_soon"))
        self.filters.reset(overdue=overdue, due_soon=soon)
        if overdue:
            origin = self.tr("From the dashboard: overdue cases")
        elif soon:
            origin = self.tr("From the dashboard: cases due soon")
        else:
            origin = ""
        self.filters.show_origin(origin)
        if overdue or soon:
            # The most pressing case first.
            deadline = self.table.column_of("deadline")
            self.table.horizontalHeader().setSortIndicator(deadline, Qt.SortOrder.AscendingOrder)

    # -- the case beside the list
    def show_details(self, uid: str | None) -> None:
        if self._revealed is not None and self._revealed[0] != uid:
            self._revealed = None  # opened for one case, on purpose: not for the next
        if uid is None:
            self.details.show_case(None)
            return
        people = self._revealed[1] if self._revealed is not None else None
        StoreOp(
            self.ctx, partial(read_case, uid=uid, lang=self.ctx.lang, revealed=people), parent=self
        ).success(lambda case: self._show_case(uid, case)).run()

    def _show_case(self, uid: str, case: CaseView) -> None:
        if self.selected_uid() == uid:  # not another case chosen while this one was read
            self.details.show_case(case)

    def reveal(self) -> None:
        """Show a denouncer's identity, on purpose; the service logs that it was shown."""
        uid = self.selected_uid()
        if uid is None:
            return
        # A write (the look is logged), but nothing changes in the records, so the other
        # lists need not hear of it.
        StoreOp(self.ctx, partial(reveal_people, uid=uid), write=True, parent=self).success(
            lambda people: self._reveal(uid, people)
        ).run()

    def _reveal(self, uid: str, people: Any) -> None:
        self._revealed = (uid, people)
        self.show_details(uid)

    def run_action(self, action: Action) -> None:
        view = self.details.view
        if view is None or not self.ctx.can(Permission.EDIT_RECORDS):
            return

        def go(choices: list[tuple[str, str]]) -> None:
            agencies = [name for _uid, name in choices]
            run_action(self.ctx, action, view, agencies, self, lambda: self.reload(select=view.uid))

        # The action's dialog offers the agencies: read them first, off the GUI thread.
        StoreOp(self.ctx, agency_choices, parent=self).success(go).run()
