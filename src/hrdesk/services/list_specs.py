"""What each kind's list shows: columns (with their sort expressions), filters and joins.

One description serves the window's table models, `hrdesk list` and the exports, so a
column is named, labelled and sorted the same everywhere. Sorting uses indexed key
columns, so a list of a million rows sorts in SQL without loading it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import and_, case, func, select
from sqlalchemy.orm import Session, aliased
from sqlalchemy.sql import ColumnElement, Select

from hrdesk.domain.text import vi_sorted
from hrdesk.domain.vocab import (
    PETITION_RUNNING,
    TASK_OPEN_STATUSES,
    AgencyKind,
    Channel,
    Choice,
    MeetingStatus,
    MemberRole,
    Outcome,
    PetitionField,
    PetitionKind,
    PetitionStatus,
    TaskSource,
    TaskStatus,
)
from hrdesk.store.models import (
    Agency,
    Meeting,
    Member,
    Petition,
    Task,
    TrainingAttendance,
    TrainingEvent,
)


@dataclass(frozen=True)
class Grouping:
    """A column of few values sorted page by page without sorting the table: its values
    in display order, each one a range of an index on `key` read in id order. Sorting a
    million petitions by kind then reads one page of one index, not a million rows."""

    key: Any  # the model's column whose equal values make a group
    values: Callable[[Session, str], list[Any]]  # ascending display order, None first


@dataclass(frozen=True)
class Column:
    name: str
    label_vi: str
    label_en: str
    expr: Any
    sort: Any = None
    kind: str = "text"  # text, date, datetime, int, bool, choice
    choices: type[Choice] | None = None
    width: int = 16  # characters, for exports and the window's first layout
    grouping: Grouping | None = None

    def label(self, lang: str = "vi") -> str:
        return self.label_vi if lang == "vi" else self.label_en

    def order(self, lang: str = "vi") -> Any:
        """What the list sorts by: a choice by its label in Vietnamese (or English) order,
        not by its stored code; an empty value first, as SQLite sorts NULL."""
        if self.choices is None:
            return self.sort
        ranks = {member.value: i for i, member in enumerate(choice_order(self.choices, lang))}
        return case(ranks, value=self.sort, else_=-1)


def choice_order(choices: type[Choice], lang: str = "vi") -> list[Choice]:
    return vi_sorted(choices, key=lambda member: member.label(lang))


def by_choice(key: Any, choices: type[Choice]) -> Grouping:
    return Grouping(
        key, lambda _session, lang: [None, *(m.value for m in choice_order(choices, lang))]
    )


def by_agency(key: Any) -> Grouping:
    """Grouped by the agency `key` refers to, agencies in the order of their names."""
    return Grouping(
        key,
        lambda session, _lang: [
            None,
            *session.scalars(select(Agency.id).order_by(Agency.name_key, Agency.id)),
        ],
    )


@dataclass(frozen=True)
class ListSpec:
    kind: str
    model: Any
    columns: tuple[Column, ...]
    default_sort: str
    base: Callable[[], Select[int, str]]  # each list selects its rows' id and uid
    search_kind: str
    status_column: Any = None
    statuses: type[Choice] | None = None
    subkind_column: Any = None
    subkinds: type[Choice] | None = None
    agency_column: Any = None
    date_column: Any = None
    overdue: Callable[[date], ColumnElement[bool]] | None = None
    # Running cases whose deadline falls from the first day to the last, both included.
    due_between: Callable[[date, date], ColumnElement[bool]] | None = None
    extra: dict[str, Any] = field(default_factory=dict)
    active_column: Any = None  # a record that can stop being active (a member)

    def column(self, name: str) -> Column:
        for column in self.columns:
            if column.name == name:
                return column
        raise KeyError(name)


def C(
    name: str,
    vi: str,
    en: str,
    expr: Any,
    sort: Any = None,
    kind: str = "text",
    choices: type[Choice] | None = None,
    width: int = 16,
    grouping: Grouping | None = None,
) -> Column:
    sort = sort if sort is not None else expr
    return Column(name, vi, en, expr, sort, kind, choices, width, grouping)


def _agencies() -> ListSpec:
    return ListSpec(
        kind="agencies",
        model=Agency,
        columns=(
            C("name", "Tên cơ quan", "Name", Agency.name, Agency.name_key, width=40),
            C("short_name", "Tên viết tắt", "Short name", Agency.short_name),
            C("kind", "Loại", "Kind", Agency.kind, kind="choice", choices=AgencyKind, width=22),
            C("address", "Địa chỉ", "Address", Agency.address, width=30),
            C("phone", "Điện thoại", "Phone", Agency.phone, width=14),
            C("email", "Thư điện tử", "Email", Agency.email, width=24),
        ),
        default_sort="name",
        base=lambda: select(Agency.id, Agency.uid),
        search_kind="agency",
        subkind_column=Agency.kind,
        subkinds=AgencyKind,
    )


def _members() -> ListSpec:
    agency = aliased(Agency)
    return ListSpec(
        kind="members",
        model=Member,
        columns=(
            C("full_name", "Họ và tên", "Full name", Member.full_name, Member.name_key, width=24),
            C("title", "Chức vụ", "Title", Member.title, width=30),
            C("agency", "Cơ quan", "Agency", agency.name, agency.name_key, width=30),
            C("role", "Vai trò", "Role", Member.role, kind="choice", choices=MemberRole, width=20),
            C("active", "Đang hoạt động", "Active", Member.active, kind="bool", width=10),
            C("phone", "Điện thoại", "Phone", Member.phone, width=14),
            C("email", "Thư điện tử", "Email", Member.email, width=24),
        ),
        default_sort="full_name",
        base=lambda: select(Member.id, Member.uid).outerjoin(agency, agency.id == Member.agency_id),
        search_kind="member",
        status_column=Member.role,
        statuses=MemberRole,
        agency_column=Member.agency_id,
        active_column=Member.active,
    )


def _tasks() -> ListSpec:
    lead = aliased(Agency)
    member = aliased(Member)
    return ListSpec(
        kind="tasks",
        model=Task,
        columns=(
            C("title", "Nội dung nhiệm vụ", "Title", Task.title, Task.title_key, width=50),
            C("source", "Nguồn", "Source", Task.source, kind="choice", choices=TaskSource),
            C("source_ref", "Văn bản nguồn", "Source document", Task.source_ref, width=24),
            C("lead_agency", "Cơ quan chủ trì", "Lead agency", lead.name, lead.name_key, width=30),
            C(
                "responsible_member",
                "Người phụ trách",
                "Responsible",
                member.full_name,
                member.name_key,
                width=22,
            ),
            C("due_on", "Hạn hoàn thành", "Due", Task.due_on, kind="date", width=12),
            C("status", "Trạng thái", "Status", Task.status, kind="choice", choices=TaskStatus),
            C(
                "completed_on",
                "Ngày hoàn thành",
                "Completed",
                Task.completed_on,
                kind="date",
                width=12,
            ),
        ),
        default_sort="due_on",
        base=lambda: (
            select(Task.id, Task.uid)
            .outerjoin(lead, lead.id == Task.lead_agency_id)
            .outerjoin(member, member.id == Task.responsible_member_id)
        ),
        search_kind="task",
        status_column=Task.status,
        statuses=TaskStatus,
        agency_column=Task.lead_agency_id,
        date_column=Task.due_on,
        overdue=lambda on: and_(
            Task.status.in_([s.value for s in TASK_OPEN_STATUSES]), Task.due_on < on
        ),
    )


def _petitions() -> ListSpec:
    agency = aliased(Agency)

    def choice(name: str, vi: str, en: str, key: Any, choices: type[Choice]) -> Column:
        # A million petitions: sorted a group at a time, each from a partial index.
        return C(
            name, vi, en, key, kind="choice", choices=choices, grouping=by_choice(key, choices)
        )

    return ListSpec(
        kind="petitions",
        model=Petition,
        columns=(
            C("reference", "Số vào sổ", "Reference", Petition.reference, width=12),
            C("received_on", "Ngày nhận", "Received", Petition.received_on, kind="date", width=12),
            choice("kind", "Loại đơn", "Kind", Petition.kind, PetitionKind),
            choice("field", "Lĩnh vực", "Field", Petition.field, PetitionField),
            C("summary", "Nội dung", "Summary", Petition.summary, Petition.summary_key, width=50),
            choice("channel", "Hình thức nhận", "Channel", Petition.channel, Channel),
            C(
                "handling_agency",
                "Cơ quan xử lý",
                "Handling agency",
                agency.name,
                agency.name_key,
                width=28,
                grouping=by_agency(Petition.handling_agency_id),
            ),
            choice("status", "Trạng thái", "Status", Petition.status, PetitionStatus),
            C("deadline", "Hạn xử lý", "Deadline", Petition.deadline, kind="date", width=12),
            C(
                "decided_on",
                "Ngày giải quyết",
                "Decided",
                Petition.decided_on,
                kind="date",
                width=12,
            ),
            choice("outcome", "Kết quả", "Outcome", Petition.outcome, Outcome),
        ),
        default_sort="received_on",
        base=lambda: select(Petition.id, Petition.uid).outerjoin(
            agency, agency.id == Petition.handling_agency_id
        ),
        search_kind="petition",
        status_column=Petition.status,
        statuses=PetitionStatus,
        subkind_column=Petition.kind,
        subkinds=PetitionKind,
        agency_column=Petition.handling_agency_id,
        date_column=Petition.received_on,
        overdue=lambda on: and_(
            Petition.status.in_([s.value for s in PETITION_RUNNING]), Petition.deadline < on
        ),
        due_between=lambda first, last: and_(
            Petition.status.in_([s.value for s in PETITION_RUNNING]),
            Petition.deadline.between(first, last),
        ),
    )


def _trainings() -> ListSpec:
    organiser = aliased(Agency)
    present = (
        select(func.count(TrainingAttendance.id))
        .where(TrainingAttendance.event_id == TrainingEvent.id, TrainingAttendance.present)
        .scalar_subquery()
    )
    return ListSpec(
        kind="trainings",
        model=TrainingEvent,
        columns=(
            C(
                "title",
                "Tên lớp tập huấn",
                "Title",
                TrainingEvent.title,
                TrainingEvent.title_key,
                width=50,
            ),
            C("starts_on", "Từ ngày", "Starts", TrainingEvent.starts_on, kind="date", width=12),
            C("ends_on", "Đến ngày", "Ends", TrainingEvent.ends_on, kind="date", width=12),
            C("place", "Địa điểm", "Place", TrainingEvent.place, width=28),
            C(
                "organiser_agency",
                "Cơ quan tổ chức",
                "Organiser",
                organiser.name,
                organiser.name_key,
                width=28,
            ),
            C("participants", "Số người dự", "Participants", present, kind="int", width=10),
        ),
        default_sort="starts_on",
        base=lambda: select(TrainingEvent.id, TrainingEvent.uid).outerjoin(
            organiser, organiser.id == TrainingEvent.organiser_agency_id
        ),
        search_kind="training",
        agency_column=TrainingEvent.organiser_agency_id,
        date_column=TrainingEvent.starts_on,
    )


def _meetings() -> ListSpec:
    return ListSpec(
        kind="meetings",
        model=Meeting,
        columns=(
            C("title", "Tên cuộc họp", "Title", Meeting.title, Meeting.title_key, width=50),
            C("starts_at", "Thời gian", "Starts", Meeting.starts_at, kind="datetime", width=16),
            C("place", "Địa điểm", "Place", Meeting.place, width=28),
            C("chair_name", "Chủ trì", "Chair", Meeting.chair_name, width=22),
            C("secretary_name", "Thư ký", "Secretary", Meeting.secretary_name, width=22),
            C(
                "status",
                "Trạng thái",
                "Status",
                Meeting.status,
                kind="choice",
                choices=MeetingStatus,
            ),
        ),
        default_sort="starts_at",
        base=lambda: select(Meeting.id, Meeting.uid),
        search_kind="meeting",
        status_column=Meeting.status,
        statuses=MeetingStatus,
        date_column=Meeting.starts_at,
    )


SPEC_BUILDERS: dict[str, Callable[[], ListSpec]] = {
    "agencies": _agencies,
    "members": _members,
    "tasks": _tasks,
    "petitions": _petitions,
    "trainings": _trainings,
    "meetings": _meetings,
}
KINDS = tuple(SPEC_BUILDERS)
