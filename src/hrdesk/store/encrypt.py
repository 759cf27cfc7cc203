"""Converting a store from before encryption: `sqlcipher_export` into an encrypted copy,
verified row for row, then the plaintext file overwritten and removed.

The officer's key slot is saved before the plaintext is removed, so a crash at any point
leaves either the plaintext store or an encrypted one whose key can be unwrapped; running
the conversion again with the same officer finishes the job.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from hrdesk.domain.errors import StoreError
from hrdesk.profile import Profile
from hrdesk.store.files import fsync_dir, replace
from hrdesk.store.keyfile import KeyFile, new_key


def _tables(connection: sqlite3.Connection) -> dict[str, int]:
    """Each table's row count. `connection` is SQLCipher's, which has sqlite3's API."""
    names = [
        r[0]
        for r in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND name NOT LIKE 'search_index%'"
        )
    ]
    return {n: connection.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}


def _overwrite_and_remove(path: Path) -> None:
    """Overwrite a plaintext file with zeros before unlinking it (best effort on SSDs)."""
    if not path.exists():
        return
    size = path.stat().st_size
    with open(path, "r+b") as handle:
        chunk = b"\0" * (1 << 20)
        for _ in range(0, size, len(chunk)):
            handle.write(chunk)
        handle.flush()
        os.fsync(handle.fileno())
    path.unlink()


def encrypt_plaintext_store(
    profile: Profile, keyfile: KeyFile, username: str, password: str
) -> Path:
    """Encrypt the profile's plaintext store; the officer's password wraps the new key.

    Returns the path of the encrypted backup taken of the converted store.
    """
    import sqlcipher3

    store = profile.store_path
    if keyfile.has_slot(username):
        key = keyfile.unwrap(username, password)  # resuming an interrupted conversion
    elif keyfile.usernames:
        raise StoreError("store.encrypt_needs_account", usernames=list(keyfile.usernames))
    else:
        key = new_key()
    # Bring every committed page into the main file before copying it.
    with contextlib.closing(sqlite3.connect(store)) as plain:
        plain.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        before = _tables(plain)
    target = store.with_name(store.name + ".encrypting")
    for leftover in (target, Path(f"{target}-wal"), Path(f"{target}-shm")):
        leftover.unlink(missing_ok=True)
    literal = f"\"x'{key.hex()}'\""
    with contextlib.closing(sqlcipher3.connect(store)) as source:
        source.execute(f"ATTACH DATABASE ? AS encrypted KEY {literal}", (str(target),))
        source.execute("SELECT sqlcipher_export('encrypted')")
        source.execute("DETACH DATABASE encrypted")
    with contextlib.closing(sqlcipher3.connect(target)) as check:
        check.execute(f"PRAGMA key = {literal}")
        if (
            check.execute("PRAGMA integrity_check").fetchone()[0] != "ok"
            or _tables(check) != before
        ):
            target.unlink(missing_ok=True)
            raise StoreError("store.encrypted_copy_bad")
    with open(target, "rb+") as handle:
        os.fsync(handle.fileno())
    # The key must be safe on disk before the only other copy of the data goes.
    keyfile.add_slot(username, password, key)
    profile.backups_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    backup = profile.backups_dir / f"before-encryption-{stamp}.db"
    with open(target, "rb") as src, open(backup, "wb") as dst:
        while block := src.read(1 << 20):
            dst.write(block)
        dst.flush()
        os.fsync(dst.fileno())
    # The plaintext WAL is empty after the checkpoint; it must not meet the new store.
    for suffix in ("-wal", "-shm"):
        _overwrite_and_remove(Path(f"{store}{suffix}"))
    # Swap atomically, then wipe the plaintext: a crash leaves a whole store either way.
    old = plaintext_leftover(profile)
    replace(store, old)
    replace(target, store)
    fsync_dir(store.parent)
    wipe_plaintext_leftovers(profile)
    return backup


def plaintext_leftover(profile: Profile) -> Path:
    return profile.store_path.with_name(profile.store_path.name + ".plaintext")


def wipe_plaintext_leftovers(profile: Profile) -> None:
    """Remove what an interrupted conversion may have left of the plaintext store."""
    _overwrite_and_remove(plaintext_leftover(profile))
