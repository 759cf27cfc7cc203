"""Records for the document tests, made through the real services, and PDF readers."""

from __future__ import annotations

import shutil
import subprocess
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from pypdf import PdfReader
from sqlalchemy.orm import Session

from hrdesk.services import meetings, members, petition_flow, tasks, trainings
from hrdesk.store.models import Meeting, Member, TrainingEvent
from tests.factories import petition

HEAD = "Nguyễn Văn Khánh"
SECRETARY = "Trần Thị Thu Hằng"
DEPUTY = "Rơ Mah Hlim"
MEETING_TITLE = "Họp Ban Chỉ đạo sơ kết công tác bảo đảm quyền con người 9 tháng đầu năm 2026"
ABSENT = "Phạm Quốc Việt"
ABSENCE_REASON = "Đi công tác tại Hà Nội"


def committee(s: Session) -> dict[str, Member]:
    """The head, a standing deputy and the secretary of the committee."""
    return {
        "head": members.create_member(
            s, full_name=HEAD, title="Phó Chủ tịch UBND tỉnh", role="head", agency=None
        ),
        "deputy": members.create_member(
            s,
            full_name=DEPUTY,
            title="Giám đốc Sở Tư pháp",
            role="standing_deputy",
            agency="Sở Tư pháp",
        ),
        "secretary": members.create_member(
            s, full_name=SECRETARY, title="Chuyên viên Sở Tư pháp", role="secretary"
        ),
    }


def attendee_name(n: int) -> str:
    return f"Lê Thị Ngọc Ánh {n:02d}"


def meeting(
    s: Session,
    people: dict[str, Member],
    *,
    attendees: int = 4,
    items: int = 3,
    starts_at: datetime = datetime(2026, 10, 5, 1, 0, tzinfo=UTC),
    ends_at: datetime | None = datetime(2026, 10, 5, 4, 30, tzinfo=UTC),
    title: str = MEETING_TITLE,
) -> Meeting:
    """A held meeting: the head chairs, the secretary writes, `attendees` others come, one
    member is absent with a reason; each agenda item has a discussion and a conclusion."""
    m = meetings.create_meeting(
        s,
        title=title,
        starts_at=starts_at,
        ends_at=ends_at,
        place="Hội trường Ủy ban nhân dân tỉnh Gia Lai",
        chair=people["head"].uid,
        secretary=people["secretary"].uid,
        status="held",
        discussion="Đồng chí Trưởng ban khai mạc cuộc họp, nêu mục đích, yêu cầu.",
    )
    roll: list[dict[str, Any]] = [
        {"member": people["head"].uid},
        {"member": people["secretary"].uid},
        {"member": people["deputy"].uid},
    ]
    roll += [
        {"full_name": attendee_name(n), "title": "Phó Giám đốc", "agency_name": "Sở Y tế"}
        for n in range(1, attendees + 1)
    ]
    roll.append(
        {
            "full_name": ABSENT,
            "title": "Phó Chánh Thanh tra tỉnh",
            "present": False,
            "absence_reason": ABSENCE_REASON,
        }
    )
    meetings.set_attendance(s, m.uid, roll)
    meetings.set_agenda(
        s,
        m.uid,
        [
            {
                "title": f"Nội dung {n}: kết quả thực hiện nhiệm vụ quý III",
                "discussion": (
                    "Các đại biểu thảo luận, thống nhất đánh giá kết quả đạt được; nêu khó "
                    "khăn, vướng mắc trong tiếp công dân, giải quyết khiếu nại, tố cáo và đề "
                    "xuất giải pháp khắc phục trong thời gian tới."
                ),
            }
            for n in range(1, items + 1)
        ],
    )
    for n in range(1, items + 1):
        meetings.add_conclusion(
            s, m.uid, f"Giao Sở Tư pháp hoàn thành nội dung {n} trước ngày 15/12/2026.", n
        )
    meetings.add_conclusion(s, m.uid, "Văn phòng tổng hợp, báo cáo Ban Chỉ đạo Trung ương.")
    return m


def training(s: Session, people: dict[str, Member]) -> TrainingEvent:
    event = trainings.create_training(
        s,
        title="Tập huấn kỹ năng tiếp công dân, giải quyết khiếu nại, tố cáo",
        starts_on=date(2026, 9, 15),
        ends_on=date(2026, 9, 16),
        place="Trường Chính trị tỉnh Gia Lai",
        organiser_agency="Sở Tư pháp",
    )
    trainings.set_roster(
        s,
        event.uid,
        [
            {"member": people["deputy"].uid},
            {"full_name": "Đỗ Thị Hương", "title": "Chuyên viên", "agency": "Công an tỉnh"},
            {"full_name": "Ksor Y Đăm", "title": "Cán bộ tư pháp xã", "present": False},
        ],
    )
    return event


def petitions_with_denunciations(s: Session) -> dict[str, list[str]]:
    """Petitions received in Q4 2026; returns the names of those who filed them."""
    complaint = petition(s, petitioners=[{"full_name": "Trần Thị Hoà"}])
    petition_flow.accept(s, complaint.uid, on=date(2026, 11, 3))
    petition_flow.decide(s, complaint.uid, outcome="partly", on=date(2026, 11, 10))
    petition(
        s,
        kind="denunciation",
        field="corruption",
        summary="Tố cáo cán bộ địa chính xã nhận tiền",
        petitioners=[{"full_name": "Hoàng Thị Bích Ngọc", "address": "Ia Grai"}],
    )
    petition(
        s,
        kind="denunciation",
        field="land",
        received_on=date(2026, 10, 1),
        summary="Tố cáo việc lấn chiếm đất công",
        petitioners=[{"full_name": "Võ Minh Quân"}],
    )
    petition(
        s,
        kind="recommendation",
        field="social_policy",
        summary="Kiến nghị chế độ người có công",
        petitioners=[{"full_name": "Đặng Văn Lực"}],
    )
    tasks.create_task(
        s, title="Rà soát đơn tồn đọng", due_on=date(2026, 11, 15), lead_agency="Sở Tư pháp"
    )
    return {
        "complainants": ["Trần Thị Hoà", "Đặng Văn Lực"],
        "denouncers": ["Hoàng Thị Bích Ngọc", "Võ Minh Quân"],
    }


def pdftotext(path: Path, page: int | None = None) -> str:
    """The text poppler reads from the PDF (exact NFC), optionally of one page."""
    if shutil.which("pdftotext") is None:
        import pytest

        pytest.skip("poppler's pdftotext is not installed")
    pages = ["-f", str(page), "-l", str(page)] if page else []
    done = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", *pages, str(path), "-"],
        capture_output=True,
        check=True,
    )
    return done.stdout.decode("utf-8")


def flat(text: str) -> str:
    """Text with line breaks and runs of spaces as single spaces (wrapped lines rejoined)."""
    return " ".join(text.split())


def pypdf_text(path: Path) -> list[str]:
    return [page.extract_text() for page in PdfReader(str(path)).pages]
