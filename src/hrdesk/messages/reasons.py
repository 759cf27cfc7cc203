"""Why the operating system refused, in both languages: an OSError's own text is English
(or the system's language), so the common causes are named here.

Windows' own error code comes first (hrdesk.oserrors.file_problem): Windows reports a
write-protected stick (19) or a drive that is not ready (21) as "permission denied", and a
path too long (206) as "no such file". Where its code says no more than errno, errno is
named as it is: a file that is not there (ENOENT) is a missing file here, not a stick
pulled out, which is what a folder going away in the middle of writing means to
`file_problem`.
"""

from __future__ import annotations

import errno

from hrdesk.messages import Localized
from hrdesk.oserrors import FileProblem, file_problem

_REASONS = {
    errno.EACCES: Localized("không có quyền", "permission denied"),
    errno.EPERM: Localized("không được phép", "operation not permitted"),
    errno.ENOSPC: Localized("ổ đĩa đã đầy", "no space left on the disk"),
    errno.EROFS: Localized("ổ đĩa chỉ đọc", "the disk is read-only"),
    errno.ENOENT: Localized("không có tệp hoặc thư mục này", "no such file or folder"),
    errno.ENOTDIR: Localized("một phần của đường dẫn không phải là thư mục", "not a folder"),
    errno.EISDIR: Localized("đây là thư mục", "it is a folder"),
    errno.EEXIST: Localized("đã có", "it already exists"),
    errno.EIO: Localized("lỗi đọc ghi trên ổ đĩa", "input/output error on the disk"),
}

_PROBLEMS = {
    FileProblem.FULL: Localized("ổ đĩa đã đầy", "no space left on the disk"),
    FileProblem.READ_ONLY: Localized(
        "ổ đĩa chỉ đọc (USB có bị khóa ghi không?)", "the disk is read-only (is the stick locked?)"
    ),
    FileProblem.DENIED: Localized("không có quyền", "permission denied"),
    FileProblem.GONE: Localized(
        "ổ đĩa không sẵn sàng hoặc đã bị rút ra (USB còn cắm không?)",
        "the drive is not ready or was removed (is the stick plugged in?)",
    ),
    FileProblem.TOO_LONG: Localized(
        "đường dẫn quá dài đối với Windows (hãy chọn thư mục gần gốc ổ đĩa hơn)",
        "the path is too long for Windows (choose a folder nearer the drive)",
    ),
    FileProblem.IN_USE: Localized(
        "một chương trình khác đang dùng tệp (hãy đóng nó rồi thử lại)",
        "another program is using the file (close it and try again)",
    ),
}


def os_reason(exc: OSError) -> Localized | str:
    """A message's {reason} for `exc`: named in both languages when the cause is a common
    one, else the system's own words."""
    problem = file_problem(exc)
    # What errno alone would say: when Windows' code says otherwise, its code is right.
    by_errno = file_problem(OSError(exc.errno, exc.strerror))
    if problem is not by_errno and problem in _PROBLEMS:
        return _PROBLEMS[problem]
    known = _REASONS.get(exc.errno) if exc.errno is not None else None
    if known is not None:
        return known
    # What errno's table leaves: a name too long, a busy file, a quota, a device gone.
    return _PROBLEMS.get(problem) or exc.strerror or str(exc)
