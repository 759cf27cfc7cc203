"""The periodic report: the officer's text, the figures, and nobody's identity."""

from __future__ import annotations

import re
import subprocess
from datetime import datetime

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from hrdesk.documents.report import build_report_pdf, roman
from hrdesk.documents.report_xlsx import write_report_xlsx
from hrdesk.domain.errors import ValidationError
from hrdesk.services import reports
from tests.conftest import ADMIN
from tests.documents import builders
from tests.documents.builders import flat, pdftotext, pypdf_text
from tests.tools import needs_tool

SECTIONS = [
    {
        "heading": "Tình hình chung",
        "body": "Tình hình an ninh chính trị trên địa bàn tỉnh ổn định.\n"
        "Các cơ quan thành viên thực hiện tốt nhiệm vụ được giao.",
    },
    {"heading": "Kết quả thực hiện nhiệm vụ", "body": "Ban Chỉ đạo đã họp sơ kết 9 tháng."},
    {"heading": "Phương hướng, nhiệm vụ thời gian tới", "body": ""},
]


@pytest.fixture
def profile_with_denunciations(office):
    """Q4 2026: a meeting, a task, and petitions of every kind, two of them denunciations."""
    with office.transaction(ADMIN) as s:
        people = builders.committee(s)
        builders.meeting(s, people)
        names = builders.petitions_with_denunciations(s)
        report = reports.report_for_period(s, "2026-Q4")
        reports.set_sections(s, report.uid, SECTIONS)
    return names


@pytest.fixture
def report_pdf(office, profile_with_denunciations, tmp_path):
    with office.transaction(ADMIN) as s:
        return build_report_pdf(s, "2026-Q4", tmp_path / "bao-cao.pdf")


