"""A petition's forms: intake of a new petition with the people who filed it, and the
case's details (read-only until Edit), with the people as the officer may see them;
archiving after a confirmation."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from hrdesk.domain.access import Permission
from hrdesk.services import petitions
from hrdesk.services.read_models import editors
from hrdesk.services.read_models.petitions import CaseView, Person
from hrdesk.ui.context import UiContext
from hrdesk.ui.panels.record_forms import archive_after_asking
from hrdesk.ui.store_thread import StoreOp
from hrdesk.ui.workspaces.petition_details import PetitionDetails
from hrdesk.ui.workspaces.petition_dialogs import (
    PEOPLE_EDIT,
    PEOPLE_LOCKED,
    PEOPLE_NONE,
    PetitionDialog,
)

KIND = "petitions"


class PetitionForms(QObject):
    """`saved(uid)` names a petition just saved; the case shown by `details` is the one
    Edit opens (its people as the officer may see them)."""

    saved = Signal(str)

    def __init__(self, ctx: UiContext, details: PetitionDetails, parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._details = details
        self._widget = parent

    def _may_edit(self) -> bool:
        return self.ctx.can(Permission.EDIT_RECORDS)

    def new(self) -> None:
        if not self._may_edit():
            return

        def save(values: dict[str, Any], people: list[dict[str, Any]] | None) -> StoreOp[str]:
            return StoreOp(
                self.ctx,
                lambda s: petitions.receive_petition(s, petitioners=people or [], **values).uid,
                changes=KIND,
            )

        def show(choices: list[tuple[str, str]]) -> None:
            dialog = PetitionDialog(
                # The titles keep the petitions workspace's translation context.
                QCoreApplication.translate("PetitionsWorkspace", "New petition"),
                petitions.INTAKE_FIELDS,
                save,
                lang=self.ctx.lang,
                values={"received_on": self.ctx.today(), "complaint_round": 1, "people_count": 1},
                options={"handling_agency": choices},
                parent=self._widget,
            )
            if dialog.exec():
                self.saved.emit(dialog.result_value)

        # The form is built with the agencies to choose from: read them first.
        StoreOp(self.ctx, petitions.handling_agency_choices, parent=self._widget).success(
            show
        ).run()

    def read(self, uid: str | None) -> None:
        self.edit(uid, read=True)

    def edit(self, uid: str | None, read: bool = False) -> None:
        view = self._details.view
        if not uid or view is None or view.uid != uid:
            return
        can_edit = self._may_edit()
        if not can_edit and not read:
            return
        original = [_person_values(p) for p in view.people or ()]

        def save(values: dict[str, Any], people: list[dict[str, Any]] | None) -> StoreOp[str]:
            def work(s: Session) -> str:
                petition = petitions.update_details(s, uid, **values)
                # Replacing the people rewrites their rows: only when something changed.
                if people is not None and people != original:
                    petitions.set_petitioners(s, uid, people)
                return petition.uid

            return StoreOp(self.ctx, work, changes=KIND)

        def show(start: tuple[dict[str, Any], list[tuple[str, str]]]) -> None:
            values, choices = start
            dialog = PetitionDialog(
                QCoreApplication.translate("PetitionsWorkspace", "Edit petition"),
                petitions.DETAIL_FIELDS,
                save,
                lang=self.ctx.lang,
                values=values,
                options={"handling_agency": choices},
                people=original,
                people_mode=_people_mode(view),
                parent=self._widget,
            )
            if read:
                dialog.open_to_read()
                assert dialog.read_mode is not None
                dialog.read_mode.edit_button.setEnabled(can_edit)
            if dialog.exec():
                self.saved.emit(uid)

        def starting(s: Session) -> tuple[dict[str, Any], list[tuple[str, str]]]:
            values = editors.form_values(s, kind=KIND, uid=uid)
            kept = values["handling_agency"]  # a case from before keeps its district agency
            return values, petitions.handling_agency_choices(s, kept)

        # The form is built with its values and the agencies to choose from: read first.
        StoreOp(self.ctx, starting, parent=self._widget).success(show).run()

    def archive(self, uid: str | None, name: str) -> None:
        if uid:
            archive_after_asking(
                self.ctx, KIND, uid, name, petitions.archive_petition, self._widget
            )


def _people_mode(view: CaseView) -> str:
    if not view.can_see_people:
        return PEOPLE_NONE
    if view.denunciation and view.people is None:
        return PEOPLE_LOCKED  # opened only on purpose, from the case panel
    return PEOPLE_EDIT


def _person_values(person: Person) -> dict[str, Any]:
    return {
        "full_name": person.full_name,
        "address": person.address,
        "id_number": person.id_number,
        "phone": person.phone,
        "representative": person.representative,
    }
