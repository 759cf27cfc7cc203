"""What the command line asks at a terminal is in the officer's language: a real
pseudo-terminal is the child's controlling terminal, as when an officer types."""

from __future__ import annotations

import os
import pty
import sys
import time
from pathlib import Path

import pytest

from hrdesk.cli import main

PASSWORD = "mật khẩu đủ dài"

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="pseudo-terminals are POSIX")


@pytest.fixture
def home(tmp_path, monkeypatch) -> Path:
    home = tmp_path / "home"
    monkeypatch.setenv("HRDESK_HOME", str(home))
    monkeypatch.setenv("HRDESK_PASSPHRASE", PASSWORD)
    monkeypatch.delenv("HRDESK_USER", raising=False)
    assert main(["init", "--province", "gia lai", "--office", "Ban Chỉ đạo"]) == 0
    return home


def _read_until(fd: int, wanted: bytes, seconds: float = 120) -> bytes:
    seen = b""
    end = time.monotonic() + seconds
    while wanted not in seen and time.monotonic() < end:
        try:
            data = os.read(fd, 1024)
        except OSError:  # the child closed the terminal
            break
        if not data:
            break
        seen += data
    return seen


def _typed_at_a_terminal(home: Path, *argv: str, prompt: bytes) -> tuple[bytes, bytes]:
    """Run `hrdesk argv` on a terminal with no password in the environment, wait for
    `prompt`, type the password; what the terminal showed before and after."""
    environment = {k: v for k, v in os.environ.items() if not k.startswith("HRDESK_")}
    environment["HRDESK_HOME"] = str(home)
    pid, fd = pty.fork()
    if pid == 0:  # the child: the terminal is its own
        os.execve(sys.executable, [sys.executable, "-m", "hrdesk", *argv], environment)
    asked = _read_until(fd, prompt)
    os.write(fd, PASSWORD.encode() + b"\n")
    rest = _read_until(fd, b"\x00never")
    os.waitpid(pid, 0)
    os.close(fd)
    return asked, rest


@pytest.mark.parametrize(
    ("lang", "prompt"), [("vi", "Mật khẩu của HR Desk:"), ("en", "Password for HR Desk:")]
)
def test_the_password_is_asked_in_the_officers_language(home, lang, prompt):
    asked, rest = _typed_at_a_terminal(
        home, "--lang", lang, "list", "agencies", prompt=prompt.encode()
    )
    assert prompt.encode() in asked, asked
    assert b"password for" not in asked  # the old English prompt
    assert PASSWORD.encode() not in rest  # typed without echo
    assert b"Traceback" not in rest
