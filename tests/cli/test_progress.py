"""Progress on a terminal, silence in a script: a long command's progress line goes to
stderr only when stderr is a terminal (a real pseudo-terminal here), and `check --quick`
says what it checked."""

from __future__ import annotations

import os
import pty
import subprocess
import sys
import time
from pathlib import Path

import pytest

from hrdesk.cli import main
from hrdesk.cli.progress import CLEAR, SHOW_AFTER, Progress
from hrdesk.messages import Localized

PASSWORD = "mật khẩu đủ dài"
STAGE = Localized("Kiểm tra toàn vẹn tệp dữ liệu", "Checking the file's integrity")

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="pseudo-terminals are POSIX")


def _read_all(fd: int) -> bytes:
    chunks = []
    while True:
        try:
            data = os.read(fd, 4096)
        except OSError:  # the other end closed: EIO on Linux
            break
        if not data:
            break
        chunks.append(data)
    return b"".join(chunks)


def test_a_slow_stage_is_shown_on_a_terminal_and_the_row_left_empty():
    master, slave = pty.openpty()
    terminal = os.fdopen(slave, "w", encoding="utf-8")
    progress = Progress("vi", terminal)
    assert progress.active
    progress.step(STAGE, 1, 5)
    time.sleep(SHOW_AFTER + 0.6)
    progress.fraction(0.5)
    time.sleep(0.6)
    progress.close()
    terminal.close()
    shown = _read_all(master).decode()
    os.close(master)
    assert "[1/5] Kiểm tra toàn vẹn tệp dữ liệu" in shown
    assert "50%" in shown
    assert shown.endswith(CLEAR)  # nothing left on the row


def test_a_quick_stage_leaves_no_trace_and_a_pipe_gets_nothing():
    master, slave = pty.openpty()
    terminal = os.fdopen(slave, "w", encoding="utf-8")
    with Progress("en", terminal) as progress:
        progress.step(STAGE)
    terminal.close()
    assert _read_all(master) == b""
    os.close(master)
    read, write = os.pipe()
    piped = os.fdopen(write, "w")
    progress = Progress("en", piped)
    assert not progress.active
    progress.step(STAGE)
    progress.fraction(0.3)
    time.sleep(SHOW_AFTER + 0.3)
    progress.close()
    piped.close()
    assert os.read(read, 100) == b""
    os.close(read)


@pytest.fixture
def home(tmp_path, monkeypatch) -> Path:
    home = tmp_path / "home"
    monkeypatch.setenv("HRDESK_HOME", str(home))
    monkeypatch.setenv("HRDESK_PASSPHRASE", PASSWORD)
    monkeypatch.delenv("HRDESK_USER", raising=False)
    assert main(["init", "--province", "gia lai", "--office", "Ban Chỉ đạo"]) == 0
    return home


def _hrdesk(home: Path, *argv: str, stderr_terminal: bool) -> tuple[int, str, str]:
    environment = {k: v for k, v in os.environ.items() if not k.startswith("HRDESK_")}
    environment.update(HRDESK_HOME=str(home), HRDESK_PASSPHRASE=PASSWORD)
    if not stderr_terminal:
        done = subprocess.run(
            [sys.executable, "-m", "hrdesk", *argv],
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            env=environment,
            timeout=300,
        )
        return done.returncode, done.stdout, done.stderr
    master, slave = pty.openpty()
    child = subprocess.Popen(
        [sys.executable, "-m", "hrdesk", *argv],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=slave,
        env=environment,
    )
    os.close(slave)
    err = _read_all(master).decode()
    os.close(master)
    out = child.stdout.read().decode()  # type: ignore[union-attr]
    return child.wait(timeout=300), out, err


def test_check_in_a_script_prints_only_its_results_and_on_a_terminal_the_same(home):
    code, out, err = _hrdesk(home, "check", stderr_terminal=False)
    assert code == 0 and err == ""
    assert "chuỗi nguyên vẹn" in out  # the officer's language: Vietnamese by default
    code, on_terminal, err = _hrdesk(home, "check", stderr_terminal=True)
    assert code == 0 and on_terminal == out
    # Whatever was drawn was cleared: the terminal's last row is empty again.
    assert err == "" or err.endswith(CLEAR)
    assert "Traceback" not in err


