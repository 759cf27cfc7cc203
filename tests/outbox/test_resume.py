"""A line cut mid-upload, and the sending process killed mid-upload: the upload goes on
from where it stopped and the centre receives the package once."""

from __future__ import annotations

import hashlib
import signal
import subprocess
import sys
import time
from pathlib import Path

from tests.outbox.conftest import DESK_PASSPHRASE, Office, Proxy, child_env
from tests.outbox.test_round_trip import _connect, _export


def _uploads_in_progress(office: Office) -> list[Path]:
    folder = office.centre.data / "uploads"
    return [p for p in folder.iterdir() if p.suffix != ".info" and p.name != ".locks"]


def test_a_cut_line_resumes_the_upload_without_a_duplicate(
    office: Office, small_chunks: int
) -> None:
    office.centre.start()
    proxy = Proxy(office.centre.port)
    try:
        _connect(office, proxy.url)
        package = _export(office)
        size = package.stat().st_size
        proxy.budget = size // 2  # the line drops halfway through the package
        code, out, err = office.run("outbox", "--send")
        assert code == 0, out + err
        assert proxy.cuts == 1
        # Sent on from where the centre stopped, never again from the start: no byte
        # before the cut went up twice (beyond the requests' headers).
        offsets = proxy.offsets
        assert offsets == sorted(offsets) and offsets.count(0) == 1 and offsets[-1] < size
        assert size < proxy.forwarded < size + 400 * len(offsets) + small_chunks
    finally:
        proxy.close()
    sha512 = hashlib.sha512(package.read_bytes()).hexdigest()
    assert office.centre.packages() == [(sha512, 1)]
    assert "acknowledged" in office.run("--lang", "en", "package", "list")[1].lower()


def _send_in_child(office: Office) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "hrdesk", *office.argv, "outbox", "--send"],
        env=child_env(HRDESK_PASSPHRASE=DESK_PASSPHRASE),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_killed_mid_upload_then_started_again_the_package_arrives_once(office: Office) -> None:
    office.centre.start()
    proxy = Proxy(office.centre.port)
    try:
        _connect(office, proxy.url)
        package = _export(office)
        size = package.stat().st_size
        proxy.budget, proxy.hold = size // 2, True  # the line goes quiet mid-upload
        child = _send_in_child(office)
        deadline = time.monotonic() + 60
        while proxy.cuts == 0 and time.monotonic() < deadline:
            time.sleep(0.05)
        assert proxy.cuts == 1, "the upload never started"
        time.sleep(0.3)
        assert child.poll() is None, "the sender finished on a silent line"
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
        assert _uploads_in_progress(office), "no upload was under way at the centre"
        proxy.hold = False
        again = _send_in_child(office)
        out, err = again.communicate(timeout=120)
        assert again.returncode == 0, out + err
        assert "package 1: arrived" in out
    finally:
        proxy.close()
    sha512 = hashlib.sha512(package.read_bytes()).hexdigest()
    assert office.centre.packages() == [(sha512, 1)]
    assert _uploads_in_progress(office) == []
    assert "acknowledged" in office.run("--lang", "en", "package", "list")[1].lower()
