"""A check in seconds on a store of millions of rows (`hrdesk check --quick`).

SQLite's own quick check reads every page, and on an encrypted store that means decrypting
every page: minutes for the national store. This check reads what can be read in bounded
time and still finds the usual damage:

- the file: opened with the key (a wrong key or a scrambled first page fails there), its
  size a whole number of pages and no shorter than the pages the header counts (a
  truncated copy), a free list smaller than the file, every table the program declares;
- every table up to `SMALL_ROWS` rows checked page by page by SQLite (`PRAGMA
  quick_check(table)`), the larger ones read at their newest rows (each page read is
  decrypted and its authentication code checked, so a changed byte there fails);
- the audit chain's head: its newest `HEAD_ENTRIES` entries re-hashed and linked, the
  newest one the highest ever written (entries removed from the end are seen);
- the newest automatic backup named, with its date.

The full check (`hrdesk check`) reads every page, every link and the whole chain.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, select
from sqlalchemy.exc import DatabaseError

from hrdesk.store.audit_log import CHAIN_COLUMNS, GENESIS, entry_hash

SMALL_ROWS = 20_000  # a table this small is checked page by page in well under a second
NEWEST_ROWS = 2_000  # rows read at the end of each larger table
HEAD_ENTRIES = 1_000  # audit entries re-hashed at the head of the chain

Problem = tuple[str, dict[str, Any]]  # a message code and its parameters


@dataclass
class QuickReport:
    """What the quick check looked at, and what it found wrong (message codes)."""

    pages: int = 0
    page_size: int = 0
    free_pages: int = 0
    file_bytes: int = 0
    tables_checked: list[str] = field(default_factory=list)
    tables_sampled: list[str] = field(default_factory=list)
    head_checked: int = 0
    head_seq: int = 0
    head_hash: str = ""
    backup: tuple[datetime, int] | None = None  # the newest automatic copy: when, bytes
    counts: dict[str, int] = field(default_factory=dict)  # records not archived
    problems: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def check_file(connection: Connection, store_path: Path, report: QuickReport) -> None:
    """The file's pages against its size, the free list, and the declared tables."""
    from hrdesk.store.base import Base

    pragma = connection.exec_driver_sql
    report.page_size = int(pragma("PRAGMA page_size").scalar_one())
    report.pages = int(pragma("PRAGMA page_count").scalar_one())
    report.free_pages = int(pragma("PRAGMA freelist_count").scalar_one())
    report.file_bytes = store_path.stat().st_size
    wal = 0
    with contextlib.suppress(OSError):
        wal = Path(f"{store_path}-wal").stat().st_size
    if report.file_bytes % report.page_size:
        report.problems.append(
            ("quick.partial_page", {"size": report.file_bytes, "page": report.page_size})
        )
    # Pages not yet copied back from the write-ahead log may be missing from the file.
    if report.pages * report.page_size > report.file_bytes + wal:
        report.problems.append(
            ("quick.file_short", {"pages": report.pages, "size": report.file_bytes})
        )
    if report.free_pages >= max(report.pages, 1):
        report.problems.append(
            ("quick.free_list_wrong", {"free": report.free_pages, "pages": report.pages})
        )
    schema = pragma("PRAGMA quick_check(sqlite_schema)").scalar()
    if schema != "ok":
        report.problems.append(
            ("quick.pages_damaged", {"table": "sqlite_schema", "reason": schema})
        )
    present = {row[0] for row in pragma("SELECT name FROM sqlite_schema WHERE type = 'table'")}
    missing = sorted(set(Base.metadata.tables) - present)
    if missing:
        report.problems.append(("quick.tables_missing", {"tables": missing}))


