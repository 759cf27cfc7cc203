"""Backups that fit the disk: made only when the store changed, never filling the disk,
and the automatic copies kept within the disk budget the administrator sets."""

from __future__ import annotations

import contextlib
import os
import shutil
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select

from hrdesk.domain.errors import HRDeskError, StoreError
from hrdesk.domain.notice import Notice, Notify
from hrdesk.domain.settings import BACKUP_BUDGET_MB, BACKUP_MIN_FREE_MB, SettingVar
from hrdesk.store.backup import summary

MB = 1024 * 1024


def office_setting(store: Any, var: SettingVar[int]) -> int:
    """An office setting read straight from the store (the backup runs below the services)."""
    from hrdesk.store.models import Setting

    with store.engine.connect() as connection:
        text = connection.execute(select(Setting.value).where(Setting.key == var.key)).scalar()
    return var.stored(text)


def store_bytes(store: Any) -> int:
    """The size of the store's files: what a copy of it takes, before it is zipped."""
    return profile_store_bytes(store.profile)


def profile_store_bytes(profile: Any) -> int:
    """The size of a profile's store files (open or not)."""
    path = Path(profile.store_path)
    total = 0
    for part in (path, Path(f"{path}-wal")):
        with contextlib.suppress(OSError):
            total += part.stat().st_size
    return total


def _existing(folder: Path) -> Path:
    """The folder, or its nearest existing parent (a backup makes its folder)."""
    for candidate in (folder, *folder.parents):
        if candidate.exists():
            return candidate
    return folder


def check_free_space(store: Any, target_folder: Path) -> None:
    """Refuse, before anything is written, a backup the disks have no room for: the
    working copy goes in the profile's folder and the finished file in `target_folder`
    (both on one disk when the backup stays in the profile), each leaving the office's
    minimum free space untouched."""
    size = store_bytes(store)
    reserve = office_setting(store, BACKUP_MIN_FREE_MB) * MB
    work = Path(store.profile.root)
    needs: dict[int, tuple[Path, int]] = {}
    for folder in (work, _existing(Path(target_folder))):
        device = os.stat(folder).st_dev
        first, amount = needs.get(device, (folder, 0))
        needs[device] = (first, amount + size)
    for folder, amount in needs.values():
        require_room(folder, amount, reserve, "backup.no_space")


def default_reserve() -> int:
    """The free space to leave when the office's own setting cannot be read (the store is
    closed, or at a schema from before the setting)."""
    return BACKUP_MIN_FREE_MB.default * MB


def upgrade_reserve(store: Any) -> int:
    """The free space to leave when copying a store before its migration: the office's
    setting where its schema has one, else the default."""
    from sqlalchemy.exc import SQLAlchemyError

    try:
        return office_setting(store, BACKUP_MIN_FREE_MB) * MB
    except SQLAlchemyError:
        return default_reserve()


def require_room(folder: Path, needed: int, reserve: int, code: str) -> None:
    """Refuse with `code` (its folder, needed, reserve and free in MB) when `folder`'s disk
    cannot take `needed` bytes and still keep `reserve` free."""
    folder = _existing(Path(folder))
    free = shutil.disk_usage(folder).free
    if free < needed + reserve:
        raise StoreError(
            code, folder=folder, needed=_mb(needed), reserve=_mb(reserve), free=_mb(free)
        )


def _mb(amount: int) -> int:
    return -(-amount // MB)  # rounded up: "needs 1 MB" for a few bytes


def unchanged_since(store: Any, backup: Path) -> bool:
    """The store holds exactly what `backup` holds: the same rows counted per table, the
    same highest row ids and the same newest audit entry (every change made through HR
    Desk extends the hash-chained audit log), at the same schema revision."""
    from hrdesk.store.backup_files import read_info
    from hrdesk.store.migrate import current_revision

    try:
        info = read_info(backup)
    except HRDeskError:
        return False  # an unreadable last copy is no copy: make a new one
    raw = store.engine.raw_connection()
    try:
        _counts, digest = summary(raw.driver_connection)
    finally:
        raw.close()
    with store.engine.connect() as connection:
        schema = current_revision(connection) or ""
    return digest == info.digest and schema == info.schema


def keep_within_budget(copies: list[tuple[datetime, int]], budget: int) -> set[datetime]:
    """Which of the dated copies (`(made, size)`) to keep within `budget` bytes so that a
    restore can still reach as far back as the budget allows: the newest always; with it
    the oldest copy that fits beside it (usually a monthly one); then, while too much is
    kept, drop the copy in between whose going leaves the smallest gap between its
    neighbours (the older of equals), so the dates kept stay spread over the span."""
    if not copies:
        return set()
    ordered = sorted(copies)
    if sum(size for _, size in ordered) <= budget:
        return {stamp for stamp, _ in ordered}
    newest, newest_size = ordered[-1]
    anchors = [i for i, (_, size) in enumerate(ordered[:-1]) if newest_size + size <= budget]
    if not anchors:
        return {newest}
    kept = ordered[anchors[0] :]
    used = sum(size for _, size in kept)
    while used > budget:
        # kept[0] (the anchor) and kept[-1] (the newest) fit together: this ends.
        _gap, index = min((kept[i + 1][0] - kept[i - 1][0], i) for i in range(1, len(kept) - 1))
        used -= kept.pop(index)[1]
    return {stamp for stamp, _ in kept}


def fit_budget(
    store: Any, found: list[tuple[datetime, Path]], notify: Notify | None = None
) -> list[Path]:
    """Remove automatic backups (`found`, oldest first) until the kept ones fit the
    office's budget, keeping the dates spread (`keep_within_budget`); the newest is always
    kept. Says what was removed through `notify`."""
    budget = office_setting(store, BACKUP_BUDGET_MB) * MB
    if budget == 0 or not found:
        return []
    # Two copies made in one second share a stamp: a microsecond apart here, in order.
    keys: list[datetime] = []
    for stamp, _ in found:
        keys.append(max(stamp, keys[-1] + timedelta(microseconds=1)) if keys else stamp)
    sizes = {
        key: (path.stat().st_size if path.exists() else 0)
        for key, (_, path) in zip(keys, found, strict=True)
    }
    kept = keep_within_budget(list(sizes.items()), budget)
    used = sum(sizes[key] for key in kept)
    dropped = [item for key, item in zip(keys, found, strict=True) if key not in kept]
    removed: list[datetime] = []
    gone: list[Path] = []
    for stamp, path in dropped:
        try:
            path.unlink(missing_ok=True)
        except OSError:
            continue  # held by the antivirus or the indexer: it goes next time
        removed.append(stamp)
        gone.append(path)
    if notify is not None:
        if removed:
            notify(
                Notice(
                    "backup.budget_dropped",
                    budget=budget // MB,
                    count=len(removed),
                    dates=sorted(removed),
                    kept=len(found) - len(removed),
                )
            )
        if used > budget:
            notify(Notice("backup.budget_too_small", budget=budget // MB, size=_mb(used)))
    return gone
