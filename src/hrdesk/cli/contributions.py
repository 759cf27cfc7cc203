"""`hrdesk contributions …`: member agencies' contributions to a period's report.

request (and the request letter), the Excel template for an agency, what came in (a
filled-in template is read and checked), an excuse, the list for a period, one agency's
record, and the reminder letter to every late agency in one command.
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from hrdesk.cli.context import reading, writing
from hrdesk.cli.documents import output_path
from hrdesk.domain.errors import ValidationError
from hrdesk.domain.formatting import parse_date

COLUMNS = ("uid", "agency", "due", "status", "received", "days late", "file")


def run_contributions(args: argparse.Namespace) -> int:
    actions = {
        "request": _request,
        "template": _template,
        "received": _received,
        "excuse": _excuse,
        "list": _list,
        "agency": _agency,
        "remind": _remind,
    }
    return actions[args.contributions_command](args)


def _date(value: str | None, field: str) -> date | None:

    return parse_date(value, field) if value else None


def _print(views: list) -> None:
    from hrdesk.cli.output import as_table
    from hrdesk.domain.formatting import format_date

    rows = [
        (
            v.uid,
            v.agency_name,
            format_date(v.due_on),
            v.state,
            format_date(v.received_on) if v.received_on else "",
            str(v.days_late),
            v.file_name or "",
        )
        for v in views
    ]
    as_table(COLUMNS, rows, width=60)


def _request(args: argparse.Namespace) -> int:
    from hrdesk.services.contributions import request_contributions

    letter = output_path(args.letter, ".pdf", "letter") if args.letter else None
    with writing(args) as session:
        views = request_contributions(
            session,
            args.period,
            due_on=parse_date(args.due, "due_on"),  # --due is required
            agencies=args.agency or None,
        )
        if letter is not None:
            from hrdesk.documents.contribution_letters import build_request_letter

            build_request_letter(session, args.period, letter)
    _print(views)
    if letter is not None:
        print(letter)
    return 0


def _template(args: argparse.Namespace) -> int:
    from hrdesk.documents.contribution_template import write_template

    out = output_path(args.out, ".xlsx")
    with reading(args) as session:
        write_template(session, args.uid, out)
    print(out)
    return 0


def _received(args: argparse.Namespace) -> int:
    from hrdesk.services.contributions import record_received

    path = Path(args.file).expanduser() if args.file else None
    if path is not None and not path.is_file():
        raise ValidationError("file", "file.missing", path=path)
    on = _date(args.on, "received_on")
    with writing(args) as session:
        if path is not None and path.suffix.lower() == ".xlsx" and not args.not_template:
            from hrdesk.documents.contribution_template import receive_template

            view, _figures = receive_template(session, args.uid, path, on)
        else:
            content = path.read_bytes() if path is not None else None
            name = path.name if path is not None else None
            view = record_received(
                session, args.uid, on=on, file_name=name, content=content, summary=args.summary
            )
    _print([view])
    return 0


def _excuse(args: argparse.Namespace) -> int:
    from hrdesk.services.contributions import excuse

    with writing(args) as session:
        view = excuse(session, args.uid, note=args.note)
    _print([view])
    return 0


def _list(args: argparse.Namespace) -> int:
    from hrdesk.services.contributions import contributions_for_period, late_for_period

    with reading(args) as session:
        views = (late_for_period if args.late else contributions_for_period)(session, args.period)
    _print(views)
    return 0


def _agency(args: argparse.Namespace) -> int:
    from hrdesk.services.contributions import agency_record

    with reading(args) as session:
        views = agency_record(session, args.uid)
    _print(views)
    return 0


def _remind(args: argparse.Namespace) -> int:
    from hrdesk.documents.contribution_letters import build_reminder_letter

    out = output_path(args.out, ".pdf")
    with writing(args) as session:
        path, late = build_reminder_letter(
            session, args.period, out, new_due=_date(args.due, "due_on")
        )
    _print(late)
    print(path)
    return 0
