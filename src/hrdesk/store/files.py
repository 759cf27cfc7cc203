"""Writing files so that a crash, a full disk or a pulled USB stick leaves no half file.

Write to `<name>.part`, flush, fsync, rename into place, fsync the folder. The rename is
retried for a moment when Windows refuses it because the antivirus or the search indexer
is reading the file just written (`replace`).
"""

from __future__ import annotations

import contextlib
import errno
import itertools
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

from hrdesk.oserrors import retry_transient


class NotReadBack(OSError):
    """The file was renamed into place, yet its name does not find it with the size
    written: the stick was pulled out (the writes went to a disk no longer there)."""

    def __init__(self, final: Path) -> None:
        super().__init__(errno.EIO, "written but not found again", str(final))
        self.final = final


def confirm_written(final: Path, size: int) -> None:
    """Look the finished file up again by its name (not through the open file, which
    still reaches a pulled stick) and check its size; a wrong one is removed."""
    try:
        found = os.stat(final).st_size
    except OSError as exc:
        raise NotReadBack(final) from exc
    if found != size:
        with contextlib.suppress(OSError):
            os.unlink(final)
        raise NotReadBack(final)


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


def reserve_unique(folder: Path, stem: str, suffix: str) -> Path:
    """A name `stem+suffix` in `folder` (or `stem-2+suffix`, `stem-3+suffix`, …) that no
    file has, held by creating its `.part` exclusively: two backups named by the same
    second, in one process or two, never write to one file. The caller writes the `.part`
    (truncating it, never removing it) and renames it into place, or removes it."""
    for n in itertools.count(1):
        final = folder / (f"{stem}{suffix}" if n == 1 else f"{stem}-{n}{suffix}")
        if final.exists():
            continue
        try:
            fd = os.open(part_path(final), os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        except FileExistsError:
            continue
        os.close(fd)
        if final.exists():  # another finished it between the two looks
            part_path(final).unlink(missing_ok=True)
            continue
        return final
    raise AssertionError("unreachable")  # pragma: no cover - count() never ends


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
            size = os.fstat(handle.fileno()).st_size
        replace(temp, final)
        fsync_dir(final.parent)
        confirm_written(final, size)
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
            size = os.fstat(handle.fileno()).st_size
        replace(temp, final)
        fsync_dir(final.parent)
        confirm_written(final, size)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
