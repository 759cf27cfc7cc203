"""What a failed file operation means for the officer, on Linux and on Windows.

Windows maps its own error codes onto errno for Python, and not always helpfully: a
write-protected stick (ERROR_WRITE_PROTECT, 19) and a drive that is not ready (ERROR_NOT_READY,
21) both arrive as EACCES ("no permission"), a path too long (ERROR_FILENAME_EXCED_RANGE,
206) as ENOENT ("went away"), a file held by another program (ERROR_SHARING_VIOLATION, 32)
as EACCES. So the Windows code (`OSError.winerror`, present only on Windows) is read first.
"""

from __future__ import annotations

import errno
import time
from collections.abc import Callable
from enum import Enum
from typing import TypeVar

T = TypeVar("T")

# Windows system error codes (winerror.h).
ERROR_ACCESS_DENIED = 5
ERROR_WRITE_PROTECT = 19
ERROR_NOT_READY = 21
ERROR_SHARING_VIOLATION = 32
ERROR_LOCK_VIOLATION = 33
ERROR_DEV_NOT_EXIST = 55
ERROR_DISK_FULL = 112
ERROR_FILENAME_EXCED_RANGE = 206
ERROR_NO_SUCH_DEVICE = 433
ERROR_FILE_INVALID = 1006  # "the volume ... has been externally altered": a pulled stick
ERROR_DEVICE_NOT_CONNECTED = 1167

_WIN_READ_ONLY = {ERROR_WRITE_PROTECT}
_WIN_GONE = {
    ERROR_NOT_READY,
    ERROR_DEV_NOT_EXIST,
    ERROR_NO_SUCH_DEVICE,
    ERROR_FILE_INVALID,
    ERROR_DEVICE_NOT_CONNECTED,
}
_WIN_IN_USE = {ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION}
_GONE = {errno.ENOENT, errno.ENODEV, errno.ENXIO, errno.EIO, errno.ESTALE}


class FileProblem(Enum):
    """The few things an officer can do something about."""

    FULL = "full"
    READ_ONLY = "read_only"
    DENIED = "denied"
    GONE = "gone"
    TOO_LONG = "too_long"
    IN_USE = "in_use"
    OTHER = "other"


def winerror(exc: BaseException) -> int | None:
    """The Windows error code of an OSError (None elsewhere, or when Windows gave none)."""
    code = getattr(exc, "winerror", None)
    return code if isinstance(code, int) else None


def file_problem(exc: OSError) -> FileProblem:
    """Classify a failed file operation, Windows' own code first."""
    win = winerror(exc)
    if win is not None:
        if win in _WIN_READ_ONLY:
            return FileProblem.READ_ONLY
        if win in _WIN_GONE:
            return FileProblem.GONE
        if win == ERROR_FILENAME_EXCED_RANGE:
            return FileProblem.TOO_LONG
        if win in _WIN_IN_USE:
            return FileProblem.IN_USE
        if win == ERROR_DISK_FULL:
            return FileProblem.FULL
    code = exc.errno
    if code in (errno.ENOSPC, errno.EDQUOT):
        return FileProblem.FULL
    if code == errno.EROFS:
        return FileProblem.READ_ONLY
    if code == errno.ENAMETOOLONG:
        return FileProblem.TOO_LONG
    if code in (errno.EACCES, errno.EPERM):
        return FileProblem.DENIED
    if code in _GONE:
        return FileProblem.GONE
    if code in (errno.EBUSY, errno.ETXTBSY):
        return FileProblem.IN_USE
    return FileProblem.OTHER


def is_transient(exc: BaseException) -> bool:
    """A file held for a moment by another program: the antivirus scanning a file just
    written, the search indexer, a sync client. On Windows that refuses a rename or a
    delete with ERROR_ACCESS_DENIED or a sharing violation; it passes within a second."""
    return isinstance(exc, PermissionError) and winerror(exc) in (
        ERROR_ACCESS_DENIED,
        ERROR_SHARING_VIOLATION,
        ERROR_LOCK_VIOLATION,
    )


# About two seconds in all: long enough for a virus scan of a freshly written file, short
# enough that a file really held open (another program) is reported without a long wait.
RETRY_DELAYS = (0.05, 0.1, 0.2, 0.4, 0.6, 0.8)


def retry_transient(action: Callable[[], T], delays: tuple[float, ...] = RETRY_DELAYS) -> T:
    """Run `action`, again after each delay while it fails only for a moment (is_transient)."""
    for delay in delays:
        try:
            return action()
        except OSError as exc:
            if not is_transient(exc):
                raise
        time.sleep(delay)
    return action()
