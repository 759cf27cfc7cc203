"""`hrdesk petition actions|step|people`: the petition workflow as the window runs it.

The steps offered are the window's (`offered_actions`); each step is the service the
window's step dialog calls, with the same arguments. A denouncer's identity is never
printed unless opened on purpose with --reveal, which the audit log records, as the
window's "show identity" does.
"""

from __future__ import annotations

import argparse
import inspect
from collections.abc import Callable
from typing import Any, cast

from hrdesk.cli.context import reading, writing
from hrdesk.cli.printing import Column, lang_of, records, say
from hrdesk.domain.errors import ValidationError
from hrdesk.domain.vocab import PetitionStatus, StepKind
from hrdesk.messages import Localized

ACTION_COLUMNS = (
    Column("action", Localized("Bước", "Step")),
    Column("label", Localized("Tên bước", "Name")),
)
STEP_COLUMNS = (
    Column("uid", Localized("Mã định danh", "Id")),
    Column("on", Localized("Ngày", "Date")),
    Column("kind", Localized("Bước", "Step"), StepKind),
    Column("actor", Localized("Người thực hiện", "By")),
    Column("note", Localized("Ghi chú", "Note")),
    Column("status", Localized("Trạng thái", "Status"), PetitionStatus),
    Column("deadline", Localized("Hạn xử lý", "Deadline")),
)
PEOPLE_COLUMNS = (
    Column("full_name", Localized("Họ và tên", "Full name")),
    Column("address", Localized("Địa chỉ", "Address")),
    Column("id_number", Localized("Giấy tờ tùy thân", "ID document")),
    Column("phone", Localized("Điện thoại", "Phone")),
    Column("representative", Localized("Người đại diện", "Representative")),
)
# The step's options, by the service's keyword argument they fill.
OPTIONS = {
    "on": "--date",
    "note": "--note",
    "guidance": "--guidance",
    "to": "--to",
    "days": "--days",
    "outcome": "--outcome",
    "kind": "--kind",
    "complaint_round": "--complaint-round",
    "complex": "--complex",
    "especially_complex": "--especially-complex",
    "remote_area": "--remote-area",
}


def run_petition(args: argparse.Namespace) -> int:
    return {"actions": _actions, "step": _step, "people": _people}[args.petition_command](args)


def _actions(args: argparse.Namespace) -> int:
    from hrdesk.services.petition_flow import actions_for

    lang = lang_of(args)
    with reading(args) as session:
        offered = actions_for(session, args.uid)
    rows = [{"action": a.value, "label": a.label(lang)} for a in offered]
    return records(args, ACTION_COLUMNS, rows)


def step_arguments(action: Any, args: argparse.Namespace) -> dict[str, Any]:
    """The service's keyword arguments from the options given; an option the step does
    not take is bad usage, named, rather than silently dropped."""
    from hrdesk.services.petition_flow import ACTIONS
    from hrdesk.services.petitions import CLASSIFICATION_FIELDS

    service = cast(Callable[..., Any], ACTIONS[action])
    parameters = inspect.signature(service).parameters
    takes = {n for n, p in parameters.items() if p.kind is p.KEYWORD_ONLY}
    if any(p.kind is p.VAR_KEYWORD for p in parameters.values()):
        takes |= set(CLASSIFICATION_FIELDS)
    given = {name: getattr(args, name) for name in OPTIONS if getattr(args, name) is not None}
    unused = [OPTIONS[name] for name in given if name not in takes]
    if unused:
        raise ValidationError(
            "action",
            "cli19.step_option_unused",
            options=unused,
            step=action.localized,
        )
    # What the step needs and was not given: None, so the service names it as the
    # window's dialog would ("the guidance is required"), not a Python error.
    needed = [n for n, p in parameters.items() if p.kind is p.KEYWORD_ONLY and p.default is p.empty]
    return {**dict.fromkeys(needed), **given}


def _step(args: argparse.Namespace) -> int:
    from hrdesk.domain.petition_flow import Action
    from hrdesk.services.petition_flow import ACTIONS

    action = Action(args.action)
    values = step_arguments(action, args)
    with writing(args) as session:
        service = cast(Callable[..., Any], ACTIONS[action])
        step = service(session, args.uid, **values)
        row = {
            "uid": step.uid,
            "on": step.occurred_on,
            "kind": step.kind,
            "actor": step.actor,
            "note": step.note,
            "status": step.petition.status,
            "deadline": step.petition.deadline,
        }
    if args.format == "json":
        return records(args, STEP_COLUMNS, [row])
    say(
        args,
        "cli19.step_recorded",
        step=action.localized,
        day=row["on"],
        status=PetitionStatus(row["status"]).localized,
    )
    return 0


def _people(args: argparse.Namespace) -> int:
    from hrdesk.services.petition_people import people_for_reader

    with writing(args) if args.reveal else reading(args) as session:
        people = people_for_reader(session, args.uid, reveal=args.reveal)
    rows = [
        {
            "full_name": p.full_name,
            "address": p.address,
            "id_number": p.id_number,
            "phone": p.phone,
            "representative": bool(p.representative),
        }
        for p in people
    ]
    return records(args, PEOPLE_COLUMNS, rows)
