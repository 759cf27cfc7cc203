"""Petitions (đơn thư): the list with days left, the case beside it with the steps the law
allows next, intake of new petitions with the people who filed them, and a denouncer's
identity masked until an officer opens it on purpose (which is logged)."""

from __future__ import annotations

from dataclasses import replace
from functools import partial
from itertools import pairwise
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QSplitter, QWidget
from sqlalchemy.orm import Session

from hrdesk.domain.access import Permission
from hrdesk.domain.deadline_state import DueSoonRule
from hrdesk.domain.deadlines import WORKING_DAYS
from hrdesk.domain.petition_flow import Action
from hrdesk.services import petitions
from hrdesk.services.read_models.petitions import CaseView, Person, read_case, reveal_people
from hrdesk.services.rules import due_soon_rule
from hrdesk.ui.context import UiContext
from hrdesk.ui.list_workspace import ListWorkspace
from hrdesk.ui.store_thread import StoreOp
from hrdesk.ui.table_model import ExtraColumn
from hrdesk.ui.workspaces.petition_actions import run_action
from hrdesk.ui.workspaces.petition_details import PetitionDetails
from hrdesk.ui.workspaces.petition_dialogs import (
    PEOPLE_EDIT,
    PEOPLE_LOCKED,
    PEOPLE_NONE,
    PetitionDialog,
)
from hrdesk.ui.workspaces.petition_model import PetitionTableModel


