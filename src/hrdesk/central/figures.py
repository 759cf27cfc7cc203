"""A province's figures, read from its package's report.xlsx, and their national sums.

The workbook is the one `documents.report_xlsx` writes: one sheet per table of the report's
appendix. Its rows are read back into a `PeriodStatistics`, so the national tables are
made by the very code that makes a province's (`documents.report_tables`), from the sums.
Kept in the database as JSON: {"by_kind": {code: [received, resolved, on_time, overdue,
carried_over]} (carried_over absent in workbooks written before it had a column),
"by_field": {…}, "tasks": [due, done, done_on_time, overdue], "trainings": [events,
participants, members_trained], "meetings": [held, conclusions, with_task]}.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
import zipfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any, BinaryIO

from hrdesk.documents.report_tables import CARRIED_OVER, TOTAL
from hrdesk.domain.errors import HRDeskError
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
MAX_PART = 4 << 20  # bytes of one part of the workbook, unpacked
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


class FiguresUnreadable(HRDeskError, ValueError):
    """The workbook is not the report's figures as HR Desk writes them."""


def _int(value: object, where: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise FiguresUnreadable("figures.not_a_count", where=where, value=repr(value))
    return value


def _column(ref: str) -> int:
    index = 0
    for letter in ref:
        if not letter.isalpha():
            break
        index = index * 26 + ord(letter.upper()) - 64
    return index - 1


def _read_member(book: zipfile.ZipFile, name: str) -> bytes:
    try:
        info = book.getinfo(name)
    except KeyError:
        raise FiguresUnreadable("figures.no_part", name=name) from None
    if info.file_size > MAX_PART:
        raise FiguresUnreadable("figures.part_too_large", name=name)
    return book.read(info)


def _text(element: ET.Element) -> str:
    return "".join(t.text or "" for t in element.iter(f"{{{MAIN}}}t"))


def read_sheets(xlsx: Path | BinaryIO) -> dict[str, list[tuple[Any, ...]]]:
    """Each sheet's rows of values, read straight from the workbook's XML.

    openpyxl takes a tenth of a second to open even a small workbook, more than the rest of
    receiving a package; the report's tables need only names, strings and numbers.
    """
    try:
        with zipfile.ZipFile(xlsx) as book:
            workbook = ET.fromstring(_read_member(book, "xl/workbook.xml"))
            rels = ET.fromstring(_read_member(book, "xl/_rels/workbook.xml.rels"))
            targets = {r.get("Id"): r.get("Target", "") for r in rels}
            shared: list[str] = []
            if "xl/sharedStrings.xml" in book.namelist():
                strings = ET.fromstring(_read_member(book, "xl/sharedStrings.xml"))
                shared = [_text(si) for si in strings.iter(f"{{{MAIN}}}si")]
            sheets: dict[str, list[tuple[Any, ...]]] = {}
            for sheet in workbook.iter(f"{{{MAIN}}}sheet"):
                target = targets.get(sheet.get(f"{{{REL}}}id"), "")
                name = target.lstrip("/") if target.startswith("/") else f"xl/{target}"
                sheets[sheet.get("name", "")] = _sheet_rows(_read_member(book, name), shared)
            return sheets
    except FileNotFoundError:
        raise FiguresUnreadable("figures.no_workbook", name="report.xlsx") from None
    except (OSError, zipfile.BadZipFile, ET.ParseError, ValueError, IndexError) as exc:
        raise FiguresUnreadable("figures.unreadable", reason=str(exc)) from None


def _sheet_rows(xml: bytes, shared: list[str]) -> list[tuple[Any, ...]]:
    rows: list[tuple[Any, ...]] = []
    for row in ET.fromstring(xml).iter(f"{{{MAIN}}}row"):
        if len(rows) > MAX_ROWS:
            raise FiguresUnreadable("figures.too_many_rows")
        cells: dict[int, Any] = {}
        for cell in row.iter(f"{{{MAIN}}}c"):
            kind, value = cell.get("t", "n"), cell.find(f"{{{MAIN}}}v")
            if kind == "inlineStr":
                cells[_column(cell.get("r", "A"))] = _text(cell)
            elif value is not None and value.text is not None:
                text = value.text
                if kind == "s":
                    cells[_column(cell.get("r", "A"))] = shared[int(text)]
                elif kind in ("str", "b", "e"):
                    cells[_column(cell.get("r", "A"))] = text
                else:
                    number = float(text)
                    cells[_column(cell.get("r", "A"))] = (
                        int(number) if number.is_integer() else number
                    )
        width = max(cells, default=-1) + 1
        rows.append(tuple(cells.get(i) for i in range(width)))
    return rows


def _rows(rows: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    """The data rows under the header row, blank ones left out."""
    return [row for row in rows[1:] if any(v is not None for v in row)]


def _petitions(
    title: str, rows: list[tuple[Any, ...]], labels: dict[str, str]
) -> dict[str, list[int]]:
    figures: dict[str, list[int]] = {}
    # Read by header: a workbook with the "carried over" column has it before "received";
    # one written before that column existed starts with "received".
    header = rows[0] if rows else ()
    carried = 2 if len(header) > 2 and header[2] == CARRIED_OVER else None
    first = 3 if carried is not None else 2
    for row in _rows(rows):
        if len(row) < first + 4 or row[1] == TOTAL:
            continue
        label = str(row[1])
        code = labels.get(label, label)
        values = [_int(v, f"{title}, {label}") for v in row[first : first + 4]]
        if carried is not None:
            values.append(_int(row[carried], f"{title}, {label}"))
        figures[code] = values
    return figures


def read_figures(xlsx: Path | BinaryIO) -> dict[str, Any]:
    """The figures of one province's report workbook; FiguresUnreadable if it is not one."""
    sheets = read_sheets(xlsx)
    for needed in (KIND_SHEET, FIELD_SHEET):
        if needed not in sheets:
            raise FiguresUnreadable("figures.no_sheet", sheet=needed)
    figures: dict[str, Any] = {
        "by_kind": _petitions(
            KIND_SHEET, sheets[KIND_SHEET], {k.label_vi: k.value for k in PetitionKind}
        ),
        "by_field": _petitions(
            FIELD_SHEET, sheets[FIELD_SHEET], {f.label_vi: f.value for f in PetitionField}
        ),
    }
    for key, (title, width) in COUNT_SHEETS.items():
        if title in sheets:
            values = [_int(row[2] if len(row) > 2 else None, title) for row in _rows(sheets[title])]
            if len(values) != width:
                raise FiguresUnreadable(
                    "figures.wrong_rows", sheet=title, count=len(values), width=width
                )
            figures[key] = values
    return figures


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
