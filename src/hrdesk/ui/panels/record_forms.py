"""New, Edit and Archive of one kind of record: its form (made from the service's field
specifications), read-only until Edit when opened to read, saved by its service in one
transaction, and archiving after a confirmation."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget
from sqlalchemy.orm import Session

from hrdesk.domain.access import Permission
from hrdesk.services.fields import Field
from hrdesk.services.read_models import editors
from hrdesk.ui.context import UiContext
from hrdesk.ui.filters import FilterBar
from hrdesk.ui.record_form import RecordForm
from hrdesk.ui.store_thread import StoreOp

Options = dict[str, list[tuple[str, str]]]


@dataclass(frozen=True)
class RecordService:
    """The services one kind of record is edited through, for the shared New/Edit/Archive."""

    fields: dict[str, Field]
    create: Callable[..., Any]
    update: Callable[..., Any]
    archive: Callable[..., Any]


def offer_agencies(ctx: UiContext, bar: FilterBar) -> FilterBar:
    """Fill the bar's agency filter once the store has read the agencies; the bar."""
    if bar.agency is not None:
        StoreOp(ctx, agency_choices, parent=bar).success(bar.set_agencies).run()
    return bar


def agency_choices(s: Session) -> list[tuple[str, str]]:
    """The agencies a form offers: (uid, name); store work, for a form's `options`."""
    return list(editors.agency_choices(s))


def member_choices(s: Session) -> list[tuple[str, str]]:
    """The members a form offers: (uid, name); store work, for a form's `options`."""
    return list(editors.member_choices(s))


def archive_after_asking(
    ctx: UiContext,
    kind: str,
    uid: str,
    name: str,
    archive: Callable[[Session, str], Any],
    parent: QWidget,
) -> None:
    """Archive a record once the officer says yes to archiving `name`."""
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("ListWorkspace", "Archive"),
        QCoreApplication.translate(
            "ListWorkspace", "Archive “%1”? It leaves the list but keeps its history."
        ).replace("%1", name),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,  # the safe answer is the default
    )
    if answer == QMessageBox.StandardButton.Yes:

        def work(s: Session) -> None:
            archive(s, uid)

        # The change notice reloads the list; a refusal is reported by the operation.
        StoreOp(ctx, work, changes=kind, parent=parent).run()


class RecordForms(QObject):
    """The forms of one kind of record. `saved(uid)` names a record just saved (so the
    list can choose it); the save itself is announced as a change by its StoreOp."""

    saved = Signal(str)

    def __init__(
        self,
        ctx: UiContext,
        kind: str,
        service: RecordService,
        titles: tuple[str, str],
        parent: QWidget,
        *,
        options: Callable[[Session], Options] | None = None,
        new_values: Mapping[str, Any] | None = None,
    ) -> None:
        """`titles`: the new and the edit form's; `options`: the choices of the form's
        agency and member fields, by field name (store work, run as a form opens); `new_values`:
        what a new record's form starts with (only what is true of every new record)."""
        super().__init__(parent)
        self.ctx = ctx
        self.kind = kind
        self.service = service
        self.titles = titles
        self._widget = parent
        self._options: Callable[[Session], Options] = options or (lambda _s: {})
        self._new_values = dict(new_values or {})

    def _may_edit(self) -> bool:
        return self.ctx.can(Permission.EDIT_RECORDS)

    def open(
        self,
        uid: str | None,
        values: dict[str, Any] | None = None,
        read: bool = False,
        done: Callable[[str], Any] | None = None,
    ) -> None:
        """Open the form of record `uid` (None: a new one, starting with `values`) once its
        starting values and choices are read on the store thread; the window does not
        wait. A save is announced by `saved(uid)`, and `done(uid)` when given."""
        kind, choices = self.kind, self._options
        fresh = {**self._new_values, **(values or {})}

        def work(s: Session) -> tuple[dict[str, Any], Options]:
            if uid is not None:
                return editors.form_values(s, kind=kind, uid=uid), choices(s)
            return fresh, choices(s)

        StoreOp(self.ctx, work, parent=self._widget).success(
            lambda start: self._show(uid, start[0], start[1], read, done)
        ).run()

    def _show(
        self,
        uid: str | None,
        values: dict[str, Any],
        options: Options,
        read: bool,
        done: Callable[[str], Any] | None,
    ) -> None:
        service = self.service

        def save(entered: dict[str, Any]) -> StoreOp[str]:
            # The form runs it and closes once the store took it (ui/store_save.py).
            if uid is None:
                return StoreOp(
                    self.ctx, lambda s: service.create(s, **entered).uid, changes=self.kind
                )
            return StoreOp(
                self.ctx, lambda s: service.update(s, uid, **entered).uid, changes=self.kind
            )

        form = RecordForm(
            self.titles[0] if uid is None else self.titles[1],
            list(service.fields.values()),
            save,
            lang=self.ctx.lang,
            values=values,
            options=options,
            parent=self._widget,
        )
        if read:
            form.open_to_read()
            assert form.read_mode is not None
            form.read_mode.edit_button.setEnabled(self._may_edit())
        if form.exec():
            self.saved.emit(form.result_value)
            if done is not None:
                done(form.result_value)

    def new(self, values: dict[str, Any] | None = None) -> None:
        if self._may_edit():
            self.open(None, values)

    def edit(self, uid: str | None) -> None:
        if uid and self._may_edit():
            self.open(uid)

    def read(self, uid: str | None) -> None:
        """The record in its form, read-only until Edit (for an officer who may)."""
        if uid:
            self.open(uid, read=True)

    def archive(self, uid: str | None, name: str) -> None:
        if uid:
            archive_after_asking(self.ctx, self.kind, uid, name, self.service.archive, self._widget)
