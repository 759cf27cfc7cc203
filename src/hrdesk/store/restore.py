"""Restoring a backup: check it (schema, key, content), set the current store aside, swap.

Only an administrator of the backup's own store may restore it, signing in with the
password that opens the backup's key slot. The current store is kept (even damaged) in
the profile's backups before it is replaced. The swap of the store and its keys is one
step a crash cannot tear (`restore_journal`).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from hrdesk.domain.errors import PermissionDenied, StoreError
from hrdesk.profile import Profile
from hrdesk.store import restore_journal
from hrdesk.store.backup import connect, file_summary
from hrdesk.store.backup_files import BackupInfo, extract, read_info, set_aside
from hrdesk.store.backup_space import default_reserve, profile_store_bytes, require_room
from hrdesk.store.in_use import open_elsewhere
from hrdesk.store.keyfile import KeyFile
from hrdesk.store.migrate import check_compatible
from hrdesk.workdir import WorkingFolder


@dataclass
class RestorePlan:
    info: BackupInfo
    folder: WorkingFolder  # locked while the plan lives: no sweep removes it
    db: Path
    keys: Path

    @property
    def work(self) -> Path:
        return self.folder.path

    def discard(self) -> None:
        self.folder.close()


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
    restore_journal.finish_pending(profile)  # before its folder could be swept below
    folder = WorkingFolder(profile.root, restore_journal.FOLDER_PREFIX)
    work = folder.path
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
        return RestorePlan(info, folder, db, keys)
    except BaseException:
        folder.close()
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
    try:
        check_room_to_set_aside(profile)
        aside = set_aside(profile, "before-restore")
        restore_journal.commit(profile, plan.work)
    except BaseException:
        plan.discard()
        raise
    # Decided: if this process dies now, the next start finishes the swap.
    restore_journal.finish_pending(profile)
    plan.discard()
    return aside


def check_room_to_set_aside(profile: Profile) -> None:
    """Refuse before anything is copied when the profile's disk cannot take the copy of
    the current store that a restore keeps (and still leave the usual reserve free)."""
    needed = profile_store_bytes(profile)
    if profile.keys_path.exists():
        needed += profile.keys_path.stat().st_size
    require_room(profile.backups_dir, needed, default_reserve(), "restore.no_space")
