"""Members & agencies: the committee's members (with appointments and training history)
and its member agencies, in two tabs."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QPushButton, QTabWidget, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from hrdesk.domain.formatting import format_date
from hrdesk.domain.vocab import AgencyKind, MemberRole
from hrdesk.services import agencies, members, trainings
from hrdesk.services.common import by_uid
from hrdesk.store.models import Agency, Member
from hrdesk.ui.context import UiContext
from hrdesk.ui.details_html import detail_rows, esc
from hrdesk.ui.list_workspace import ListWorkspace, RecordService
from hrdesk.ui.record_form import RecordForm


class MemberList(ListWorkspace):
    kind = "members"
    service = RecordService(
        Member,
        members.FIELDS,
        members.create_member,
        members.update_member,
        members.archive_member,
    )

    def form_title(self, new: bool) -> str:
        return self.tr("New member") if new else self.tr("Edit member")

    def new_values(self) -> dict[str, Any]:
        return {"active": True}  # a member is appointed to serve: active from the start

    def form_options(self, session: Session) -> dict[str, list[tuple[str, str]]]:
        return {"agency": self.agency_options()}

    def extra_buttons(self) -> list[QPushButton]:
        self.appoint_button = QPushButton(self.tr("Appointment…"))
        self.appoint_button.clicked.connect(self.appoint)
        return [self.appoint_button]

    def appoint(self) -> None:
        uid = self.selected_uid()
        if not uid:
            return
        form = RecordForm(
            self.tr("Record an appointing decision"),
            list(members.APPOINTMENT_FIELDS.values()),
            lambda values: self.ctx.write(
                lambda s: members.appoint(s, uid, **values).uid, "members"
            ),
            lang=self.ctx.lang,
            parent=self,
        )
        if form.exec():
            self.reload(select=uid)

    def details_html(self, session: Session, uid: str) -> str:
        member = by_uid(session, Member, uid, "member")
        lang = self.ctx.lang
        parts = [
            f"<h3>{esc(member.full_name)}</h3>",
            detail_rows(
                [
                    (self.tr("Title"), member.title),
                    (self.tr("Agency"), member.agency.name if member.agency else None),
                    (self.tr("Role"), MemberRole(member.role).label(lang)),
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
            decision = f"{a.decision_number or ''} {decided}"
            parts.append(
                f"<p>{esc(MemberRole(a.role).label(lang))}: {esc(term)}<br>"
                f"<small>{esc(decision.strip())}</small></p>"
            )
        parts.append("<h4>" + self.tr("Training history") + "</h4>")
        history = trainings.member_history(session, uid)
        if not history:
            parts.append("<p>" + self.tr("No training recorded.") + "</p>")
        for record in history:
            attended = "" if record.present else " (" + self.tr("absent") + ")"
            parts.append(f"<p>{format_date(record.starts_on)} — {esc(record.title)}{attended}</p>")
        return "".join(parts)


class AgencyList(ListWorkspace):
    kind = "agencies"
    service = RecordService(
        Agency,
        agencies.FIELDS,
        agencies.create_agency,
        agencies.update_agency,
        agencies.archive_agency,
    )

    def form_title(self, new: bool) -> str:
        return self.tr("New agency") if new else self.tr("Edit agency")

    def details_html(self, session: Session, uid: str) -> str:
        agency = by_uid(session, Agency, uid, "agency")
        lang = self.ctx.lang
        people = [m for m in agency.members if m.archived_at is None]
        parts = [
            f"<h3>{esc(agency.name)}</h3>",
            detail_rows(
                [
                    (self.tr("Short name"), agency.short_name),
                    (self.tr("Kind"), AgencyKind(agency.kind).label(lang)),
                    (self.tr("Address"), agency.address),
                    (self.tr("Phone"), agency.phone),
                    (self.tr("Email"), agency.email),
                    (self.tr("Notes"), agency.notes),
                ]
            ),
            "<h4>" + self.tr("Members") + "</h4>",
            "".join(
                f"<p>{esc(m.full_name)} — {esc(MemberRole(m.role).label(lang))}</p>" for m in people
            )
            or "<p>" + self.tr("No members.") + "</p>",
            "<h4>" + self.tr("Training history") + "</h4>",
        ]
        history = trainings.agency_history(session, uid)
        seen: dict[str, int] = {}
        titles: dict[str, tuple[str, str]] = {}
        for record in history:
            if record.present:
                seen[record.event_uid] = seen.get(record.event_uid, 0) + 1
                titles[record.event_uid] = (format_date(record.starts_on), record.title)
        for event_uid, count in seen.items():
            day, title = titles[event_uid]
            participants = self.tr("%n participant(s)", "", count)
            parts.append(f"<p>{day} — {esc(title)}: {participants}</p>")
        if not seen:
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
