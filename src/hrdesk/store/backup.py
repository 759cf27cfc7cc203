"""Copies of the store made with SQLite's backup API, written atomically and verified.

A copy is encrypted with the store's own key: it reveals no more than the store.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from hrdesk.domain.errors import StoreError
from hrdesk.store.files import fsync_dir, part_path


def connect(path: Path, key: bytes | None) -> Any:
    """A DB-API connection to a store file (SQLCipher when a key is given)."""
    if key is None:
        import sqlite3

        return sqlite3.connect(path)
    import sqlcipher3

    connection = sqlcipher3.connect(path)
    connection.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    return connection


def record_tables(connection: Any) -> list[str]:
    """The tables that hold records (the search index is derived and left out)."""
    return [
        r[0]
        for r in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND name NOT LIKE 'search_index%' ORDER BY name"
        )
    ]


def content_digest(connection: Any) -> tuple[dict[str, int], str]:
    """Row counts per table and a SHA-256 over every row, to prove two stores hold the same."""
    digest = hashlib.sha256()
    counts = {}
    for table in record_tables(connection):
        rows = connection.execute(f'SELECT * FROM "{table}" ORDER BY rowid')
        n = 0
        for row in rows:
            digest.update(repr(tuple(row)).encode("utf-8"))
            n += 1
        counts[table] = n
        digest.update(f"|{table}:{n}|".encode())
    return counts, digest.hexdigest()


def file_digest(path: Path, key: bytes | None) -> tuple[dict[str, int], str]:
    connection = connect(path, key)
    try:
        if connection.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            raise StoreError(f"{path.name} is damaged")
        return content_digest(connection)
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
        destination = connect(temp, key)
        try:
            raw = engine.raw_connection()
            try:
                raw.driver_connection.backup(destination)
                source_digest = content_digest(raw.driver_connection)
            finally:
                raw.close()
            # The copy is a whole database in one file, not a WAL pair.
            destination.execute("PRAGMA journal_mode=DELETE")
        finally:
            destination.close()
        with open(temp, "rb+") as handle:
            os.fsync(handle.fileno())
        if file_digest(temp, key) != source_digest:
            raise StoreError(f"the copy written to {target} does not match the store")
        os.replace(temp, target)
        fsync_dir(target.parent)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    return target
