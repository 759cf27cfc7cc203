"""Training papers: the sign-in sheet before, the certified list of attendance after."""

from __future__ import annotations

import re
import subprocess

import pytest

from hrdesk.documents.training_sheets import build_attendance_list, build_signin_sheet
from tests.conftest import ADMIN
from tests.documents import builders
from tests.documents.builders import flat, pdftotext

TITLE = "Tập huấn kỹ năng tiếp công dân, giải quyết khiếu nại, tố cáo"


@pytest.fixture
def training(office):
    with office.transaction(ADMIN) as s:
        return builders.training(s, builders.committee(s)).uid


def test_signin_sheet_lists_the_whole_roster_with_room_to_sign(office, training, tmp_path):
    with office.reader(ADMIN) as s:
        path = build_signin_sheet(s, training, tmp_path / "ky-ten.pdf")
    body = flat(pdftotext(path))
    for expected in (
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "DANH SÁCH ĐẠI BIỂU",
        TITLE,
        "Thời gian: từ ngày 15/09/2026 đến ngày 16/09/2026",
        "Địa điểm: Trường Chính trị tỉnh Gia Lai",
    ):
        assert expected in body, expected
    layout = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert re.search(r"STT\s+Họ và tên\s+Chức vụ\s+Cơ quan, đơn vị\s+Ký tên", layout)
    assert re.search(r"1\s+Rơ Mah Hlim\s+Sở Tư pháp", layout)
    assert re.search(r"2\s+Đỗ Thị Hương\s+Chuyên viên\s+Công an tỉnh", layout)
    # Those who may not come are on the sheet too, then blank rows for the unannounced.
    assert re.search(r"3\s+Ksor Y Đăm", layout)
    numbers = [int(m) for m in re.findall(r"^\s*(\d+)\s*$", layout, re.MULTILINE)]
    assert numbers == [4, 5, 6]
    assert "Số:" not in body


def test_attendance_list_has_only_those_present_and_is_signed(office, training, tmp_path):
    with office.reader(ADMIN) as s:
        path = build_attendance_list(s, training, tmp_path / "xac-nhan.pdf")
    body = flat(pdftotext(path))
    for expected in (
        "Gia Lai, ngày 16 tháng 9 năm 2026",
        "DANH SÁCH XÁC NHẬN THAM DỰ",
        TITLE,
        "1 Rơ Mah Hlim",
        "2 Đỗ Thị Hương Chuyên viên Công an tỉnh",
        "Danh sách gồm 2 người./.",
        "NGƯỜI LẬP DANH SÁCH",
        "TM. BAN CHỈ ĐẠO",
        builders.HEAD,
    ):
        assert expected in body, expected
    assert "Ksor Y Đăm" not in body