def check_tables(connection: Connection, report: QuickReport) -> None:
    """Small tables page by page; the newest rows of the large ones."""
    pragma = connection.exec_driver_sql
    tables = [
        row[0]
        for row in pragma(
            "SELECT name FROM sqlite_schema WHERE type = 'table' AND sql NOT LIKE "
            "'%WITHOUT ROWID%' AND name NOT LIKE 'sqlite_%' ORDER BY name"
        )
    ]
    for table in tables:
        # A name from the store's own schema, quoted: never text from outside.
        quoted = '"' + table.replace('"', '""') + '"'
        try:
            highest = pragma(f"SELECT max(rowid) FROM {quoted}").scalar() or 0
            if highest <= SMALL_ROWS:
                result = pragma(f"PRAGMA quick_check({quoted})").scalar()
                if result != "ok":
                    report.problems.append(
                        ("quick.pages_damaged", {"table": table, "reason": result})
                    )
                report.tables_checked.append(table)
            else:
                # Reading the rows decrypts their pages; a page failing its check raises.
                pragma(
                    f"SELECT count(*) FROM (SELECT * FROM {quoted} ORDER BY rowid DESC "
                    f"LIMIT {NEWEST_ROWS})"
                ).scalar()
                report.tables_sampled.append(table)
        except DatabaseError as exc:
            reason = getattr(exc, "orig", exc)
            report.problems.append(("quick.pages_damaged", {"table": table, "reason": reason}))


def check_chain_head(connection: Connection, report: QuickReport) -> None:
    """The newest entries of the audit log: consecutive, chained, each hash its content's,
    and the newest the highest ever written."""
    from hrdesk.store.models.audit import AuditEntry

    newest_first = select(*CHAIN_COLUMNS).order_by(AuditEntry.id.desc()).limit(HEAD_ENTRIES)
    rows = list(reversed(connection.execute(newest_first).fetchall()))
    highest = connection.exec_driver_sql(
        "SELECT seq FROM sqlite_sequence WHERE name = 'audit_entries'"
    ).scalar()
    if not rows:
        if highest:
            report.problems.append(("quick.chain_gone", {"count": highest}))
        return
    previous = None
    for row in rows:
        digest = entry_hash(*row[1:10])
        if previous is None:
            linked = row.seq > 1 or row.prev_hash == GENESIS
        else:
            linked = row.seq == previous.seq + 1 and row.prev_hash == previous.hash
        if not linked:
            report.problems.append(("quick.chain_unlinked", {"number": row.seq}))
            break
        if digest != row.hash:
            report.problems.append(("quick.chain_changed", {"number": row.seq}))
            break
        previous = row
    newest = rows[-1]
    if highest is not None and highest > newest.id:
        report.problems.append(("quick.chain_cut", {"number": newest.seq + 1}))
    report.head_checked, report.head_seq, report.head_hash = len(rows), newest.seq, newest.hash


def newest_backup(folder: Path, report: QuickReport) -> None:
    from hrdesk.store.backup_files import auto_backups

    found = auto_backups(folder) if folder.is_dir() else []
    if found:
        stamp, path = found[-1]
        with contextlib.suppress(OSError):
            report.backup = (stamp, os.stat(path).st_size)


# Tables small enough to count each time; petitions (millions) by their kept count.
COUNTED = ("agencies", "members", "tasks", "training_events", "meetings")


def count_records(connection: Connection, report: QuickReport) -> None:
    from hrdesk.store import live_counts

    for table in COUNTED:
        report.counts[table] = connection.exec_driver_sql(
            f"SELECT count(*) FROM {table} WHERE archived_at IS NULL"
        ).scalar_one()
    report.counts["petitions"] = live_counts.live(connection, "petitions") or 0


STEPS = ("file", "tables", "chain", "backup", "counts")


def quick_check(
    connection: Connection,
    store_path: Path,
    backups_dir: Path,
    step: Callable[[str, int, int], None] | None = None,
) -> QuickReport:
    """Run every part of the quick check; `step(name, number, count)` hears each begin."""
    report = QuickReport()
    parts: list[Callable[[], None]] = [
        lambda: check_file(connection, store_path, report),
        lambda: check_tables(connection, report),
        lambda: check_chain_head(connection, report),
        lambda: newest_backup(backups_dir, report),
        lambda: count_records(connection, report),
    ]
    for number, (name, part) in enumerate(zip(STEPS, parts, strict=True), start=1):
        if step is not None:
            step(name, number, len(STEPS))
        try:
            part()
        except DatabaseError as exc:  # a page that does not decrypt or does not parse
            report.problems.append(("quick.unreadable", {"reason": getattr(exc, "orig", exc)}))
    return report
