"""Windows' file errors in words an officer can act on, and the moment's wait for a file
the antivirus or the indexer holds.

On Windows an OSError carries `winerror`, and Python's errno for it is often misleading:
a write-protected stick (19) and a drive that is not ready (21) arrive as EACCES, a path
too long (206) as ENOENT. The errors below are built as Windows builds them (errno from
its table, winerror set), since no Windows drive can be made to fail here.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from hrdesk.bundles.write import explain
from hrdesk.messages.reasons import os_reason
from hrdesk.oserrors import FileProblem, file_problem, is_transient, retry_transient
from hrdesk.store.files import atomic_write_bytes


def windows_error(code: int, winerror: int, text: str) -> OSError:
    """An OSError as CPython raises it on Windows: errno from its own table, and winerror."""
    exc = OSError(code, text)  # PermissionError for EACCES, FileNotFoundError for ENOENT
    exc.winerror = winerror  # set by CPython itself on Windows only
    return exc


WRITE_PROTECTED = windows_error(errno.EACCES, 19, "The media is write protected")
NOT_READY = windows_error(errno.EACCES, 21, "The device is not ready")
TOO_LONG = windows_error(errno.ENOENT, 206, "The filename or extension is too long")
SHARING = windows_error(errno.EACCES, 32, "The process cannot access the file")


@pytest.mark.parametrize(
    ("exc", "problem", "words"),
    [
        (WRITE_PROTECTED, FileProblem.READ_ONLY, "read-only (is the stick locked?)"),
        (NOT_READY, FileProblem.GONE, "went away while writing (was the stick removed?)"),
        (TOO_LONG, FileProblem.TOO_LONG, "too long for Windows"),
        (SHARING, FileProblem.IN_USE, "Another program is using the file"),
        (windows_error(errno.EACCES, 5, "Access is denied"), FileProblem.DENIED, "No permission"),
        (windows_error(errno.ENOSPC, 112, "not enough space"), FileProblem.FULL, "is full"),
    ],
    ids=["write-protected-19", "not-ready-21", "too-long-206", "in-use-32", "denied-5", "full"],
)
def test_a_windows_error_is_named_by_its_windows_code(exc, problem, words):
    assert file_problem(exc) is problem
    folder = Path("E:/")
    text = str(explain(exc, folder, 1000))
    assert words in text and str(folder) in text
    if problem is not FileProblem.DENIED:
        assert "No permission" not in text


def test_linux_errors_keep_their_meaning():
    assert file_problem(OSError(errno.EROFS, "Read-only file system")) is FileProblem.READ_ONLY
    assert file_problem(OSError(errno.ENAMETOOLONG, "File name too long")) is FileProblem.TOO_LONG
    assert file_problem(PermissionError(errno.EACCES, "Permission denied")) is FileProblem.DENIED
    assert file_problem(OSError(errno.EIO, "I/O error")) is FileProblem.GONE
    assert not is_transient(PermissionError(errno.EACCES, "Permission denied"))


class HeldFor:
    """A rename that Windows refuses while the antivirus holds the file, `times` times."""

    def __init__(self, source: Path, target: Path, times: int, winerror: int = 32) -> None:
        self.source, self.target, self.left, self.winerror = source, target, times, winerror
        self.tries = 0

    def __call__(self) -> None:
        self.tries += 1
        if self.left:
            self.left -= 1
            raise windows_error(errno.EACCES, self.winerror, "in use")
        os.replace(self.source, self.target)


def test_a_rename_refused_for_a_moment_is_tried_again(tmp_path):
    source, target = tmp_path / "report.pdf.part", tmp_path / "report.pdf"
    source.write_bytes(b"%PDF")
    held = HeldFor(source, target, times=2)
    retry_transient(held, delays=(0.0, 0.0, 0.0))
    assert held.tries == 3 and target.read_bytes() == b"%PDF" and not source.exists()


def test_a_file_held_for_good_is_reported_after_the_last_try(tmp_path):
    source, target = tmp_path / "report.pdf.part", tmp_path / "report.pdf"
    source.write_bytes(b"%PDF")
    held = HeldFor(source, target, times=10, winerror=5)
    with pytest.raises(PermissionError) as caught:
        retry_transient(held, delays=(0.0, 0.0))
    assert held.tries == 3 and caught.value.winerror == 5
    assert source.exists() and not target.exists()


def test_other_errors_are_not_retried(tmp_path):
    tries = []

    def full() -> None:
        tries.append(1)
        raise OSError(errno.ENOSPC, "No space left on device")

    with pytest.raises(OSError):
        retry_transient(full, delays=(0.0, 0.0))
    assert len(tries) == 1


def test_the_atomic_writer_still_leaves_no_part_file(tmp_path):
    atomic_write_bytes(tmp_path / "a.txt", b"x")
    assert [p.name for p in tmp_path.iterdir()] == ["a.txt"]


def test_backup_errors_name_the_windows_problem_in_both_languages():
    # A backup's, a key file's or a profile's {reason}: Windows' own code read first.
    assert os_reason(WRITE_PROTECTED).text("en") == "the disk is read-only (is the stick locked?)"
    assert os_reason(WRITE_PROTECTED).text("vi") == "ổ đĩa chỉ đọc (USB có bị khóa ghi không?)"
    assert os_reason(TOO_LONG).text("en").startswith("the path is too long for Windows")
    assert os_reason(TOO_LONG).text("vi").startswith("đường dẫn quá dài đối với Windows")
    assert os_reason(NOT_READY).text("en").startswith("the drive is not ready or was removed")
    assert os_reason(SHARING).text("vi").startswith("một chương trình khác đang dùng tệp")
    assert os_reason(windows_error(errno.EACCES, 5, "Access is denied")).text("vi") == (
        "không có quyền"
    )
    assert os_reason(OSError(errno.EINVAL, "Invalid argument")) == "Invalid argument"


def test_a_missing_file_is_not_a_stick_pulled_out():
    # file_problem counts ENOENT as "went away" (a folder gone while writing); a key file
    # or a backup that is not there is just not there, on Linux and on Windows alike.
    missing = FileNotFoundError(errno.ENOENT, "No such file or directory")
    assert file_problem(missing) is FileProblem.GONE
    assert os_reason(missing).text("en") == "no such file or folder"
    windows_missing = windows_error(errno.ENOENT, 2, "The system cannot find the file specified")
    assert os_reason(windows_missing).text("vi") == "không có tệp hoặc thư mục này"
    assert (
        os_reason(OSError(errno.ENAMETOOLONG, "File name too long"))
        .text("en")
        .startswith("the path is too long")
    )
    assert (
        os_reason(OSError(errno.EBUSY, "Device or resource busy"))
        .text("en")
        .startswith("another program is using the file")
    )


def test_an_old_backup_that_cannot_be_removed_does_not_fail_the_new_one(desk):
    from datetime import UTC, datetime, timedelta

    from hrdesk.store.backup_files import auto_backup, auto_backups, keep

    now = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
    folder = desk.profile.backups_dir
    for days in (16, 15, 9, 8, 7, 6, 5, 4, 3, 2, 1):
        _change(desk, days)  # an unchanged store is not backed up again
        auto_backup(desk.store, now - timedelta(days=days))
    found = auto_backups(folder)
    kept = keep([t for t, _ in found] + [now], now)
    doomed = next(path for stamp, path in found if stamp not in kept)
    # A backup the rotation drops cannot be deleted: a folder in its place here; on
    # Windows, a file the antivirus or the indexer is reading.
    doomed.unlink()
    doomed.mkdir()
    (doomed / "held").write_bytes(b"")
    _change(desk, 0)
    made = auto_backup(desk.store, now)
    assert made is not None and made.is_file()
    assert doomed.exists()


def _change(desk, n: int) -> None:
    from tests.factories import petition

    with desk.store.transaction(desk.actor) as s:
        petition(s, summary=f"Đơn số {n}", petitioners=[{"full_name": f"Người {n}"}])
