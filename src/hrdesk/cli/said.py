"""What a command prints when it succeeds, in the officer's language (--lang, Vietnamese
unless "en"), from the same catalogue as its errors."""

from __future__ import annotations

import argparse
import sys
from typing import Any, TextIO

from hrdesk.messages import render
from hrdesk.program import name_commands


def lang_of(args: argparse.Namespace) -> str:
    """The language the command line speaks: the one --lang gave, else Vietnamese."""
    return "en" if getattr(args, "lang", None) == "en" else "vi"


def said(args: argparse.Namespace, code: str, /, **params: Any) -> str:
    """The message `code` with `params`, in the command line's language."""
    return name_commands(render(code, params, lang_of(args)))


def say(args: argparse.Namespace, code: str, /, out: TextIO | None = None, **params: Any) -> None:
    """Print the message `code` with `params`, in the command line's language."""
    print(said(args, code, **params), file=out or sys.stdout)