def test_quick_check_names_the_store_the_counts_and_the_chain_head(home, capsys):
    assert main(["add", "agencies", "--name", "Sở Tư pháp", "--kind", "department"]) == 0
    capsys.readouterr()
    assert main(["check", "--quick"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("Tệp dữ liệu: mở được bằng khóa")
    assert out[1].startswith("Bảng dữ liệu: ")
    assert "1 cơ quan" in out[2] and "0 đơn thư" in out[2]
    assert out[3].startswith("Nhật ký: ") and "được băm lại" in out[3]
    assert out[-1].startswith("Kiểm tra nhanh: đạt")
    assert main(["--lang", "en", "check", "--quick"]) == 0
    assert "Audit log:" in capsys.readouterr().out


def test_the_daily_backup_at_closing_names_itself_once_it_reports():
    from hrdesk.cli.progress import AUTO_BACKUP

    master, slave = pty.openpty()
    terminal = os.fdopen(slave, "w", encoding="utf-8")
    progress = Progress("vi", terminal)
    report = progress.reporting(AUTO_BACKUP)
    report(0.0, "")
    time.sleep(SHOW_AFTER + 0.6)
    report(0.8, "")
    time.sleep(0.6)
    progress.close()
    terminal.close()
    shown = _read_all(master).decode()
    os.close(master)
    assert "Sao lưu tự động hằng ngày" in shown and "80%" in shown


def test_no_line_is_drawn_over_a_question_at_the_terminal():
    from hrdesk.cli import progress as progress_module

    master, slave = pty.openpty()
    terminal = os.fdopen(slave, "w", encoding="utf-8")
    progress = Progress("vi", terminal)
    progress_module._current = progress
    try:
        progress.step(STAGE)
        progress_module.asking()  # a password is asked for now
        time.sleep(SHOW_AFTER + 0.6)
    finally:
        progress_module._current = None
        progress.close()
    terminal.close()
    assert "Kiểm tra" not in _read_all(master).decode()
    os.close(master)


def test_rows_done_are_shown_with_their_total():
    master, slave = pty.openpty()
    terminal = os.fdopen(slave, "w", encoding="utf-8")
    progress = Progress("vi", terminal)
    progress.step(STAGE)
    progress.rows(1500, 12000)
    time.sleep(SHOW_AFTER + 0.6)
    progress.close()
    terminal.close()
    shown = _read_all(master).decode()
    os.close(master)
    assert "1.500/12.000 dòng" in shown and "12%" in shown


def test_an_import_shows_its_rows_on_a_terminal_and_an_export_not_in_a_script(home, tmp_path):
    import csv

    assert main(["add", "agencies", "--name", "Sở Tư pháp", "--kind", "department"]) == 0
    one = tmp_path / "one.csv"
    assert main(["export", "agencies", "--out", str(one)]) == 0
    with open(one, encoding="utf-8-sig", newline="") as handle:
        headers, row = list(csv.reader(handle))
    name, uid = headers.index("Tên cơ quan"), headers.index("Mã định danh")
    rows = []
    for n in range(2000):
        copy = list(row)
        copy[uid] = ""  # new records
        copy[name] = f"Cơ quan số {n}"
        rows.append(copy)
    many = tmp_path / "many.csv"
    with open(many, "w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows([headers, *rows])
    code, _out, err = _hrdesk(home, "import", "agencies", str(many), stderr_terminal=True)
    assert code == 0, err
    assert "/2.000 dòng" in err and "Đang nhập dữ liệu" in err
    assert err.endswith(CLEAR)
    # In a script: no rows drawn anywhere. (The export reports its rows through the same
    # callback: tests/services/test_transfer.py.)
    code, _out, err = _hrdesk(
        home, "export", "agencies", "--out", str(tmp_path / "b.xlsx"), stderr_terminal=False
    )
    assert code == 0 and "dòng" not in err
