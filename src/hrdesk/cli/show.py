"""`hrdesk show KIND UID`: one record with everything its details pane shows, in the
officer's language, or as JSON (`--format json`) for scripts."""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from datetime import date, datetime
from enum import Enum
from typing import Any

from hrdesk.cli.context import reading
from hrdesk.cli.show_text import lines_of


def run_show(args: argparse.Namespace) -> int:
    from hrdesk.services import read_models

    lang = args.lang or "vi"
    with reading(args) as session:
        view = read_models.read(session, args.kind, args.uid, lang)
    if args.format == "json":
        json.dump(as_data(view), sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        for line in lines_of(view, lang):
            print(line)
    return 0


def as_data(value: Any) -> Any:
    """A read model as JSON's values: codes for choices, ISO 8601 for dates."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: as_data(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): as_data(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [as_data(v) for v in value]
    return value
