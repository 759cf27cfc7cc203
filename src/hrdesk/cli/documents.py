"""`hrdesk minutes`, `report` and `training-sheet`: documents in the official layout.

Minutes and reports take a document number the first time they are printed, so they run
in a transaction that records it; a reprint finds the number again and changes nothing.
The document modules (and reportlab) are imported only when a command needs them.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from hrdesk.cli.context import reading, writing
from hrdesk.domain.errors import ValidationError

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from hrdesk.domain.periods import Period


def output_path(value: str, suffix: str, field: str = "out") -> Path:
    """Where to write: a file with `suffix` in a folder that exists."""
    path = Path(value).expanduser()
    if path.suffix.lower() != suffix:
        raise ValidationError(field, "file.wrong_type", name=path.name, suffix=suffix)
    if path.is_dir():
        raise ValidationError(field, "file.is_folder", path=path)
    if not path.parent.is_dir():
        raise ValidationError(field, "file.no_folder", path=path.parent)
    return path


def run_minutes(args: argparse.Namespace) -> int:
    from hrdesk.documents.minutes import build_minutes

    out = output_path(args.out, ".pdf")
    with writing(args) as session:
        build_minutes(session, args.meeting, out)
    print(out)
    return 0


def run_report(args: argparse.Namespace) -> int:
    from hrdesk.domain.periods import parse_period

    period = parse_period(args.period)
    out = output_path(args.out, ".pdf")
    xlsx = output_path(args.xlsx, ".xlsx", "xlsx") if args.xlsx else None
    from hrdesk.documents.report import build_report_pdf
    from hrdesk.documents.report_xlsx import write_report_xlsx

    with writing(args) as session:
        if args.draft:
            draft(session, period, args)
        warn_empty_sections(session, period, args)
        build_report_pdf(session, period, out)
        if xlsx is not None:
            write_report_xlsx(session, period, xlsx)
    print(out)
    if xlsx is not None:
        print(xlsx)
    return 0


def draft(session: Session, period: Period, args: argparse.Namespace) -> None:
    """Draft the sections from the records, saying on stderr what was drafted and kept, and
    which kept sections were written over figures that have changed since (and how)."""
    from hrdesk.messages import render
    from hrdesk.services.report_redraft import draft_report

    outcome = draft_report(session, period, replace_edited=args.replace_edited)
    lang = args.lang or "vi"
    for code, key, headings in (
        ("report.drafted", "drafted", outcome.drafted),
        ("report.draft_kept", "kept", outcome.kept),
    ):
        if headings:
            print(render(code, {key: "; ".join(headings)}, lang), file=sys.stderr)
    if outcome.stale:
        sections = "; ".join(stale.heading for stale in outcome.stale)
        print(render("report.draft_stale", {"sections": sections}, lang), file=sys.stderr)
        for stale in outcome.stale:
            print(f"  {stale.heading}", file=sys.stderr)
            for change in stale.changes:
                said = render("report.draft_change", vars(change), lang)
                print(f"    {said}", file=sys.stderr)


def warn_empty_sections(session: Session, period: Period, args: argparse.Namespace) -> None:
    """Name the empty sections on stderr; packaging (a command with
    --allow-empty-sections) refuses them unless that flag is given."""
    from hrdesk.messages import Localized, render
    from hrdesk.services.report_checks import require_sections_written

    allow = getattr(args, "allow_empty_sections", True)
    empty = require_sections_written(session, period, allow_empty=allow)
    if empty:
        params = {
            "period": Localized(period.title_vi, period.label),
            "count": len(empty),
            "sections": "; ".join(empty),
        }
        text = render("report.empty_sections_warning", params, args.lang or "vi")
        print(text, file=sys.stderr)


def run_training_sheet(args: argparse.Namespace) -> int:
    from hrdesk.documents.training_sheets import build_attendance_list, build_signin_sheet

    out = output_path(args.out, ".pdf")
    build = build_attendance_list if args.attended else build_signin_sheet
    with reading(args) as session:
        build(session, args.training, out)
    print(out)
    return 0
