"""`hrdesk central …` asks for the centre key's passphrase in the officer's language, on a
real pseudo-terminal (the child's controlling terminal, as when an administrator types)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from hrdesk.central.config import Settings
from hrdesk.central.service import Centre
from tests.central.conftest import PASSPHRASE

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="pseudo-terminals are POSIX")


def _read_until(fd: int, wanted: bytes) -> bytes:
    import time

    seen, end = b"", time.monotonic() + 120
    while wanted not in seen and time.monotonic() < end:
        try:
            data = os.read(fd, 1024)
        except OSError:  # the child closed the terminal
            break
        if not data:
            break
        seen += data
    return seen


@pytest.mark.parametrize(
    ("lang", "prompt", "written"),
    [
        ("vi", "Mật khẩu bảo vệ khóa trung tâm:", "Đã ghi khóa trung tâm"),
        ("en", "Passphrase for the centre key:", "Centre key"),
    ],
)
def test_the_centre_key_passphrase_is_asked_in_the_officers_language(
    tmp_path: Path, lang: str, prompt: str, written: str
) -> None:
    import pty

    data = tmp_path / "centre"
    with Centre.open(Settings(data_dir=data, passphrase=PASSPHRASE)):
        pass  # the centre key, wrapped under the passphrase
    environment = {k: v for k, v in os.environ.items() if not k.startswith("HRDESK_")}
    environment["HRDESK_CENTRAL_DATA"] = str(data)
    out = tmp_path / "centre.pub"
    argv = ["--lang", lang, "central", "key", "export", "--out", str(out)]
    pid, fd = pty.fork()
    if pid == 0:  # the child: the terminal is its own
        os.execve(sys.executable, [sys.executable, "-m", "hrdesk", *argv], environment)
    asked = _read_until(fd, prompt.encode())
    os.write(fd, PASSPHRASE.encode() + b"\n")
    rest = _read_until(fd, b"\x00never")
    _, status = os.waitpid(pid, 0)
    os.close(fd)
    assert prompt.encode() in asked, asked
    assert b"passphrase for the centre key" not in asked  # the old English prompt
    assert PASSPHRASE.encode() not in rest  # typed without echo
    assert written.encode() in rest, rest
    assert os.waitstatus_to_exitcode(status) == 0
    assert out.read_text().startswith("untrusted comment:")
