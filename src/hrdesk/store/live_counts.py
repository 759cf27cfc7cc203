"""How many records of a table are not archived, kept by triggers (migration 0008).

The list of a million petitions opens on this one row instead of counting an index.
It is derived data: `check` compares it with a real count, `recount` rebuilds it.
"""

from __future__ import annotations

from sqlalchemy import Connection, text

TABLES = ("petitions",)  # as migration 0008 made them


def live(connection: Connection, table: str) -> int | None:
    """The kept count of `table`'s live records, or None if it is not kept."""
    return connection.execute(
        text("SELECT live FROM live_counts WHERE name = :t"), {"t": table}
    ).scalar()


def actual(connection: Connection, table: str) -> int:
    if table not in TABLES:  # a table name, never text from outside
        raise ValueError(f"no kept count for {table}")
    query = f"SELECT count(*) FROM {table} WHERE archived_at IS NULL"
    return int(connection.execute(text(query)).scalar_one())


def mismatches(connection: Connection) -> dict[str, tuple[int | None, int]]:
    """Tables whose kept count differs from the real one: {table: (kept, actual)}."""
    found = {}
    for table in TABLES:
        kept, real = live(connection, table), actual(connection, table)
        if kept != real:
            found[table] = (kept, real)
    return found


def recount(connection: Connection) -> dict[str, int]:
    counts = {table: actual(connection, table) for table in TABLES}
    for table, number in counts.items():
        connection.execute(
            text("INSERT OR REPLACE INTO live_counts (name, live) VALUES (:t, :n)"),
            {"t": table, "n": number},
        )
    return counts
