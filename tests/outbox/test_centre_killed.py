"""The centre killed (SIGKILL) while it receives an upload, at moments from mid-chunk to
the receipt being signed, then started again: the desk's outbox sends again, and the
centre holds the package exactly once, with a valid receipt, and no file of it anywhere
in its data folder but the one whole package."""

from __future__ import annotations

import hashlib
import threading
import time
from pathlib import Path

import pytest

from hrdesk import workdir
from hrdesk.central.storage import PackageFiles
from tests.outbox.conftest import Office, Proxy
from tests.outbox.test_resume import _uploads_in_progress
from tests.outbox.test_round_trip import _connect, _export


def _data_files(office: Office) -> list[Path]:
    """Every file in the centre's data folder that holds (part of) a package."""
    data = office.centre.data
    found = [p for p in (data / "packages").rglob("*") if p.is_file()]
    found += [p for p in (data / "incoming").rglob("*") if p.is_file()]
    found += [
        p
        for p in (data / "uploads").rglob("*")
        if p.is_file() and ".locks" not in p.parts and not p.name.endswith(".info")
    ]
    return found


def _kill_centre_when(office: Office, proxy: Proxy, sent: int, delay: float) -> threading.Thread:
    """Kill the centre `delay` seconds after `sent` bytes of the desk's went up to it."""

    def watch() -> None:
        deadline = time.monotonic() + 60
        while proxy.forwarded < sent and time.monotonic() < deadline:
            time.sleep(0.001)
        time.sleep(delay)
        process = office.centre.process
        assert process is not None
        process.kill()
        process.wait()

    thread = threading.Thread(target=watch, daemon=True)
    thread.start()
    return thread


@pytest.mark.parametrize(
    ("share", "delay"),
    [(0.5, 0.0), (1.0, 0.0), (1.0, 0.01), (1.0, 0.03), (1.0, 0.08), (1.0, 0.15), (1.0, 0.2)],
)
def test_the_centre_killed_while_receiving_keeps_the_package_once(
    office: Office, small_chunks: int, share: float, delay: float, monkeypatch
) -> None:
    office.centre.start()
    proxy = Proxy(office.centre.port)
    try:
        _connect(office, proxy.url)
        package = _export(office)
        killer = _kill_centre_when(office, proxy, int(package.stat().st_size * share), delay)
        office.run("outbox", "--send")  # fails or succeeds, depending on the moment
        killer.join(timeout=60)
        office.centre.log.close()
        office.centre.process = None
        office.centre.start()
        code, out, err = office.run("outbox", "--send")
        assert code == 0, out + err
    finally:
        proxy.close()
    office.centre.stop()
    # The next start sweeps what the killed process left (here at once, not 5 s later).
    monkeypatch.setattr(workdir, "YOUNG", 0.0)
    data = office.centre.data
    PackageFiles(data / "packages", data / "incoming").sweep_incoming()
    sha512 = hashlib.sha512(package.read_bytes()).hexdigest()
    assert office.centre.packages() == [(sha512, 1)]
    assert "acknowledged" in office.run("--lang", "en", "package", "list")[1].lower()
    kept = _data_files(office)
    assert [p.name for p in kept] == [f"{sha512}.zip"], kept
    assert hashlib.sha512(kept[0].read_bytes()).hexdigest() == sha512


def test_a_chunk_written_but_not_recorded_is_not_received_twice(
    office: Office, small_chunks: int
) -> None:
    """tuspyserver appends a chunk, then records the offset: a kill between the two leaves
    the upload longer than its recorded offset, and the resumed upload appended the chunk
    again (the centre refused the package as a damaged zip)."""
    office.centre.start()
    proxy = Proxy(office.centre.port)
    try:
        _connect(office, proxy.url)
        package = _export(office)
        proxy.budget, proxy.hold = package.stat().st_size // 2, True
        killer = _kill_centre_when(office, proxy, package.stat().st_size // 2, 0.3)
        office.run("outbox", "--send")
        killer.join(timeout=60)
        office.centre.log.close()
        office.centre.process = None
        (upload,) = _uploads_in_progress(office)
        with open(upload, "ab") as handle:  # the chunk after the recorded offset
            handle.write(package.read_bytes()[upload.stat().st_size :][:small_chunks])
        proxy.hold = False
        office.centre.start()
        code, out, err = office.run("outbox", "--send")
        assert code == 0, out + err
    finally:
        proxy.close()
    sha512 = hashlib.sha512(package.read_bytes()).hexdigest()
    assert office.centre.packages() == [(sha512, 1)]
