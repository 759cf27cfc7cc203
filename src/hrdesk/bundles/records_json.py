"""The records a report covers, as JSON files for the package (schema: SCHEMA.md).

Each file is one JSON object: a header (schema, kind, office, period, whether personal
data is in it), then "records", then "count". It is written as a stream, one record a
line, so a large province never holds all its records in memory.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from hrdesk.bundles import period_records
from hrdesk.bundles.progress import Steps
from hrdesk.domain.periods import Period

SCHEMA = "hrdesk-records/1"
KINDS = ("petitions", "tasks", "trainings", "meetings", "members", "agencies")
CHECK_EVERY = 500


def _write_stream(
    path: Path, header: dict[str, Any], records: Iterable[dict[str, Any]], steps: Steps
) -> int:
    count = 0
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        out.write("{\n")
        for key, value in header.items():
            out.write(f" {json.dumps(key)}: {json.dumps(value, ensure_ascii=False)},\n")
        out.write(' "records": [')
        for record in records:
            out.write(",\n  " if count else "\n  ")
            out.write(json.dumps(record, ensure_ascii=False, separators=(",", ":")))
            count += 1
            if count % CHECK_EVERY == 0:
                steps.check()
        out.write("\n ],\n" if count else "],\n")
        out.write(f' "count": {count}\n}}\n')
    return count


def write_records(
    session: Session,
    period: Period,
    folder: Path,
    *,
    office_name: str,
    include_personal_data: bool = False,
    steps: Steps | None = None,
) -> dict[str, int]:
    """Write `<kind>.json` for each kind into `folder`; returns the number of records of each."""
    steps = steps or Steps()
    sources = {
        "petitions": lambda: period_records.petitions(session, period, include_personal_data),
        "tasks": lambda: period_records.tasks(session, period),
        "trainings": lambda: period_records.trainings(session, period),
        "meetings": lambda: period_records.meetings(session, period),
        "members": lambda: period_records.members(session),
        "agencies": lambda: period_records.agencies(session),
    }
    counts: dict[str, int] = {}
    for index, kind in enumerate(KINDS):
        steps.report(index / len(KINDS), "stage.collecting_records")
        header = {
            "schema": SCHEMA,
            "kind": kind,
            "office": office_name,
            "period": {
                "label": period.label,
                "start": period.start.isoformat(),
                "end": period.end.isoformat(),
            },
            "personal_data": include_personal_data,
        }
        counts[kind] = _write_stream(folder / f"{kind}.json", header, sources[kind](), steps)
    steps.report(1.0, "stage.collecting_records")
    return counts
