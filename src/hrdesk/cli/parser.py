"""The command line's grammar. Kept free of heavy imports: `hrdesk --help` must be instant."""

from __future__ import annotations

import argparse
from typing import Any, NoReturn

KINDS = ("agencies", "members", "tasks", "petitions", "trainings", "meetings")
SIZES = ("small", "province", "national")


def _global_options(parser: argparse.ArgumentParser, default: object) -> None:
    parser.add_argument(
        "--profile", metavar="DIR", default=default, help="profile folder (or HRDESK_HOME)"
    )
    parser.add_argument("--lang", choices=("vi", "en"), default=default, help="language of output")


class _Commands:
    """Adds each subcommand with the global options as a parent."""

    def __init__(self, subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser):
        self._subparsers = subparsers
        self._common = common

    def add_parser(self, name: str, **kwargs: Any) -> argparse.ArgumentParser:
        return self._subparsers.add_parser(name, parents=[self._common], **kwargs)


class Parser(argparse.ArgumentParser):
    """argparse that exits 2 with one line, as every other bad input does."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog.split()[0]}: {message}\n")


def build_parser() -> Parser:
    from hrdesk import __version__
    from hrdesk.program import command_name

    parser = Parser(
        prog=command_name(),
        description="HR Desk: records of a provincial Steering Committee on Human Rights. "
        "With no command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"HR Desk {__version__}")
    _global_options(parser, None)
    # The same options after the command too ("hrdesk list petitions --profile DIR"); there
    # they default to SUPPRESS so they never undo a value given before the command.
    common = Parser(add_help=False)
    _global_options(common, argparse.SUPPRESS)
    commands = _Commands(
        parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser), common
    )

    demo = commands.add_parser("demo", help="make (or reuse) a demo profile and open it")
    demo.add_argument("--size", choices=SIZES, default="small")
    demo.add_argument("--seed", type=int, default=1)
    demo.add_argument("--no-window", action="store_true", help="do not open the window")

    init = commands.add_parser("init", help="set up a new profile for an office")
    init.add_argument("--province", required=True, help="one of the 34 provinces and cities")
    init.add_argument("--office", required=True, help="the office's name")
    init.add_argument("--parent-body", help="e.g. ỦY BAN NHÂN DÂN TỈNH GIA LAI")
    init.add_argument("--symbol", default="BCĐ", help="document symbol, as in 05/BB-BCĐ")
    init.add_argument("--place", help="place name on the date line (default: the province)")
    init.add_argument("--admin", help="the administrator's account name (or HRDESK_USER)")
    init.add_argument("--admin-name", help="the administrator's full name")

    check = commands.add_parser("check", help="check the store and its audit log")
    check.add_argument("--reindex", action="store_true", help="rebuild the search index")
    check.add_argument(
        "--quick", action="store_true", help="in seconds: quick check, counts, chain head"
    )

    search = commands.add_parser("search", help="search every record, without diacritics")
    search.add_argument("text")
    search.add_argument("--kind", choices=KINDS)
    search.add_argument("--limit", type=int, default=20)

    lister = commands.add_parser("list", help="list records of one kind")
    lister.add_argument("kind", metavar="KIND", help=", ".join(KINDS))
    lister.add_argument("--status")
    lister.add_argument("--type", dest="subkind", help="a petition's or agency's kind")
    lister.add_argument("--overdue", action="store_true", help="past their deadline today")
    lister.add_argument("--due-soon", action="store_true", help="deadline near (rules data)")
    lister.add_argument("--search", help="only records matching this text")
    lister.add_argument("--from", dest="date_from", metavar="DATE")
    lister.add_argument("--to", dest="date_to", metavar="DATE")
    lister.add_argument("--archived", action="store_true", help="include archived records")
    lister.add_argument("--sort", help="column to sort by")
    lister.add_argument("--desc", action="store_true", help="sort descending")
    lister.add_argument("--limit", type=int, default=None)
    lister.add_argument("--format", choices=("table", "csv", "json"), default="table")
    lister.add_argument("--out", metavar="FILE", help="write to FILE (CSV with a BOM, for Excel)")

    importer = commands.add_parser("import", help="import records from .xlsx or .csv")
    importer.add_argument("kind", metavar="KIND", help=", ".join(KINDS))
    importer.add_argument("file")

    exporter = commands.add_parser("export", help="export records to .xlsx or .csv")
    exporter.add_argument("kind", metavar="KIND", help=", ".join(KINDS))
    exporter.add_argument("--out", required=True, metavar="FILE")
    backup = commands.add_parser("backup", help="back up the store (to a USB stick with --to)")
    backup.add_argument("--to", metavar="DIR", help="folder to write the backup file into")

    restore = commands.add_parser("restore", help="restore a backup, after showing what it holds")
    restore.add_argument("file", metavar="FILE")
    restore.add_argument("--yes", action="store_true", help="do not ask for confirmation")

    commands.add_parser(
        "forget-secrets",
        help="remove the profile's secrets from the OS keyring (run by the uninstaller)",
    )

    minutes = commands.add_parser("minutes", help="the minutes of a meeting as a PDF")
    minutes.add_argument("meeting", metavar="MEETING_UID")
    minutes.add_argument("--out", required=True, metavar="FILE.pdf")
    report = commands.add_parser("report", help="the periodic report as a PDF (and Excel)")
    report.add_argument("--period", required=True, help="2026-Q3, 2026-H1, 2026 or a range")
    report.add_argument("--out", required=True, metavar="FILE.pdf")
    report.add_argument("--xlsx", metavar="FILE.xlsx", help="also write the figures to Excel")
    report.add_argument(
        "--draft", action="store_true", help="first draft the sections from the records"
    )
    report.add_argument(
        "--replace-edited",
        action="store_true",
        help="with --draft, also replace sections the officer wrote",
    )
    sheet = commands.add_parser("training-sheet", help="a training's sign-in sheet as a PDF")
    sheet.add_argument("training", metavar="TRAINING_UID")
    sheet.add_argument("--out", required=True, metavar="FILE.pdf")
    sheet.add_argument("--attended", action="store_true", help="the list of those who came")

    # Member agencies' contributions to a report: handlers in hrdesk.cli.contributions.
    contrib = commands.add_parser("contributions", help="member agencies' report contributions")
    contrib_actions = _Commands(
        contrib.add_subparsers(
            dest="contributions_command", metavar="ACTION", required=True, parser_class=Parser
        ),
        common,
    )
    c_request = contrib_actions.add_parser("request", help="ask agencies for their report")
    c_request.add_argument("--period", required=True, help="2026-Q3, 2026-H1, 2026 or a range")
    c_request.add_argument("--due", required=True, metavar="DD/MM/YYYY")
    c_request.add_argument("--agency", action="append", metavar="AGENCY_UID", help="(repeat)")
    c_request.add_argument("--letter", metavar="FILE.pdf", help="also write the request letter")
    c_template = contrib_actions.add_parser("template", help="the Excel template for one agency")
    c_template.add_argument("uid", metavar="CONTRIBUTION_UID")
    c_template.add_argument("--out", required=True, metavar="FILE.xlsx")
    c_received = contrib_actions.add_parser("received", help="record what an agency sent")
    c_received.add_argument("uid", metavar="CONTRIBUTION_UID")
    c_received.add_argument("--file", metavar="FILE", help="PDF, Word, or the filled template")
    c_received.add_argument("--on", metavar="DD/MM/YYYY")
    c_received.add_argument("--summary", help="what it says, in short")
    c_received.add_argument(
        "--not-template", action="store_true", help="keep an .xlsx file without reading it"
    )
    c_excuse = contrib_actions.add_parser("excuse", help="an agency need not report")
    c_excuse.add_argument("uid", metavar="CONTRIBUTION_UID")
    c_excuse.add_argument("--note", required=True)
    c_list = contrib_actions.add_parser("list", help="the agencies asked for a period")
    c_list.add_argument("--period", required=True)
    c_list.add_argument("--late", action="store_true", help="only those late")
    c_agency = contrib_actions.add_parser("agency", help="one agency's record over the periods")
    c_agency.add_argument("uid", metavar="AGENCY_UID")
    c_remind = contrib_actions.add_parser("remind", help="the reminder letter to the late ones")
    c_remind.add_argument("--period", required=True)
    c_remind.add_argument("--out", required=True, metavar="FILE.pdf")
    c_remind.add_argument("--due", metavar="DD/MM/YYYY", help="the new date (default: in 7 days)")

    # Signed report packages and the office key: handlers in hrdesk.cli.packages.
    package = commands.add_parser("package", help="signed report packages")
    package_actions = _Commands(
        package.add_subparsers(
            dest="package_command", metavar="ACTION", required=True, parser_class=Parser
        ),
        common,
    )
    pkg_export = package_actions.add_parser("export", help="build a period's package into DIR")
    pkg_export.add_argument("--period", required=True, help="2026-Q3, 2026-H1, 2026 or a range")
    pkg_export.add_argument("--to", required=True, metavar="DIR", help="e.g. a USB stick")
    pkg_export.add_argument(
        "--include-personal-data", action="store_true", help="complainants' names and addresses"
    )
    pkg_export.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    pkg_export.add_argument(
        "--allow-empty-sections",
        action="store_true",
        help="package a report whose sections are not all written",
    )
    pkg_verify = package_actions.add_parser("verify", help="check a package: 0 valid, 1 invalid")
    pkg_verify.add_argument("file", metavar="FILE")
    pkg_verify.add_argument("--key", metavar="FILE.pub", help="the sending office's public key")
    pkg_verify.add_argument(
        "--identity", metavar="FILE", help="the centre's secret key, for a sealed package"
    )
    pkg_import = package_actions.add_parser("import", help="verify and keep a received package")
    pkg_import.add_argument("file", metavar="FILE")
    package_actions.add_parser("list", help="packages sent and received")
    pkg_mark = package_actions.add_parser("mark", help="record a package's upload or receipt")
    pkg_mark.add_argument("uid", metavar="PACKAGE_UID")
    pkg_mark.add_argument("status", choices=("uploaded", "acknowledged"))
    pkg_upload = package_actions.add_parser("upload", help="send a package to the centre now")
    pkg_upload.add_argument("file", metavar="FILE")
    key = commands.add_parser("key", help="the office's signing key and the keys it trusts")
    key_actions = _Commands(
        key.add_subparsers(
            dest="key_command", metavar="ACTION", required=True, parser_class=Parser
        ),
        common,
    )
    key_export = key_actions.add_parser("export", help="write the office's public key")
    key_export.add_argument("--out", required=True, metavar="FILE.pub")
    key_trust = key_actions.add_parser("trust", help="trust another office's public key")
    key_trust.add_argument("file", metavar="FILE.pub")
    key_trust.add_argument("--office", metavar="NAME", help="the office the key belongs to")
    key_replace = key_actions.add_parser("replace", help="make a new office key (audited)")
    key_replace.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    key_actions.add_parser("show", help="the office key's id and fingerprint; trusted keys")

    from hrdesk.cli.central import add_parser as add_central_parser

    add_central_parser(commands, common)
    from hrdesk.cli.outbox import add_parser as add_outbox_parser

    add_outbox_parser(commands, common)

    from hrdesk.cli.grammar import add_parsers as add_more_parsers  # issue 19

    add_more_parsers(commands, common)

    rule_sets = commands.add_parser("rules", help="petition rule sets; switch an unconfirmed one")
    rule_sets.add_argument("action", nargs="?", choices=("list", "on", "off"), default="list")
    rule_sets.add_argument("id", nargs="?", help="the rule set to switch, e.g. nd155-2026")

    from hrdesk.cli.settings import add_parser as add_settings_parser

    add_settings_parser(commands)
    show = commands.add_parser("show", help="one record with everything its details pane shows")
    show.add_argument("kind", metavar="KIND", help=", ".join(KINDS))
    show.add_argument("uid", metavar="UID")
    show.add_argument("--format", choices=("text", "json"), default="text")
    return parser
