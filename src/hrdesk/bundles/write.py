"""Writing a finished package to a folder, typically a USB stick, and proving it arrived.

The file is written as `<name>.part`, flushed and fsynced, renamed to its name, and the
folder fsynced; then it is read back from the stick and verified (hash, signature and
every file). A full stick, a pulled one, or a copy that reads back wrong leaves no file
with the package's name and no `.part` behind (as far as the stick still lets us clean).
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import Any, BinaryIO

from hrdesk.bundles.minisign import PublicKey
from hrdesk.bundles.progress import Steps
from hrdesk.bundles.verify import file_sha512, verify_package
from hrdesk.domain.errors import StoreError, ValidationError
from hrdesk.messages.reasons import os_reason
from hrdesk.oserrors import FileProblem, file_problem
from hrdesk.store.files import fsync_dir, part_path, replace

CHUNK = 1 << 20


class WriteFailed(StoreError):
    """The package could not be written to the folder; `folder` is where it was going."""

    def __init__(self, code: str, /, *, folder: Path, **params: Any) -> None:
        super().__init__(code, folder=folder, **params)
        self.folder = folder


def explain(exc: OSError, folder: Path, size: int) -> WriteFailed:
    """What went wrong, in words an officer can act on (Windows' own error code first)."""
    problem = file_problem(exc)
    if problem is FileProblem.FULL:
        return WriteFailed("package.folder_full", folder=folder, size=f"{size:,}")
    if problem is FileProblem.READ_ONLY:
        return WriteFailed("package.folder_read_only", folder=folder)
    if problem is FileProblem.TOO_LONG:
        return WriteFailed("package.path_too_long", folder=folder)
    if problem is FileProblem.IN_USE:
        return WriteFailed("package.file_in_use", folder=folder)
    if problem is FileProblem.DENIED:
        return WriteFailed("package.folder_no_permission", folder=folder)
    if problem is FileProblem.GONE:
        return WriteFailed("package.folder_gone", folder=folder)
    return WriteFailed("package.not_written", folder=folder, reason=os_reason(exc))


def _write_chunk(out: BinaryIO, chunk: bytes) -> None:
    out.write(chunk)


def _copy(source: Path, part: Path, steps: Steps) -> None:
    total = max(source.stat().st_size, 1)
    done = 0
    with open(source, "rb") as src, open(part, "xb") as out:
        while chunk := src.read(CHUNK):
            _write_chunk(out, chunk)
            done += len(chunk)
            steps.report(done / total, "stage.writing")
        out.flush()
        os.fsync(out.fileno())


def _drop_cache(path: Path) -> None:
    """Ask the OS to forget its cached copy, so reading back reads the stick itself."""
    advise = getattr(os, "posix_fadvise", None)
    if advise is None:
        return
    with contextlib.suppress(OSError), open(path, "rb") as handle:
        advise(handle.fileno(), 0, 0, os.POSIX_FADV_DONTNEED)


def _remove(*paths: Path) -> None:
    for path in paths:
        with contextlib.suppress(OSError):
            path.unlink()


def write_verified(
    source: Path,
    to_dir: Path,
    name: str,
    public: PublicKey | None,
    sha512: str,
    *,
    workdir: Path | None = None,
    steps: Steps | None = None,
) -> Path:
    """Copy the finished package `source` to `to_dir/name` and check the copy: verified
    against `public`, or, for a sealed package (`public` None: only the centre can open
    it), its SHA-512 alone.

    Raises ValidationError for a folder that does not exist or already holds the name,
    WriteFailed (naming the folder) when writing or reading back fails.
    """
    steps = steps or Steps()
    to_dir = Path(to_dir)
    if not to_dir.is_dir():
        raise ValidationError("to_dir", "package.not_a_folder", path=to_dir)
    final = to_dir / name
    part = part_path(final)
    if final.exists() or part.exists():
        raise ValidationError("to_dir", "package.exists", path=final)
    size = source.stat().st_size
    renamed = False
    try:
        _copy(source, part, steps.part(0.0, 0.6))
        steps.check()  # the last moment a cancel leaves nothing behind
        replace(part, final)
        renamed = True
        fsync_dir(to_dir)
    except OSError as exc:
        _remove(part, *([final] if renamed else []))
        raise explain(exc, to_dir, size) from exc
    except BaseException:
        _remove(part, *([final] if renamed else []))
        raise
    # Renamed into place: from here on a cancel would leave a package the ledger lacks.
    steps = steps.uncancellable()
    steps.report(0.65, "stage.reading_back")
    read_back: str | None
    try:
        _drop_cache(final)
        if public is None:
            ok, why, read_back = True, "its hash differs", file_sha512(final)
        else:
            report = verify_package(final, [public], workdir=workdir, progress=None, cancelled=None)
            ok, read_back = report.ok, report.sha512
            # The verifier's reason is English until bundles/verify.py speaks in codes.
            why = report.failure.line().strip() if report.failure else "its hash differs"
    except OSError as exc:
        _remove(final)
        raise explain(exc, to_dir, size) from exc
    if not ok or read_back != sha512:
        _remove(final)
        raise WriteFailed("package.read_back_differs", folder=to_dir, reason=why)
    steps.report(1.0, "stage.written")
    return final
