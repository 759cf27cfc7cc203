"""`hrdesk contributions`: ask, template, receive, list, remind, on a real profile."""

from __future__ import annotations

from datetime import date, timedelta

from openpyxl import load_workbook

from hrdesk.cli import main
from hrdesk.profile import Profile
from hrdesk.services import contributions as contrib
from hrdesk.signin import sign_in
from tests.documents.builders import flat, pdftotext
from tests.documents.test_cli_documents import PASSWORD, home, records  # noqa: F401


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_request_template_and_receive_from_the_command_line(records, tmp_path, capsys):  # noqa: F811
    due = (date.today() + timedelta(days=20)).strftime("%d/%m/%Y")
    letter = tmp_path / "de-nghi.pdf"
    code, out, err = run(
        capsys, "contributions", "request", "--period", "2026-Q4", "--due", due,
        "--letter", str(letter),
    )  # fmt: skip
    assert code == 0, err
    assert "V/v đề nghị báo cáo kết quả công tác bảo đảm quyền con người quý IV" in flat(
        pdftotext(letter)
    )
    lines = out.splitlines()[2:-1]
    uid = next(line.split()[0] for line in lines if "Sở Tư pháp" in line)
    template = tmp_path / "mau.xlsx"
    assert run(capsys, "contributions", "template", uid, "--out", str(template))[0] == 0
    book = load_workbook(template)
    book["Đơn thư"]["D2"] = "hai"
    book.save(template)
    code, out, err = run(capsys, "contributions", "received", uid, "--file", str(template))
    assert code == 2
    assert "Trang 'Đơn thư', dòng 2, cột D (Tiếp nhận): 'hai' không phải là số lượng" in err
    book["Đơn thư"]["D2"] = 2
    book.save(template)
    code, out, err = run(capsys, "contributions", "received", uid, "--file", str(template))
    assert code == 0, err
    assert "on_time" in out and "mau.xlsx" in out
    code, out, _ = run(capsys, "contributions", "list", "--period", "2026-Q4")
    assert code == 0 and "Công an tỉnh" in out and "waiting" in out


def test_remind_writes_one_letter_to_every_late_agency(records, tmp_path, capsys, home):  # noqa: F811
    with sign_in(Profile(home), None, PASSWORD) as desk, desk.store.transaction(desk.actor) as s:
        contrib.request_contributions(s, "2026-Q3", due_on=date(2026, 10, 15), on=date(2026, 10, 1))
    out_pdf = tmp_path / "don-doc.pdf"
    code, out, err = run(
        capsys, "contributions", "remind", "--period", "2026-Q3", "--out", str(out_pdf)
    )
    assert code == 0, err
    text = flat(pdftotext(out_pdf))
    assert "V/v đôn đốc gửi báo cáo" in text
    assert "- Công an tỉnh (hạn 15/10/2026, chậm" in text and "- Sở Tư pháp (hạn" in text
    code, out, _ = run(capsys, "contributions", "list", "--period", "2026-Q3", "--late")
    assert code == 0 and out.count("missing") == 2
