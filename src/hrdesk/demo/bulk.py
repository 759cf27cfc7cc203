"""Writing generated rows straight into SQLite, as the ORM would have written them.

The demo bypasses the ORM (a million petitions through it would take hours), so this
module reproduces what the ORM and the flush hooks would store: UUID text, UTC timestamps
in SQLAlchemy's SQLite format, ISO dates, 0/1 booleans, and the Vietnamese sort keys of
`hrdesk.store.events`.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

from sqlalchemy import Connection, Index, Table

from hrdesk.domain.text import collation_key, name_collation_key

# SQLite stores SQLAlchemy's DateTime as "YYYY-MM-DD HH:MM:SS.ffffff" (naive UTC here).
# Office hours in Vietnam (UTC+7), 07:00 to 17:00, are 00:00 to 10:00 UTC on the same day.
_OFFICE_SECONDS_UTC = (0, 10 * 3600)
_TIME_POOL = 4096

# The RFC 4122 variant: the top two bits of the 17th hex digit are 10.
_VARIANT = {d: f"{(int(d, 16) & 0x3) | 0x8:x}" for d in "0123456789abcdef"}


class Uids:
    """Version-4 UUID text drawn from a seeded generator: the same seed gives the same uids.

    Made a few thousand at a time from one `randbytes` call, with the version and variant
    digits set as `uuid.UUID(..., version=4)` sets them.
    """

    batch = 4096

    def __init__(self, rng: random.Random) -> None:
        self._rng = rng
        self._pool: list[str] = []

    def __call__(self) -> str:
        if not self._pool:
            h = self._rng.randbytes(16 * self.batch).hex()
            self._pool = [
                f"{h[i : i + 8]}-{h[i + 8 : i + 12]}-4{h[i + 13 : i + 16]}-"
                f"{_VARIANT[h[i + 16]]}{h[i + 17 : i + 20]}-{h[i + 20 : i + 32]}"
                for i in range(0, len(h), 32)
            ]
            self._pool.reverse()
        return self._pool.pop()


class Stamps:
    """created_at / updated_at values: a day at an office hour, in UTC, as SQLite keeps them.

    Times come from a sorted pool, so a later index on the same day is a later moment.
    """

    size = _TIME_POOL

    def __init__(self, rng: random.Random) -> None:
        low, high = _OFFICE_SECONDS_UTC
        moments = ((rng.randrange(low, high), rng.randrange(1_000_000)) for _ in range(_TIME_POOL))
        self._times = [
            f"{s // 3600:02d}:{s // 60 % 60:02d}:{s % 60:02d}.{micro:06d}"
            for s, micro in sorted(moments)
        ]
        self._rng = rng

    def at(self, day: date, index: int) -> str:
        """The stamp of `day` at the `index`-th time of the pool (0 to `size` - 1)."""
        return f"{iso[day]} {self._times[index]}"

    def any(self, day: date) -> str:
        return self.at(day, self._rng.randrange(_TIME_POOL))


class Keys:
    """The sort keys the flush hooks would set, memoised: summaries and titles repeat."""

    def __init__(self) -> None:
        self._text: dict[str, str] = {}
        self._name: dict[str, str] = {}

    def text(self, value: str) -> str:
        key = self._text.get(value)
        if key is None:
            key = self._text[value] = collation_key(value)
        return key

    def name(self, value: str) -> str:
        key = self._name.get(value)
        if key is None:
            key = self._name[value] = name_collation_key(value)
        return key


class IsoDates(dict[date | None, str | None]):
    """Dates as SQLite keeps them ("2026-11-20"), memoised: rows share a few thousand dates."""

    def __missing__(self, day: date | None) -> str | None:
        text = None if day is None else day.isoformat()
        self[day] = text
        return text


iso = IsoDates()


class Writer:
    """executemany on the session's own DB-API connection, counting rows per table."""

    def __init__(self, connection: Connection) -> None:
        self.connection = connection
        self._cursor = connection.connection.cursor()
        self._sql: dict[tuple[str, Sequence[str]], str] = {}
        self.counts: Counter[str] = Counter()

    def next_id(self, table: str) -> int:
        """The id the next row of `table` gets: rows are numbered here so children can
        name their parent without reading its id back."""
        self._cursor.execute(f"SELECT coalesce(max(id), 0) + 1 FROM {table}")
        (next_id,) = self._cursor.fetchone() or (1,)
        return int(next_id)

    def insert(self, table: str, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
        sql = self._sql.get((table, columns))
        if sql is None:
            marks = ", ".join("?" * len(columns))
            sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})"
            self._sql[(table, columns)] = sql
        rows = rows if isinstance(rows, list) else list(rows)
        if rows:
            self._cursor.executemany(sql, rows)
            self.counts[table] += len(rows)

    def close(self) -> None:
        self._cursor.close()


def secondary_indexes(tables: Iterable[Table]) -> list[Index]:
    """The non-unique indexes of `tables`: dropped during a bulk load, rebuilt after it."""
    return [index for table in tables for index in table.indexes if not index.unique]


def drop_indexes(connection: Connection, indexes: Iterable[Index]) -> None:
    for index in indexes:
        index.drop(connection)


def create_indexes(connection: Connection, indexes: Iterable[Index]) -> None:
    for index in indexes:
        index.create(connection)


def columns(names: str) -> tuple[str, ...]:
    """A table's column names, written as one space-separated string."""
    return tuple(names.split())
