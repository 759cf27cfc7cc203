"""Writing to a stick: a full, removed or faulty stick leaves no file with the package's
name, no .part file, and no ledger entry; the message names the folder."""

from __future__ import annotations

import errno
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from hrdesk.bundles import write
from hrdesk.bundles.write import WriteFailed
from hrdesk.domain.errors import StoreError, ValidationError
from hrdesk.store.models import Package
from tests.tools import needs_proc


def _ledger(desk) -> list[int]:
    with desk.store.reader(desk.actor) as s:
        return list(s.scalars(select(Package.sequence)))


def _fail_after(limit: int, error: int):
    """A write that fails with `error` once `limit` bytes have gone to the stick."""
    state = {"written": 0}
    real = write._write_chunk

    def failing(out, chunk: bytes) -> None:
        if state["written"] + len(chunk) > limit:
            room = max(limit - state["written"], 0)
            real(out, chunk[:room])
            raise OSError(error, "simulated")
        state["written"] += len(chunk)
        real(out, chunk)

    return failing


@pytest.mark.parametrize(
    ("error", "words"),
    [
        (errno.ENOSPC, "is full"),
        (errno.EIO, "was the stick removed"),
        (errno.ENODEV, "was the stick removed"),
        (errno.EROFS, "read-only"),
    ],
)
def test_a_full_or_removed_stick_leaves_nothing_with_the_final_name(
    sender, export, stick, monkeypatch, error, words
):
    monkeypatch.setattr(write, "_write_chunk", _fail_after(1000, error))
    with pytest.raises(WriteFailed) as caught:
        export()
    assert isinstance(caught.value, StoreError)
    assert str(stick) in str(caught.value) and words in str(caught.value)
    assert caught.value.folder == stick
    assert list(stick.iterdir()) == []
    assert _ledger(sender) == []
    # The next try, on a good stick, takes sequence 1: nothing was given away.
    monkeypatch.undo()
    assert "-0001-" in export().name


@needs_proc
def test_fsync_failing_at_the_end_is_the_same_as_a_full_stick(sender, export, stick, monkeypatch):
    import os

    real = os.fsync

    def fsync(fd: int) -> None:
        if os.path.realpath(f"/proc/self/fd/{fd}").startswith(str(stick)):
            raise OSError(errno.ENOSPC, "No space left on device")
        real(fd)

    # os is shared: the patch must fail only the stick's files, not the profile's.
    monkeypatch.setattr(write.os, "fsync", fsync)
    with pytest.raises(WriteFailed, match="is full"):
        export()
    assert list(stick.iterdir()) == []


def test_a_copy_that_reads_back_wrong_is_taken_away(sender, export, stick, monkeypatch):
    real_replace = write.os.replace

    def replace_and_damage(src, dst) -> None:
        real_replace(src, dst)
        if not str(dst).startswith(str(stick)):
            return
        data = bytearray(Path(dst).read_bytes())
        data[len(data) // 2] ^= 0xFF  # the stick flips a bit
        Path(dst).write_bytes(bytes(data))

    monkeypatch.setattr(write.os, "replace", replace_and_damage)
    with pytest.raises(WriteFailed, match="does not read back as written"):
        export()
    assert list(stick.iterdir()) == []
    assert _ledger(sender) == []


def test_a_package_name_already_on_the_stick_is_never_overwritten(export, stick, monkeypatch):
    from hrdesk.bundles import build

    monkeypatch.setattr(build, "new_uid", lambda: "00000000-0000-4000-8000-000000000000")
    first = export()
    before = first.read_bytes()
    # Same name again (as if the ledger had lost the first package).
    from hrdesk.bundles import ledger

    monkeypatch.setattr(ledger, "next_position", lambda _s: ledger.ChainPosition(1, None))
    with pytest.raises(ValidationError, match="There is already"):
        export()
    assert first.read_bytes() == before


def test_a_folder_that_is_not_there_is_said_plainly(export, tmp_path, reports, sender):
    from hrdesk.bundles.build import build_package

    with pytest.raises(ValidationError, match="Not a folder"):
        build_package(sender, "2026-Q3", *reports, tmp_path / "no-stick")


@pytest.fixture
def tiny_stick(tmp_path: Path) -> Iterator[Path]:
    """A real 64 KiB file system (tmpfs), where the machine allows mounting one."""
    if not shutil.which("mount"):
        pytest.skip("needs mount (Linux)")
    mount = tmp_path / "tiny"
    mount.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(mount)],
        capture_output=True,
        check=False,
    )
    if done.returncode != 0:
        pytest.skip("cannot mount a small tmpfs here (needs root)")
    try:
        yield mount
    finally:
        subprocess.run(["umount", str(mount)], check=False)


def test_a_really_full_file_system_leaves_no_package(sender, reports, tiny_stick, tmp_path):
    from hrdesk.bundles.build import build_package

    pdf, xlsx = reports
    # A report bigger than the stick: the write must fail for real, with ENOSPC.
    big = tmp_path / "big.pdf"
    big.write_bytes(pdf.read_bytes() + __import__("os").urandom(200_000))
    with pytest.raises(WriteFailed, match="is full"):
        build_package(sender, "2026-Q3", big, xlsx, tiny_stick)
    assert list(tiny_stick.iterdir()) == []
    assert _ledger(sender) == []
    # A package that fits goes through.
    assert build_package(sender, "2026-Q3", pdf, xlsx, tiny_stick).exists()
