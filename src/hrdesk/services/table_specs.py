"""The columns of each kind's import/export file, under Vietnamese headers.

Each column is one of the services' fields (so the import validates exactly as the form
does) with how to read its value off a record for export. The petition log carries the
reception book's columns (Circular 04/2021/TT-TTCP, Form 03).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from hrdesk.domain.vocab import Choice, Outcome, PetitionStatus, StepKind
from hrdesk.services import agencies, meetings, members, petitions, tasks, trainings
from hrdesk.services.fields import Field
from hrdesk.store.models import Agency, Meeting, Member, Petition, Task, TrainingEvent

UID = Field("uid", "Mã định danh", "Id")


@dataclass(frozen=True)
class TableColumn:
    field: Field
    export: Callable[[Any], Any]
    importable: bool = True

    @property
    def header(self) -> str:
        return self.field.label_vi


@dataclass(frozen=True)
class TableSpec:
    kind: str
    model: Any
    sheet_title: str
    columns: tuple[TableColumn, ...]
    create: Callable[..., Any]
    update: Callable[..., Any]


def _label(choice: type[Choice]) -> Callable[[str | None], str | None]:
    return lambda code: choice(code).label_vi if code else None


def field_columns(fields: dict[str, Field], names: list[str]) -> list[TableColumn]:
    """Columns straight from service fields: choices exported by their Vietnamese label,
    agencies and members by name."""
    columns = []
    for name in names:
        field = fields[name]

        def export(obj: Any, field: Field = field) -> Any:
            value = getattr(obj, field.name)
            if field.kind == "choice" and field.choices is not None and value:
                return field.choices(value).label_vi
            if field.kind == "agency":
                return value.name if value else None
            if field.kind == "member":
                return value.full_name if value else None
            return value

        columns.append(TableColumn(field, export))
    return columns


def _uid() -> TableColumn:
    return TableColumn(UID, lambda obj: obj.uid)


def _spec(
    kind: str,
    model: Any,
    title: str,
    fields: dict[str, Field],
    names: list[str],
    create: Callable[..., Any],
    update: Callable[..., Any],
    extra: list[TableColumn] | None = None,
) -> TableSpec:
    columns = (_uid(), *field_columns(fields, names), *(extra or []))
    return TableSpec(kind, model, title, tuple(columns), create, update)


# Petitions: the reception book's order, with names and identities as allowed.
_TREATMENT = {
    PetitionStatus.ACCEPTED: "Thụ lý giải quyết",
    PetitionStatus.RETURNED: "Trả lại đơn, hướng dẫn",
    PetitionStatus.TRANSFERRED: "Chuyển đơn đến cơ quan có thẩm quyền",
}


def _treatment(petition: Petition) -> str | None:
    """The reception book's "handling decision": accepted, returned, or transferred."""
    for step in reversed(petition.steps):
        if step.kind == StepKind.ACCEPTED:
            return _TREATMENT[PetitionStatus.ACCEPTED]
        if step.kind == StepKind.RETURNED:
            return _TREATMENT[PetitionStatus.RETURNED]
        if step.kind == StepKind.TRANSFERRED:
            return f"{_TREATMENT[PetitionStatus.TRANSFERRED]}: {petition.transferred_to or ''}"
    return None


def _follow_up(petition: Petition) -> str | None:
    status = PetitionStatus(petition.status).label_vi
    if petition.outcome:
        status += f" – {Outcome(petition.outcome).label_vi}"
    if petition.decided_on:
        status += f" ({petition.decided_on:%d/%m/%Y})"
    return status


def _person_export(
    person: Callable[[Petition, str], str | None], attribute: str
) -> Callable[[Petition], str | None]:
    return lambda petition: person(petition, attribute)


def petition_columns(person: Callable[[Petition, str], str | None]) -> tuple[TableColumn, ...]:
    """`person(petition, attribute)` gives the petitioners' names, addresses or ID numbers
    joined by "; ", or a mask where the reader may not see them."""
    f = petitions.INTAKE_FIELDS
    people = [
        Field("full_name", "Họ và tên", "Full name"),
        Field("address", "Địa chỉ", "Address"),
        Field("id_number", "Giấy tờ tùy thân", "ID document"),
    ]
    return (
        _uid(),
        *field_columns(f, ["reference", "received_on"]),
        *(TableColumn(p, _person_export(person, p.name)) for p in people),
        *field_columns(f, ["summary", "kind", "people_count", "prior_agency"]),
        TableColumn(Field("treatment", "Hướng xử lý", "Handling decision"), _treatment, False),
        TableColumn(Field("follow_up", "Theo dõi kết quả", "Result"), _follow_up, False),
        TableColumn(
            Field("note", "Ghi chú", "Notes"),
            lambda p: p.steps[-1].note if p.steps and p.steps[-1].note else None,
            False,
        ),
        *field_columns(
            f,
            ["field", "channel", "complaint_round", "complex", "remote_area", "handling_agency"],
        ),
        TableColumn(petitions.DEADLINE_FIELD, lambda p: p.deadline),
    )


def build_specs(person: Callable[[Petition, str], str | None]) -> dict[str, TableSpec]:
    return {
        "agencies": _spec(
            "agencies",
            Agency,
            "Cơ quan thành viên",
            agencies.FIELDS,
            ["name", "short_name", "kind", "address", "phone", "email", "notes"],
            agencies.create_agency,
            agencies.update_agency,
        ),
        "members": _spec(
            "members",
            Member,
            "Thành viên Ban Chỉ đạo",
            members.FIELDS,
            ["full_name", "title", "agency", "role", "active", "phone", "email"],
            members.create_member,
            members.update_member,
        ),
        "tasks": _spec(
            "tasks",
            Task,
            "Nhiệm vụ",
            tasks.FIELDS,
            [
                "title",
                "source",
                "source_ref",
                "lead_agency",
                "responsible_member",
                "due_on",
                "status",
                "completed_on",
                "description",
            ],
            tasks.create_task,
            tasks.update_task,
        ),
        "petitions": TableSpec(
            "petitions",
            Petition,
            "Sổ tiếp nhận đơn thư",
            petition_columns(person),
            petitions.receive_petition,
            petitions.update_details,
        ),
        "trainings": _spec(
            "trainings",
            TrainingEvent,
            "Tập huấn",
            trainings.FIELDS,
            ["title", "starts_on", "ends_on", "place", "organiser_agency", "materials"],
            trainings.create_training,
            trainings.update_training,
        ),
        "meetings": _spec(
            "meetings",
            Meeting,
            "Cuộc họp",
            meetings.FIELDS,
            ["title", "starts_at", "ends_at", "place", "chair_name", "secretary_name", "status"],
            meetings.create_meeting,
            meetings.update_meeting,
        ),
    }
