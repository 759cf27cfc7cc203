"""`hrdesk show agencies UID` gives the agency's contributions over past periods, as its
details pane does: the tally, one line a period (newest first), and the same as JSON."""

from __future__ import annotations

import json

from hrdesk.cli import main
from hrdesk.profile import Profile
from hrdesk.signin import sign_in
from tests.documents.test_cli_documents import PASSWORD, home, records  # noqa: F401
from tests.services.test_agency_record import fill_record


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _police(capsys) -> str:
    code, out, _ = run(capsys, "list", "agencies", "--format", "json")
    assert code == 0
    return next(r["uid"] for r in json.loads(out) if r["name"] == "Công an tỉnh")


def test_show_gives_an_agencys_record_over_past_periods(records, home, capsys):  # noqa: F811
    uid = _police(capsys)
    with sign_in(Profile(home), None, PASSWORD) as desk, desk.store.transaction(desk.actor) as s:
        fill_record(s, uid)
    code, text, err = run(capsys, "show", "agencies", uid)
    assert code == 0, err
    lines = text.splitlines()
    at = lines.index("Đóng góp báo cáo qua các kỳ")
    assert lines[at + 1 : at + 7] == [
        "  Trong 5 kỳ: 1 đúng hạn, 2 chậm, 1 chưa gửi, 1 được miễn",
        "  Kỳ 2026-Q3: hạn gửi 15/10/2026 — Được miễn",
        "  Kỳ 2026-Q2: hạn gửi 15/07/2026 — Chưa gửi",
        "  Kỳ 2026-Q1: hạn gửi 15/04/2026, nhận ngày 20/04/2026 — Chậm 5 ngày",
        "  Kỳ 2025-Q4: hạn gửi 15/01/2026, nhận ngày 10/01/2026 — Đúng hạn",
        "  Kỳ 2025-Q3: hạn gửi 15/10/2025, nhận ngày 27/10/2025 — Chậm 12 ngày",
    ]
    code, en, _ = run(capsys, "--lang", "en", "show", "agencies", uid)
    assert "  Period 2026-Q1: requested by 15/04/2026, received on 20/04/2026 — Late by 5 days" in (
        en.splitlines()
    )
    code, out, err = run(capsys, "show", "agencies", uid, "--format", "json")
    assert code == 0, err
    data = json.loads(out)
    assert data["contribution_tally"] == {
        "periods": 5, "on_time": 1, "late": 2, "missing": 1, "excused": 1, "waiting": 0,
    }  # fmt: skip
    first, second, third = data["contributions"][:3]
    assert first == {
        "period_label": "2026-Q3", "due_on": "2026-10-15", "received_on": None,
        "state": "excused", "days_late": 0,
    }  # fmt: skip
    assert (second["state"], second["days_late"] > 100) == ("missing", True)
    assert (third["received_on"], third["state"], third["days_late"]) == ("2026-04-20", "late", 5)


def test_an_agency_never_asked_says_so(records, capsys):  # noqa: F811
    uid = _police(capsys)
    code, text, _ = run(capsys, "show", "agencies", uid)
    lines = text.splitlines()
    assert code == 0 and lines[lines.index("Đóng góp báo cáo qua các kỳ") + 1] == "  Chưa có"
