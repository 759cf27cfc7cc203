"""The Excel template an agency fills in: written by HR Desk, read back, every problem
named by sheet, row and column."""

from __future__ import annotations

from datetime import date

import pytest
from openpyxl import load_workbook

from hrdesk.documents.contribution_template import (
    COUNTS,
    PETITIONS,
    receive_template,
    write_template,
)
from hrdesk.domain.errors import ValidationError
from hrdesk.messages import render
from hrdesk.services import contributions as contrib
from tests.conftest import ADMIN, set_today


@pytest.fixture
def asked(office):
    set_today(office, date(2026, 10, 1))
    with office.transaction(ADMIN) as s:
        views = contrib.request_contributions(s, "2026-Q3", due_on=date(2026, 10, 15))
    return {v.agency_name: v for v in views}


def _fill(path, edits: dict[tuple[str, str], object]) -> None:
    book = load_workbook(path)
    for (sheet, cell), value in edits.items():
        book[sheet][cell] = value
    book.save(path)


def test_a_filled_template_is_read_in_as_the_agency_s_contribution(office, asked, tmp_path):
    justice = asked["Sở Tư pháp"]
    path = tmp_path / "mau-stp.xlsx"
    with office.transaction(ADMIN) as s:
        write_template(s, justice.uid, path)
    _fill(
        path,
        {
            (PETITIONS, "C2"): 2,  # complaints: 2 carried over, 5 received, 6 resolved
            (PETITIONS, "D2"): 5,
            (PETITIONS, "E2"): 6,
            (PETITIONS, "F2"): 5,
            (COUNTS, "C2"): 4,
            (COUNTS, "C3"): 3,
            (COUNTS, "C5"): 2,
            (COUNTS, "C6"): 120,
            ("Nội dung", "A2"): "Tổ chức 2 hội nghị phổ biến pháp luật.",
        },
    )
    with office.transaction(ADMIN) as s:
        done, figures = receive_template(s, justice.uid, path, on=date(2026, 10, 14))
        kept = contrib.contribution_file(s, justice.uid)
    assert figures.petitions["complaint"] == (2, 5, 6, 5, 0)
    assert figures.counts == (4, 3, 0, 2, 120)
    assert (done.state, done.file_name) == (contrib.ON_TIME, "mau-stp.xlsx")
    assert done.summary.startswith("Tiếp nhận 5 đơn thư, giải quyết 6 đơn; hoàn thành 3/4")
    assert done.summary.endswith("Tổ chức 2 hội nghị phổ biến pháp luật.")
    assert kept == ("mau-stp.xlsx", path.read_bytes())


def test_a_broken_template_is_refused_with_every_row_and_column(office, asked, tmp_path):
    justice = asked["Sở Tư pháp"]
    path = tmp_path / "mau-stp.xlsx"
    with office.transaction(ADMIN) as s:
        write_template(s, justice.uid, path)
    _fill(
        path,
        {
            (PETITIONS, "D3"): "năm",  # denunciations received: not a number
            (PETITIONS, "E4"): 3,  # suggestions: 3 resolved of 0
            (COUNTS, "C4"): -1,
        },
    )
    with office.transaction(ADMIN) as s, pytest.raises(ValidationError) as refused:
        receive_template(s, justice.uid, path)
    texts = [render(p.code, p.params, "vi") for p in refused.value.problems]
    assert texts == [
        "Trang 'Đơn thư', dòng 3, cột D (Tiếp nhận): 'năm' không phải là số lượng "
        "(số nguyên từ 0 trở lên)",
        "Trang 'Đơn thư', dòng 4: số đã giải quyết (3) không được lớn hơn kỳ trước chuyển "
        "sang cộng tiếp nhận (0), số đúng hạn (0) không được lớn hơn số đã giải quyết",
        "Trang 'Nhiệm vụ, tập huấn', dòng 4, cột C (Nhiệm vụ quá hạn chưa hoàn thành): '-1' "
        "không phải là số lượng (số nguyên từ 0 trở lên)",
    ]
    with office.transaction(ADMIN) as s:  # nothing was recorded
        [view] = [v for v in contrib.contributions_for_period(s, "2026-Q3") if v.uid == justice.uid]
    assert view.status == contrib.REQUESTED and view.file_name is None


def test_another_agency_s_template_is_refused(office, asked, tmp_path):
    path = tmp_path / "mau-ca.xlsx"
    with office.transaction(ADMIN) as s:
        write_template(s, asked["Công an tỉnh"].uid, path)
        with pytest.raises(ValidationError) as refused:
            receive_template(s, asked["Sở Tư pháp"].uid, path)
    assert refused.value.problems[0].code == "contribution.other_agency"
