"""The `hrdesk` command: the window with no command, headless subcommands otherwise.

Exit status: 0 success, 1 a check that failed (damaged store, invalid package),
2 bad usage or input, with a one-line reason on stderr.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from hrdesk.domain.errors import HRDeskError
    from hrdesk.store.options import StoreOptions


def _handlers() -> dict[str, Callable[..., int]]:
    from hrdesk.cli import (
        admin,
        central,
        contributions,
        demo,
        documents,
        outbox,
        packages,
        records,
        rules,
        show,
    )
    from hrdesk.cli import settings as settings_command

    return {
        "demo": demo.run_demo,
        "init": admin.run_init,
        "check": admin.run_check,
        "search": records.run_search,
        "list": records.run_list,
        "import": records.run_import,
        "export": records.run_export,
        "backup": admin.run_backup,
        "restore": admin.run_restore,
        "forget-secrets": admin.run_forget_secrets,
        "minutes": documents.run_minutes,
        "report": documents.run_report,
        "training-sheet": documents.run_training_sheet,
        "package": packages.run_package,
        "key": packages.run_key,
        "central": central.run_central,
        "rules": rules.run_rules,
        "settings": settings_command.run_settings,
        "show": show.run_show,
        "outbox": outbox.run_outbox,
        "receipt": outbox.run_receipt,
        "contributions": contributions.run_contributions,
        **_more_handlers(),
    }


def _more_handlers() -> dict[str, Callable[..., int]]:
    """Accounts, one record at a time, the petition workflow, meetings and trainings,
    history, audit and holidays (issue 19)."""
    from hrdesk.cli import (
        accounts,
        admin,
        documents,
        gatherings,
        logs,
        packages,
        petition,
        record_edit,
        records,
    )
    from hrdesk.cli.progress import STARTING, around

    long = {
        "check": admin.run_check,
        "backup": admin.run_backup,
        "restore": admin.run_restore,
        "import": records.run_import,
        "export": records.run_export,
        "package": packages.run_package,
        "report": documents.run_report,
    }
    return {
        # Long commands show a progress line on a terminal (replacing the plain ones).
        **{name: around(handler, STARTING[name]) for name, handler in long.items()},
        "account": accounts.run_account,
        "add": record_edit.run_add,
        "edit": record_edit.run_edit,
        "archive": record_edit.run_archive,
        "petition": petition.run_petition,
        "meeting": gatherings.run_meeting,
        "training": gatherings.run_training,
        "history": logs.run_history,
        "audit": logs.run_audit,
        "holidays": logs.run_holidays,
    }


def error_lines(exc: HRDeskError, lang: str, prog: str = "hrdesk") -> list[str]:
    """An error as the command line prints it, in `lang`: the program's name and the
    message; a list of problems (a form's fields, an import's rows) follows its headline,
    one a line."""
    from hrdesk.domain.errors import ValidationError
    from hrdesk.program import name_commands

    head = [f"{prog}: {name_commands(exc.text(lang))}"]
    if isinstance(exc, ValidationError) and exc.has_headline:
        return head + [f"  {name_commands(text)}" for text in exc.texts(lang)]
    return head


def _give_streams() -> None:
    """The windowed HRDesk.exe has no console: sys.stdout and sys.stderr are None there,
    and `HRDesk.exe demo` (a shortcut, a double-click) crashed on its first progress line.
    Writes to a missing stream go nowhere instead."""
    import os

    for name, mode in (("stdin", "r"), ("stdout", "w"), ("stderr", "w")):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, mode, encoding="utf-8"))  # noqa: SIM115


def main(argv: Sequence[str] | None = None, *, options: StoreOptions | None = None) -> int:
    """Run one command. `options` (the store's clock, the cost of new key slots) is for
    a program embedding the command line, such as the crash harness; the defaults serve."""
    from hrdesk.app_mutex import hold_app_mutex
    from hrdesk.cli.parser import build_parser
    from hrdesk.cli.usage import chosen_lang, usage_language
    from hrdesk.program import command_name

    _give_streams()
    hold_app_mutex()  # Windows: the installer sees a running copy
    parser = build_parser()
    given = list(sys.argv[1:] if argv is None else argv)
    with usage_language(chosen_lang(given)):
        args = parser.parse_args(given)
    args.store_options = options
    # What the officer types here: "hrdesk-cli" in the Windows bundle (hrdesk.program).
    prog = command_name()
    if args.command is None:
        from hrdesk.cli.demo import has_display

        if not has_display():
            from hrdesk.cli.said import said

            shown = said(args, "cli.no_display", prog=prog)
            print(f"{prog}: {shown}", file=sys.stderr)
            return 2
        from hrdesk.ui.app import run

        return run(args.profile, args.lang)
    from hrdesk.domain.errors import DamagedStore, HRDeskError

    try:
        return _handlers()[args.command](args)
    except HRDeskError as exc:
        for line in error_lines(exc, args.lang or "vi", prog):
            print(line, file=sys.stderr)
        return 1 if isinstance(exc, DamagedStore) else 2
    except KeyboardInterrupt:
        from hrdesk.cli.said import said

        shown = said(args, "cli.interrupted")
        print(f"{prog}: {shown}", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # `hrdesk list … | head` closed the pipe: not an error of ours; say nothing more.
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
