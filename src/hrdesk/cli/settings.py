"""`hrdesk settings [get KEY | set KEY VALUE]`: the office's declared settings.

With no action, every setting a line: key, value, default, what it may be. Setting one
needs an administrator's account, as in the window; a bad value is refused with the
declared range, in the officer's language.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from hrdesk.cli.output import as_table


def add_parser(commands: Any) -> None:
    """`settings` in the command grammar (`commands` is cli.parser's _Commands)."""
    parser = commands.add_parser("settings", help="the office's settings: list, get, set")
    parser.add_argument("action", nargs="?", choices=("list", "get", "set"), default="list")
    parser.add_argument("key", nargs="?", metavar="KEY", help="e.g. lock_after_minutes")
    parser.add_argument("value", nargs="?", metavar="VALUE")
    parser.add_argument("--format", choices=("table", "json"), default="table")


def run_settings(args: argparse.Namespace) -> int:
    from hrdesk.cli.context import reading, writing
    from hrdesk.domain.settings import setting
    from hrdesk.services import settings

    lang = args.lang or "vi"
    if args.action in ("get", "set"):
        var = setting(args.key or "")  # an unknown key is refused before signing in
        if args.action == "set" and args.value is None:
            raise var.refusal("")
    if args.action == "set":
        with writing(args) as session:
            rows = [settings.set_from_text(session, args.key, args.value)]
    else:
        with reading(args) as session:
            if args.action == "get":
                rows = [settings.setting_value(session, args.key)]
            else:
                rows = settings.setting_values(session)
    shown = [row.as_json(lang) for row in rows]
    if args.format == "json":
        json.dump(shown if args.action == "list" else shown[0], sys.stdout, ensure_ascii=False)
        print()
    elif args.action == "get":
        print(_text(shown[0]["value"]))
    else:
        _table(shown, lang)
    return 0


def _table(rows: list[dict[str, Any]], lang: str) -> None:
    vi = lang == "vi"
    headers = (
        ["khóa", "giá trị", "mặc định", "giá trị được phép", "tên"]
        if vi
        else ["key", "value", "default", "allowed", "name"]
    )
    lines = []
    for row in rows:
        if row["minimum"] is not None:
            allowed = f"{row['minimum']}–{row['maximum']}"
        else:
            allowed = row["type"]
        if not row["settable"]:
            allowed += f" ({'đổi bằng' if vi else 'changed with'} {row['changed_with']})"
        value, default = _text(row["value"]), _text(row["default"])
        lines.append([row["key"], value, default, allowed, row["label"]])
    as_table(headers, lines, width=60)


def _text(value: Any) -> str:
    if value is None:
        return "-"
    if isinstance(value, list):
        return ", ".join(str(item) for item in value) or "-"
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)
