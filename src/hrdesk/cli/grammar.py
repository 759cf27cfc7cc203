"""The grammar of the commands that reach the rest of the window's work: accounts, one
record at a time, the petition workflow, meetings and trainings, history and audit,
holidays. Handlers in accounts.py, record_edit.py, petition.py, gatherings.py, logs.py.

Kept free of heavy imports, like parser.py: `hrdesk --help` must be instant.
"""

from __future__ import annotations

import argparse
from typing import Any

KINDS = ("agencies", "members", "tasks", "petitions", "trainings", "meetings")
ROLES = ("administrator", "admin", "officer", "viewer")
FORMATS = ("table", "json")
# Every step of the petition workflow, as `hrdesk petition step` names it (Action codes).
STEPS = (
    "classify",
    "accept",
    "return",
    "transfer",
    "extend",
    "verify",
    "suspend",
    "resume",
    "withdraw_part",
    "dialogue_skipped",
    "decide",
    "terminate",
    "close",
    "note",
)


def _actions(parser: argparse.ArgumentParser, dest: str, commands: Any, common: Any) -> Any:
    from hrdesk.cli.parser import Parser, _Commands

    return _Commands(
        parser.add_subparsers(dest=dest, metavar="ACTION", required=True, parser_class=Parser),
        common,
    )


