"""`hrdesk central …` as an administrator runs it, and `serve` answering curl."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from tests.central.conftest import PASSPHRASE, free_port
from tests.central.factory import Office
from tests.conftest import cheap


@dataclass
class Ran:
    returncode: int
    stdout: str
    stderr: str


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    values = {
        "HRDESK_CENTRAL_DATA": str(tmp_path / "centre"),
        "HRDESK_CENTRAL_PASSPHRASE": PASSPHRASE,
        "HRDESK_CENTRAL_USER_PASSWORD": "mật khẩu dài đủ mười ký tự",
    }
    for name, value in values.items():
        monkeypatch.setenv(name, value)
    return {**os.environ, **values}


@pytest.fixture
def hrdesk(capsys: pytest.CaptureFixture[str]) -> Callable[..., Ran]:
    """The command line in this process, given the tests' cheap scrypt."""
    from hrdesk.cli import main

    def run(*args: str, env: dict[str, str] | None = None) -> Ran:
        capsys.readouterr()
        status = main(list(args), options=cheap())
        out = capsys.readouterr()
        return Ran(status, out.out, out.err)

    return run


def test_offices_import_and_receipts_on_a_stick(
    tmp_path: Path, env: dict[str, str], hrdesk: Callable[..., Ran]
) -> None:
    office = Office("Gia Lai")
    pub = office.write_pub(tmp_path / "gia-lai.pub")
    stick = tmp_path / "stick"
    stick.mkdir()
    packages = [office.package(stick), office.package(stick)]
    added = hrdesk("central", "office", "add", "--key", str(pub), "--province", "gia lai", env=env)
    assert added.returncode == 0, added.stderr
    assert added.stdout.startswith("Đã thêm: văn phòng 1, Gia Lai")  # Vietnamese first
    listed = hrdesk("central", "office", "list", env=env)
    assert "Gia Lai" in listed.stdout and "Đang dùng" in listed.stdout
    listed = hrdesk("--lang", "en", "central", "office", "list", env=env)
    assert "In use" in listed.stdout
    imported = hrdesk("--lang", "en", "central", "import", *map(str, packages), env=env)
    assert imported.returncode == 0, imported.stderr
    assert imported.stdout.count("Accepted") == 2
    out = tmp_path / "back"
    out.mkdir()
    assert hrdesk("central", "receipts", "--office", "1", "--to", str(out), env=env).returncode == 0
    receipts = sorted(out.glob("*.json"))
    assert [json.loads(p.read_text())["sequence"] for p in receipts] == [1, 2]
    assert (
        hrdesk("central", "key", "export", "--out", str(tmp_path / "c.pub"), env=env).returncode
        == 0
    )
    if shutil.which("minisign"):
        for receipt in receipts:
            check = subprocess.run(
                ["minisign", "-Vm", str(receipt), "-p", str(tmp_path / "c.pub")],
                capture_output=True,
                text=True,
            )
            assert check.returncode == 0, check.stderr
    revoked = hrdesk("central", "office", "revoke", "1", env=env)
    assert revoked.returncode == 0 and "Đã thu hồi mọi khóa của văn phòng 1" in revoked.stdout
    refused = hrdesk("central", "import", str(office.package(stick)), env=env)
    assert refused.returncode == 1
    assert "khóa văn phòng: Văn phòng của Gia Lai đã bị thu hồi ngày" in refused.stderr
    refused = hrdesk("--lang", "en", "central", "import", str(office.package(stick)), env=env)
    assert "key: The office of Gia Lai was revoked on" in refused.stderr


def test_bad_input_is_one_line_and_status_2(
    tmp_path: Path, env: dict[str, str], hrdesk: Callable[..., Ran]
) -> None:
    missing = hrdesk("central", "office", "add", "--key", str(tmp_path / "none.pub"), env=env)
    assert missing.returncode == 2 and missing.stderr.count("\n") == 1
    (tmp_path / "bad.pub").write_text("not a key")
    bad = hrdesk("central", "office", "add", "--key", str(tmp_path / "bad.pub"), env=env)
    assert bad.returncode == 2 and "khóa" in bad.stderr.lower()  # in Vietnamese
    unknown = Office("Gia Lai").write_pub(tmp_path / "x.pub")
    nowhere = hrdesk(
        "central", "office", "add", "--key", str(unknown), "--province", "Atlantis", env=env
    )
    assert nowhere.returncode == 2
    assert hrdesk("central", "user", "add", "an", "--role", "viewer", env=env).returncode == 0
    twice = hrdesk("central", "user", "add", "an", "--role", "viewer", env=env)
    assert twice.returncode == 2 and "Đã có tài khoản an" in twice.stderr
    twice = hrdesk("--lang", "en", "central", "user", "add", "an", "--role", "viewer", env=env)
    assert twice.returncode == 2 and "There is already an account an" in twice.stderr
    elsewhere = hrdesk("--lang", "en", "central", "office", "revoke", "7", env=env)
    assert elsewhere.returncode == 2 and "No office with id 7" in elsewhere.stderr


@pytest.mark.skipif(shutil.which("curl") is None, reason="curl is not installed")
def test_serve_answers_curl_with_a_receipt(
    tmp_path: Path, env: dict[str, str], hrdesk: Callable[..., Ran]
) -> None:
    office = Office("Huế")
    pub = office.write_pub(tmp_path / "hue.pub")
    added = hrdesk("central", "office", "add", "--key", str(pub), "--name", office.name, env=env)
    assert added.returncode == 0 and "Huế" in added.stdout  # the province read from the name
    package = office.package(tmp_path)
    port = free_port()
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "hrdesk",
            "central",
            "serve",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
        ],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        stdin=subprocess.DEVNULL,
    )
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 60
        while True:
            try:
                httpx.get(f"{base}/api/v1/centre-key", timeout=2)
                break
            except httpx.TransportError:
                assert process.poll() is None, process.stdout.read()  # type: ignore[union-attr]
                assert time.monotonic() < deadline, "the service did not start"
                time.sleep(0.2)
        curl = ["curl", "-sS", "--data-binary", f"@{package}", f"{base}/api/v1/packages"]
        first = subprocess.run(curl, capture_output=True, text=True, timeout=60)
        second = subprocess.run(curl, capture_output=True, text=True, timeout=60)
        body = json.loads(first.stdout)
        assert json.loads(body["receipt"])["office"]["province"] == "Huế"
        assert second.stdout == first.stdout
    finally:
        process.terminate()
        process.wait(timeout=30)
