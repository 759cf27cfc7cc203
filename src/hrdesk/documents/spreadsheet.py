"""Tables to .xlsx and .csv, and back.

Excel files get Vietnamese headers in bold, a frozen header row, columns wide enough for
their content, and dates as real Excel dates shown dd/mm/yyyy. CSV files are written in
UTF-8 with a byte-order mark, which Excel needs to show Vietnamese letters; they are read
in UTF-8 or in the code page Excel uses on a Vietnamese Windows (csv_text).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from hrdesk.documents.written import said_if_not_written
from hrdesk.domain.errors import ValidationError
from hrdesk.domain.formatting import format_date, format_datetime
from hrdesk.store.files import atomic_write_bytes

FORMATS = (".xlsx", ".csv")
DATE_FORMAT = "DD/MM/YYYY"
DATETIME_FORMAT = "DD/MM/YYYY HH:MM"
MAX_WIDTH = 60


@dataclass(frozen=True)
class Sheet:
    """A titled table: headers, rows of plain values, and each column's width hint."""

    title: str
    headers: Sequence[str]
    rows: Iterable[Sequence[Any]]
    widths: Sequence[int] | None = None


def check_format(path: Path, field: str = "file") -> str:
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        raise ValidationError(field, "file.wrong_type", name=Path(path).name, suffix=".xlsx, .csv")
    return suffix


def write_table(path: Path, sheets: Sequence[Sheet]) -> Path:
    """Write one or more sheets (CSV takes only the first) atomically."""
    suffix = check_format(path)
    path = Path(path)
    with said_if_not_written(path):
        if suffix == ".csv":
            atomic_write_bytes(path, _csv_bytes(sheets[0]))
        else:
            # Built in memory: a zip that fails to close on a full stick would raise again
            # when collected, past any handler.
            buffer = io.BytesIO()
            _xlsx(sheets).save(buffer)
            atomic_write_bytes(path, buffer.getvalue())
    return path


def _csv_cell(value: Any) -> Any:
    if isinstance(value, datetime):
        return format_datetime(value)
    if isinstance(value, date):
        return format_date(value)
    if isinstance(value, bool):
        return "x" if value else ""
    return "" if value is None else value


def _csv_bytes(sheet: Sheet) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer)
    writer.writerow(sheet.headers)
    for row in sheet.rows:
        writer.writerow([_csv_cell(v) for v in row])
    return buffer.getvalue().encode("utf-8-sig")


def _xlsx(sheets: Sequence[Sheet]) -> Any:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    from hrdesk.domain.formatting import local_datetime

    book = Workbook()
    for default in book.worksheets:  # the empty sheet a new workbook starts with
        book.remove(default)
    for sheet in sheets:
        ws = book.create_sheet(_sheet_title(sheet.title))
        ws.append(list(sheet.headers))
        widths = [len(str(h)) + 2 for h in sheet.headers]
        for row in sheet.rows:
            cells = []
            for index, value in enumerate(row):
                if isinstance(value, datetime):
                    # Excel has no time zones: show the time as it was in Vietnam.
                    value = local_datetime(value).replace(tzinfo=None)
                cells.append("x" if value is True else ("" if value is False else value))
                shown = (
                    len(format_date(value)) if isinstance(value, date) else len(str(value or ""))
                )
                widths[index] = max(widths[index], min(shown + 2, MAX_WIDTH))
            ws.append(cells)
        for cell in ws[1]:
            cell.font = Font(bold=True)
            cell.alignment = Alignment(wrap_text=True, vertical="center")
        for column_cells in ws.iter_cols(min_row=2):
            for cell in column_cells:
                if isinstance(cell.value, datetime):
                    cell.number_format = DATETIME_FORMAT
                elif isinstance(cell.value, date):
                    cell.number_format = DATE_FORMAT
        for index, width in enumerate(widths, start=1):
            hint = sheet.widths[index - 1] if sheet.widths else 0
            ws.column_dimensions[get_column_letter(index)].width = max(width, min(hint, MAX_WIDTH))
        ws.freeze_panes = "A2"
    return book


def _sheet_title(title: str) -> str:
    # Excel forbids these characters in sheet names and allows 31 characters.
    for bad in "[]:*?/\\":
        title = title.replace(bad, " ")
    return title[:31] or "Sheet"


def read_table(path: Path) -> tuple[list[str], list[list[Any]]]:
    """Headers and data rows of the first sheet (or of the CSV file); empty rows skipped."""
    path = Path(path)
    suffix = check_format(path)
    if not path.exists():
        raise ValidationError("file", "file.missing", path=path)
    try:
        rows = _read_csv(path) if suffix == ".csv" else _read_xlsx(path)
    except ValidationError:
        raise
    except Exception as exc:  # a damaged or mislabelled file: say so, don't crash
        raise ValidationError("file", "file.unreadable", name=path.name, reason=str(exc)) from exc
    rows = [r for r in rows if any(v not in (None, "") for v in r)]
    if not rows:
        raise ValidationError("file", "file.empty", name=path.name)
    headers = [str(h).strip() if h is not None else "" for h in rows[0]]
    return headers, [list(r) for r in rows[1:]]


def _read_csv(path: Path) -> list[list[Any]]:
    from hrdesk.documents.csv_text import decode_csv

    text = decode_csv(path.read_bytes(), path.name)
    dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t") if text.strip() else csv.excel
    return [list(r) for r in csv.reader(io.StringIO(text, newline=""), dialect)]


def _read_xlsx(path: Path) -> list[list[Any]]:
    from openpyxl import load_workbook

    book = load_workbook(path, read_only=True, data_only=True)
    try:
        return [list(r) for r in book.worksheets[0].iter_rows(values_only=True)]
    finally:
        book.close()
