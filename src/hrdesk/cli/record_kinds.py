"""Which service creates, changes and archives each kind of record, and what its form
edits: the window's forms and `hrdesk add|edit|archive` call the same functions."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy.orm import Session

from hrdesk.services.fields import Field

# What a kind's create takes besides its form's fields.
_CREATE_EXTRAS = {
    "petitions": {"petitioners", "handler", "deadline", "note", "identity_withheld", "uid"},
    "tasks": {"supporting_agencies", "uid"},
    "members": {"appointment", "uid"},
}
_UPDATE_EXTRAS = {"tasks": {"supporting_agencies"}, "petitions": {"petitioners", "reveal"}}


def editable(kind: str, creating: bool) -> dict[str, Field]:
    from hrdesk.services import agencies, meetings, members, petitions, tasks, trainings

    if kind == "petitions":
        return petitions.INTAKE_FIELDS if creating else petitions.DETAIL_FIELDS
    module: Any = {
        "agencies": agencies,
        "members": members,
        "tasks": tasks,
        "trainings": trainings,
        "meetings": meetings,
    }[kind]
    return module.FIELDS


def extras(kind: str, creating: bool) -> set[str]:
    if creating:
        return _CREATE_EXTRAS.get(kind, {"uid"})
    return _UPDATE_EXTRAS.get(kind, set())


def _functions(kind: str) -> tuple[Callable[..., Any], Callable[..., Any], Callable[..., Any]]:
    from hrdesk.services import agencies, meetings, members, petitions, tasks, trainings
    from hrdesk.services.petition_people import update_petition

    functions: dict[str, tuple[Callable[..., Any], Callable[..., Any], Callable[..., Any]]]
    functions = {
        "agencies": (agencies.create_agency, agencies.update_agency, agencies.archive_agency),
        "members": (members.create_member, members.update_member, members.archive_member),
        "tasks": (tasks.create_task, tasks.update_task, tasks.archive_task),
        "petitions": (
            petitions.receive_petition,
            update_petition,
            petitions.archive_petition,
        ),
        "trainings": (
            trainings.create_training,
            trainings.update_training,
            trainings.archive_training,
        ),
        "meetings": (meetings.create_meeting, meetings.update_meeting, meetings.archive_meeting),
    }
    return functions[kind]


def create(session: Session, kind: str, values: dict[str, Any]) -> Any:
    return _functions(kind)[0](session, **values)


def update(session: Session, kind: str, uid: str, values: dict[str, Any]) -> Any:
    return _functions(kind)[1](session, uid, **values)


def archive(session: Session, kind: str, uid: str, archived: bool = True) -> Any:
    return _functions(kind)[2](session, uid, archived)
