"""A real `hrdesk central serve` in a child process on 127.0.0.1 with a temporary data
folder, a real protected desk profile connected to it, and a small TCP proxy that cuts or
holds the line after a number of bytes."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

pytest.importorskip("fastapi", reason="the central extra is not installed")

import contextlib

from hrdesk.cli import main
from tests.bundles.conftest import SENDER
from tests.bundles.test_cli import renderers  # noqa: F401  (a fixture)
from tests.central.conftest import PASSPHRASE as CENTRE_PASSPHRASE
from tests.central.conftest import free_port
from tests.conftest import cheap

DESK_PASSPHRASE = "mật khẩu đủ dài"
NO_KEYRING = "keyring.backends.fail.Keyring"
OFFSET = re.compile(rb"\r\nupload-offset: *(\d+)\r\n", re.IGNORECASE)


@pytest.fixture(autouse=True)
def short_pauses(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tries within one sending pause a second or more; here a tenth."""
    from hrdesk.outbox import sender

    monkeypatch.setattr(sender, "FIRST_PAUSE", 0.1)


@pytest.fixture
def small_chunks(monkeypatch: pytest.MonkeyPatch) -> int:
    """An upload resumes from its last whole chunk; test packages are small (~10 kB)."""
    from hrdesk.outbox import tus

    monkeypatch.setattr(tus, "CHUNK", 1024)
    return 1024


def child_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("HRDESK_")}
    env.update(PYTHON_KEYRING_BACKEND=NO_KEYRING, **extra)
    return env


class CentreProcess:
    """`hrdesk central serve` as an administrator starts it, stopped and started at will."""

    def __init__(self, data: Path, port: int) -> None:
        self.data = data
        self.port = port
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> None:
        argv = [sys.executable, "-m", "hrdesk", "central", "serve"]
        argv += ["--data", str(self.data), "--port", str(self.port)]
        self.log = open(self.data.parent / "centre.log", "ab")  # noqa: SIM115
        self.process = subprocess.Popen(
            argv,
            env=child_env(HRDESK_CENTRAL_PASSPHRASE=CENTRE_PASSPHRASE),
            stdout=self.log,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"the centre stopped: {self.data.parent / 'centre.log'}")
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.5).close()
                return
            except OSError:
                time.sleep(0.1)
        raise RuntimeError("the centre did not start")

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
            self.log.close()
        self.process = None

    def packages(self) -> list[tuple[str, int]]:
        """(sha512, sequence) of every package the centre keeps, read from its database."""
        import sqlite3

        with sqlite3.connect(self.data / "central.sqlite3") as db:
            return db.execute("SELECT sha512, sequence FROM packages").fetchall()


class Proxy:
    """A TCP forwarder to the centre. After `budget` bytes from the desk it cuts the
    connection (or, with `hold`, stops passing bytes on), once; then it passes everything."""

    def __init__(self, upstream_port: int) -> None:
        self.upstream = upstream_port
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.budget: int | None = None
        self.hold = False
        self.forwarded = 0  # bytes from the desk to the centre
        self.cuts = 0
        self.offsets: list[int] = []  # Upload-Offset of each PATCH that went up
        self.lock = threading.Lock()
        self.closing = False
        self.sockets: list[socket.socket] = []
        threading.Thread(target=self._accept, daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def _accept(self) -> None:
        while not self.closing:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            try:
                server = socket.create_connection(("127.0.0.1", self.upstream))
            except OSError:
                client.close()
                continue
            self.sockets += [client, server]
            threading.Thread(target=self._pipe, args=(client, server, True), daemon=True).start()
            threading.Thread(target=self._pipe, args=(server, client, False), daemon=True).start()

    def _pipe(self, source: socket.socket, sink: socket.socket, upward: bool) -> None:
        held = False
        try:
            while data := source.recv(65536):
                if held:
                    continue  # a quiet line: nothing more reaches the centre
                if upward:
                    self.offsets += [int(n) for n in OFFSET.findall(data)]
                    with self.lock:
                        if self.budget is not None and self.forwarded + len(data) > self.budget:
                            allowed = max(self.budget - self.forwarded, 0)
                            sink.sendall(data[:allowed])
                            self.forwarded += allowed
                            self.budget = None
                            self.cuts += 1
                            if not self.hold:
                                raise ConnectionResetError
                            held = True
                            continue
                        self.forwarded += len(data)
                sink.sendall(data)
        except OSError:
            pass
        # One side gone (a cut, or the desk's process killed): the other sees it go too.
        for sock in (source, sink):
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            sock.close()

    def close(self) -> None:
        self.closing = True
        self.listener.close()
        for sock in self.sockets:
            with contextlib.suppress(OSError):
                sock.close()


@dataclass
class Office:
    profile: Path
    argv: list[str]
    centre: CentreProcess
    centre_pub: Path
    stick: Path

    def run(self, *args: str) -> tuple[int, str, str]:
        return run(self.capsys, *self.argv, *args)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    capsys.readouterr()
    try:
        code = main(list(argv), options=cheap())
    except SystemExit as exit_:
        code = int(exit_.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def centre(tmp_path: Path) -> Iterator[CentreProcess]:
    process = CentreProcess(tmp_path / "centre", free_port())
    yield process
    process.stop()


@pytest.fixture
def office(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    centre: CentreProcess,
    renderers: None,  # noqa: F811
) -> Office:
    """A Gia Lai office registered at the centre, with the centre's key file at hand (the
    centre not yet started, nor the office connected)."""
    monkeypatch.setenv("HRDESK_PASSPHRASE", DESK_PASSPHRASE)
    monkeypatch.setenv("HRDESK_CENTRAL_DATA", str(centre.data))
    monkeypatch.setenv("HRDESK_CENTRAL_PASSPHRASE", CENTRE_PASSPHRASE)
    for name in ("HRDESK_USER", "HRDESK_HOME"):
        monkeypatch.delenv(name, raising=False)
    argv = ["--profile", str(tmp_path / "gia-lai")]
    assert run(capsys, *argv, "init", "--province", "Gia Lai", "--office", SENDER)[0] == 0
    pub = tmp_path / "office.pub"
    assert run(capsys, *argv, "key", "export", "--out", str(pub))[0] == 0
    added = run(capsys, "central", "office", "add", "--key", str(pub), "--province", "Gia Lai")
    assert added[0] == 0, added[2]
    centre_pub = tmp_path / "centre.pub"
    assert run(capsys, "central", "key", "export", "--out", str(centre_pub))[0] == 0
    stick = tmp_path / "stick"
    stick.mkdir()
    made = Office(tmp_path / "gia-lai", argv, centre, centre_pub, stick)
    made.capsys = capsys  # type: ignore[attr-defined]
    return made
