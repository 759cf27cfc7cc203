"""`hrdesk show KIND UID`: one record with what its details pane shows, in the officer's
language or as JSON, for every kind the window lists."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from hrdesk.cli import main
from hrdesk.demo import build_demo
from hrdesk.profile import Profile
from hrdesk.services import read_models
from hrdesk.signin import create_profile
from tests.conftest import TODAY

USER = PASSWORD = "demo"


@pytest.fixture(scope="module")
def demo_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("show") / "profile"
    desk = create_profile(
        Profile(root), username=USER, password=PASSWORD, full_name="Cán bộ", min_password=4
    )
    build_demo(
        desk.store, size="small", seed=5, as_of=TODAY, handler_officer_id=desk.actor.officer_id
    )
    desk.close(backup=False)
    return root


@pytest.fixture
def home(demo_home, monkeypatch) -> Path:
    monkeypatch.setenv("HRDESK_HOME", str(demo_home))
    monkeypatch.setenv("HRDESK_USER", USER)
    monkeypatch.setenv("HRDESK_PASSPHRASE", PASSWORD)
    return demo_home


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def first(capsys, list_name: str, **wanted: object) -> dict:
    code, out, _ = run(capsys, "list", list_name, "--format", "json")
    assert code == 0
    rows = json.loads(out)
    return next(r for r in rows if all(r.get(k) == v for k, v in wanted.items()))


@pytest.mark.parametrize("kind", read_models.KINDS)
def test_every_kind_shows_as_text_and_as_json(home, capsys, kind):
    row = first(capsys, kind)
    code, text, err = run(capsys, "show", kind, row["uid"])
    assert code == 0, err
    code, out, err = run(capsys, "show", kind, row["uid"], "--format", "json")
    assert code == 0, err
    data = json.loads(out)
    assert data["uid"] == row["uid"]
    # The heading line is the record's own name, as its pane's title.
    title = {"members": "full_name", "agencies": "name", "petitions": "reference"}.get(
        kind, "title"
    )
    assert text.splitlines()[0] == data[title]


def test_a_meeting_shows_its_agenda_attendance_and_conclusions(home, capsys):
    row = first(capsys, "meetings", status="held")
    _, out, _ = run(capsys, "show", "meetings", row["uid"], "--format", "json")
    data = json.loads(out)
    assert data["agenda"] and data["attendance"] and data["conclusions"]
    _, text, _ = run(capsys, "show", "meetings", row["uid"])
    for heading in ("Thành phần tham dự", "Chương trình", "Kết luận"):
        assert heading in text.splitlines()
    assert data["agenda"][0]["title"] in text
    assert data["starts_at"][:10].count("-") == 2  # ISO 8601


def test_a_petitions_timeline_and_deadline_in_the_officers_language(home, capsys):
    row = first(capsys, "petitions", kind="complaint")
    _, out, _ = run(capsys, "show", "petitions", row["uid"], "--format", "json")
    data = json.loads(out)
    assert data["steps"] and data["kind"] == "complaint" and data["status"]
    _, vi, _ = run(capsys, "show", "petitions", row["uid"])
    _, en, _ = run(capsys, "--lang", "en", "show", "petitions", row["uid"])
    assert "Quá trình xử lý" in vi.splitlines() and "Timeline" in en.splitlines()
    assert any(line.startswith("Hạn xử lý: ") for line in vi.splitlines())
    assert any(line.startswith("Loại đơn: Khiếu nại") for line in vi.splitlines())
    assert any(line.startswith("Kind: Complaint") for line in en.splitlines())


def test_a_denouncers_identity_stays_masked(home, capsys):
    row = first(capsys, "petitions", kind="denunciation")
    _, out, _ = run(capsys, "show", "petitions", row["uid"], "--format", "json")
    assert json.loads(out)["people"] is None
    _, text, _ = run(capsys, "show", "petitions", row["uid"])
    assert "•••• — Thông tin người tố cáo được giữ bí mật" in text


def test_a_member_shows_appointments_and_training(home, capsys):
    row = first(capsys, "members")
    _, text, _ = run(capsys, "show", "members", row["uid"])
    lines = text.splitlines()
    assert "Quá trình bổ nhiệm" in lines and "Quá trình tập huấn" in lines


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (("show", "cars", "x"), "Loại hồ sơ không có: 'cars'"),
        (("show", "tasks", "no-such-uid"), "no-such-uid"),
    ],
)
def test_bad_kind_or_uid_gets_one_line_and_exit_2(home, capsys, argv, message):
    code, out, err = run(capsys, *argv)
    assert code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1 and message in err
