"""A viewer's account is refused every write on the command line, command by command, as in
the window: exit 2, a one-line reason naming the account and its role, and nothing
changed (the audit log has not one entry more)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from hrdesk.cli import main

ADMIN = {"HRDESK_USER": "admin", "HRDESK_PASSPHRASE": "mật khẩu quản trị"}
VIEWER = {"HRDESK_USER": "lan", "HRDESK_PASSPHRASE": "mật khẩu chỉ xem"}


def run(monkeypatch, capsys, who: dict[str, str], *argv: str) -> tuple[int, str, str]:
    for name, value in who.items():
        monkeypatch.setenv(name, value)
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def office(tmp_path_factory) -> tuple[Path, dict[str, str], Path]:
    """A profile with a viewer, and one record of each kind made by the administrator."""
    mp = pytest.MonkeyPatch()
    root = tmp_path_factory.mktemp("viewer")
    home = root / "home"
    mp.setenv("HRDESK_HOME", str(home))
    mp.setenv("HRDESK_KEY_PASSPHRASE", "cụm mật khẩu của khóa")
    mp.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    for name, value in ADMIN.items():
        mp.setenv(name, value)
    assert main(["init", "--province", "Gia Lai", "--office", "Ban Chỉ đạo tỉnh Gia Lai"]) == 0
    mp.setenv("HRDESK_NEW_PASSPHRASE", VIEWER["HRDESK_PASSPHRASE"])
    assert main(["account", "add", "lan", "--role", "viewer"]) == 0
    mp.delenv("HRDESK_NEW_PASSPHRASE")
    uids: dict[str, str] = {}

    def made(*argv: str) -> str:
        import contextlib
        import io

        buffer = io.StringIO()
        with contextlib.redirect_stdout(buffer):
            assert main([*argv, "--format", "json"]) == 0
        return json.loads(buffer.getvalue())[0]["uid"]

    uids["agencies"] = made("add", "agencies", "--name", "Sở Tư pháp", "--kind", "department")
    uids["members"] = made("add", "members", "--full-name", "Nguyễn Văn An", "--role", "member")
    uids["tasks"] = made("add", "tasks", "--title", "Rà soát kế hoạch")
    uids["petitions"] = made(
        "add", "petitions", "--received-on", "2026-11-02", "--channel", "direct",
        "--field", "land", "--kind", "complaint", "--summary", "Khiếu nại đất đai",
        "--full-name", "Phạm Văn Bình",
    )  # fmt: skip
    uids["trainings"] = made(
        "add", "trainings", "--title", "Tập huấn", "--starts-on", "2026-11-10",
        "--ends-on", "2026-11-11",
    )  # fmt: skip
    uids["meetings"] = made("add", "meetings", "--title", "Họp", "--starts-at", "2026-11-03 08:00")
    uids["conclusion"] = made("meeting", "conclude", uids["meetings"], "Giao Sở Tư pháp")
    sheet = root / "agencies.csv"
    sheet.write_text("Tên cơ quan,Loại cơ quan\nCông an tỉnh,police\n", encoding="utf-8")
    yield home, uids, root
    mp.undo()


def _audit_count(monkeypatch, capsys) -> int:
    code, out, _ = run(monkeypatch, capsys, ADMIN, "audit", "--format", "json")
    assert code == 0
    return len(json.loads(out))


def _writes(uids: dict[str, str], root: Path) -> list[list[str]]:
    p, m, t = uids["petitions"], uids["meetings"], uids["trainings"]
    steps = [
        ["petition", "step", p, "classify", "--complex", "yes"],
        ["petition", "step", p, "accept"],
        ["petition", "step", p, "return", "--guidance", "Gửi đến Tòa án"],
        ["petition", "step", p, "transfer", "--to", "Sở Tài nguyên và Môi trường"],
        ["petition", "step", p, "note", "--note", "Đã gọi điện"],
    ]
    records = [["add", kind, "--title", "x"] for kind in uids if kind in ("tasks", "meetings")]
    records += [["edit", kind, uids[kind], "--phone", "0269"] for kind in ("agencies",)]
    records += [["archive", kind, uids[kind]] for kind in
                ("agencies", "members", "tasks", "petitions", "trainings", "meetings")]  # fmt: skip
    return [
        ["account", "add", "khach", "--role", "viewer"],
        ["account", "disable", "admin"],
        ["account", "role", "admin", "viewer"],
        ["account", "password", "admin"],
        ["add", "agencies", "--name", "Công an tỉnh", "--kind", "police"],
        *records,
        *steps,
        ["meeting", "attendance", m, "--guest", "Khách"],
        ["meeting", "agenda", m, "--item", "Sơ kết"],
        ["meeting", "conclude", m, "Kết luận"],
        ["meeting", "task", uids["conclusion"]],
        ["training", "attendance", t, "--guest", "Khách"],
        ["training", "topics", t, "--topic", "Luật"],
        ["holidays", "add", "2026-12-31", "Nghỉ bù"],
        ["holidays", "remove", "2027-02-05", "--announcement", "CV 1"],
        ["holidays", "replace", "2027-02-05", "--new-day", "2027-02-12", "--announcement", "CV"],
        ["import", "agencies", str(root / "agencies.csv")],
        ["package", "export", "--period", "2026", "--to", str(root)],
        ["backup"],
        ["rules", "on", "nd155-2026"],
        ["key", "replace", "--yes"],
    ]


def test_a_viewer_is_refused_every_write_with_exit_2_and_a_reason(office, monkeypatch, capsys):
    home, uids, root = office
    monkeypatch.setenv("HRDESK_HOME", str(home))
    monkeypatch.setenv("HRDESK_NEW_PASSPHRASE", "mật khẩu mới đủ dài")
    before = _audit_count(monkeypatch, capsys)
    for argv in _writes(uids, root):
        code, out, err = run(monkeypatch, capsys, VIEWER, *argv)
        assert code == 2, (argv, out, err)
        lines = err.strip().splitlines()
        assert len(lines) == 1 and "lan" in lines[0] and "chỉ xem" in lines[0], (argv, err)
    assert _audit_count(monkeypatch, capsys) == before


def test_a_viewer_still_reads(office, monkeypatch, capsys):
    home, uids, _root = office
    monkeypatch.setenv("HRDESK_HOME", str(home))
    p = uids["petitions"]
    for argv in (
        ["petition", "actions", p],
        ["history", "petitions", p],
        ["audit", "--officer", "admin"],
        ["holidays"],
        ["account", "list"],
    ):
        code, _out, err = run(monkeypatch, capsys, VIEWER, *argv)
        assert code == 0, (argv, err)
    # A viewer may not see who filed a petition, as in the window.
    code, _out, err = run(monkeypatch, capsys, VIEWER, "petition", "people", p)
    assert code == 2 and "thông tin cá nhân" in err
