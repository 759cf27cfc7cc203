"""What the issue-19 commands print: a line from the catalogue in the officer's language,
and records as an aligned table or, with --format json, a JSON array."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from hrdesk.cli.output import as_json, as_table
from hrdesk.domain.formatting import display_value
from hrdesk.messages import Localized, render


def lang_of(args: argparse.Namespace) -> str:
    return getattr(args, "lang", None) or "vi"


def say(args: argparse.Namespace, code: str, **params: Any) -> None:
    """One line on stdout: the catalogue's text for `code` in the officer's language."""
    print(render(code, params, lang_of(args)))


def records(
    args: argparse.Namespace,
    columns: Sequence[Column],
    rows: Sequence[dict[str, Any]],
) -> int:
    """`rows` (dicts keyed by the column names, codes for choices) as JSON, or as a table
    headed by the columns' labels with values as the lists show them (dates dd/mm/yyyy,
    a choice by its label)."""
    if getattr(args, "format", "table") == "json":
        as_json(list(rows))
        return 0
    lang = lang_of(args)
    table = [[_cell(row.get(c.name), c.choices, lang) for c in columns] for row in rows]
    as_table([c.label.text(lang) for c in columns], table, sys.stdout, width=60)
    return 0


@dataclass(frozen=True)
class Column:
    name: str
    label: Localized
    choices: Any = None  # a Choice class: the value is its code


def _cell(value: Any, choices: Any, lang: str) -> str:
    if isinstance(value, list | tuple):
        return "; ".join(_cell(v, choices, lang) for v in value)
    return display_value(value, choices, lang)
