"""Training papers: the sign-in sheet (danh sách đại biểu) and the list of attendance.

The sign-in sheet is printed before the event: everyone on the roster in numbered rows
with an empty column to sign in, and a few blank rows for people who come unannounced.
The attendance list, made afterwards, certifies who was there and is signed.
Neither takes a document number.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from reportlab.platypus import Flowable, KeepTogether, Spacer
from sqlalchemy.orm import Session

from hrdesk.documents.blocks import Signature, figure_table, two_signatures
from hrdesk.documents.layout import MM, Bold, Kit, Letterhead, one_line, write_pdf
from hrdesk.documents.report import collective, head_of_committee
from hrdesk.domain.access import Permission
from hrdesk.domain.formatting import format_date, vietnamese_date_line
from hrdesk.domain.vocab import MemberRole
from hrdesk.services.common import by_uid, require
from hrdesk.services.office import require_office
from hrdesk.store.models import TrainingAttendance, TrainingEvent

BLANK_ROWS = 3
# Tall enough to sign in by hand.
SIGNING_ROW = 9 * MM


def when_and_where(kit: Kit, event: TrainingEvent) -> list[Flowable]:
    if event.starts_on == event.ends_on:
        when = f"ngày {format_date(event.starts_on)}"
    else:
        when = f"từ ngày {format_date(event.starts_on)} đến ngày {format_date(event.ends_on)}"
    lines = [kit.para(Bold("Thời gian: "), when, style="centre")]
    if event.place:
        lines.append(kit.para(Bold("Địa điểm: "), one_line(event.place), style="centre"))
    return [*lines, Spacer(1, 8)]


def _person(row: TrainingAttendance) -> tuple[str, str, str]:
    agency = row.agency.name if row.agency is not None else row.agency_name
    return one_line(row.full_name), one_line(row.title), one_line(agency)


def _load(session: Session, training_uid: str) -> tuple[TrainingEvent, Kit]:
    require(session, Permission.VIEW_RECORDS)
    return by_uid(session, TrainingEvent, training_uid, "training"), Kit()


def build_signin_sheet(session: Session, training_uid: str, path: Path) -> Path:
    """The sign-in sheet of a training: the whole roster, an empty signature column."""
    event, kit = _load(session, training_uid)
    office = require_office(session)
    rows: list[Sequence[object]] = [
        (index, *_person(row), Spacer(1, SIGNING_ROW))
        for index, row in enumerate(event.attendance, start=1)
    ]
    first_blank = len(rows) + 1
    rows += [
        (n, "", "", "", Spacer(1, SIGNING_ROW))
        for n in range(first_blank, first_blank + BLANK_ROWS)
    ]
    story: list[Flowable] = [kit.letterhead(Letterhead(office.parent_body, office.name))]
    story += kit.title("Danh sách đại biểu", one_line(event.title))
    story += when_and_where(kit, event)
    story.append(
        figure_table(
            kit,
            ("STT", "Họ và tên", "Chức vụ", "Cơ quan, đơn vị", "Ký tên"),
            rows,
            (1.2, 4.6, 3.4, 4.4, 3.0),
        )
    )
    title = f"Danh sách đại biểu {one_line(event.title)}"
    return write_pdf(Path(path), story, title=title, kit=kit)


def build_attendance_list(session: Session, training_uid: str, path: Path) -> Path:
    """The certified list of those who attended a training (present on the roster)."""
    event, kit = _load(session, training_uid)
    office = require_office(session)
    present = [row for row in event.attendance if row.present]
    head = Letterhead(
        office.parent_body,
        office.name,
        date_line=vietnamese_date_line(office.place_name or office.province, event.ends_on),
    )
    story: list[Flowable] = [kit.letterhead(head)]
    story += kit.title("Danh sách xác nhận tham dự", one_line(event.title))
    story += when_and_where(kit, event)
    story.append(
        figure_table(
            kit,
            ("STT", "Họ và tên", "Chức vụ", "Cơ quan, đơn vị"),
            [(index, *_person(row)) for index, row in enumerate(present, start=1)],
            (1.2, 5.2, 4.4, 5.8),
        )
    )
    story.append(Spacer(1, 8))
    chief = head_of_committee(session)
    signatures = two_signatures(
        kit,
        Signature(("Người lập danh sách",)),
        Signature(
            (f"TM. {collective(office)}", MemberRole.HEAD.label_vi),
            chief.full_name if chief else None,
        ),
    )
    total = kit.para(f"Danh sách gồm {len(present)} người./.")
    story.append(KeepTogether([total, Spacer(1, 6), signatures]))
    title = f"Danh sách xác nhận tham dự {one_line(event.title)}"
    return write_pdf(Path(path), story, title=title, kit=kit)
