"""Official letters (công văn) to member agencies about their contributions to a report.

The request asks every agency asked for a period to report on it by its due date; the
reminder names the agencies that are late and asks again. Both follow Decree
30/2020/NĐ-CP: letterhead with "Số: 05/BCĐ" (a letter has no type code), the subject
line "V/v …" under the number, "Kính gửi:", the text, the signature and "Nơi nhận:".
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle
from sqlalchemy.orm import Session

from hrdesk.documents.blocks import Signature, closing
from hrdesk.documents.layout import LEFT_COLUMN, RIGHT_COLUMN, Kit, Letterhead, write_pdf
from hrdesk.documents.report import collective, head_of_committee
from hrdesk.domain.errors import ValidationError
from hrdesk.domain.formatting import format_date, vietnamese_date_line
from hrdesk.domain.periods import Period, parse_period
from hrdesk.domain.vocab import MemberRole
from hrdesk.services.common import today
from hrdesk.services.contributions import (
    ContributionView,
    contributions_for_period,
    late_for_period,
    mark_reminded,
)
from hrdesk.services.numbering import document_number_for, number_of
from hrdesk.services.office import require_office
from hrdesk.store.base import new_uid
from hrdesk.store.models import DocumentNumber, Office

TYPE_CODE = "CV"  # the series the letters are numbered in; not printed (Decree 30)
ARCHIVE = "VT"
REMINDER_DAYS = 7  # how long a reminder gives the late agencies
ASKED_FOR = (
    "Kết quả thực hiện các nhiệm vụ được Ban Chỉ đạo giao trong kỳ; nhiệm vụ chưa hoàn "
    "thành, nguyên nhân.",
    "Công tác tiếp công dân, giải quyết khiếu nại, tố cáo, kiến nghị, phản ánh thuộc lĩnh "
    "vực phụ trách (số liệu theo mẫu Excel kèm theo).",
    "Công tác tuyên truyền, phổ biến, tập huấn về quyền con người.",
    "Khó khăn, vướng mắc; kiến nghị, đề xuất.",
)


def letter_number(number: DocumentNumber, office: Office) -> str:
    """ "05/BCĐ": a letter's number carries the issuing body's symbol, no type code."""
    return f"{number.number:02d}/{office.symbol}"


def _period(period: Period | str) -> Period:
    return parse_period(period) if isinstance(period, str) else period


def _request_key(period: Period) -> str:
    return f"cvreq:{period.label}"


def _head(kit: Kit, office: Office, shown: str, issued: date, subject: str) -> list[Flowable]:
    head = Letterhead(
        office.parent_body,
        office.name,
        number=shown,
        date_line=vietnamese_date_line(office.place_name or office.province, issued),
    )
    subject_cell = kit.para(subject, style="subject")
    row = Table([[subject_cell, ""]], colWidths=[LEFT_COLUMN, RIGHT_COLUMN], hAlign="LEFT")
    row.setStyle(
        TableStyle(
            [
                *kit.table_font(),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return [kit.letterhead(head), row, Spacer(1, 14)]


def _addressees(kit: Kit, names: list[str]) -> list[Flowable]:
    if len(names) == 1:
        return [kit.para(f"Kính gửi: {names[0]}.", style="centre")]
    lines: list[Flowable] = [kit.para("Kính gửi:", style="centre")]
    ends = [";"] * (len(names) - 1) + ["."]
    lines += [
        kit.para(f"- {n}{end}", style="addressee") for n, end in zip(names, ends, strict=True)
    ]
    return lines


def _signature(session: Session, office: Office) -> Signature:
    head = head_of_committee(session)
    return Signature(
        (f"TM. {collective(office)}", MemberRole.HEAD.label_vi), head.full_name if head else None
    )


def _kit() -> Kit:
    kit = Kit()
    base = kit.styles["number"]
    kit.styles["subject"] = base.clone("subject", fontSize=12, leading=14)
    kit.styles["addressee"] = kit.styles["body"].clone(
        "addressee", firstLineIndent=0, leftIndent=4 * 28.35, spaceAfter=0
    )
    return kit


def _finish(
    session: Session, kit: Kit, story: list[Flowable], office: Office, path: Path, title: str
) -> Path:
    *text, last = story
    closing_row = closing(kit, _signature(session, office), ("Như trên",), ARCHIVE)
    return write_pdf(
        Path(path), [*text, KeepTogether([last, Spacer(1, 6), closing_row])], title=title, kit=kit
    )


def build_request_letter(session: Session, period: Period | str, path: Path) -> Path:
    """The letter asking every agency asked for `period` for its report by its due date."""
    period = _period(period)
    office = require_office(session)
    asked = contributions_for_period(session, period)
    if not asked:
        raise ValidationError("period", "contribution.none_asked", period=period.label)
    due = min(v.due_on for v in asked)
    subject = f"V/v đề nghị báo cáo kết quả công tác bảo đảm quyền con người {period.title_vi}"
    number = document_number_for(session, TYPE_CODE, _request_key(period), subject, today(session))
    kit = _kit()
    story = _head(kit, office, letter_number(number, office), number.issued_on, subject)
    story += _addressees(kit, [v.agency_name for v in asked])
    story.append(Spacer(1, 8))
    story.append(
        kit.para(
            "Để có cơ sở tổng hợp, báo cáo Ban Chỉ đạo Trung ương về quyền con người kết quả "
            f"công tác bảo đảm quyền con người {period.title_vi} (từ ngày "
            f"{format_date(period.start)} đến ngày {format_date(period.end)}), {office.name} "
            "đề nghị các cơ quan báo cáo các nội dung sau:"
        )
    )
    story += [kit.para(f"{i}. {text}", style="item") for i, text in enumerate(ASKED_FOR, 1)]
    story.append(
        kit.para(
            f"Báo cáo gửi về {office.name} trước ngày {format_date(due)}, kèm theo tệp số liệu "
            "theo mẫu Excel do Văn phòng thường trực gửi kèm."
        )
    )
    story.append(kit.para("Đề nghị các cơ quan quan tâm, phối hợp thực hiện./."))
    return _finish(session, kit, story, office, path, subject)


def build_reminder_letter(
    session: Session, period: Period | str, path: Path, *, new_due: date | None = None
) -> tuple[Path, list[ContributionView]]:
    """The letter to the agencies late with their report on `period` (recorded as
    reminded); returns the file and the agencies it names."""
    period = _period(period)
    office = require_office(session)
    issued = today(session)
    late = late_for_period(session, period, issued)
    if not late:
        raise ValidationError("period", "contribution.none_late", period=period.label)
    new_due = new_due or issued + timedelta(days=REMINDER_DAYS)
    subject = f"V/v đôn đốc gửi báo cáo kết quả công tác bảo đảm quyền con người {period.title_vi}"
    number = document_number_for(session, TYPE_CODE, new_uid(), subject, issued)
    kit = _kit()
    story = _head(kit, office, letter_number(number, office), issued, subject)
    story += _addressees(kit, [v.agency_name for v in late])
    story.append(Spacer(1, 8))
    request = number_of(session, TYPE_CODE, _request_key(period))
    asked_by = (
        f"Công văn số {letter_number(request, office)} ngày {format_date(request.issued_on)}"
        if request is not None
        else f"văn bản ngày {format_date(min(v.requested_on for v in late))}"
    )
    story.append(
        kit.para(
            f"Thực hiện {asked_by} của {office.name} đề nghị các cơ quan thành viên báo cáo "
            f"kết quả công tác bảo đảm quyền con người {period.title_vi}, đến ngày "
            f"{format_date(issued)}, các cơ quan sau chưa gửi báo cáo:"
        )
    )
    story += [
        kit.para(
            f"- {v.agency_name} (hạn {format_date(v.due_on)}, chậm {v.days_late} ngày)"
            + ("." if v is late[-1] else ";"),
            style="item",
        )
        for v in late
    ]
    story.append(
        kit.para(
            f"Đề nghị các cơ quan khẩn trương gửi báo cáo về {office.name} trước ngày "
            f"{format_date(new_due)} để kịp tổng hợp, báo cáo Ban Chỉ đạo Trung ương./."
        )
    )
    written = _finish(session, kit, story, office, path, subject)
    mark_reminded(session, [v.uid for v in late], issued)
    return written, late
