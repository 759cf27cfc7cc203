"""Import and export of record lists as .xlsx or .csv, with Vietnamese headers.

An import is all or nothing: every row is checked, every problem is reported by row
number and column, and if there is any problem nothing is imported.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from hrdesk.documents.spreadsheet import Sheet, read_table, write_table
from hrdesk.domain.access import Permission
from hrdesk.domain.errors import HRDeskError, ValidationError
from hrdesk.domain.text import fold
from hrdesk.services.common import require
from hrdesk.services.list_specs import KINDS
from hrdesk.services.petitions import CONFIDENTIAL, HIDDEN, people_text
from hrdesk.services.table_specs import TableColumn, TableSpec, build_specs
from hrdesk.store.models import Petition

MAX_REPORTED = 50
EVERY = 500  # rows between two reports of how far an import or export is
# Hears how far an import or export is: rows done, of how many.
RowsDone = Callable[[int, int], None]
PEOPLE = ("full_name", "address", "id_number")


class ImportFailed(ValidationError):
    """The file has problems; `problems` holds each, naming its row and column."""

    def __init__(self, problems: list[ValidationError]) -> None:
        super().__init__("file", "import.failed")
        shown = problems[:MAX_REPORTED]
        more = len(problems) - len(shown)
        if more:
            shown.append(ValidationError("file", "import.more", count=more))
        self.problems = tuple(shown)


@dataclass(frozen=True)
class ImportResult:
    created: int
    updated: int


def table_spec(session: Session, kind: str) -> TableSpec:
    if kind not in KINDS:
        raise ValidationError("kind", "list.unknown_kind", kind=kind, kinds=list(KINDS))
    return build_specs(
        lambda p, attribute: people_text(session, p, attribute, leaving_the_office=True)
    )[kind]


def export_records(
    session: Session, kind: str, path: Path, progress: RowsDone | None = None
) -> int:
    """Write the kind's records (not archived) to `path`; returns the number of rows.
    `progress(done, total)` hears how far the writing is, every few hundred rows."""
    require(session, Permission.VIEW_RECORDS)
    spec = table_spec(session, kind)
    live = spec.model.archived_at.is_(None)
    query = select(spec.model).where(live).order_by(spec.model.id)
    if spec.model is Petition:
        query = query.options(selectinload(Petition.petitioners), selectinload(Petition.steps))
    total = 0
    if progress is not None:
        total = session.scalar(select(func.count()).select_from(spec.model).where(live)) or 0
        progress(0, total)
    count = 0

    def rows() -> Any:
        nonlocal count
        for record in session.scalars(query.execution_options(yield_per=500)):
            count += 1
            if progress is not None and count % EVERY == 0:
                progress(count, max(total, count))
            yield [c.export(record) for c in spec.columns]
        if progress is not None:
            progress(count, count)

    sheet = Sheet(
        spec.sheet_title,
        [c.header for c in spec.columns],
        rows(),
        [_width(c) for c in spec.columns],
    )
    write_table(path, [sheet])
    return count


def _width(column: TableColumn) -> int:
    return {"date": 12, "datetime": 17, "bool": 8, "int": 8}.get(column.field.kind, 24)


def _match_headers(spec: TableSpec, headers: list[str]) -> dict[int, TableColumn]:
    by_key: dict[str, TableColumn] = {}
    for column in spec.columns:
        f = column.field
        for key in (f.name, f.label_vi, f.label_en):
            by_key[fold(key)] = column
    matched: dict[int, TableColumn] = {}
    unknown: list[str] = []
    for index, header in enumerate(headers):
        if not header:
            continue
        found = by_key.get(fold(header))
        if found is None:
            unknown.append(header)
        else:
            matched[index] = found
    if unknown:
        known = ", ".join(c.header for c in spec.columns if c.importable)
        raise ValidationError("file", "import.unknown_columns", columns=unknown, known=known)
    present = {c.field.name for c in matched.values()}
    missing = [
        c.header
        for c in spec.columns
        if c.importable and c.field.required and c.field.name not in present
    ]
    if spec.kind == "petitions" and "full_name" not in present:
        missing.append("Họ và tên")
    if missing:
        raise ValidationError("file", "import.missing_columns", columns=missing)
    return matched


def _row_values(spec: TableSpec, matched: dict[int, TableColumn], row: list[Any]) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for index, column in matched.items():
        if not column.importable:
            continue
        value = row[index] if index < len(row) else None
        values[column.field.name] = value.strip() if isinstance(value, str) else value
    if spec.kind == "petitions":
        _petitioners_from(values)
    return {k: v for k, v in values.items() if v not in (None, "") or k == "uid"}


def _petitioners_from(values: dict[str, Any]) -> None:
    """Split "A; B" name, address and ID columns into the petitioners they describe."""
    parts = {a: [s.strip() for s in str(values.pop(a, None) or "").split(";")] for a in PEOPLE}
    names = parts["full_name"]
    if names == [CONFIDENTIAL] or names == [HIDDEN]:
        values["identity_withheld"] = True
        values["petitioners"] = []
        return
    people = []
    for i, name in enumerate(names):
        if name:
            person = {a: (parts[a][i] if i < len(parts[a]) else "") for a in PEOPLE}
            people.append(person)
    values["petitioners"] = people


def import_records(
    session: Session, kind: str, path: Path, progress: RowsDone | None = None
) -> ImportResult:
    """Create (or, for a known uid, update) the file's records; all or nothing.
    `progress(done, total)` hears how many of the file's rows are checked and saved."""
    require(session, Permission.EDIT_RECORDS)
    spec = table_spec(session, kind)
    headers, rows = read_table(path)
    matched = _match_headers(spec, headers)
    header_of = {c.field.name: headers[i] for i, c in matched.items()}
    problems: list[ValidationError] = []
    created = updated = 0
    outer = session.begin_nested()
    for number, row in enumerate(rows, start=2):
        if progress is not None and (number - 2) % EVERY == 0:
            progress(number - 2, len(rows))
        values = _row_values(spec, matched, row)
        uid = values.pop("uid", None)
        existing = (
            uid and session.scalars(select(spec.model).where(spec.model.uid == str(uid))).first()
        )
        savepoint = session.begin_nested()
        try:
            if existing:
                values.pop("petitioners", None)
                values.pop("identity_withheld", None)
                spec.update(session, existing.uid, **_only_editable(spec, values))
                updated += 1
            else:
                spec.create(session, uid=uid, **values)
                created += 1
            savepoint.commit()
        except ValidationError as exc:
            savepoint.rollback()
            for problem in exc.problems:
                # A petitioner's problem names its row of people: the file has one person.
                name = problem.field.rpartition(".")[2]
                column = header_of.get(problem.field) or header_of.get(name, problem.field)
                problems.append(
                    ValidationError(
                        problem.field, "import.cell", row=number, column=column, problem=problem
                    )
                )
        except HRDeskError as exc:
            savepoint.rollback()
            problems.append(ValidationError("file", "import.row", row=number, problem=exc))
        if len(problems) >= MAX_REPORTED:
            break
    if problems:
        outer.rollback()
        raise ImportFailed(problems)
    outer.commit()
    if progress is not None:
        progress(len(rows), len(rows))
    return ImportResult(created, updated)


def _only_editable(spec: TableSpec, values: dict[str, Any]) -> dict[str, Any]:
    """On update, petitions change their details only: classification is a workflow step."""
    if spec.kind != "petitions":
        return values
    from hrdesk.services.petitions import DETAIL_FIELDS

    return {k: v for k, v in values.items() if k in DETAIL_FIELDS}
