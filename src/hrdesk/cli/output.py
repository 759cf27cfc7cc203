"""Printing lists as an aligned table, CSV or JSON."""

from __future__ import annotations

import csv
import json
import os
import sys
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any, TextIO


def _json_value(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def as_json(rows: Sequence[dict[str, Any]], out: TextIO | None = None) -> None:
    out = out or sys.stdout
    data = [{k: _json_value(v) for k, v in row.items()} for row in rows]
    json.dump(data, out, ensure_ascii=False, indent=1)
    out.write("\n")


def as_csv(
    headers: Sequence[str], rows: Sequence[Sequence[str]], out: TextIO | None = None
) -> None:
    writer = csv.writer(out or sys.stdout, lineterminator="\n")
    writer.writerow(headers)
    writer.writerows(rows)


def as_table(
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    out: TextIO | None = None,
    width: int = 40,
) -> None:
    out = out or sys.stdout
    cut = [[c if len(c) <= width else c[: width - 1] + "…" for c in row] for row in rows]
    widths = [len(h) for h in headers]
    for row in cut:
        widths = [max(w, len(c)) for w, c in zip(widths, row, strict=True)]
    line = "  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True))
    out.write(line.rstrip() + "\n")
    out.write("  ".join("-" * w for w in widths) + "\n")
    for row in cut:
        out.write("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() + "\n")


def csv_bom_wanted(stream: TextIO, system: str | None = None) -> bool:
    """CSV printed on Windows into a file (`hrdesk-cli list … --format csv > a.csv`) starts
    with a byte-order mark, for Excel; on a terminal, in a pipe elsewhere, it does not."""
    system = os.name if system is None else system
    if system != "nt":
        return False
    try:
        return not stream.isatty()
    except (AttributeError, ValueError):
        return True
