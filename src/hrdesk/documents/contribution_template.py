"""The Excel template a member agency fills in for its contribution, written and read back.

HR Desk writes one workbook per agency and period: "Thông tin" (the period and the agency,
which must come back unchanged), "Đơn thư" (petitions by kind: carried over, received,
resolved, on time, overdue), "Nhiệm vụ, tập huấn" (counts) and "Nội dung" (the agency's
text). Reading it back names every problem by sheet, row and column, all at once, and a
workbook with any problem is refused whole.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from openpyxl.utils import get_column_letter
from sqlalchemy.orm import Session

from hrdesk.documents.report_tables import PETITION_HEADERS
from hrdesk.documents.spreadsheet import Sheet, write_table
from hrdesk.domain.errors import ValidationError
from hrdesk.domain.vocab import PetitionKind
from hrdesk.services.common import by_uid
from hrdesk.services.contributions import ContributionView, record_received
from hrdesk.store.models import Contribution

INFO, PETITIONS, COUNTS, TEXT = "Thông tin", "Đơn thư", "Nhiệm vụ, tập huấn", "Nội dung"
PERIOD_LABEL, AGENCY_LABEL = "Mã kỳ báo cáo", "Cơ quan"
COUNT_LINES = (
    "Nhiệm vụ được giao đến hạn trong kỳ",
    "Nhiệm vụ đã hoàn thành",
    "Nhiệm vụ quá hạn chưa hoàn thành",
    "Số lớp tuyên truyền, tập huấn",
    "Số lượt người tham dự",
)
TEXT_HEADER = "Nội dung báo cáo (tình hình, kết quả, khó khăn, kiến nghị)"


@dataclass(frozen=True)
class TemplateFigures:
    period_label: str
    agency_name: str
    petitions: dict[str, tuple[int, int, int, int, int]]  # kind code → the five columns
    counts: tuple[int, ...]  # COUNT_LINES, in order
    text: str

    def summary(self) -> str:
        """One paragraph the officer can keep as the contribution's summary."""
        received = sum(v[1] for v in self.petitions.values())
        resolved = sum(v[2] for v in self.petitions.values())
        due, done, overdue, events, people = self.counts
        lines = [
            f"Tiếp nhận {received} đơn thư, giải quyết {resolved} đơn; hoàn thành {done}/{due} "
            f"nhiệm vụ đến hạn, {overdue} nhiệm vụ quá hạn; {events} lớp tập huấn với {people} "
            "lượt người tham dự."
        ]
        if self.text:
            lines.append(self.text)
        return "\n".join(lines)


def write_template(session: Session, contribution_uid: str, path: Path) -> Path:
    """The template for one agency's contribution, its period and agency filled in."""
    c = by_uid(session, Contribution, contribution_uid, "contribution")
    info = Sheet(
        INFO,
        ("Nội dung", "Giá trị"),
        [(PERIOD_LABEL, c.period_label), (AGENCY_LABEL, c.agency.name)],
    )
    petitions = Sheet(
        PETITIONS,
        ("STT", "Loại đơn", *PETITION_HEADERS),
        [(i, k.label_vi, 0, 0, 0, 0, 0) for i, k in enumerate(PetitionKind, start=1)],
    )
    counts = Sheet(
        COUNTS,
        ("STT", "Chỉ tiêu", "Số lượng"),
        [(i, label, 0) for i, label in enumerate(COUNT_LINES, start=1)],
    )
    text = Sheet(TEXT, (TEXT_HEADER,), [("",)], widths=(100,))
    return write_table(Path(path), [info, petitions, counts, text])


class _Problems:
    def __init__(self) -> None:
        self.found: list[ValidationError] = []

    def cell(self, sheet: str, row: int, column: int, code: str, **params: Any) -> None:
        self.found.append(
            ValidationError(
                "file", code, sheet=sheet, row=row, column=get_column_letter(column), **params
            )
        )

    def count(self, sheet: str, row: int, column: int, header: str, value: Any) -> int:
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        if isinstance(value, str) and value.strip().isdigit():
            value = int(value.strip())
        if value is None or value == "":
            value = 0
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            self.cell(sheet, row, column, "contribution.not_a_count", header=header, value=value)
            return 0
        return value


