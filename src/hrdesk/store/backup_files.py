"""Backup files: one `.hrbackup` zip holding the encrypted store, the wrapped keys and a
description, so that a backup on a USB stick can be restored on another laptop by an
officer who knows their password, and tells what it holds without any password.

Automatic backups rotate in the profile: at most one a day, keeping 7 daily, 4 weekly
and 12 monthly copies.
"""

from __future__ import annotations

import contextlib
import errno
import itertools
import json
import os
import shutil
import tempfile
import zipfile
import zlib
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from hrdesk.domain.errors import StoreError, ValidationError
from hrdesk.domain.notice import Notify
from hrdesk.messages.reasons import os_reason
from hrdesk.store.backup import copy_store, file_summary
from hrdesk.store.backup_space import check_free_space, fit_budget, unchanged_since
from hrdesk.store.files import fsync_dir, part_path, replace, reserve_unique
from hrdesk.workdir import working_folder

if TYPE_CHECKING:  # the store's own modules import this one
    from hrdesk.profile import Profile
    from hrdesk.store.database import Store

SUFFIX = ".hrbackup"
DB_NAME, KEYS_NAME, INFO_NAME = "hrdesk.db", "keys.json", "info.json"
AUTO_PREFIX = "auto-"
UNCHANGED_MARK = "auto-unchanged-since-last.txt"  # when the store was last found unchanged


@dataclass(frozen=True)
class BackupInfo:
    made_at: datetime
    office: str
    schema: str
    counts: dict[str, int]
    digest: str
    app_version: str

    @property
    def records(self) -> int:
        return sum(
            n for t, n in self.counts.items() if t not in ("audit_entries", "alembic_version")
        )


def write_backup(store: Store, target: Path, progress: Any = None) -> Path:
    """Write a backup named like `target` atomically: copy the store (checked), zip it with
    the keys, then read the written file back (every byte against the zip's checksums).
    An existing file is never replaced: the backup takes the next free name (`-2`, …),
    which is returned."""
    target = Path(target)
    if target.suffix != SUFFIX:
        target = target.with_name(target.name + SUFFIX)
    check_free_space(store, target.parent)
    try:
        target = reserve_unique(target.parent, target.name[: -len(SUFFIX)], SUFFIX)
    except OSError as exc:
        raise StoreError("backup.not_written", folder=target.parent, reason=os_reason(exc)) from exc
    temp = part_path(target)
    try:
        with working_folder(store.profile.root, ".backup-") as work:
            _write_zip(store, work, temp, progress)
        replace(temp, target)
        fsync_dir(target.parent)
    except OSError as exc:
        raise StoreError("backup.not_written", folder=target.parent, reason=os_reason(exc)) from exc
    finally:
        with contextlib.suppress(OSError):
            temp.unlink(missing_ok=True)
    if progress:
        progress(0.9, "")
    check_written(target)
    return target


def _write_zip(store: Store, work: Path, temp: Path, progress: Any) -> None:
    """The store's checked copy, its keys and its description, zipped to `temp`, fsynced."""
    from hrdesk import __version__
    from hrdesk.store.migrate import current_revision

    copy = work / DB_NAME
    counts, digest = copy_store(store.engine, copy, store.key, progress)
    with store.engine.connect() as connection:
        schema = current_revision(connection) or ""
        office = connection.exec_driver_sql("SELECT name FROM office LIMIT 1").scalar() or ""
    info = {
        "made_at": datetime.now(UTC).isoformat(),
        "office": office,
        "schema": schema,
        "counts": counts,
        "digest": digest,
        "app_version": __version__,
    }
    with zipfile.ZipFile(temp, "w", zipfile.ZIP_STORED) as archive:
        archive.write(copy, DB_NAME)
        if store.profile.keys_path.exists():
            archive.write(store.profile.keys_path, KEYS_NAME)
        archive.writestr(INFO_NAME, json.dumps(info, ensure_ascii=False, indent=1))
    with open(temp, "rb+") as handle:
        os.fsync(handle.fileno())


def check_written(path: Path) -> None:
    """Read a written backup back from the disk (or stick) and check every byte."""
    try:
        with zipfile.ZipFile(path) as archive:
            bad = archive.testzip()
    except (OSError, zipfile.BadZipFile) as exc:
        reason = os_reason(exc) if isinstance(exc, OSError) else str(exc)
        raise StoreError("backup.not_read_back", path=path, reason=reason) from exc
    if bad is not None:
        raise StoreError("backup.read_back_wrong", path=path, reason=bad)


def read_info(path: Path) -> BackupInfo:
    """What a backup holds, without any password."""
    try:
        with zipfile.ZipFile(path) as archive:
            info = json.loads(archive.read(INFO_NAME))
            if DB_NAME not in archive.namelist():
                raise KeyError(DB_NAME)
        return BackupInfo(
            datetime.fromisoformat(info["made_at"]),
            _text(info.get("office", "")),
            _text(info["schema"] or ""),  # none in a store without migrations
            {_text(table): _count(n) for table, n in dict(info["counts"]).items()},
            _text(info["digest"]),
            _text(info.get("app_version", "")),
        )
    # A damaged or hand-made description is no backup: each way it can be wrong, as read.
    except (
        OSError,
        KeyError,
        ValueError,
        TypeError,
        AttributeError,
        EOFError,
        NotImplementedError,
        RuntimeError,
        zipfile.BadZipFile,
        zlib.error,
    ) as exc:
        raise ValidationError("file", "backup.not_a_backup", name=Path(path).name) from exc


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError(f"{value!r} is not a text")
    return value


def _count(value: Any) -> int:
    if type(value) is not int or value < 0:
        raise TypeError(f"{value!r} is not a count")
    return value


