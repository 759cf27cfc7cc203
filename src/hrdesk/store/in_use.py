"""Which running copies of HR Desk have a profile's store open: one lock file each.

A restore replaces the store file under every copy that has it open. On Windows the
replace fails with a sharing violation (a traceback, before this); on Linux it succeeds and
the other copy goes on writing to the replaced file. So every open store holds a lock on a
file of its own in `<profile>/.in-use/`, and a restore first checks that no other process
holds one. A copy that crashed leaves its file unlocked: it counts for nothing, and is
removed once it is a minute old.

Exclusive locks only, because that is what both systems offer plainly: `fcntl.flock` on
Linux and macOS, `msvcrt.locking` on Windows.
"""

from __future__ import annotations

import contextlib
import os
import sys
import time
import uuid
from pathlib import Path

FOLDER = ".in-use"
STALE_AFTER = 60.0  # seconds: a new file is being locked by its maker, not left behind
# This process's own lock files: never counted as "another copy".
_MINE: set[Path] = set()


def _try_lock(fd: int) -> bool:
    if sys.platform == "win32":
        import msvcrt

        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _unlock(fd: int) -> None:
    with contextlib.suppress(OSError):
        if sys.platform == "win32":
            import msvcrt

            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        else:
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_UN)


class InUse:
    """This process's mark on a profile: held from the store's opening to its closing."""

    def __init__(self, root: Path) -> None:
        folder = Path(root) / FOLDER
        folder.mkdir(parents=True, exist_ok=True)
        self.path = folder / f"{os.getpid()}-{uuid.uuid4().hex[:12]}.lock"
        self.fd: int | None = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600)
        os.write(self.fd, f"{os.getpid()}\n".encode("ascii"))
        os.lseek(self.fd, 0, os.SEEK_SET)
        _try_lock(self.fd)
        _MINE.add(self.path)

    def release(self) -> None:
        if self.fd is None:
            return
        _unlock(self.fd)
        os.close(self.fd)
        self.fd = None
        _MINE.discard(self.path)
        with contextlib.suppress(OSError):
            self.path.unlink()


def open_elsewhere(root: Path) -> bool:
    """True if another running process has this profile's store open."""
    folder = Path(root) / FOLDER
    if not folder.is_dir():
        return False
    for path in folder.glob("*.lock"):
        if path in _MINE:
            continue
        try:
            fd = os.open(path, os.O_RDWR)
        except FileNotFoundError:
            continue  # closed while we looked
        except PermissionError:
            return True  # Windows: a file being deleted, or held without sharing
        try:
            if not _try_lock(fd):
                return True
            _unlock(fd)
        finally:
            os.close(fd)
        with contextlib.suppress(OSError):
            if time.time() - path.stat().st_mtime > STALE_AFTER:
                path.unlink()  # left by a copy that stopped without closing
    return False
