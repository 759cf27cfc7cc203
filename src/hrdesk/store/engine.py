"""Opening the SQLite (or SQLCipher) file with the pragmas that keep every committed record."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL
from sqlalchemy.pool import QueuePool

from hrdesk.domain.text import fold

KEY_BYTES = 32


def _fold_sql(value: object) -> str:
    return fold(str(value)) if value is not None else ""


def _on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    # SQLCipher's connection, with sqlite3's API (sqlcipher3 is a fork of it).
    cursor = dbapi_connection.cursor()
    # WAL + FULL: a committed transaction survives a crash or a pulled plug.
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=10000")
    # Sorting and temporary indexes stay in memory, never in a plaintext temp file.
    cursor.execute("PRAGMA temp_store=MEMORY")
    cursor.execute("PRAGMA secure_delete=ON")
    cursor.close()
    dbapi_connection.create_function("hr_fold", 1, _fold_sql, deterministic=True)


def store_url(path: Path, key: bytes | None) -> URL:
    if key is None:
        return URL.create("sqlite+pysqlite", database=str(path))
    if len(key) != KEY_BYTES:
        raise ValueError("the store key must be 32 bytes")
    return URL.create("sqlite+pysqlcipher", password=f"x'{key.hex()}'", database=str(path))


def create_store_engine(path: Path, key: bytes | None = None) -> Engine:
    """An engine on the store file; with `key`, the file is SQLCipher 4 encrypted.

    Connections may be used from the window's worker threads (one at a time each), so
    the same-thread check is off; call `dispose()` before moving or replacing the file.
    """
    engine = create_engine(
        store_url(path, key),
        # The pysqlcipher dialect would pick SingletonThreadPool (one connection per thread,
        # closed behind the back of threads past its size); the window's workers need a
        # plain pool of connections that any thread may borrow in turn.
        poolclass=QueuePool,
        pool_size=4,
        max_overflow=8,
        connect_args={"check_same_thread": False},
    )
    event.listen(engine, "connect", _on_connect)
    return engine
