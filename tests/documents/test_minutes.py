"""Minutes (Form 1.9) read back from the PDF: the decree's header, the meeting as recorded."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from datetime import UTC, datetime

import pytest
from pypdf import PdfReader

from hrdesk.documents.fonts import MissingGlyph
from hrdesk.documents.minutes import build_minutes
from hrdesk.domain.errors import ValidationError
from hrdesk.services import meetings
from tests.conftest import ADMIN
from tests.documents import builders
from tests.documents.builders import flat, pdftotext, pypdf_text
from tests.tools import needs_tool

A4 = (595.28, 841.89)


@pytest.fixture
def minutes(office, tmp_path):
    with office.transaction(ADMIN) as s:
        meeting = builders.meeting(s, builders.committee(s))
    with office.transaction(ADMIN) as s:
        return build_minutes(s, meeting.uid, tmp_path / "bien-ban.pdf")


def test_minutes_carry_the_decree_header_and_the_meeting(minutes):
    text = pdftotext(minutes)
    assert text == unicodedata.normalize("NFC", text)
    body = flat(text)
    for expected in (
        "ỦY BAN NHÂN DÂN TỈNH GIA LAI",
        "BAN CHỈ ĐẠO VỀ QUYỀN CON NGƯỜI TỈNH GIA LAI",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Số: 01/BB-BCĐ",
        "BIÊN BẢN",
        builders.MEETING_TITLE,
        # 01:00 UTC is 08:00 in Vietnam.
        "Thời gian bắt đầu: 08 giờ 00, ngày 05 tháng 10 năm 2026.",
        "Địa điểm: Hội trường Ủy ban nhân dân tỉnh Gia Lai",
        "Thành phần tham dự: có mặt 7/8 người, gồm:",
        "3. Rơ Mah Hlim, Giám đốc Sở Tư pháp;",
        "4. Lê Thị Ngọc Ánh 01, Phó Giám đốc, Sở Y tế;",
        "Vắng mặt 1 người:",
        f"{builders.ABSENT}, Phó Chánh Thanh tra tỉnh (lý do: {builders.ABSENCE_REASON}).",
        f"Chủ trì (chủ tọa): {builders.HEAD}, Phó Chủ tịch UBND tỉnh.",
        f"Thư ký (người ghi biên bản): {builders.SECRETARY}, Chuyên viên Sở Tư pháp.",
        "Nội dung (theo diễn biến cuộc họp):",
        "Kết luận của chủ tọa cuộc họp: - Văn phòng tổng hợp, báo cáo Ban Chỉ đạo Trung ương.",
        "Cuộc họp kết thúc vào 11 giờ 30, ngày 05 tháng 10 năm 2026/.",
        "THƯ KÝ",
        "CHỦ TỌA",
        "Nơi nhận: - Các đại biểu dự họp; - Lưu: VT, Hồ sơ.",
    ):
        assert expected in body, expected
    # Form 1.9 has no place-and-date line.
    assert "Gia Lai, ngày" not in body
    # pypdf reads the same words back.
    words = " ".join(flat(t) for t in pypdf_text(minutes))
    for name in (builders.HEAD, builders.SECRETARY, builders.ABSENT, "BIÊN BẢN"):
        assert name in words


@needs_tool("pdftotext")
def test_signature_blocks_name_secretary_left_and_chair_right(minutes):
    layout = subprocess.run(
        ["pdftotext", "-layout", str(minutes), "-"], capture_output=True, text=True, check=True
    ).stdout
    titles = next(line for line in layout.splitlines() if "THƯ KÝ" in line and "CHỦ TỌA" in line)
    names = next(
        line for line in layout.splitlines() if builders.SECRETARY in line and builders.HEAD in line
    )
    assert titles.index("THƯ KÝ") < titles.index("CHỦ TỌA")
    assert names.index(builders.SECRETARY) < names.index(builders.HEAD)


def test_agenda_items_come_in_order_each_with_its_conclusion(minutes):
    body = flat(pdftotext(minutes))
    places = [body.index(f"{n}. Nội dung {n}: kết quả") for n in (1, 2, 3)]
    assert places == sorted(places)
    first_conclusion = body.index("Giao Sở Tư pháp hoàn thành nội dung 1 trước")
    assert places[0] < first_conclusion < places[1]


def test_pages_are_a4_with_every_font_embedded(minutes):
    reader = PdfReader(str(minutes))
    for page in reader.pages:
        box = page.mediabox
        assert (round(float(box.width), 2), round(float(box.height), 2)) == A4
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            assert descriptor is not None and "/FontFile2" in descriptor.get_object(), font
    if shutil.which("pdffonts"):
        listing = subprocess.run(
            ["pdffonts", str(minutes)], capture_output=True, text=True, check=True
        ).stdout.splitlines()[2:]
        assert listing and all(line.split()[-5] == "yes" for line in listing), listing


def test_page_numbers_are_centred_at_the_top_from_page_two(office, tmp_path):
    with office.transaction(ADMIN) as s:
        meeting = builders.meeting(s, builders.committee(s), attendees=40, items=12)
        path = build_minutes(s, meeting.uid, tmp_path / "dai.pdf")
    pages = len(PdfReader(str(path)).pages)
    assert pages >= 3
    first_lines = [pdftotext(path, n).split("\n", 1)[0].strip() for n in range(1, pages + 1)]
    assert first_lines[0] == "ỦY BAN NHÂN DÂN TỈNH GIA LAI"
    assert first_lines[1:] == [str(n) for n in range(2, pages + 1)]
    # Only page numbers stand alone on a line: page 1 has none.
    assert "1" not in [line.strip() for line in pdftotext(path, 1).splitlines()]


def test_a_meeting_still_without_an_end_time_leaves_the_closing_line_to_fill_in(office, tmp_path):
    with office.transaction(ADMIN) as s:
        meeting = builders.meeting(s, builders.committee(s), ends_at=None)
        path = build_minutes(s, meeting.uid, tmp_path / "m.pdf")
    assert "Cuộc họp kết thúc vào …… giờ ……, ngày …… tháng …… năm ……/." in flat(pdftotext(path))


def test_a_character_the_font_lacks_stops_the_minutes_and_leaves_no_file(office, tmp_path):
    with office.transaction(ADMIN) as s:
        meeting = builders.meeting(s, builders.committee(s), title="Họp với đoàn 漢字")
    out = tmp_path / "out"
    out.mkdir()
    with office.transaction(ADMIN) as s, pytest.raises(MissingGlyph, match="U\\+6F22"):
        build_minutes(s, meeting.uid, out / "m.pdf")
    assert list(out.iterdir()) == []


def test_a_cancelled_meeting_has_no_minutes(office, tmp_path):
    with office.transaction(ADMIN) as s:
        meeting = meetings.create_meeting(
            s,
            title="Họp hủy",
            starts_at=datetime(2026, 10, 9, 1, tzinfo=UTC),
            status="cancelled",
        )
        with pytest.raises(ValidationError, match="cancelled"):
            build_minutes(s, meeting.uid, tmp_path / "m.pdf")
