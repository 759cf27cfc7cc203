"""`hrdesk report --draft` says which sections the officer wrote over figures that have
changed since, and what changed, and keeps their text."""

from __future__ import annotations

from datetime import date

from hrdesk.cli import main
from hrdesk.profile import Profile
from hrdesk.services import reports
from hrdesk.signin import sign_in
from tests.documents.test_cli_documents import PASSWORD, home, records  # noqa: F401
from tests.factories import petition

TYPED = "Trong quý, các cơ quan đã tiếp nhận 1 đơn thư. Tình hình ổn định."


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _write(home, work) -> None:  # noqa: F811
    with sign_in(Profile(home), None, PASSWORD) as desk, desk.store.transaction(desk.actor) as s:
        work(s)


def test_report_draft_names_the_sections_whose_figures_changed(records, home, tmp_path, capsys):  # noqa: F811
    pdf = tmp_path / "bao-cao.pdf"
    _write(home, lambda s: petition(s, received_on=date(2026, 8, 3)))
    assert run(capsys, "report", "--period", "2026-Q3", "--draft", "--out", str(pdf))[0] == 0

    def type_overview(s) -> None:
        report = reports.report_for_period(s, "2026-Q3")
        sections = [{"heading": x.heading, "body": x.body} for x in report.sections]
        sections[0]["body"] = TYPED
        reports.set_sections(s, report.uid, sections)

    _write(home, type_overview)
    code, _, err = run(capsys, "report", "--period", "2026-Q3", "--draft", "--out", str(pdf))
    assert code == 0 and "Số liệu đã thay đổi" not in err  # nothing changed yet
    _write(home, lambda s: petition(s, received_on=date(2026, 9, 4)))
    code, _, err = run(capsys, "report", "--period", "2026-Q3", "--draft", "--out", str(pdf))
    assert code == 0, err
    lines = err.splitlines()
    at = lines.index(
        "Số liệu đã thay đổi từ lần soạn trước (thêm --replace-edited để soạn lại): Tình hình chung"
    )
    assert lines[at + 1] == "  Tình hình chung"
    assert lines[at + 2] == "    Trước: đã tiếp nhận 1 đơn thư và — nay: đã tiếp nhận 2 đơn thư và"
    _, _, en = run(
        capsys, "--lang", "en", "report", "--period", "2026-Q3", "--draft", "--out", str(pdf)
    )
    assert "The figures have changed since the last draft" in en
    with sign_in(Profile(home), None, PASSWORD) as desk, desk.store.reader(desk.actor) as s:
        assert reports.report_for_period(s, "2026-Q3").sections[0].body == TYPED
    code, _, err = run(
        capsys, "report", "--period", "2026-Q3", "--draft", "--replace-edited", "--out", str(pdf)
    )
    assert code == 0 and "Số liệu đã thay đổi" not in err
