"""Members & agencies: the committee's members (with appointments and training history)
and its member agencies (with their contributions to the report over past periods), in two
tabs."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtWidgets import QPushButton, QTabWidget, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from hrdesk.domain.access import Permission
from hrdesk.domain.formatting import format_date
from hrdesk.services import agencies, members
from hrdesk.services.read_models.people import AgencyView, MemberView
from hrdesk.ui.context import UiContext
from hrdesk.ui.details_html import detail_rows, esc
from hrdesk.ui.filters import FilterBar
from hrdesk.ui.list_workspace import ListWorkspace
from hrdesk.ui.panels.action_bar import ActionBar
from hrdesk.ui.panels.details_pane import DetailsPane
from hrdesk.ui.panels.record_forms import (
    Options,
    RecordForms,
    RecordService,
    agency_choices,
    offer_agencies,
)
from hrdesk.ui.panels.record_table import RecordTable
from hrdesk.ui.record_form import RecordForm
from hrdesk.ui.store_thread import StoreOp
from hrdesk.ui.table_model import RecordTableModel
from hrdesk.ui.workspaces.agency_contributions import contributions_html

# Members show their agency's name: either list reads again when the other changes.
PEOPLE = ("members", "agencies")


def _people_list(
    page: ListWorkspace,
    service: RecordService,
    titles: tuple[str, str],
    render: Callable[[Any], str],
    *,
    record_buttons: list[QPushButton] | None = None,
    options: Callable[[Session], Options] | None = None,
    new_values: dict[str, Any] | None = None,
) -> None:
    """Assemble a members' or an agencies' list from its panels."""
    ctx = page.ctx
    model = RecordTableModel(ctx, page.kind, [], page)
    details = DetailsPane(ctx, page.kind, render)
    page.assemble(
        filters=offer_agencies(ctx, FilterBar(model.spec, ctx.lang)),
        table=RecordTable(model),
        action_bar=ActionBar(partial(ctx.can, Permission.EDIT_RECORDS), record_buttons or []),
        details=details,
        show_details=details.show_record,
        forms=RecordForms(
            ctx, page.kind, service, titles, page, options=options, new_values=new_values
        ),
        follows=PEOPLE,
    )


class MemberList(ListWorkspace):
    service = RecordService(
        members.FIELDS,
        members.create_member,
        members.update_member,
        members.archive_member,
    )

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, "members", parent)
        self.appoint_button = QPushButton(self.tr("Appointment…"))
        self.appoint_button.clicked.connect(self.appoint)
        _people_list(
            self,
            self.service,
            (self.tr("New member"), self.tr("Edit member")),
            self.details_html,
            record_buttons=[self.appoint_button],
            options=lambda s: {"agency": agency_choices(s)},
            # A member is appointed to serve: active from the start.
            new_values={"active": True},
        )

    def appoint(self) -> None:
        uid = self.selected_uid()
        if not uid:
            return
        form = RecordForm(
            self.tr("Record an appointing decision"),
            list(members.APPOINTMENT_FIELDS.values()),
            lambda values: StoreOp(
                self.ctx, lambda s: members.appoint(s, uid, **values).uid, changes="members"
            ),
            lang=self.ctx.lang,
            parent=self,
        )
        if form.exec():
            self.reload(select=uid)

    def details_html(self, member: MemberView) -> str:
        lang = self.ctx.lang
        parts = [
            f"<h3>{esc(member.full_name)}</h3>",
            detail_rows(
                [
                    (self.tr("Title"), member.title),
                    (self.tr("Agency"), member.agency),
                    (self.tr("Role"), member.role.label(lang)),
                    (self.tr("Phone"), member.phone),
                    (self.tr("Email"), member.email),
                    (self.tr("Active"), self.tr("yes") if member.active else self.tr("no")),
                ]
            ),
            "<h4>" + self.tr("Appointments") + "</h4>",
        ]
        for a in reversed(member.appointments):
            term = f"{format_date(a.term_start)} – {format_date(a.term_end) if a.term_end else '…'}"
            decided = format_date(a.decision_date) if a.decision_date else ""
            decision = f"{a.decision_number} {decided}"
            parts.append(
                f"<p>{esc(a.role.label(lang))}: {esc(term)}<br>"
                f"<small>{esc(decision.strip())}</small></p>"
            )
        parts.append("<h4>" + self.tr("Training history") + "</h4>")
        if not member.training:
            parts.append("<p>" + self.tr("No training recorded.") + "</p>")
        for record in member.training:
            attended = "" if record.present else " (" + self.tr("absent") + ")"
            parts.append(f"<p>{format_date(record.starts_on)} — {esc(record.title)}{attended}</p>")
        return "".join(parts)


class AgencyList(ListWorkspace):
    service = RecordService(
        agencies.FIELDS,
        agencies.create_agency,
        agencies.update_agency,
        agencies.archive_agency,
    )

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, "agencies", parent)
        _people_list(
            self,
            self.service,
            (self.tr("New agency"), self.tr("Edit agency")),
            self.details_html,
        )

    def details_html(self, agency: AgencyView) -> str:
        lang = self.ctx.lang
        parts = [
            f"<h3>{esc(agency.name)}</h3>",
            detail_rows(
                [
                    (self.tr("Short name"), agency.short_name),
                    (self.tr("Kind"), agency.kind.label(lang)),
                    (self.tr("Address"), agency.address),
                    (self.tr("Phone"), agency.phone),
                    (self.tr("Email"), agency.email),
                    (self.tr("Notes"), agency.notes),
                ]
            ),
            # Before the lists that grow long: what the office chases agencies about.
            contributions_html(agency.contributions, agency.contribution_tally),
            "<h4>" + self.tr("Members") + "</h4>",
            "".join(
                f"<p>{esc(m.full_name)} — {esc(m.role.label(lang))}</p>" for m in agency.members
            )
            or "<p>" + self.tr("No members.") + "</p>",
            "<h4>" + self.tr("Training history") + "</h4>",
        ]
        for event in agency.training:
            participants = self.tr("%n participant(s)", "", event.participants)
            day = format_date(event.starts_on)
            parts.append(f"<p>{day} — {esc(event.title)}: {participants}</p>")
        if not agency.training:
            parts.append("<p>" + self.tr("No training recorded.") + "</p>")
        return "".join(parts)


class MembersWorkspace(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("workspace_members_agencies")
        self.tabs = QTabWidget()
        self.members = MemberList(ctx)
        self.agencies = AgencyList(ctx)
        self.tabs.addTab(self.members, self.tr("Members"))
        self.tabs.addTab(self.agencies, self.tr("Agencies"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
