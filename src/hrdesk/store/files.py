"""Writing files so that a crash, a full disk or a pulled USB stick leaves no half file.

Write to `<name>.part`, flush, fsync, rename into place, fsync the folder. The rename is
retried for a moment when Windows refuses it because the antivirus or the search indexer
is reading the file just written (`replace`).
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

from hrdesk.oserrors import retry_transient


def fsync_dir(folder: Path) -> None:
    # Windows cannot open a folder for fsync; NTFS journals the rename itself.
    if os.name == "nt":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def replace(source: str | os.PathLike[str], target: str | os.PathLike[str]) -> None:
    """`os.replace`, retried briefly while another program holds the file for a moment."""
    retry_transient(lambda: os.replace(source, target))


def part_path(final: Path) -> Path:
    return final.with_name(final.name + ".part")


@contextlib.contextmanager
def atomic_write(final: Path) -> Iterator[BinaryIO]:
    """Yield a binary file at `final.part`; on success it becomes `final`, on error it is gone."""
    final = Path(final)
    temp = part_path(final)
    try:
        with open(temp, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        replace(temp, final)
        fsync_dir(final.parent)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise


def atomic_write_bytes(final: Path, data: bytes) -> None:
    with atomic_write(final) as handle:
        handle.write(data)


def atomic_produce(final: Path, produce: Callable[[Path], None]) -> None:
    """Let `produce` write a file at a temporary path (for libraries that want a path)."""
    final = Path(final)
    temp = part_path(final)
    try:
        produce(temp)
        with open(temp, "rb+") as handle:
            os.fsync(handle.fileno())
        replace(temp, final)
        fsync_dir(final.parent)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
