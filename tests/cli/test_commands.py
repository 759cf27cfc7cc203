"""The command line on a real profile: what scripts rely on, and a one-line reason for bad input."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest
from openpyxl import Workbook

from hrdesk.cli import main

OFFICE = "Ban Chỉ đạo về quyền con người tỉnh Gia Lai"


@pytest.fixture
def home(tmp_path, monkeypatch) -> Path:
    home = tmp_path / "home"
    monkeypatch.setenv("HRDESK_HOME", str(home))
    monkeypatch.setenv("HRDESK_PASSPHRASE", "mật khẩu đủ dài")
    monkeypatch.delenv("HRDESK_USER", raising=False)
    assert main(["init", "--province", "gia lai", "--office", OFFICE]) == 0
    return home


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _xlsx(path: Path, headers: list[str], rows: list[list]) -> Path:
    book = Workbook()
    book.active.append(headers)
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


PETITION_HEADERS = [
    "Ngày nhận",
    "Họ và tên",
    "Nội dung vụ việc",
    "Loại đơn",
    "Lĩnh vực",
    "Hình thức nhận",
    "Hạn xử lý",
]


def test_init_names_the_parent_body_from_the_province(home, capsys):
    code, out, _ = run(capsys, "list", "agencies", "--format", "json")
    assert code == 0 and json.loads(out) == []
    from hrdesk.profile import Profile
    from hrdesk.services.office import get_office
    from hrdesk.signin import sign_in

    with sign_in(Profile(home), None, "mật khẩu đủ dài") as desk:
        assert desk.actor.username == "admin"
        with desk.store.reader(desk.actor) as s:
            assert get_office(s).parent_body == "ỦY BAN NHÂN DÂN TỈNH GIA LAI"


def test_import_list_search_and_export(home, tmp_path, capsys):
    # The command line judges "overdue" by the real today: one petition from yesterday.
    yesterday = (date.today() - timedelta(days=1)).strftime("%d/%m/%Y")
    path = _xlsx(
        tmp_path / "p.xlsx",
        PETITION_HEADERS,
        [
            [
                yesterday,
                "Nguyễn Văn Đức",
                "Khiếu nại bồi thường đất",
                "Khiếu nại",
                "Đất đai",
                "Trực tiếp",
                "",
            ],
            [
                "01/06/2025",
                "Trần Thị Hoà",
                "Kiến nghị chế độ người có công",
                "Kiến nghị",
                "Chính sách xã hội",
                "Bưu chính",
                "",
            ],
        ],
    )
    code, out, err = run(capsys, "import", "petitions", str(path))
    assert (code, err) == (0, "")
    assert "2 bản ghi mới, 0 bản ghi cập nhật" in out

    code, out, _ = run(capsys, "search", "nguyen van duc")
    kind, _uid, title = out.strip().split("\t")
    assert (kind, title) == ("petitions", "Khiếu nại bồi thường đất")

    code, out, _ = run(capsys, "list", "petitions", "--overdue", "--format", "json")
    overdue = json.loads(out)
    assert [p["summary"] for p in overdue] == ["Kiến nghị chế độ người có công"]
    assert overdue[0]["received_on"] == "2025-06-01" and "deadline" in overdue[0]

    code, out, _ = run(capsys, "list", "petitions")
    assert "Khiếu nại bồi thường đất" in out and yesterday in out

    code, _, err = run(capsys, "export", "petitions", "--out", str(tmp_path / "out.csv"))
    assert code == 0 and (tmp_path / "out.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    assert err.startswith("Đã xuất 2 petitions ra ")
    out_csv = str(tmp_path / "out.csv")
    code, _, err = run(capsys, "--lang", "en", "export", "petitions", "--out", out_csv)
    assert (code, err.strip()) == (0, f"Exported 2 petitions to {out_csv}")


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["list", "people"], "hrdesk: Loại hồ sơ không có: 'people'"),
        (["--lang", "en", "list", "people"], "hrdesk: Not one of agencies, members"),
        (
            ["list", "petitions", "--from", "30/02/2026"],
            "hrdesk: Không phải là ngày: '30/02/2026' (ghi theo ngày/tháng/năm)",
        ),
        (
            ["list", "petitions", "--from", "31/02/2026", "--lang", "en"],
            "hrdesk: Not a date: '31/02/2026' (write dd/mm/yyyy)",
        ),
        (["list", "petitions", "--status", "lost"], "Giá trị 'lost' không có trong danh sách"),
        (["list", "agencies", "--overdue"], "hrdesk: Danh sách cơ quan không có hạn"),
        (["search", "x", "--limit", "0"], "hrdesk: Giới hạn phải từ 1 trở lên"),
        (["export", "members", "--out", "/nonexistent/m.xlsx"], "Không có thư mục /nonexistent"),
        (["import", "members", "members.pdf"], "Hãy dùng tệp .xlsx, .csv: members.pdf"),
        (["list"], "hrdesk: Thiếu đối số bắt buộc: KIND"),
        (["--lang", "en", "list"], "hrdesk: the following arguments are required: KIND"),
        (
            ["list", "tasks", "--format", "xml"],
            "hrdesk: Đối số --format: Lựa chọn không hợp lệ: 'xml' (chọn một trong:",
        ),
        (["search", "x", "--limit", "many", "--lang=vi"], "hrdesk: Đối số --limit: Giá trị"),
    ],
)
def test_bad_input_gets_one_line_and_exit_2(home, capsys, argv, message):
    usage = argv[-1] == "list" or "--format" in argv or "many" in argv
    code, _out, err = _argparse(capsys, argv) if usage else run(capsys, *argv)
    assert code == 2
    assert message in err and err.count("\n") == 1, err
    assert "Traceback" not in err


def _argparse(capsys, argv):
    with pytest.raises(SystemExit) as exit_:
        main(argv)
    _, err = capsys.readouterr()
    return exit_.value.code, "", err


def test_import_of_a_deadline_before_receipt_names_row_and_column(home, tmp_path, capsys):
    path = _xlsx(
        tmp_path / "p.xlsx",
        PETITION_HEADERS,
        [
            ["02/11/2026", "A", "Nội dung", "Khiếu nại", "Đất đai", "Trực tiếp", "01/11/2026"],
        ],
    )
    code, _, err = run(capsys, "import", "petitions", str(path))
    assert code == 2
    assert "Dòng 2, cột 'Hạn xử lý': Hạn xử lý ở trước ngày nhận đơn" in err


def test_import_with_unknown_agency_and_missing_columns(home, tmp_path, capsys):
    members = _xlsx(
        tmp_path / "m.xlsx",
        ["Họ và tên", "Vai trò trong Ban", "Cơ quan"],
        [["Lê Văn Tám", "Ủy viên", "Sở Không Có"]],
    )
    code, _, err = run(capsys, "import", "members", str(members))
    assert code == 2 and "Không có cơ quan 'Sở Không Có'" in err
    no_name = _xlsx(tmp_path / "n.xlsx", ["Vai trò trong Ban"], [["Ủy viên"]])
    code, _, err = run(capsys, "import", "members", str(no_name))
    assert code == 2 and "Thiếu cột: Họ và tên" in err


def test_unwritable_profile_is_refused_clearly(tmp_path, capsys):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    code, _, err = run(
        capsys,
        "--profile",
        str(blocker / "profile"),
        "init",
        "--province",
        "Huế",
        "--office",
        "Ban",
    )
    assert code == 2 and "Không ghi được vào thư mục hồ sơ" in err
    # The system's reason too is in the officer's language, not the OS's English.
    assert err.endswith(": một phần của đường dẫn không phải là thư mục\n"), err


def test_check_reports_a_damaged_store_with_exit_1(home, capsys):
    store = home / "hrdesk.db"
    for suffix in ("-wal", "-shm"):
        Path(f"{store}{suffix}").unlink(missing_ok=True)
    store.write_bytes(b"\x00garbage" * 1000)
    code, out, _ = run(capsys, "check")
    assert code == 1 and "damaged" in out


def test_check_passes_on_a_sound_store_and_reindexes(home, capsys):
    code, out, _ = run(capsys, "--lang", "en", "check", "--reindex")
    assert code == 0
    assert "Audit log: 2 entries, chain intact" in out and "rebuilt" in out
    code, out, _ = run(capsys, "check")
    assert code == 0
    assert out.splitlines()[0].startswith("Kho dữ liệu: tốt, đã mã hóa")
    assert "Nhật ký thay đổi: 2 mục, chuỗi nguyên vẹn" in out


def test_check_finds_a_wrong_record_count_and_reindex_recounts(home, capsys):
    from sqlalchemy import text

    from hrdesk.profile import Profile
    from hrdesk.signin import sign_in

    desk = sign_in(Profile(home), None, "mật khẩu đủ dài")
    with desk, desk.store.transaction(desk.actor) as session:
        session.execute(text("UPDATE live_counts SET live = 5 WHERE name = 'petitions'"))
    code, out, _ = run(capsys, "check")
    assert code == 1 and "petitions ghi là 5, nhưng có 0 bản ghi chưa lưu trữ" in out
    code, out, _ = run(capsys, "--lang", "en", "check", "--reindex")
    assert code == 0 and "Record counts: recounted, 0 petitions" in out
    code, out, _ = run(capsys, "--lang", "en", "check")
    assert code == 0 and "Record counts: ok" in out


def test_python_dash_m_runs_the_same_command(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "hrdesk", "--version"], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0 and result.stdout.startswith("HR Desk ")


def test_reading_the_arguments_in_vietnamese_leaves_argparse_as_it_was(home, capsys):
    import argparse

    before = (argparse._, argparse.ngettext)
    _argparse(capsys, ["list"])
    assert (argparse._, argparse.ngettext) == before
    with pytest.raises(SystemExit):
        argparse.ArgumentParser(prog="x").parse_args(["--nope"])
    assert "unrecognized arguments: --nope" in capsys.readouterr().err
