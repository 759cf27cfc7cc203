"""Why the operating system refused, in both languages: an OSError's own text is English
(or the system's language), so the common causes are named here."""

from __future__ import annotations

import errno

from hrdesk.messages import Localized

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


def os_reason(exc: OSError) -> Localized | str:
    """A message's {reason} for `exc`: named in both languages when the cause is a common
    one, else the system's own words."""
    known = _REASONS.get(exc.errno) if exc.errno is not None else None
    return known if known is not None else (exc.strerror or str(exc))
