"""A province's figures, read from its package's report.xlsx, and their national sums.

The workbook is the one `documents.report_xlsx` writes: one sheet per table of the report's
appendix. Its rows are read back into a `PeriodStatistics`, so the national tables are
made by the very code that makes a province's (`documents.report_tables`), from the sums.
Kept in the database as JSON: {"by_kind": {code: [received, resolved, on_time, overdue]},
"by_field": {…}, "tasks": [due, done, done_on_time, overdue], "trainings": [events,
participants, members_trained], "meetings": [held, conclusions, with_task]}.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from hrdesk.documents.report_tables import TOTAL
from hrdesk.domain.periods import Period
from hrdesk.domain.vocab import PetitionField, PetitionKind
from hrdesk.services.statistics import (
    MeetingFigures,
    PeriodStatistics,
    PetitionFigures,
    TaskFigures,
    TrainingFigures,
)

KIND_SHEET = "Đơn thư theo loại"
FIELD_SHEET = "Đơn thư theo lĩnh vực"
COUNT_SHEETS = {"tasks": ("Nhiệm vụ", 4), "trainings": ("Tập huấn", 3), "meetings": ("Cuộc họp", 3)}
MAX_ROWS = 200  # a report's tables have a few dozen rows; more is not HR Desk's workbook


class FiguresUnreadable(ValueError):
    """The workbook is not the report's figures as HR Desk writes them."""


def _int(value: object, where: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise FiguresUnreadable(f"{where}: {value!r} is not a count")
    return value


def _rows(sheet: Any) -> list[tuple[Any, ...]]:
    rows = []
    for index, row in enumerate(sheet.iter_rows(min_row=2, values_only=True)):
        if index >= MAX_ROWS:
            raise FiguresUnreadable(f"sheet {sheet.title} has too many rows")
        if any(v is not None for v in row):
            rows.append(row)
    return rows


def _petitions(sheet: Any, labels: dict[str, str]) -> dict[str, list[int]]:
    figures: dict[str, list[int]] = {}
    for row in _rows(sheet):
        if len(row) < 6 or row[1] == TOTAL:
            continue
        label = str(row[1])
        code = labels.get(label, label)
        figures[code] = [_int(v, f"{sheet.title}, {label}") for v in row[2:6]]
    return figures


def read_figures(xlsx: Path) -> dict[str, Any]:
    """The figures of one province's report workbook; FiguresUnreadable if it is not one."""
    from openpyxl import load_workbook

    try:
        book = load_workbook(xlsx, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a damaged file
        raise FiguresUnreadable(f"report.xlsx cannot be read: {exc}") from None
    try:
        names = set(book.sheetnames)
        for needed in (KIND_SHEET, FIELD_SHEET):
            if needed not in names:
                raise FiguresUnreadable(f"report.xlsx has no sheet {needed}")
        figures: dict[str, Any] = {
            "by_kind": _petitions(book[KIND_SHEET], {k.label_vi: k.value for k in PetitionKind}),
            "by_field": _petitions(book[FIELD_SHEET], {f.label_vi: f.value for f in PetitionField}),
        }
        for key, (title, width) in COUNT_SHEETS.items():
            if title in names:
                values = [_int(row[2], f"{title}") for row in _rows(book[title])]
                if len(values) != width:
                    raise FiguresUnreadable(f"sheet {title} has {len(values)} rows, not {width}")
                figures[key] = values
        return figures
    finally:
        book.close()


def national_statistics(
    period: Period, figures: Iterable[str | dict[str, Any]]
) -> PeriodStatistics:
    """The sums of every province's figures, as one PeriodStatistics."""
    from datetime import date

    stats = PeriodStatistics(period, date.today())
    sums: dict[str, list[int]] = {k: [0] * w for k, (_t, w) in COUNT_SHEETS.items()}
    for item in figures:
        one = json.loads(item) if isinstance(item, str) else item
        for code, values in one.get("by_kind", {}).items():
            part = PetitionFigures(*values)
            stats.by_kind.setdefault(code, PetitionFigures()).add(part)
            stats.petitions.add(part)
        for code, values in one.get("by_field", {}).items():
            stats.by_field.setdefault(code, PetitionFigures()).add(PetitionFigures(*values))
        for key in COUNT_SHEETS:
            for index, value in enumerate(one.get(key, [])):
                sums[key][index] += value
    stats.tasks = TaskFigures(*sums["tasks"])
    stats.trainings = TrainingFigures(*sums["trainings"])
    stats.meetings = MeetingFigures(*sums["meetings"])
    return stats
