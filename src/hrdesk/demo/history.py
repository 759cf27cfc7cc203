"""A "created" audit entry for every demo record an officer can open the history of.

The demo writes its rows in bulk, bypassing the flush hook that logs each new record, so
without this a demo record's History is empty. The entries are appended to the chain here
as `audit_log._append` would append them (same hash, same order rules), dated when the
record says it was created, by the system actor; `hrdesk check` walks them like any other.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from hrdesk.domain.access import SYSTEM
from hrdesk.store.audit_log import GENESIS, entry_hash
from hrdesk.store.models import AuditEntry

# The records with a History button in the window (their parts' rows have their parent's).
TABLES = ("agencies", "members", "tasks", "meetings", "training_events", "petitions")
CHUNK = 20_000
NO_CHANGES = "{}"  # nothing to list under "created": the record itself is what was made
COLUMNS = "seq, at, actor, action, table_name, record_uid, subject_uid, changes, prev_hash, hash"


def _moment(stored: str | datetime) -> datetime:
    """A created_at as the ORM reads it back: aware UTC (the hash covers its isoformat)."""
    moment = stored if isinstance(stored, datetime) else datetime.fromisoformat(stored)
    return moment.replace(tzinfo=UTC)


def log_created(session: Session) -> int:
    """Append one "create" entry per demo record of TABLES; returns how many."""
    session.flush()  # the office's own entries first: the chain continues after them
    last = session.execute(
        select(AuditEntry.seq, AuditEntry.hash).order_by(AuditEntry.seq.desc()).limit(1)
    ).first()
    seq, prev = (last.seq, last.hash) if last else (0, GENESIS)
    raw = session.connection().connection
    reader, writer = raw.cursor(), raw.cursor()
    marks = ", ".join("?" * len(COLUMNS.split(", ")))
    insert = f"INSERT INTO audit_entries ({COLUMNS}) VALUES ({marks})"
    actor = SYSTEM.username
    written = 0
    try:
        for table in TABLES:
            reader.execute(f"SELECT uid, created_at FROM {table} ORDER BY created_at, id")
            while rows := reader.fetchmany(CHUNK):
                batch = []
                for uid, created_at in rows:
                    seq += 1
                    at = _moment(created_at)
                    digest = entry_hash(seq, at, actor, "create", table, uid, uid, NO_CHANGES, prev)
                    batch.append(
                        (
                            seq,
                            created_at,
                            actor,
                            "create",
                            table,
                            uid,
                            uid,
                            NO_CHANGES,
                            prev,
                            digest,
                        )
                    )
                    prev = digest
                writer.executemany(insert, batch)
                written += len(batch)
    finally:
        reader.close()
        writer.close()
    return written
