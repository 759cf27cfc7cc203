"""Minutes of a meeting (biên bản), Form 1.9 of Decree 30/2020/NĐ-CP, Appendix III.

Letterhead with "Số: …/BB-…" (this form has no place-and-date line), BIÊN BẢN and the
meeting's name, start time, place, attendance, chair, secretary, the content in the order
of the agenda with what each item concluded, the closing line, THƯ KÝ and CHỦ TỌA, and
the recipients. Times are Vietnam's.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from reportlab.platypus import Flowable, KeepTogether, Spacer
from sqlalchemy.orm import Session

from hrdesk.documents.blocks import Signature, recipients_block, two_signatures
from hrdesk.documents.layout import (
    Bold,
    Italic,
    Kit,
    Letterhead,
    date_words,
    one_line,
    write_pdf,
)
from hrdesk.domain.access import Permission
from hrdesk.domain.errors import ValidationError
from hrdesk.domain.formatting import local_datetime
from hrdesk.domain.vocab import MeetingStatus
from hrdesk.services.common import by_uid, require
from hrdesk.services.numbering import document_number_for
from hrdesk.services.office import format_document_number, require_office
from hrdesk.store.models import Meeting, MeetingAttendance, Member

TYPE_CODE = "BB"
# What the form leaves for the secretary to fill in by hand when the record has nothing.
BLANK = "……"
RECIPIENTS = ("Các đại biểu dự họp",)
ARCHIVE = "VT, Hồ sơ"


def time_words(moment: datetime) -> str:
    """ "08 giờ 30, ngày 05 tháng 10 năm 2026", in Vietnam's time."""
    local = local_datetime(moment)
    return f"{local.hour:02d} giờ {local.minute:02d}, {date_words(local.date())}"


def describe(name: str, title: str | None, agency: str | None) -> str:
    """ "Name, title, agency", leaving out what is unknown or already said by the title."""
    parts = [one_line(name)]
    if title:
        parts.append(one_line(title))
    if agency and not (title and one_line(agency).casefold() in one_line(title).casefold()):
        parts.append(one_line(agency))
    return ", ".join(p for p in parts if p)


def _officer(meeting: Meeting, member: Member | None, name: str | None) -> str:
    """The chair or the secretary with their title, from the member record or the roll."""
    if not name:
        return BLANK
    title = member.title if member is not None else None
    if title is None:
        row = next((a for a in meeting.attendance if a.full_name == name), None)
        title = row.title if row is not None else None
    return describe(name, title, None)


def _numbered(kit: Kit, rows: list[MeetingAttendance], absent: bool) -> list[Flowable]:
    flowables: list[Flowable] = []
    for index, row in enumerate(rows, start=1):
        text = describe(row.full_name, row.title, row.agency_name)
        if absent:
            text += f" (lý do: {one_line(row.absence_reason) or 'không báo'})"
        end = "." if index == len(rows) else ";"
        flowables.append(kit.para(f"{index}. {text}{end}", style="item"))
    return flowables


def attendance(kit: Kit, meeting: Meeting) -> list[Flowable]:
    present = [a for a in meeting.attendance if a.present]
    absent = [a for a in meeting.attendance if not a.present]
    if not meeting.attendance:
        return [kit.para(Bold("Thành phần tham dự: "), BLANK)]
    total = len(meeting.attendance)
    flowables: list[Flowable] = [
        kit.para(Bold("Thành phần tham dự: "), f"có mặt {len(present)}/{total} người, gồm:")
    ]
    flowables += _numbered(kit, present, absent=False)
    if absent:
        flowables.append(kit.para(Italic(f"Vắng mặt {len(absent)} người:")))
        flowables += _numbered(kit, absent, absent=True)
    return flowables


def content(kit: Kit, meeting: Meeting) -> list[Flowable]:
    """The meeting as it went: the opening, each agenda item with its conclusions, the rest."""
    flowables: list[Flowable] = [kit.para(Bold("Nội dung (theo diễn biến cuộc họp):"))]
    flowables += kit.paragraphs(meeting.discussion)
    by_item: dict[int | None, list[str]] = {}
    for conclusion in meeting.conclusions:
        by_item.setdefault(conclusion.agenda_item_id, []).append(conclusion.text)
    for index, item in enumerate(meeting.agenda, start=1):
        flowables.append(kit.para(Bold(f"{index}. {one_line(item.title)}")))
        flowables += kit.paragraphs(item.discussion)
        if by_item.get(item.id):
            flowables.append(kit.para(Italic("Kết luận:")))
            flowables += [kit.para(f"- {one_line(t)}") for t in by_item[item.id]]
    general = by_item.get(None, [])
    if general:
        flowables.append(kit.para(Bold("Kết luận của chủ tọa cuộc họp:")))
        flowables += [kit.para(f"- {one_line(t)}") for t in general]
    return flowables


def closing_line(kit: Kit, meeting: Meeting) -> Flowable:
    if meeting.ends_at is None:
        when = f"{BLANK} giờ {BLANK}, ngày {BLANK} tháng {BLANK} năm {BLANK}"
    else:
        when = time_words(meeting.ends_at)
    return kit.para(f"Cuộc họp kết thúc vào {when}/.")


def minutes_story(kit: Kit, meeting: Meeting, head: Letterhead) -> list[Flowable]:
    story: list[Flowable] = [kit.letterhead(head)]
    story += kit.title("Biên bản", one_line(meeting.title))
    story.append(kit.para(Bold("Thời gian bắt đầu: "), f"{time_words(meeting.starts_at)}."))
    story.append(kit.para(Bold("Địa điểm: "), one_line(meeting.place) or BLANK))
    story += attendance(kit, meeting)
    story.append(
        kit.para(
            Bold("Chủ trì (chủ tọa): "),
            _officer(meeting, meeting.chair, meeting.chair_name) + ".",
        )
    )
    story.append(
        kit.para(
            Bold("Thư ký (người ghi biên bản): "),
            _officer(meeting, meeting.secretary, meeting.secretary_name) + ".",
        )
    )
    story += content(kit, meeting)
    signatures = two_signatures(
        kit,
        Signature(("Thư ký",), meeting.secretary_name),
        Signature(("Chủ tọa",), meeting.chair_name),
    )
    # The closing line, the signatures and the recipients stay on one page.
    story.append(
        KeepTogether(
            [
                closing_line(kit, meeting),
                Spacer(1, 6),
                signatures,
                Spacer(1, 12),
                *recipients_block(kit, RECIPIENTS, ARCHIVE),
            ]
        )
    )
    return story


def build_minutes(session: Session, meeting_uid: str, path: Path) -> Path:
    """Write the minutes of a meeting to `path` (PDF, atomically) and return the path.

    The first print takes the next "BB" number of the year the meeting was held in; later
    prints reuse it. The session must be able to write (a new number is recorded).
    """
    require(session, Permission.VIEW_RECORDS)
    meeting = by_uid(session, Meeting, meeting_uid, "meeting")
    if meeting.status == MeetingStatus.CANCELLED.value:
        raise ValidationError("meeting", "document.cancelled_meeting")
    office = require_office(session)
    number = document_number_for(
        session,
        TYPE_CODE,
        meeting.uid,
        f"Biên bản {one_line(meeting.title)}",
        local_datetime(meeting.starts_at).date(),
    )
    shown = format_document_number(number, office)
    kit = Kit()
    head = Letterhead(office.parent_body, office.name, number=shown)
    story = minutes_story(kit, meeting, head)
    return write_pdf(Path(path), story, title=f"Biên bản {one_line(meeting.title)}", kit=kit)
