"""A restore in one step that a crash cannot tear: the store and its keys go together.

The backup's store and keys are unpacked into a working folder in the profile and
fsynced; then one small journal file, written atomically, names that folder. Before the
journal exists nothing in the profile has changed; once it exists the restore is decided,
and whoever finds it (the restore itself, or the next start after a crash) moves both files
into place and removes it. A store from the backup never meets the keys of the store it
replaced.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
from pathlib import Path

from hrdesk.domain.errors import StoreError
from hrdesk.profile import Profile
from hrdesk.store.files import atomic_write_bytes, fsync_dir, replace

JOURNAL = "restore-pending.json"
FOLDER_PREFIX = ".restore-"
DB_NAME, KEYS_NAME = "hrdesk.db", "keys.json"


def journal_path(profile: Profile) -> Path:
    return profile.root / JOURNAL


def fsync_file(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def commit(profile: Profile, staged: Path) -> None:
    """Decide the restore: `staged` holds the store (and keys) to put in place, fsynced."""
    for name in (DB_NAME, KEYS_NAME):
        if (staged / name).exists():
            fsync_file(staged / name)
    fsync_dir(staged)
    atomic_write_bytes(journal_path(profile), json.dumps({"folder": staged.name}).encode())


def pending_folder(profile: Profile) -> Path | None:
    """The working folder of a decided restore not yet finished, or None."""
    try:
        data = json.loads(journal_path(profile).read_text(encoding="utf-8"))
        name = data["folder"]
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError) as exc:
        # Written atomically, so never half: only a damaged disk gets here.
        raise StoreError("restore.journal_unreadable", path=journal_path(profile)) from exc
    if not isinstance(name, str) or Path(name).name != name or not name.startswith(FOLDER_PREFIX):
        raise StoreError("restore.journal_unreadable", path=journal_path(profile))
    return profile.root / name


def finish_pending(profile: Profile) -> bool:
    """Complete a decided restore (a crash came between its steps); True if there was one.

    Each step can be done again: a file already moved is no longer in the working folder.
    Called before anything opens the store or reads the keys."""
    staged = pending_folder(profile)
    if staged is None:
        return False
    db, keys = staged / DB_NAME, staged / KEYS_NAME
    if db.exists():
        for suffix in ("-wal", "-shm"):
            # They belong to the store being replaced (set aside first), not to the backup.
            with contextlib.suppress(FileNotFoundError):
                os.remove(f"{profile.store_path}{suffix}")
        replace(db, profile.store_path)
    if keys.exists():
        replace(keys, profile.keys_path)
    fsync_dir(profile.root)
    journal_path(profile).unlink(missing_ok=True)
    fsync_dir(profile.root)
    shutil.rmtree(staged, ignore_errors=True)
    return True
