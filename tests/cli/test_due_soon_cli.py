"""`hrdesk list petitions --due-soon` keeps the cases the window colours amber and the
dashboard counts: the one rule of the rules data, today by the real calendar."""

from __future__ import annotations

import json
from datetime import date, timedelta

from openpyxl import Workbook

from tests.cli.test_commands import PETITION_HEADERS, home, run  # noqa: F401 (fixture)


def _row(received: date, summary: str, deadline: date) -> list[str]:
    return [
        received.strftime("%d/%m/%Y"),
        "Nguyễn Văn Đức",
        summary,
        "Khiếu nại",
        "Đất đai",
        "Trực tiếp",
        deadline.strftime("%d/%m/%Y"),
    ]


def test_list_due_soon_keeps_the_cases_near_their_deadline(home, tmp_path, capsys):  # noqa: F811
    today = date.today()
    book = Workbook()
    book.active.append(PETITION_HEADERS)
    # Tomorrow is within any number of working days ahead (a weekend or Tết before the
    # next working day counts); 60 days on is not within 5 working days.
    book.active.append(_row(today, "Hạn ngày mai", today + timedelta(days=1)))
    book.active.append(_row(today, "Hạn hai tháng nữa", today + timedelta(days=60)))
    path = tmp_path / "p.xlsx"
    book.save(path)
    assert run(capsys, "import", "petitions", str(path))[0] == 0

    code, out, err = run(capsys, "list", "petitions", "--due-soon", "--format", "json")
    assert (code, err) == (0, "")
    assert [p["summary"] for p in json.loads(out)] == ["Hạn ngày mai"]


def test_a_list_without_deadlines_refuses_due_soon_in_vietnamese(home, capsys):  # noqa: F811
    code, _, err = run(capsys, "list", "tasks", "--due-soon")
    assert code != 0
    assert "hrdesk: Danh sách nhiệm vụ không lọc theo hạn sắp đến" in err
