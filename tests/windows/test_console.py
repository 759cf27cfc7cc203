"""What the officer's console shows on Windows: the command's real name, and no crash
in the windowed HRDesk.exe, whose sys.stdout and sys.stderr are None."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from hrdesk.cli import main
from hrdesk.program import command_name, name_commands
from tests.security.conftest import PASSWORD

ROOT = Path(__file__).resolve().parents[2]

WINDOWED = """
import sys
sys.stdout = None  # as in a PyInstaller windowed (console=False) program on Windows
sys.stderr = None
from hrdesk.cli import main
sys.exit(main(sys.argv[1:]))
"""


def test_a_windowed_program_without_stdout_or_stderr_runs_its_command(desk):
    desk.close(backup=False)
    env = {**os.environ, "HRDESK_USER": "quantri", "HRDESK_PASSPHRASE": PASSWORD}
    env.pop("HRDESK_HOME", None)
    args = ["list", "agencies", "--profile", str(desk.profile.root)]
    result = subprocess.run(
        [sys.executable, "-c", WINDOWED, *args], cwd=ROOT, env=env, capture_output=True, timeout=120
    )
    assert result.returncode == 0, result
    # And a failure is still an exit status, not a traceback into nowhere.
    bad = subprocess.run(
        [sys.executable, "-c", WINDOWED, "check", "--profile", str(desk.profile.root / "none")],
        cwd=ROOT,
        env=env,
        capture_output=True,
        timeout=120,
    )
    assert bad.returncode == 2, bad


def test_the_windows_bundle_names_its_console_program_hrdesk_cli():
    assert command_name(frozen=True, platform="win32") == "hrdesk-cli"
    assert command_name(frozen=False, platform="win32") == "hrdesk"  # pip's hrdesk.exe
    assert command_name(frozen=True, platform="linux") == "hrdesk"


def test_messages_name_the_command_as_this_computer_has_it():
    text = (
        "there is no HR Desk profile at C:\\Users\\an\\AppData\\Local\\HRDesk: "
        "run `hrdesk init` or `hrdesk demo`"
    )
    shown = name_commands(text, "hrdesk-cli")
    assert shown.endswith("run `hrdesk-cli init` or `hrdesk-cli demo`")
    assert "AppData\\Local\\HRDesk" in shown  # a folder's name is not a command
    assert name_commands("can replace the key (`hrdesk key replace --yes`)", "hrdesk-cli") == (
        "can replace the key (`hrdesk-cli key replace --yes`)"
    )
    assert name_commands("the file hrdesk.db in use", "hrdesk-cli") == "the file hrdesk.db in use"


def test_the_command_line_says_hrdesk_cli_in_the_windows_bundle(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "platform", "win32")
    assert main(["list", "agencies", "--profile", str(tmp_path / "none")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("hrdesk-cli: ") and "`hrdesk-cli init`" in err, err
