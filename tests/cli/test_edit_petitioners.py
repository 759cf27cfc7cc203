"""`hrdesk edit petitions UID` changes the petitioners as the window's edit form does: the
people given replace the petition's, each checked as the form checks them (every problem
at once), a denouncer's only when opened on purpose by who may see them, and every change
in the audit log."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

# The same fresh profile and runners as the other record commands.
from tests.cli.test_record_commands import PASSWORD, _json, home, run  # noqa: F401

pytestmark = pytest.mark.usefixtures("home")  # a fresh profile for each test


def _received(capsys, kind: str, name: str) -> str:
    day = (date.today() - timedelta(days=2)).isoformat()
    code, out, err = run(
        capsys, "add", "petitions", "--received-on", day, "--channel", "direct",
        "--field", "land", "--kind", kind, "--summary", "Vụ việc đất đai", "--full-name", name,
    )  # fmt: skip
    assert code == 0, err
    return out.strip()


def _people(capsys, uid: str, *reveal: str) -> list[tuple[str, str]]:
    return [
        (p["full_name"], p["address"]) for p in _json(capsys, "petition", "people", uid, *reveal)
    ]


def test_the_people_given_replace_the_petitions_and_are_audited(capsys):
    uid = _received(capsys, "complaint", "Phạm Văn Bình")
    code, out, err = run(
        capsys, "--lang", "en", "edit", "petitions", uid,
        "--full-name", "Trần Thị Hoa", "--address", "Thôn 3, xã Ia Grai",
        "--full-name", "Lê Văn Nam", "--address", "Thôn 4, xã Ia Grai",
        "--summary", "Vụ việc đất đai (bổ sung)",
    )  # fmt: skip
    assert code == 0, err
    assert out.strip() == f"Changed {uid}"
    assert _people(capsys, uid) == [
        ("Trần Thị Hoa", "Thôn 3, xã Ia Grai"),
        ("Lê Văn Nam", "Thôn 4, xã Ia Grai"),
    ]
    entries = {
        (e["seq"], e["record_uid"], e["action"])  # one row of the log's output per field
        for e in _json(capsys, "audit", "--officer", "admin")
        if e["table"] == "petitioners"
    }
    actions = [action for _seq, _uid, action in entries]
    assert actions.count("create") == 3 and actions.count("delete") == 1  # 1 at intake
    # The history names the change but never the people themselves.
    code, out, _ = run(capsys, "history", "petitions", uid)
    assert code == 0 and "Trần Thị Hoa" not in out


def test_every_problem_of_the_people_is_named_at_once_and_nothing_changes(capsys):
    uid = _received(capsys, "complaint", "Phạm Văn Bình")
    code, out, err = run(
        capsys, "--lang", "en", "edit", "petitions", uid,
        "--full-name", "Trần Thị Hoa", "--id-number", "1" * 21,
        "--full-name", "", "--address", "Thôn 4",
        "--channel", "pigeon",
    )  # fmt: skip
    assert code == 2 and out == ""
    lines = err.splitlines()
    assert len(lines) == 4, err  # the heading and three problems
    assert "  ID document is longer than 20 characters" in lines
    assert "  Full name is required" in lines
    assert any("'pigeon'" in line for line in lines)
    assert _people(capsys, uid) == [("Phạm Văn Bình", "")]


def test_a_denouncer_is_changed_only_when_opened_on_purpose(capsys):
    uid = _received(capsys, "denunciation", "Người Tố Cáo")
    code, out, err = run(capsys, "edit", "petitions", uid, "--full-name", "Người Khác")
    assert code == 2 and "--reveal" in err and "Người Tố Cáo" not in out + err
    assert _people(capsys, uid, "--reveal") == [("Người Tố Cáo", "")]
    reveals_before = len(
        [e for e in _json(capsys, "audit", "--officer", "admin") if e["action"] == "reveal"]
    )
    code, _out, err = run(capsys, "edit", "petitions", uid, "--full-name", "Người Khác", "--reveal")
    assert code == 0, err
    entries = _json(capsys, "audit", "--officer", "admin")
    assert len([e for e in entries if e["action"] == "reveal"]) == reveals_before + 1
    assert _people(capsys, uid, "--reveal") == [("Người Khác", "")]


def test_an_officer_who_may_not_see_a_denouncer_cannot_change_them(capsys, monkeypatch):
    uid = _received(capsys, "denunciation", "Người Tố Cáo")
    monkeypatch.setenv("HRDESK_NEW_PASSPHRASE", "mật khẩu cán bộ")
    assert run(capsys, "account", "add", "minh", "--role", "officer")[0] == 0
    monkeypatch.setenv("HRDESK_USER", "minh")
    monkeypatch.setenv("HRDESK_PASSPHRASE", "mật khẩu cán bộ")
    code, out, err = run(capsys, "edit", "petitions", uid, "--full-name", "Người Khác", "--reveal")
    assert code == 2 and "Người Tố Cáo" not in out + err
    monkeypatch.setenv("HRDESK_USER", "admin")
    monkeypatch.setenv("HRDESK_PASSPHRASE", PASSWORD)
    assert _people(capsys, uid, "--reveal") == [("Người Tố Cáo", "")]
