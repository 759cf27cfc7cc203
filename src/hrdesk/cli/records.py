"""`hrdesk search`, `list`, `import` and `export`."""

from __future__ import annotations

import argparse
import io
import sys
from pathlib import Path

from hrdesk.cli.context import reading, writing
from hrdesk.cli.output import as_csv, as_json, as_table, csv_bom_wanted
from hrdesk.cli.said import say
from hrdesk.domain.errors import ValidationError
from hrdesk.domain.formatting import display_value as shown
from hrdesk.domain.formatting import parse_date
from hrdesk.store.files import atomic_write_bytes

# The search index names kinds in the singular; the command line uses the list names.
SEARCH_KINDS = {
    "agencies": "agency",
    "members": "member",
    "tasks": "task",
    "petitions": "petition",
    "trainings": "training",
    "meetings": "meeting",
}
LIST_NAMES = {v: k for k, v in SEARCH_KINDS.items()}


def run_search(args: argparse.Namespace) -> int:
    from hrdesk.services.search import search

    with reading(args) as session:
        kind = SEARCH_KINDS[args.kind] if args.kind else None
        for hit in search(session, args.text, kind=kind, limit=args.limit):
            title = hit.title.replace("\t", " ").replace("\n", " ")
            print(f"{LIST_NAMES[hit.kind]}\t{hit.uid}\t{title}")
    return 0


def run_list(args: argparse.Namespace) -> int:
    from hrdesk.services import listing

    flt = listing.ListFilter(
        search=args.search,
        status=args.status,
        subkind=args.subkind,
        overdue=args.overdue,
        due_soon=args.due_soon,
        date_from=parse_date(args.date_from, "from") if args.date_from else None,
        date_to=parse_date(args.date_to, "to") if args.date_to else None,
        archived=args.archived,
    )
    if args.limit is not None and args.limit < 1:
        raise ValidationError("limit", "list.limit_too_small")
    out = getattr(args, "out", None)
    if out and not Path(out).parent.is_dir():
        raise ValidationError("out", "file.no_folder", path=Path(out).parent)
    spec = listing.spec_for(args.kind)
    with reading(args) as session:
        rows = listing.fetch(
            session,
            args.kind,
            flt,
            sort=args.sort,
            descending=args.desc,
            limit=args.limit,
            lang=args.lang or "vi",
        )
    for row in rows:
        row.pop("id", None)
    buffer = io.StringIO(newline="")
    if args.format == "json":
        as_json(rows, buffer)
        return _emit(buffer.getvalue(), out, bom=False)
    lang = args.lang or "vi"
    headers = (
        ["uid", *(c.label(lang) for c in spec.columns)]
        if args.format == "csv"
        else [c.label(lang) for c in spec.columns]
    )
    table = [
        ([row["uid"]] if args.format == "csv" else [])
        + [shown(row[c.name], c.choices, lang) for c in spec.columns]
        for row in rows
    ]
    (as_csv if args.format == "csv" else as_table)(headers, table, buffer)
    return _emit(buffer.getvalue(), out, bom=args.format == "csv")


def _emit(text: str, out: str | None, *, bom: bool) -> int:
    """Print `text`, or write it to `out` (atomically). CSV for Excel gets a byte-order
    mark: without one Excel reads the file in the ANSI code page and garbles Vietnamese."""
    if out:
        atomic_write_bytes(Path(out), text.encode("utf-8-sig" if bom else "utf-8"))
        return 0
    if bom and csv_bom_wanted(sys.stdout):
        text = "\ufeff" + text
    sys.stdout.write(text)
    return 0


def run_import(args: argparse.Namespace) -> int:
    from hrdesk.services.list_specs import KINDS
    from hrdesk.services.transfer import import_records

    if args.kind not in KINDS:
        raise ValidationError("kind", "list.unknown_kind", kind=args.kind, kinds=list(KINDS))
    from hrdesk.cli.progress import STARTING, current

    progress = current()
    with writing(args) as session:
        progress.step(STARTING["import"])  # after the password, if one was asked
        result = import_records(session, args.kind, Path(args.file), progress.rows)
    created, updated = result.created, result.updated
    say(args, "said.records_imported", file=args.file, created=created, updated=updated)
    return 0


def run_export(args: argparse.Namespace) -> int:
    from hrdesk.services.transfer import export_records

    out = Path(args.out)
    if not out.parent.exists():
        raise ValidationError("out", "file.no_folder", path=out.parent)
    from hrdesk.cli.progress import STARTING, current

    progress = current()
    with reading(args) as session:
        progress.step(STARTING["export"])
        count = export_records(session, args.kind, out, progress.rows)
    say(args, "said.records_exported", out=sys.stderr, count=count, kind=args.kind, path=out)
    return 0
