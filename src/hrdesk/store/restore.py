"""Restoring a backup: check it (schema, key, content), set the current store aside, swap.

Only an administrator of the backup's own store may restore it, signing in with the
password that opens the backup's key slot. The current store is kept (even damaged) in
the profile's backups before it is replaced.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from hrdesk.domain.errors import PermissionDenied, StoreError
from hrdesk.profile import Profile
from hrdesk.store.backup import connect, file_summary
from hrdesk.store.backup_files import BackupInfo, extract, read_info, set_aside
from hrdesk.store.files import fsync_dir, replace
from hrdesk.store.in_use import open_elsewhere
from hrdesk.store.keyfile import KeyFile
from hrdesk.store.migrate import check_compatible


@dataclass
class RestorePlan:
    info: BackupInfo
    work: Path
    db: Path
    keys: Path

    def discard(self) -> None:
        shutil.rmtree(self.work, ignore_errors=True)


def check_not_open_elsewhere(profile: Profile) -> None:
    """Refuse while another window or command has the store open: the swap would pull
    the store from under it (on Windows the swap itself fails)."""
    if open_elsewhere(profile.root):
        raise StoreError("backup.open_elsewhere", path=profile.root)


def prepare_restore(profile: Profile, backup: Path, username: str, password: str) -> RestorePlan:
    """Open and verify the backup as this officer; nothing in the profile changes yet."""
    check_not_open_elsewhere(profile)
    info = read_info(backup)
    check_compatible(info.schema or None)
    profile.ensure()
    work = Path(tempfile.mkdtemp(dir=profile.root, prefix=".restore-"))
    try:
        db, keys = extract(backup, work)
        if keys is None:
            raise StoreError("backup.no_keys", name=backup.name)
        key = KeyFile.load(keys).unwrap(username, password)
        if file_summary(db, key) != (info.counts, info.digest):
            raise StoreError("backup.content_differs", name=backup.name)
        connection = connect(db, key)
        try:
            row = connection.execute(
                "SELECT role, active FROM officers WHERE username = ?", (username,)
            ).fetchone()
        finally:
            connection.close()
        if row is None or row[0] != "admin" or not row[1]:
            raise PermissionDenied("backup.restore_needs_admin")
        return RestorePlan(info, work, db, keys)
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise


def apply_restore(profile: Profile, plan: RestorePlan) -> Path | None:
    """Replace the profile's store and keys with the backup's. The store must be closed.

    Returns the folder where the previous store was set aside (None if there was none).
    """
    try:
        check_not_open_elsewhere(profile)
    except StoreError:
        plan.discard()
        raise
    aside = set_aside(profile, "before-restore")
    try:
        for suffix in ("-wal", "-shm"):
            # They belong to the store being replaced (kept aside above), not to the backup.
            with contextlib.suppress(FileNotFoundError):
                os.remove(f"{profile.store_path}{suffix}")
        replace(plan.db, profile.store_path)
        replace(plan.keys, profile.keys_path)
        fsync_dir(profile.root)
    finally:
        plan.discard()
    return aside
