"""The centre under test: a real service on 127.0.0.1 (a free port), on SQLite and on a
real PostgreSQL server the tests start (skipped only where its binaries are absent)."""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import threading
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("fastapi", reason="the central extra is not installed")

from hrdesk.central.config import Settings
from hrdesk.central.service import Centre
from tests.central.factory import Office
from tests.conftest import CHEAP_SCRYPT

PASSPHRASE = "phrase of the centre key"


class PostgresServer:
    """A throwaway PostgreSQL cluster in a temporary folder, on a free port on 127.0.0.1.

    initdb and postgres refuse to run as root: as root they run as the `postgres` user,
    in a folder it owns (Debian's package makes that user)."""

    def __init__(self, bin_dir: Path) -> None:
        self.bin = bin_dir
        self.root = Path(tempfile.mkdtemp(prefix="hrdesk-pg-"))
        self.port = free_port()
        self.as_postgres = os.geteuid() == 0
        if self.as_postgres:
            shutil.chown(self.root, "postgres")

    def _run(self, *command: str) -> None:
        prefix = ["runuser", "-u", "postgres", "--"] if self.as_postgres else []
        subprocess.run([*prefix, *command], check=True, capture_output=True, timeout=120)

    def init(self) -> None:
        self._run(
            str(self.bin / "initdb"),
            "-D",
            str(self.root / "data"),
            "-A",
            "trust",
            "-U",
            "hrdesk",
            "--no-sync",
        )

    def start(self) -> None:
        options = (
            f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 "
            "-c fsync=off -c synchronous_commit=off -c max_connections=200"
        )
        self._run(
            str(self.bin / "pg_ctl"),
            "-D",
            str(self.root / "data"),
            "-o",
            options,
            "-l",
            str(self.root / "log"),
            "-w",
            "start",
        )

    def stop(self, mode: str = "fast") -> None:
        self._run(str(self.bin / "pg_ctl"), "-D", str(self.root / "data"), "-m", mode, "-w", "stop")

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://hrdesk@127.0.0.1:{self.port}/{database}"

    def new_database(self) -> str:
        import psycopg

        name = f"centre_{uuid.uuid4().hex[:12]}"
        with psycopg.connect(self.url(), autocommit=True) as connection:
            connection.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def postgres_bin() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


@pytest.fixture(scope="session")
def postgres() -> Iterator[PostgresServer]:
    bin_dir = postgres_bin()
    if bin_dir is None:
        pytest.skip("PostgreSQL's binaries are not installed (Debian: postgresql)")
    server = PostgresServer(bin_dir)
    server.init()
    server.start()
    yield server
    try:
        server.stop("immediate")  # a throwaway cluster: no checkpoint needed
    finally:
        shutil.rmtree(server.root, ignore_errors=True)


@pytest.fixture(params=["sqlite", "postgresql"])
def database(request: pytest.FixtureRequest) -> str | None:
    """None for the embedded SQLite default, or a fresh database on the test PostgreSQL."""
    if request.param == "sqlite":
        return None
    return request.getfixturevalue("postgres").new_database()


@pytest.fixture
def settings(tmp_path: Path, database: str | None) -> Settings:
    return Settings(
        data_dir=tmp_path / "centre", database=database, passphrase=PASSPHRASE, scrypt=CHEAP_SCRYPT
    )


@pytest.fixture
def centre(settings: Settings) -> Iterator[Centre]:
    with Centre.open(settings) as opened:
        yield opened


class LiveServer:
    """uvicorn serving an app on 127.0.0.1 at a free port, in a thread of the test process."""

    def __init__(self, app: object) -> None:
        import uvicorn

        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        config = uvicorn.Config(app, log_level="warning", lifespan="on")  # type: ignore[arg-type]
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, kwargs={"sockets": [self.sock]})

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def __enter__(self) -> LiveServer:
        self.thread.start()
        deadline = time.monotonic() + 30
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("the test server did not start")
            time.sleep(0.02)
        return self

    def __exit__(self, *_exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=30)
        self.sock.close()


@pytest.fixture
def server(centre: Centre) -> Iterator[LiveServer]:
    from hrdesk.central.app import create_app

    with LiveServer(create_app(centre=centre)) as live:
        yield live


@pytest.fixture
def gia_lai(centre: Centre, tmp_path: Path) -> Office:
    """An office of Gia Lai, registered at the centre."""
    from hrdesk.central.offices import add_office

    office = Office("Gia Lai")
    with centre.sessions.begin() as session:
        add_office(session, office.public.encoded(), "Gia Lai")
    return office


@pytest.fixture
def outbox(tmp_path: Path) -> Path:
    folder = tmp_path / "outbox"
    folder.mkdir()
    return folder