def _sheet(book: Any, name: str, problems: _Problems) -> list[tuple[Any, ...]] | None:
    if name not in book.sheetnames:
        problems.found.append(ValidationError("file", "contribution.missing_sheet", sheet=name))
        return None
    return [tuple(r) for r in book[name].iter_rows(values_only=True)]


def read_template(path: Path) -> TemplateFigures:
    """The figures of a filled-in template; ValidationError naming every problem."""
    from openpyxl import load_workbook

    path = Path(path)
    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # not a workbook at all
        raise ValidationError("file", "file.unreadable", name=path.name, reason=str(exc)) from exc
    problems = _Problems()
    try:
        info = _sheet(book, INFO, problems) or []
        petitions = _sheet(book, PETITIONS, problems) or []
        counts = _sheet(book, COUNTS, problems) or []
        text_rows = _sheet(book, TEXT, problems) or []
    finally:
        book.close()
    values = {str(r[0]).strip(): r[1] for r in info[1:] if r and r[0] is not None and len(r) > 1}
    kinds = {k.label_vi: k.value for k in PetitionKind}
    by_kind: dict[str, tuple[int, int, int, int, int]] = {}
    for row_number, row in enumerate(petitions[1:], start=2):
        if not row or all(v in (None, "") for v in row):
            continue
        label = str(row[1]).strip() if len(row) > 1 and row[1] is not None else ""
        if label not in kinds:
            problems.cell(PETITIONS, row_number, 2, "contribution.unknown_kind", value=label)
            continue
        cells = list(row[2:7]) + [None] * (5 - len(row[2:7]))
        five = tuple(
            problems.count(PETITIONS, row_number, 3 + i, PETITION_HEADERS[i], v)
            for i, v in enumerate(cells)
        )
        carried, received, resolved, on_time, overdue = five
        if resolved > carried + received or on_time > resolved:
            problems.found.append(
                ValidationError(
                    "file",
                    "contribution.does_not_balance",
                    sheet=PETITIONS,
                    row=row_number,
                    resolved=resolved,
                    total=carried + received,
                    on_time=on_time,
                )
            )
        by_kind[kinds[label]] = (carried, received, resolved, on_time, overdue)
    found = []
    for index, label in enumerate(COUNT_LINES):
        row_number = index + 2
        row = counts[index + 1] if index + 1 < len(counts) else ()
        if len(row) < 2 or row[1] != label:
            problems.cell(COUNTS, row_number, 2, "contribution.line_changed", expected=label)
            found.append(0)
            continue
        found.append(problems.count(COUNTS, row_number, 3, label, row[2] if len(row) > 2 else 0))
    text = "\n".join(str(r[0]).strip() for r in text_rows[1:] if r and r[0] not in (None, ""))
    if problems.found:
        raise ValidationError.of(problems.found)
    return TemplateFigures(
        str(values.get(PERIOD_LABEL) or ""),
        str(values.get(AGENCY_LABEL) or ""),
        by_kind,
        tuple(found),
        text,
    )


def receive_template(
    session: Session, contribution_uid: str, path: Path, on: date | None = None
) -> tuple[ContributionView, TemplateFigures]:
    """Read a filled-in template as the contribution it answers: the same period and
    agency, every cell a count; the file is kept and its figures become the summary."""
    c = by_uid(session, Contribution, contribution_uid, "contribution")
    figures = read_template(path)
    mismatched = []
    if figures.period_label != c.period_label:
        mismatched.append(
            ValidationError(
                "file",
                "contribution.other_period",
                found=figures.period_label,
                asked=c.period_label,
            )
        )
    if figures.agency_name != c.agency.name:
        mismatched.append(
            ValidationError(
                "file", "contribution.other_agency", found=figures.agency_name, asked=c.agency.name
            )
        )
    if mismatched:
        raise ValidationError.of(mismatched)
    path = Path(path)
    done = record_received(
        session,
        contribution_uid,
        on=on,
        file_name=path.name,
        content=path.read_bytes(),
        summary=figures.summary(),
    )
    return done, figures
