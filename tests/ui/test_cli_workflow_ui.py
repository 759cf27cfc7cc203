"""Issue 19's promise: an office's work done by the command line alone (tests/cli/workflow.sh,
run as a script would run it) is the work the window then shows."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from hrdesk.domain.petition_flow import Action
from hrdesk.profile import Profile
from hrdesk.signin import sign_in
from tests.ui.conftest import _close_window, _open_window, settle

SCRIPT = Path(__file__).parents[1] / "cli" / "workflow.sh"
ADMIN_PASSWORD = "mật khẩu quản trị"

pytestmark = pytest.mark.skipif(
    shutil.which("bash") is None or sys.platform == "win32", reason="needs bash and GNU date"
)


@pytest.fixture(scope="module")
def worked(tmp_path_factory) -> tuple[Path, dict[str, str], Path]:
    """The profile the script made, the uids it printed, and its output folder."""
    root = tmp_path_factory.mktemp("workflow")
    out = root / "out"
    out.mkdir()
    environment = {k: v for k, v in os.environ.items() if not k.startswith("HRDESK_")}
    environment.update(
        HRDESK_HOME=str(root / "home"),
        HRDESK=f"{sys.executable} -m hrdesk",
        OUT=str(out),
        # No keyring: the office key is wrapped by HRDESK_KEY_PASSPHRASE, and the test
        # never writes into the developer's own keyring.
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
    )
    done = subprocess.run(
        ["bash", str(SCRIPT)],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        env=environment,
        timeout=1800,
    )
    assert done.returncode == 0, done.stderr
    uids = dict(line.split("=", 1) for line in (out / "uids.env").read_text().split())
    return root / "home", uids, out


def test_the_script_says_what_it_did_in_vietnamese_and_the_steps_were_the_windows(worked):
    _home, uids, out = worked
    accounts = {a["username"]: a["role"] for a in json.loads((out / "accounts.json").read_text())}
    assert accounts == {"admin": "admin", "minh": "officer", "lan": "viewer"}
    received = [a["action"] for a in json.loads((out / "actions-received.json").read_text())]
    assert received == ["classify", "accept", "return", "transfer", "note"]
    closed = [a["action"] for a in json.loads((out / "actions-closed.json").read_text())]
    assert closed == ["note"]
    assert (out / "report.pdf").read_bytes().startswith(b"%PDF")
    assert Path(uids["PACKAGE"]).is_file() and Path(uids["PACKAGE"]).parent == out / "stick"


@pytest.fixture
def cli_window(qtbot, worked, tmp_path):
    from hrdesk.ui.window_settings import window_settings

    home, uids, _out = worked
    copy = tmp_path / "profile"
    shutil.copytree(home, copy)
    desk = sign_in(Profile(copy), "admin", ADMIN_PASSWORD)
    window = _open_window(qtbot, desk, window_settings(tmp_path / "window.ini"), "en")
    yield window, uids
    _close_window(qtbot, window)
    desk.close(backup=False)


def _show(window, key: str, uid: str):
    window.navigate(key)
    page = window.page(key)
    page.reload(select=uid)
    QApplication.processEvents()
    settle()  # the details are read on the store thread
    assert page.selected_uid() == uid
    return page


def test_the_window_shows_what_the_command_line_recorded(cli_window, qtbot):
    window, uids = cli_window
    page = _show(window, "petitions", uids["PETITION"])
    text = page.details.browser.toPlainText()
    timeline = text[text.index("Timeline") :]
    steps = ["Received", "Classified", "Accepted", "suspended", "Resumed", "Decided", "Closed"]
    positions = [timeline.index(step) for step in steps]
    assert positions == sorted(positions)
    assert "Chờ kết quả giám định" in timeline
    assert "Lê Văn Minh" in timeline  # the officer who took the steps
    assert set(page.details.action_buttons) == {Action.NOTE}

    meeting = _show(window, "meetings", uids["MEETING"]).panel.browser.toPlainText()
    for shown in ("Đinh Văn Khách", "Đi công tác", "Sơ kết công tác quý IV",
                  "Sở Tư pháp xây dựng kế hoạch tập huấn năm 2027"):  # fmt: skip
        assert shown in meeting

    _show(window, "tasks", uids["TASK"])
    training = _show(window, "trainings", uids["TRAINING"]).panel.browser.toPlainText()
    for shown in ("Ngô Văn Học", "Nguyễn Văn An", "Luật Khiếu nại sửa đổi"):
        assert shown in training
