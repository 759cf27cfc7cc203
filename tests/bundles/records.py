"""A small office's records for package tests, made through the real services."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

from openpyxl import Workbook
from pypdf import PdfWriter
from sqlalchemy.orm import Session

from hrdesk.services import agencies, meetings, members, petition_flow, tasks, trainings
from tests.factories import petition

COMPLAINANT = "Trần Thị Hoà"
COMPLAINANT_ADDRESS = "Pleiku, Gia Lai"
COMPLAINANT_ID = "064123456789"
DENOUNCER = "Lê Văn Tố Giác"
DENOUNCER_ADDRESS = "Thôn 3, xã Ia Grai"
RECOMMENDER = "Nguyễn Thị Kiến Nghị"
EARLY_COMPLAINANT = "Phan Văn Trước"


def fill(s: Session) -> dict[str, str]:
    """Records in and around 2026-Q3; returns the uids the tests look for."""
    agencies.create_agency(s, name="Sở Tư pháp", short_name="STP", kind="department")
    head = members.create_member(
        s, full_name="Nguyễn Văn Khánh", title="Phó Chủ tịch UBND tỉnh", role="head"
    )
    complaint = petition(
        s,
        received_on=date(2026, 8, 3),
        petitioners=[
            {"full_name": COMPLAINANT, "address": COMPLAINANT_ADDRESS, "id_number": COMPLAINANT_ID}
        ],
    )
    denunciation = petition(
        s,
        received_on=date(2026, 8, 4),
        kind="denunciation",
        summary="Tố cáo cán bộ địa chính xã",
        petitioners=[{"full_name": DENOUNCER, "address": DENOUNCER_ADDRESS}],
    )
    recommendation = petition(
        s,
        received_on=date(2026, 9, 1),
        kind="recommendation",
        summary="Kiến nghị sửa đường liên thôn",
        petitioners=[{"full_name": RECOMMENDER, "address": "Chư Sê"}],
    )
    decided = petition(
        s,
        received_on=date(2026, 6, 1),
        petitioners=[{"full_name": EARLY_COMPLAINANT}],
    )
    petition_flow.accept(s, decided.uid, on=date(2026, 6, 5))
    petition_flow.decide(s, decided.uid, outcome="partly", on=date(2026, 8, 20))
    outside = petition(s, received_on=date(2026, 10, 15), summary="Đơn quý IV")
    task = tasks.create_task(
        s, title="Tuyên truyền Luật Tiếp công dân", due_on=date(2026, 9, 30), lead_agency="STP"
    )
    training = trainings.create_training(
        s, title="Tập huấn công tác nhân quyền", starts_on=date(2026, 7, 14)
    )
    trainings.set_roster(s, training.uid, [{"member": head.uid, "present": True}])
    meeting = meetings.create_meeting(
        s,
        title="Họp sơ kết 9 tháng",
        starts_at=datetime(2026, 9, 25, 1, 30, tzinfo=UTC),
        status="held",
        chair=head.uid,
    )
    meetings.add_conclusion(s, meeting.uid, "Giao Sở Tư pháp tổng hợp báo cáo")
    return {
        "complaint": complaint.uid,
        "denunciation": denunciation.uid,
        "recommendation": recommendation.uid,
        "decided": decided.uid,
        "outside": outside.uid,
        "task": task.uid,
        "training": training.uid,
        "meeting": meeting.uid,
        "head": head.uid,
    }


def report_files(folder: Path) -> tuple[Path, Path]:
    """A real one-page PDF and a real workbook, standing in for the rendered report."""
    folder.mkdir(parents=True, exist_ok=True)
    pdf = folder / "report.pdf"
    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    writer.add_metadata({"/Title": "Báo cáo quý III năm 2026"})
    with open(pdf, "wb") as out:
        writer.write(out)
    xlsx = folder / "report.xlsx"
    book = Workbook()
    book.active.append(["Chỉ tiêu", "Số liệu"])
    book.active.append(["Đơn tiếp nhận", 4])
    book.save(xlsx)
    return pdf, xlsx
