"""Working folders inside the profile (or a folder the caller gives), never the system's
temporary folder, and none left behind by a crash.

A working folder holds a lock file, locked by the process using it for as long as it
does. `sweep` removes every working folder whose lock nobody holds: its process ended
without removing it (a crash, kill -9, a power cut). Folders of a run still going are
locked and left alone, so two imports, or the centre's parallel requests, never remove
each other's. The lock is the operating system's (flock, or msvcrt on Windows), so it is
released when the process dies, whatever way it dies.
"""

from __future__ import annotations

import contextlib
import shutil
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import IO

LOCK = ".in-use"
# A folder made a moment ago may not hold its lock yet (it is taken microseconds after).
YOUNG = 5.0

if sys.platform == "win32":  # pragma: no cover - exercised on Windows
    import msvcrt

    def _try_lock(handle: IO[bytes]) -> bool:
        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

else:
    import fcntl

    def _try_lock(handle: IO[bytes]) -> bool:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True


def _abandoned(folder: Path) -> bool:
    """True when no process holds the folder's lock and it is not brand new."""
    lock = folder / LOCK
    try:
        made = (lock if lock.exists() else folder).stat().st_mtime
    except OSError:
        return False
    if time.time() - made < YOUNG:
        return False
    try:
        handle = open(lock, "r+b")  # noqa: SIM115 - closed below
    except FileNotFoundError:
        return True
    except OSError:
        return False
    with handle:
        return _try_lock(handle)


def sweep(parent: Path, prefix: str) -> list[Path]:
    """Remove the working folders under `parent` named `prefix…` that no process uses;
    return them. Called when work starts, so a crash's leftovers go at the next start."""
    removed: list[Path] = []
    if not parent.is_dir():
        return removed
    for folder in parent.glob(f"{prefix}*"):
        if folder.is_dir() and not folder.is_symlink() and _abandoned(folder):
            shutil.rmtree(folder, ignore_errors=True)
            removed.append(folder)
    return removed


# hrdesk.store.restore_journal.JOURNAL: while it exists, a restore is not finished.
RESTORE_JOURNAL = "restore-pending.json"
# The profile's working folders: (folder under the profile's root, prefix): a package
# received or staged, the report rendered for a package, the copy a backup zips, a backup
# unpacked for a restore.
PROFILE_FOLDERS = (
    ("received", ".incoming-"),
    ("exports", ".staging-"),
    ("exports", ".report-"),
    (".", ".backup-"),
    (".", ".restore-"),
)


def sweep_profile(root: Path) -> list[Path]:
    """Remove a crash's leftover working folders anywhere in the profile at `root`: called
    when the store is opened, so an import or build killed mid-way leaves nothing for
    longer than until the next start (not only until the next import or build)."""
    removed: list[Path] = []
    for folder, prefix in PROFILE_FOLDERS:
        if prefix == ".restore-" and (root / RESTORE_JOURNAL).exists():
            continue  # a decided restore's files wait there for the next start to finish it
        removed += sweep(root / folder, prefix)
    return removed


class WorkingFolder:
    """A new folder `parent/prefix<uuid>`, locked until `close()` removes it: for work
    that outlives one `with` block (a restore prepared, then applied)."""

    def __init__(self, parent: Path, prefix: str) -> None:
        parent.mkdir(parents=True, exist_ok=True)
        sweep(parent, prefix)
        self.path = parent / f"{prefix}{uuid.uuid4()}"
        self.path.mkdir(mode=0o700)
        self._lock: IO[bytes] | None = open(self.path / LOCK, "w+b")  # noqa: SIM115 - held
        if not _try_lock(self._lock):  # pragma: no cover - a new uuid is nobody else's
            self.close()
            raise OSError(f"{self.path} is in use")

    def close(self) -> None:
        if self._lock is not None:
            self._lock.close()
            self._lock = None
        shutil.rmtree(self.path, ignore_errors=True)


@contextlib.contextmanager
def working_folder(parent: Path, prefix: str) -> Iterator[Path]:
    """A new folder `parent/prefix<uuid>`, locked while in use and removed afterwards;
    leftovers of crashed runs under `parent` are removed first."""
    folder = WorkingFolder(parent, prefix)
    try:
        yield folder.path
    finally:
        folder.close()
