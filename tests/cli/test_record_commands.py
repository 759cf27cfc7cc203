"""Records one at a time, accounts, the petition's steps, history, audit and holidays on the
command line: the forms' validation and names, the window's rules, the officer's language."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from hrdesk.cli import main

PASSWORD = "mật khẩu đủ dài"


@pytest.fixture
def home(tmp_path, monkeypatch) -> Path:
    home = tmp_path / "home"
    monkeypatch.setenv("HRDESK_HOME", str(home))
    monkeypatch.setenv("HRDESK_PASSPHRASE", PASSWORD)
    monkeypatch.setenv("HRDESK_USER", "admin")
    assert main(["init", "--province", "gia lai", "--office", "Ban Chỉ đạo"]) == 0
    return home


def run(capsys, *argv: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _json(capsys, *argv: str) -> list[dict]:
    code, out, err = run(capsys, *argv, "--format", "json")
    assert code == 0, err
    return json.loads(out)


def _day(days_ago: int) -> str:
    return (date.today() - timedelta(days=days_ago)).isoformat()


def test_add_names_every_problem_at_once_in_vietnamese_or_english(home, capsys):
    code, out, err = run(
        capsys, "add", "tasks", "--title", " ", "--due-on", "31/02/2026", "--colour", "đỏ"
    )
    assert code == 2 and out == ""
    lines = err.splitlines()
    assert lines[0] == "hrdesk: Có 3 chỗ chưa đúng:"
    assert any("colour" in line and "due_on" in line for line in lines[1:])  # known names
    assert len(lines) == 4
    code, _out, err = run(capsys, "--lang", "en", "add", "tasks", "--title", " ")
    assert code == 2 and "required" in err


def test_a_listed_record_comes_back_through_add_from_and_edit_changes_it(home, tmp_path, capsys):
    assert run(capsys, "add", "agencies", "--name", "Sở Tư pháp", "--kind", "Sở, ngành")[0] == 0
    listed = _json(capsys, "list", "agencies")
    record = {**listed[0], "name": "Công an tỉnh", "short_name": "CA"}
    source = tmp_path / "agency.json"
    source.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    # A uid given is kept (a record carried over from another profile), so not twice.
    code, _out, err = run(capsys, "add", "agencies", "--from", str(source), "--kind", "police")
    assert code == 2 and listed[0]["uid"] in err
    del record["uid"]
    source.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    code, out, err = run(capsys, "add", "agencies", "--from", str(source), "--kind", "police")
    assert code == 0, err
    uid = out.strip()
    assert uid != listed[0]["uid"]
    code, out, err = run(capsys, "edit", "agencies", uid, "--phone=0269 382 2222")
    assert code == 0 and out.strip() == f"Đã cập nhật {uid}"
    kinds = {a["name"]: a["kind"] for a in _json(capsys, "list", "agencies")}
    assert kinds == {"Sở Tư pháp": "department", "Công an tỉnh": "police"}
    code, out, _ = run(capsys, "archive", "agencies", uid)
    assert code == 0 and [a["name"] for a in _json(capsys, "list", "agencies")] == ["Sở Tư pháp"]
    history = _json(capsys, "history", "agencies", uid)
    assert [h["action"] for h in history if h["field"] in (None, "phone", "archived_at")][-2:] == [
        "update",
        "archive",
    ]
    assert all(h["actor"] == "admin" for h in history)


def test_a_petitions_classification_is_a_step_not_an_edit(home, capsys):
    code, out, err = run(
        capsys, "add", "petitions", "--received-on", _day(3), "--channel", "direct",
        "--field", "land", "--kind", "complaint", "--summary", "Khiếu nại",
        "--full-name", "Phạm Văn Bình",
    )  # fmt: skip
    assert code == 0, err
    uid = out.strip()
    code, _out, err = run(capsys, "edit", "petitions", uid, "--kind", "denunciation")
    assert code == 2 and "petition step UID classify" in err
    code, _out, err = run(capsys, "petition", "step", uid, "accept", "--days", "3")
    assert code == 2 and "--days" in err and "Thụ lý" in err
    code, _out, err = run(capsys, "petition", "step", uid, "decide", "--outcome", "upheld")
    assert code == 2 and "Giải quyết" in err  # not offered at reception
    code, _out, err = run(capsys, "petition", "step", uid, "return")
    assert code == 2 and "hướng dẫn" in err.lower()
    steps = _json(capsys, "petition", "step", uid, "accept", "--date", _day(1))
    assert steps[0]["status"] == "accepted" and steps[0]["kind"] == "accepted"
    offered = [a["action"] for a in _json(capsys, "petition", "actions", uid)]
    assert "decide" in offered and "accept" not in offered


def test_a_denouncers_identity_needs_reveal_and_the_opening_is_in_the_audit(home, capsys):
    code, out, err = run(
        capsys, "add", "petitions", "--received-on", _day(2), "--channel", "direct",
        "--field", "land", "--kind", "denunciation", "--summary", "Tố cáo cán bộ xã",
        "--full-name", "Người Tố Cáo",
    )  # fmt: skip
    assert code == 0, err
    uid = out.strip()
    code, out, err = run(capsys, "petition", "people", uid)
    assert code == 2 and "Người Tố Cáo" not in out + err and "--reveal" in err
    people = _json(capsys, "petition", "people", uid, "--reveal")
    assert people[0]["full_name"] == "Người Tố Cáo"
    reveals = [e for e in _json(capsys, "audit", "--officer", "admin") if e["action"] == "reveal"]
    assert len(reveals) == 1 and reveals[0]["record_uid"] == uid
    # The history never shows the identity itself.
    code, out, _ = run(capsys, "history", "petitions", uid)
    assert "Người Tố Cáo" not in out and "(ẩn)" in out


def test_accounts_disable_and_password(home, capsys, monkeypatch):
    monkeypatch.setenv("HRDESK_NEW_PASSPHRASE", "mật khẩu cán bộ")
    code, out, _ = run(capsys, "account", "add", "minh", "--role", "officer", "--full-name", "Minh")
    assert code == 0 and out.strip() == "Đã thêm tài khoản minh (Cán bộ)"
    code, _out, err = run(capsys, "account", "add", "minh", "--role", "officer")
    assert code == 2 and "minh" in err
    monkeypatch.setenv("HRDESK_NEW_PASSPHRASE", "mật khẩu mới của minh")
    assert run(capsys, "account", "password", "minh")[0] == 0
    monkeypatch.setenv("HRDESK_USER", "minh")
    monkeypatch.setenv("HRDESK_PASSPHRASE", "mật khẩu mới của minh")
    assert run(capsys, "account", "list")[0] == 0
    monkeypatch.setenv("HRDESK_USER", "admin")
    monkeypatch.setenv("HRDESK_PASSPHRASE", PASSWORD)
    code, _out, err = run(capsys, "account", "disable", "admin")
    assert code == 2 and err.count("\n") == 1  # not oneself
    assert run(capsys, "account", "disable", "minh")[0] == 0
    accounts = {a["username"]: a["active"] for a in _json(capsys, "account", "list")}
    assert accounts == {"admin": True, "minh": False}
    monkeypatch.setenv("HRDESK_USER", "minh")
    monkeypatch.setenv("HRDESK_PASSPHRASE", "mật khẩu mới của minh")
    assert run(capsys, "account", "list")[0] == 2  # its password opens nothing any more


def test_holidays_and_the_audit_since_a_day(home, capsys):
    code, out, _ = run(capsys, "holidays", "add", "31/12/2026", "Nghỉ bù", "--source", "CV 1")
    assert code == 0 and out.strip() == "Đã thêm ngày 31/12/2026"
    assert run(capsys, "holidays", "add", "2026-12-31", "Lần nữa")[0] == 2
    assert _json(capsys, "holidays") == [
        {"day": "2026-12-31", "name": "Nghỉ bù", "working": False, "source": "CV 1"}
    ]
    tomorrow = (date.today() + timedelta(days=2)).isoformat()
    assert _json(capsys, "audit", "--since", tomorrow) == []
    assert any(e["table"] == "office_holidays" for e in _json(capsys, "audit", "--since", _day(1)))
    code, _out, err = run(capsys, "audit", "--officer", "nobody")
    assert code == 2 and "nobody" in err


def test_add_help_lists_the_forms_fields_as_options(capsys):
    assert main(["--lang", "en", "add", "members", "--help", "--format", "json"]) == 0
    options = {row["option"]: row for row in json.loads(capsys.readouterr().out)}
    assert options["--full-name"]["label"] == "Full name" and options["--full-name"]["required"]
    assert "--appointment" in options
    assert main(["edit", "petitions", "UID", "--help", "--format", "json"]) == 0
    options = {row["option"] for row in json.loads(capsys.readouterr().out)}
    assert "--summary" in options and "--kind" not in options  # classified by a step
    # The people the petition names are options too, repeated in order for each.
    assert {"--full-name", "--address", "--id-number", "--phone"} <= options
    assert main(["--lang", "en", "add", "petitions", "--help", "--format", "json"]) == 0
    rows = {row["option"]: row for row in json.loads(capsys.readouterr().out)}
    assert rows["--representative"]["label"] == "Representative"


def _received(capsys, kind: str, days_ago: int = 12) -> str:
    code, out, err = run(
        capsys, "add", "petitions", "--received-on", _day(days_ago), "--channel", "direct",
        "--field", "land", "--kind", kind, "--summary", f"Đơn {kind}",
        "--full-name", "Phạm Văn Bình",
    )  # fmt: skip
    assert code == 0, err
    return out.strip()


def _steps(capsys, uid: str, *steps: list[str]) -> list[str]:
    """Run each step; the timeline's kinds, in order."""
    kinds = []
    for step in steps:
        done = _json(capsys, "petition", "step", uid, *step)
        kinds.append(done[0]["kind"])
    return kinds


