"""Copies of the store made with SQLite's backup API, written atomically and verified.

A copy is encrypted with the store's own key: it reveals no more than the store.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from hrdesk.domain.errors import StoreError
from hrdesk.store.files import fsync_dir, part_path, replace


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


def summary(connection: Any) -> tuple[dict[str, int], str]:
    """Row counts and highest ids per table plus the audit log's newest hash: cheap to
    compute on a store of millions of rows, and different whenever a record was added,
    removed or changed through HR Desk (every change extends the hash-chained log)."""
    counts: dict[str, int] = {}
    marks = []
    for table in record_tables(connection):
        n, top = connection.execute(f'SELECT count(*), max(rowid) FROM "{table}"').fetchone()
        counts[table] = n
        marks.append(f"{table}:{n}:{top}")
    head = connection.execute("SELECT hash FROM audit_entries ORDER BY seq DESC LIMIT 1").fetchone()
    marks.append(head[0] if head else "")
    return counts, hashlib.sha256("|".join(marks).encode()).hexdigest()


def _checked(
    path: Path, key: bytes | None, measure: Callable[[Any], tuple[dict[str, int], str]]
) -> tuple[dict[str, int], str]:
    connection = connect(path, key)
    try:
        if connection.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            raise StoreError("backup.damaged", name=path.name)
        return measure(connection)
    except connection.DatabaseError as exc:
        # Not a database (or not under this key), damaged past what quick_check reports, or
        # without the tables a store has: a damaged file, unless another process holds it.
        if "locked" in str(exc) or "busy" in str(exc):
            raise
        raise StoreError("backup.damaged", name=path.name) from exc
    finally:
        connection.close()


def file_digest(path: Path, key: bytes | None) -> tuple[dict[str, int], str]:
    """The full content digest of a store file (every row read: for tests and audits)."""
    return _checked(path, key, content_digest)


def file_summary(path: Path, key: bytes | None) -> tuple[dict[str, int], str]:
    """The store file is sound (quick_check) and holds what `summary` says."""
    return _checked(path, key, summary)


def copy_store(
    engine: Engine, target: Path, key: bytes | None, progress: Any = None
) -> tuple[dict[str, int], str]:
    """Copy the live store to `target` (atomically), check the copy, and return what it
    holds (its `summary`, found sound and equal to the store's: no need to read it again).

    `progress(fraction, text)` hears how far the copy is (a large store takes a while).
    """
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    temp = part_path(target)
    # Emptied, not removed: it may hold the name for this copy (`reserve_unique`); SQLite
    # takes an empty file as a new database.
    open(temp, "wb").close()
    try:
        destination = connect(temp, key)
        try:
            raw = engine.raw_connection()
            try:
                driver = raw.driver_connection
                assert driver is not None  # a connection just checked out of the pool
                driver.backup(destination, pages=1024, progress=_pages(progress))
                source_digest = summary(driver)
            finally:
                raw.close()
            # The copy is a whole database in one file, not a WAL pair.
            destination.execute("PRAGMA journal_mode=DELETE")
        finally:
            destination.close()
        with open(temp, "rb+") as handle:
            os.fsync(handle.fileno())
        if file_summary(temp, key) != source_digest:
            raise StoreError("backup.copy_differs", path=target)
        replace(temp, target)
        fsync_dir(target.parent)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    return source_digest


def _pages(progress: Any) -> Any:
    if progress is None:
        return None

    def report(_status: int, remaining: int, total: int) -> None:
        progress(0.8 * (total - remaining) / max(total, 1), "")

    return report