def _format(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--format", choices=FORMATS, default="table")


def add_parsers(commands: Any, common: Any) -> None:
    """Add the commands to `commands` (parser._Commands), with `common`'s global options."""
    _accounts(commands, common)
    _records(commands)
    _petition(commands, common)
    _gatherings(commands, common)
    _logs(commands, common)


def _accounts(commands: Any, common: Any) -> None:
    account = commands.add_parser("account", help="officer accounts (administrators)")
    actions = _actions(account, "account_command", commands, common)
    add = actions.add_parser("add", help="add an account; its password from HRDESK_NEW_PASSPHRASE")
    add.add_argument("name", metavar="NAME")
    add.add_argument("--role", required=True, choices=ROLES)
    add.add_argument("--full-name", help="the officer's full name (default: NAME)")
    _format(actions.add_parser("list", help="every account, its role and whether active"))
    disable = actions.add_parser("disable", help="disable an account: its password opens nothing")
    disable.add_argument("name", metavar="NAME")
    role = actions.add_parser("role", help="change an account's role")
    role.add_argument("name", metavar="NAME")
    role.add_argument("role", choices=ROLES)
    password = actions.add_parser(
        "password", help="set a password (HRDESK_NEW_PASSPHRASE, or typed twice)"
    )
    password.add_argument("name", metavar="NAME")


def _records(commands: Any) -> None:
    add = commands.add_parser(
        "add",
        help="add a record: --FIELD VALUE … (names as in list --format json) or --from FILE.json",
    )
    add.add_argument("kind", metavar="KIND", choices=KINDS, help=", ".join(KINDS))
    add.add_argument("fields", nargs=argparse.REMAINDER, metavar="--FIELD VALUE")
    edit = commands.add_parser("edit", help="change a record's fields: --FIELD VALUE …")
    edit.add_argument("kind", metavar="KIND", choices=KINDS, help=", ".join(KINDS))
    edit.add_argument("uid", metavar="UID")
    edit.add_argument("fields", nargs=argparse.REMAINDER, metavar="--FIELD VALUE")
    archive = commands.add_parser("archive", help="archive a record (it keeps its history)")
    archive.add_argument("kind", metavar="KIND", choices=KINDS, help=", ".join(KINDS))
    archive.add_argument("uid", metavar="UID")
    archive.add_argument("--undo", action="store_true", help="bring an archived record back")


def _petition(commands: Any, common: Any) -> None:
    petition = commands.add_parser("petition", help="the petition workflow, step by step")
    actions = _actions(petition, "petition_command", commands, common)
    offered = actions.add_parser("actions", help="the steps allowed now, as the window offers")
    offered.add_argument("uid", metavar="UID")
    _format(offered)
    step = actions.add_parser("step", help="record a step on the petition's timeline")
    step.add_argument("uid", metavar="UID")
    step.add_argument("action", metavar="ACTION", choices=STEPS, help=", ".join(STEPS))
    step.add_argument("--date", dest="on", metavar="DATE", help="the step's date (today)")
    step.add_argument("--note", help="the step's note (the grounds, for some steps)")
    step.add_argument("--guidance", help="return: the guidance given to the citizen")
    step.add_argument("--to", metavar="AGENCY", help="transfer: the agency it goes to")
    step.add_argument("--days", type=int, help="extend: the days added")
    step.add_argument("--outcome", help="decide: the outcome")
    step.add_argument("--kind", help="classify: complaint, denunciation, recommendation")
    step.add_argument("--complaint-round", help="classify: 1 or 2")
    for flag in ("complex", "especially-complex", "remote-area"):
        step.add_argument(f"--{flag}", metavar="yes|no", help="classify")
    _format(step)
    people = actions.add_parser("people", help="who filed it (a denouncer only with --reveal)")
    people.add_argument("uid", metavar="UID")
    people.add_argument(
        "--reveal", action="store_true", help="open a denouncer's identity (logged in the audit)"
    )
    _format(people)


def _attendance_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("uid", metavar="UID")
    parser.add_argument(
        "--present", action="append", default=[], metavar="MEMBER", help="a member who came"
    )
    parser.add_argument(
        "--guest",
        dest="guests",
        action="append",
        default=[],
        metavar="NAME",
        help="an outside official",
    )
    parser.add_argument("--from", dest="source", metavar="FILE.json", help="the whole list")
    _format(parser)


def _gatherings(commands: Any, common: Any) -> None:
    meeting = commands.add_parser("meeting", help="a meeting's attendance, agenda, conclusions")
    actions = _actions(meeting, "meeting_command", commands, common)
    attendance = actions.add_parser("attendance", help="set who attended (replaces the list)")
    _attendance_options(attendance)
    attendance.add_argument(
        "--absent",
        action="append",
        nargs=2,
        default=[],
        metavar=("MEMBER", "REASON"),
        help="a member absent, with the reason the minutes give",
    )
    agenda = actions.add_parser("agenda", help="set the agenda items in order")
    agenda.add_argument("uid", metavar="UID")
    agenda.add_argument("--item", action="append", default=[], metavar="TITLE")
    agenda.add_argument("--from", dest="source", metavar="FILE.json", help="items with discussion")
    _format(agenda)
    conclude = actions.add_parser("conclude", help="add a conclusion")
    conclude.add_argument("uid", metavar="UID")
    conclude.add_argument("text", metavar="TEXT")
    conclude.add_argument("--agenda-item", type=int, metavar="N", help="the agenda item's number")
    _format(conclude)
    task = actions.add_parser("task", help="make a conclusion into a task")
    task.add_argument("conclusion", metavar="CONCLUSION_UID")
    task.add_argument("--title", help="the task (default: the conclusion's text)")
    task.add_argument("--due-on", metavar="DATE")
    task.add_argument("--lead-agency", metavar="AGENCY")
    task.add_argument("--responsible-member", metavar="MEMBER")
    _format(task)

    training = commands.add_parser("training", help="a training's attendance and programme")
    actions = _actions(training, "training_command", commands, common)
    roster = actions.add_parser("attendance", help="set who was listed and came (replaces)")
    _attendance_options(roster)
    roster.add_argument(
        "--absent", action="append", default=[], metavar="MEMBER", help="listed, did not come"
    )
    roster.add_argument("--agency", help="the guests' agency")
    topics = actions.add_parser("topics", help="set the programme: topics in order")
    topics.add_argument("uid", metavar="UID")
    topics.add_argument(
        "--topic", action="append", nargs="+", default=[], metavar=("TITLE", "PRESENTER")
    )
    _format(topics)


def _logs(commands: Any, common: Any) -> None:
    history = commands.add_parser("history", help="a record's changes: who, when, what")
    history.add_argument("kind", metavar="KIND", choices=KINDS, help=", ".join(KINDS))
    history.add_argument("uid", metavar="UID")
    _format(history)
    audit = commands.add_parser("audit", help="the audit log, newest last")
    audit.add_argument("--since", metavar="DATE")
    audit.add_argument("--officer", metavar="NAME")
    audit.add_argument("--limit", type=int, default=1000)
    _format(audit)
    holidays = commands.add_parser("holidays", help="the office's own days off and working days")
    holidays.add_argument(
        "action",
        nargs="?",
        choices=("list", "add", "expected", "remove", "replace"),
        default="list",
        help="expected: the built-in days; remove/replace one of them by an announcement",
    )
    holidays.add_argument("day", nargs="?", metavar="DATE")
    holidays.add_argument("name", nargs="?", metavar="NAME")
    holidays.add_argument("--working", action="store_true", help="a make-up working day")
    holidays.add_argument("--source", help="the announcement it comes from")
    holidays.add_argument("--announcement", help="remove/replace: the Government's announcement")
    holidays.add_argument("--new-day", metavar="DATE", help="replace: the day off instead")
    holidays.add_argument("--year", type=int, help="expected: one year's days")
    _format(holidays)