def test_every_step_the_window_offers_runs_with_its_own_options(home, capsys):
    denunciation = _received(capsys, "denunciation")
    assert _steps(
        capsys,
        denunciation,
        ["classify", "--complex", "yes", "--date", _day(11)],
        ["accept", "--date", _day(10)],
        ["extend", "--days", "10", "--date", _day(9), "--note", "QĐ gia hạn"],
        ["verify", "--note", "Đã xác minh tại xã", "--date", _day(8)],
        ["decide", "--outcome", "partly", "--date", _day(7)],
        ["close", "--date", _day(6)],
    ) == ["classified", "accepted", "extended", "verified", "decided", "closed"]
    complaint = _received(capsys, "complaint")
    assert _steps(
        capsys,
        complaint,
        ["accept", "--date", _day(10)],
        ["withdraw_part", "--note", "Rút yêu cầu bồi thường", "--date", _day(9)],
        ["dialogue_skipped", "--date", _day(8)],
        ["terminate", "--note", "Người khiếu nại rút toàn bộ", "--date", _day(7)],
    ) == ["accepted", "partly_withdrawn", "dialogue_skipped", "terminated"]
    moved = _received(capsys, "recommendation")
    assert _steps(capsys, moved, ["transfer", "--to", "Sở Tài chính"]) == ["transferred"]
    returned = _received(capsys, "complaint")
    guidance = ["return", "--guidance", "Gửi đơn đến Tòa án nhân dân tỉnh"]
    assert _steps(capsys, returned, guidance, ["note", "--note", "Đã gửi"]) == [
        "returned",
        "note",
    ]