def extract(path: Path, folder: Path) -> tuple[Path, Path | None]:
    """Unpack the store (and keys, if present) of a backup into `folder`; a damaged backup
    (a byte changed on the stick) is refused here, before anything uses it."""
    try:
        with zipfile.ZipFile(path) as archive:
            archive.extract(DB_NAME, folder)
            keys = None
            if KEYS_NAME in archive.namelist():
                archive.extract(KEYS_NAME, folder)
                keys = folder / KEYS_NAME
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError) as exc:
        # RuntimeError: an entry marked encrypted; NotImplementedError: another compression.
        raise StoreError("backup.checksums_wrong", name=Path(path).name) from exc
    except OSError as exc:
        if exc.errno != errno.EINVAL:  # the disk it is unpacked to: said as it is
            raise
        # A damaged directory points before the file's start (a seek to a negative offset).
        raise StoreError("backup.checksums_wrong", name=Path(path).name) from exc
    return folder / DB_NAME, keys


def verify_backup(path: Path, key: bytes | None) -> BackupInfo:
    """Read the backup back and check that its store matches its own description."""
    info = read_info(path)
    with tempfile.TemporaryDirectory(
        dir=Path(path).parent, prefix=".verify-", ignore_cleanup_errors=True
    ) as work:
        db, _ = extract(path, Path(work))
        if file_summary(db, key) != (info.counts, info.digest):
            raise StoreError("backup.did_not_verify", name=Path(path).name)
    return info


def auto_backups(folder: Path) -> list[tuple[datetime, Path]]:
    """The automatic backups in `folder`, oldest first."""
    found = []
    for path in folder.glob(f"{AUTO_PREFIX}*{SUFFIX}"):
        # A second backup in the same second is named `…Z-2` (`reserve_unique`).
        stamp, _, n = path.name[len(AUTO_PREFIX) : -len(SUFFIX)].partition("-")
        with contextlib.suppress(ValueError):
            made = datetime.strptime(stamp, "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
            found.append((made, int(n or 1), path))
    return [(made, path) for made, _, path in sorted(found)]


def auto_backup_due(folder: Path, now: datetime | None = None) -> bool:
    """No automatic backup, or the last one (or the last finding that nothing had changed
    since) is a day old."""
    existing = auto_backups(folder)
    now = now or datetime.now(UTC)
    if not existing:
        return True
    last = existing[-1][0]
    with contextlib.suppress(OSError, ValueError):
        last = max(last, datetime.fromisoformat((folder / UNCHANGED_MARK).read_text()))
    return now - last >= timedelta(hours=24)


def auto_backup(
    store: Store, now: datetime | None = None, progress: Any = None, notify: Notify | None = None
) -> Path | None:
    """Back up into the profile unless that was done in the last 24 hours or nothing has
    changed since the last automatic backup; then rotate, and keep the copies within the
    office's disk budget (`notify` hears which copies the budget dropped)."""
    now = now or datetime.now(UTC)
    folder = store.profile.backups_dir
    folder.mkdir(parents=True, exist_ok=True)
    if not auto_backup_due(folder, now):
        return None
    existing = auto_backups(folder)
    if existing and unchanged_since(store, existing[-1][1]):
        # Counting a large store's rows takes seconds: look again in a day, not at every
        # command's end.
        with contextlib.suppress(OSError):
            (folder / UNCHANGED_MARK).write_text(now.isoformat())
        return None
    target = folder / f"{AUTO_PREFIX}{now:%Y%m%dT%H%M%SZ}{SUFFIX}"
    write_backup(store, target, progress)
    prune(folder, now)
    fit_budget(store, auto_backups(folder), notify)
    return target


def keep(
    stamps: list[datetime], now: datetime, daily: int = 7, weekly: int = 4, monthly: int = 12
) -> set[datetime]:
    """The backups to keep: the newest of each of the last `daily` days, `weekly` ISO weeks
    and `monthly` months that have one (grandfather-father-son)."""
    kept: set[datetime] = set()
    for count, bucket in (
        (daily, lambda t: t.date()),
        (weekly, lambda t: t.isocalendar()[:2]),
        (monthly, lambda t: (t.year, t.month)),
    ):
        newest: dict[Any, datetime] = {}
        for stamp in sorted(stamps):
            newest[bucket(stamp)] = stamp
        kept.update(sorted(newest.values(), reverse=True)[:count])
    return kept


def prune(folder: Path, now: datetime) -> list[Path]:
    found = auto_backups(folder)
    kept = keep([t for t, _ in found], now)
    removed = []
    for stamp, path in found:
        if stamp not in kept:
            try:
                path.unlink(missing_ok=True)
            except OSError:
                # Held by the antivirus or the indexer (Windows): the backup just made is
                # sound; this old one goes next time.
                continue
            removed.append(path)
    return removed


def set_aside(profile: Profile, reason: str) -> Path | None:
    """Copy the current store's files (even a damaged one) and keys aside, before a restore."""
    if not profile.store_path.exists():
        return None
    folder = unique_folder(profile.backups_dir, f"{reason}-{datetime.now(UTC):%Y%m%dT%H%M%SZ}")
    for path in (profile.store_path, Path(f"{profile.store_path}-wal"), profile.keys_path):
        if path.exists():
            shutil.copy2(path, folder / path.name)
    return folder


def unique_folder(parent: Path, name: str) -> Path:
    """A new folder `parent/name` (or `name-2`, …): made by this call, no one else's."""
    parent.mkdir(parents=True, exist_ok=True)
    for n in itertools.count(1):
        folder = parent / (name if n == 1 else f"{name}-{n}")
        try:
            folder.mkdir()
        except FileExistsError:
            continue
        return folder
    raise AssertionError("unreachable")  # pragma: no cover - count() never ends