class PetitionsWorkspace(ListWorkspace):
    kind = "petitions"
    model_class = PetitionTableModel
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
        # The identity opened on purpose, for the selected case only: (uid, people).
        self._revealed: tuple[str, tuple[Person, ...]] | None = None
        super().__init__(ctx, parent)
        self.due_soon = QCheckBox(self.tr("Due soon"))
        self.due_soon.setObjectName("filter_due_soon")
        # The row colours' rule, the dashboard's too, told in the box's tip.
        StoreOp(ctx, due_soon_rule, parent=self).success(self._due_soon_tip).run()
        self.due_soon.toggled.connect(self._due_soon_toggled)
        self.filters.extras.append(self.due_soon)
        if self.filters.overdue is not None:
            self.filters.overdue.toggled.connect(self._overdue_toggled)
        self.details.action_chosen.connect(self.run_action)
        self.details.reveal_clicked.connect(self.reveal)
        self._arrange_filters()
        self._tab_order()

    # -- the list
    def extra_columns(self) -> list[ExtraColumn]:
        # The model is made after the columns; these look it up when a row is painted.
        return [
            ExtraColumn(
                self.tr("Days left"),
                lambda row: self.model.days_left(row),
                lambda row: self.model.colour(row),
                sort="deadline",
                name="days_left",
            )
        ]

    def _arrange_filters(self) -> None:
        """ "Due this week" beside "Overdue" on the filters' second line."""
        f = self.filters
        if f.overdue is not None:
            f.row.insertWidget(f.row.indexOf(f.overdue) + 1, self.due_soon)
        else:
            f.row.addWidget(self.due_soon)
        splitter = self.findChild(QSplitter)
        if splitter is not None:
            splitter.setSizes([700, 440])

    def _tab_order(self) -> None:
        """Filters, then the buttons over the list, the list, and the case's controls."""
        f = self.filters
        chain: list[QWidget | None] = [f.search, f.status, f.subkind, f.agency, f.date_from]
        chain += [f.date_to, f.overdue, self.due_soon, f.archived, self.new_button]
        chain += [self.edit_button, self.archive_button, self.history_button, self.table]
        chain += self.details.focus_chain()
        present = [w for w in chain if w is not None]
        for first, second in pairwise(present):
            QWidget.setTabOrder(first, second)

    def apply_filter(self) -> None:
        due = getattr(self, "due_soon", None)  # None while the base class is built
        soon = due is not None and due.isChecked()
        self.model.set_filter(replace(self.filters.value(), due_soon=soon))

    def _due_soon_tip(self, rule: DueSoonRule) -> None:
        days = rule.days
        if rule.unit == WORKING_DAYS:
            tip = self.tr("Open cases whose deadline falls within %n working day(s)", "", days)
        else:
            tip = self.tr("Open cases whose deadline falls in the next %n day(s)", "", days)
        self.due_soon.setToolTip(tip)

    def _due_soon_toggled(self, on: bool) -> None:
        overdue = self.filters.overdue
        if on and overdue is not None and overdue.isChecked():
            # One list or the other: a case cannot be both overdue and due this week.
            overdue.blockSignals(True)
            overdue.setChecked(False)
            overdue.blockSignals(False)
        self.apply_filter()

    def _overdue_toggled(self, on: bool) -> None:
        if on and self.due_soon.isChecked():
            self.due_soon.blockSignals(True)
            self.due_soon.setChecked(False)
            self.due_soon.blockSignals(False)
            self.apply_filter()

    def apply_navigation(self, how: dict[str, Any]) -> None:
        """Open the list the dashboard asks for: {"overdue": True} or {"due_soon": True};
        other filters are cleared so the list holds what the dashboard counted."""
        f = self.filters
        controls: list[QWidget | None] = [f.search, f.status, f.subkind, f.agency]
        controls += [f.date_from, f.date_to, f.overdue, f.archived, self.due_soon]
        for control in controls:
            if control is not None:
                control.blockSignals(True)
        f.search.clear()
        for combo in (f.status, f.subkind, f.agency):
            if combo is not None:
                combo.setCurrentIndex(0)
        for edit in (f.date_from, f.date_to):
            if edit is not None:
                edit.clear()
        f.archived.setChecked(False)
        overdue = bool(how.get("overdue"))
        soon = not overdue and bool(how.get("due_soon"))
        if f.overdue is not None:
            f.overdue.setChecked(overdue)
        self.due_soon.setChecked(soon)
        for control in controls:
            if control is not None:
                control.blockSignals(False)
        self.apply_filter()
        if overdue:
            origin = self.tr("From the dashboard: overdue cases")
        elif soon:
            origin = self.tr("From the dashboard: cases due soon")
        else:
            origin = ""
        f.show_origin(origin)
        if overdue or soon:
            # The most pressing case first.
            deadline = [c.name for c in self.model.columns].index("deadline")
            self.table.horizontalHeader().setSortIndicator(deadline, Qt.SortOrder.AscendingOrder)

    # -- the case beside the list
    def make_details(self) -> QWidget:
        return PetitionDetails(self.ctx.lang, self.ctx.can(Permission.EDIT_RECORDS))

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
        agencies = [name for _uid, name in self.agency_options()]
        run_action(self.ctx, action, view, agencies, self, lambda: self.reload(select=view.uid))

    # -- new, edit, archive
    def new(self) -> None:
        if not self.ctx.can(Permission.EDIT_RECORDS):
            return

        def save(values: dict[str, Any], people: list[dict[str, Any]] | None) -> StoreOp[str]:
            return StoreOp(
                self.ctx,
                lambda s: petitions.receive_petition(s, petitioners=people or [], **values).uid,
                changes=self.kind,
            )

        def show(choices: list[tuple[str, str]]) -> None:
            dialog = PetitionDialog(
                self.tr("New petition"),
                petitions.INTAKE_FIELDS,
                save,
                lang=self.ctx.lang,
                values={"received_on": self.ctx.today(), "complaint_round": 1, "people_count": 1},
                options={"handling_agency": choices},
                parent=self,
            )
            self.last_form = dialog
            if dialog.exec():
                self.reload(select=dialog.result_value)

        # The form is built with the agencies to choose from: read them first.
        StoreOp(self.ctx, petitions.handling_agency_choices, parent=self).success(show).run()

    def open_to_read(self) -> None:
        self.edit(read=True)

    def edit(self, read: bool = False) -> None:
        uid = self.selected_uid()
        view = self.details.view
        if not uid or view is None or view.uid != uid:
            return
        can_edit = self.ctx.can(Permission.EDIT_RECORDS)
        if not can_edit and not read:
            return
        mode = self._people_mode(view)
        original = [_person_values(p) for p in view.people or ()]

        def save(values: dict[str, Any], people: list[dict[str, Any]] | None) -> StoreOp[str]:
            def work(s: Session) -> str:
                petition = petitions.update_details(s, uid, **values)
                # Replacing the people rewrites their rows: only when something changed.
                if people is not None and people != original:
                    petitions.set_petitioners(s, uid, people)
                return petition.uid

            return StoreOp(self.ctx, work, changes=self.kind)

        values = self.record_values(uid)
        kept = values["handling_agency"]  # a case from before keeps its district agency

        def show(choices: list[tuple[str, str]]) -> None:
            dialog = PetitionDialog(
                self.tr("Edit petition"),
                petitions.DETAIL_FIELDS,
                save,
                lang=self.ctx.lang,
                values=values,
                options={"handling_agency": choices},
                people=original,
                people_mode=mode,
                parent=self,
            )
            self.last_form = dialog
            if read:
                dialog.open_to_read()
                assert dialog.read_mode is not None
                dialog.read_mode.edit_button.setEnabled(can_edit)
            if dialog.exec():
                self.reload(select=uid)

        # The form is built with the agencies to choose from: read them first.
        StoreOp(
            self.ctx, lambda s: petitions.handling_agency_choices(s, kept), parent=self
        ).success(show).run()

    @staticmethod
    def _people_mode(view: CaseView) -> str:
        if not view.can_see_people:
            return PEOPLE_NONE
        if view.denunciation and view.people is None:
            return PEOPLE_LOCKED  # opened only on purpose, from the case panel
        return PEOPLE_EDIT

    def archive_record(self, s: Session, uid: str) -> Any:
        return petitions.archive_petition(s, uid)


def _person_values(person: Person) -> dict[str, Any]:
    return {
        "full_name": person.full_name,
        "address": person.address,
        "id_number": person.id_number,
        "phone": person.phone,
        "representative": person.representative,
    }
