"""Copies of the store made with SQLite's backup API, written atomically and verified."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from sqlalchemy import Engine

from hrdesk.domain.errors import StoreError
from hrdesk.store.files import fsync_dir, part_path


def _connect(path: Path, key: bytes | None):
    if key is None:
        import sqlite3

        connection = sqlite3.connect(path)
    else:
        import sqlcipher3

        connection = sqlcipher3.connect(path)
        # The copy is encrypted with the same key: a backup reveals no more than the store.
        connection.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    return connection


def _integrity(path: Path, key: bytes | None) -> str:
    connection = _connect(path, key)
    try:
        return connection.execute("PRAGMA quick_check").fetchone()[0]
    finally:
        connection.close()


def copy_store(engine: Engine, target: Path, key: bytes | None) -> Path:
    """Copy the live store to `target` (atomically), check the copy, and return its path."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    temp = part_path(target)
    with contextlib.suppress(FileNotFoundError):
        temp.unlink()
    try:
        destination = _connect(temp, key)
        try:
            raw = engine.raw_connection()
            try:
                raw.driver_connection.backup(destination)
            finally:
                raw.close()
            # The copy is a whole database in one file, not a WAL pair.
            destination.execute("PRAGMA journal_mode=DELETE")
        finally:
            destination.close()
        with open(temp, "rb+") as handle:
            os.fsync(handle.fileno())
        if _integrity(temp, key) != "ok":
            raise StoreError(f"the backup written to {target} did not verify")
        os.replace(temp, target)
        fsync_dir(target.parent)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    return target