def _layout(path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_report_has_header_date_line_sections_signature_and_recipients(report_pdf):
    body = flat(pdftotext(report_pdf))
    for expected in (
        "ỦY BAN NHÂN DÂN TỈNH GIA LAI",
        "BAN CHỈ ĐẠO VỀ QUYỀN CON NGƯỜI TỈNH GIA LAI",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Số: 01/BC-BCĐ",
        "Gia Lai, ngày 20 tháng 11 năm 2026",
        "BÁO CÁO",
        "Công tác bảo đảm quyền con người quý IV năm 2026",
        "I. TÌNH HÌNH CHUNG",
        "Các cơ quan thành viên thực hiện tốt nhiệm vụ được giao.",
        "II. KẾT QUẢ THỰC HIỆN NHIỆM VỤ",
        "TM. BAN CHỈ ĐẠO",
        "TRƯỞNG BAN",
        builders.HEAD,
        "Nơi nhận:",
        "- Ban Chỉ đạo Trung ương về quyền con người",
        "- Lưu: VT.",
        "PHỤ LỤC",
        "(Kèm theo Báo cáo số 01/BC-BCĐ ngày 20/11/2026 của Ban Chỉ đạo về quyền con người",
    ):
        assert expected in body, expected
    # A section the officer left empty gets no heading.
    assert "PHƯƠNG HƯỚNG" not in body
    reader = PdfReader(str(report_pdf))
    assert all(round(float(p.mediabox.width)) == 595 for p in reader.pages)


@needs_tool("pdftotext")
def test_report_tables_hold_the_figures_by_kind_and_field(report_pdf):
    rows = _layout(report_pdf)
    # carried over (nothing: all arrived in the quarter), received, resolved, of which on
    # time, overdue and still open
    for pattern in (
        r"1\s+Khiếu nại\s+0\s+1\s+1\s+1\s+0",
        r"2\s+Tố cáo\s+0\s+2\s+0\s+0\s+2",
        r"3\s+Kiến nghị, phản ánh\s+0\s+1\s+0\s+0\s+1",
        r"Tổng cộng\s+0\s+4\s+1\s+1\s+3",
        r"1\s+Đất đai\s+0\s+2\s+1\s+1\s+1",
        r"10\s+Tham nhũng, tiêu cực\s+0\s+1\s+0\s+0\s+1",
        r"Nhiệm vụ quá hạn chưa hoàn thành\s+1",
        r"Số cuộc họp đã tổ chức\s+1",
        r"Số kết luận tại các cuộc họp\s+4",
    ):
        assert re.search(pattern, rows), pattern


def test_no_petitioner_and_no_denouncer_appears_in_the_report(
    office, report_pdf, profile_with_denunciations, tmp_path
):
    xlsx = tmp_path / "bao-cao.xlsx"
    with office.transaction(ADMIN) as s:
        write_report_xlsx(s, "2026-Q4", xlsx)
    texts = [pdftotext(report_pdf), *pypdf_text(report_pdf)]
    book = load_workbook(xlsx)
    texts += [str(c) for ws in book.worksheets for r in ws.iter_rows(values_only=True) for c in r]
    everything = flat(" ".join(texts)).casefold()
    names = profile_with_denunciations["denouncers"] + profile_with_denunciations["complainants"]
    for name in names:
        assert name.casefold() not in everything, name


def test_excel_has_the_same_tables_with_real_dates(office, profile_with_denunciations, tmp_path):
    path = tmp_path / "so-lieu.xlsx"
    with office.transaction(ADMIN) as s:
        write_report_xlsx(s, "2026-Q4", path)
    book = load_workbook(path)
    assert book.sheetnames == [
        "Kỳ báo cáo",
        "Đơn thư theo loại",
        "Đơn thư theo lĩnh vực",
        "Nhiệm vụ",
        "Tập huấn",
        "Cuộc họp",
    ]
    about = book["Kỳ báo cáo"]
    assert about["A5"].value == "Từ ngày"
    assert about["B5"].value == datetime(2026, 10, 1)
    assert about["B5"].number_format == "DD/MM/YYYY"
    assert about["B6"].value == datetime(2026, 12, 31)
    assert about["B7"].value == datetime(2026, 11, 20)
    kinds = book["Đơn thư theo loại"]
    assert kinds.freeze_panes == "A2"
    assert [c.value for c in kinds[1]] == [
        "STT",
        "Loại đơn",
        "Kỳ trước chuyển sang",
        "Tiếp nhận",
        "Đã giải quyết",
        "Trong đó đúng hạn",
        "Quá hạn chưa giải quyết",
    ]
    assert [c.value for c in kinds[3]] == [2, "Tố cáo", 0, 2, 0, 0, 2]
    assert [c.value for c in kinds[5]][1:] == ["Tổng cộng", 0, 4, 1, 1, 3]
    assert kinds["C2"].font.bold is False and kinds["C1"].font.bold is True


@pytest.mark.parametrize(
    ("period", "title"),
    [
        ("2026-H2", "6 tháng cuối năm 2026"),
        ("2026", "năm 2026"),
        ("2026-10-01..2026-11-15", "từ ngày 01/10/2026 đến ngày 15/11/2026"),
    ],
)
def test_any_period_can_be_reported(office, profile_with_denunciations, tmp_path, period, title):
    with office.transaction(ADMIN) as s:
        path = build_report_pdf(s, period, tmp_path / "r.pdf")
    assert f"Công tác bảo đảm quyền con người {title}" in flat(pdftotext(path))


def test_a_report_without_a_head_leaves_the_name_to_be_written(office, tmp_path):
    with office.transaction(ADMIN) as s:
        path = build_report_pdf(s, "2026-Q1", tmp_path / "r.pdf")
    body = flat(pdftotext(path))
    assert "TM. BAN CHỈ ĐẠO TRƯỞNG BAN" in body and "Số: 01/BC-BCĐ" in body


def test_report_excel_needs_an_xlsx_name(office, tmp_path):
    with office.transaction(ADMIN) as s, pytest.raises(ValidationError, match="xlsx"):
        write_report_xlsx(s, "2026-Q4", tmp_path / "r.csv")


def test_roman_numerals_for_section_headings():
    assert [roman(n) for n in (1, 4, 9, 10, 14, 20)] == ["I", "IV", "IX", "X", "XIV", "XX"]
