"""Writing and checking the hash-chained audit log.

Every flush that creates, changes or deletes a record appends one entry per record with
who, when, which record and which fields changed from what to what. Each entry's hash
covers its content and the previous entry's hash, so changing, deleting or reordering
an entry breaks the chain at that entry.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import inspect, select, text
from sqlalchemy.orm import Session

from hrdesk.domain.errors import StoreError
from hrdesk.store.base import new_uid, utcnow
from hrdesk.store.models.audit import AuditEntry

GENESIS = "0" * 64
HIDDEN = "***"
# Bookkeeping columns whose change says nothing to a reader of the history.
SKIPPED = {"id", "uid", "created_at", "updated_at"}


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if value is None or isinstance(value, bool | int | float | str):
        return value
    return str(value)


def entry_hash(
    seq: int,
    at: datetime,
    actor: str,
    action: str,
    table_name: str,
    record_uid: str | None,
    subject_uid: str | None,
    changes: str,
    prev_hash: str,
) -> str:
    content = json.dumps(
        [
            seq,
            at.isoformat(),
            actor,
            action,
            table_name,
            record_uid,
            subject_uid,
            changes,
            prev_hash,
        ],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(content.encode("utf-8")).hexdigest()


def _column_changes(obj: Any, action: str) -> dict[str, list[Any]]:
    state = inspect(obj)
    changes: dict[str, list[Any]] = {}
    for attr in state.mapper.column_attrs:
        key = attr.key
        if key in SKIPPED or key.endswith("_key"):
            continue
        sensitive = any(c.info.get("sensitive") for c in attr.columns)
        hist = state.attrs[key].history
        if action == "create":
            new = getattr(obj, key)
            if new is None:
                continue
            changes[key] = [None, HIDDEN if sensitive else _plain(new)]
        elif action == "update" and hist.has_changes():
            old = hist.deleted[0] if hist.deleted else None
            new = hist.added[0] if hist.added else None
            if old == new:
                continue
            changes[key] = [HIDDEN, HIDDEN] if sensitive else [_plain(old), _plain(new)]
    # Many-to-many links (a task's supporting agencies) change no column of either side.
    for rel in state.mapper.relationships:
        if rel.secondary is None:
            continue
        hist = state.attrs[rel.key].history
        if hist.added or hist.deleted:
            changes[rel.key] = [
                sorted(getattr(o, "uid", None) or "" for o in hist.deleted),
                sorted(getattr(o, "uid", None) or "" for o in hist.added),
            ]
    return changes


def _audited(obj: Any) -> bool:
    return not isinstance(obj, AuditEntry)


def _record_id(obj: Any) -> str | None:
    """A record's uid; settings, which have none, are named by their key."""
    uid = getattr(obj, "uid", None)
    return uid if uid is not None else getattr(obj, "key", None)


def _subject_uid(obj: Any) -> str | None:
    """The uid of the record whose history shows this change (its parent, for a child row)."""
    parent_attr = getattr(obj, "__audit_parent__", None)
    if parent_attr is None:
        return _record_id(obj)
    parent = getattr(obj, parent_attr, None)
    return parent.uid if parent is not None else None


def record_changes(session: Session) -> None:
    """before_flush: append audit entries for what this flush will write."""
    for obj in (*session.dirty, *session.deleted):
        if isinstance(obj, AuditEntry):
            raise StoreError("store.audit_append_only")
    pending: list[tuple[str, Any, dict[str, list[Any]]]] = []
    for obj in session.new:
        # Every new record needs its uid before any child's entry can name it as parent.
        if _audited(obj) and hasattr(obj, "uid") and obj.uid is None:
            obj.uid = new_uid()
    for obj in session.new:
        if _audited(obj):
            pending.append(("create", obj, _column_changes(obj, "create")))
    for obj in session.dirty:
        if _audited(obj) and session.is_modified(obj):
            changes = _column_changes(obj, "update")
            if changes:
                action = (
                    "archive"
                    if "archived_at" in changes and changes["archived_at"][1]
                    else ("update")
                )
                pending.append((action, obj, changes))
    for obj in session.deleted:
        if _audited(obj):
            pending.append(("delete", obj, {}))
    if not pending:
        return
    with session.no_autoflush:
        subjects = [_subject_uid(obj) for _, obj, _ in pending]
    _append(
        session,
        [
            (action, obj.__tablename__, _record_id(obj), subject, changes)
            for (action, obj, changes), subject in zip(pending, subjects, strict=True)
        ],
    )


def append_entry(
    session: Session,
    action: str,
    table_name: str,
    record_uid: str | None,
    changes: dict[str, Any],
) -> None:
    """Log an act that is not a change of one mapped record: bulk demo data, a restore,
    a replaced signing key. It joins the chain like any other entry."""
    _append(session, [(action, table_name, record_uid, record_uid, changes)])


def _append(
    session: Session, items: list[tuple[str, str, str | None, str | None, dict[str, Any]]]
) -> None:
    actor = session.info.get("actor")
    if actor is None:
        raise StoreError("signin.change_needs_officer")
    with session.no_autoflush:
        last = session.execute(
            select(AuditEntry.seq, AuditEntry.hash).order_by(AuditEntry.seq.desc()).limit(1)
        ).first()
    seq, prev = (last.seq, last.hash) if last else (0, GENESIS)
    # Entries appended earlier in this session may not be flushed yet: chain after them.
    unflushed = [e for e in session.new if isinstance(e, AuditEntry)]
    if unflushed:
        newest = max(unflushed, key=lambda e: e.seq)
        if newest.seq > seq:
            seq, prev = newest.seq, newest.hash
    at = utcnow()
    for action, table, record, subject, changes in items:
        seq += 1
        body = json.dumps(changes, ensure_ascii=False, sort_keys=True)
        digest = entry_hash(seq, at, actor.username, action, table, record, subject, body, prev)
        session.add(
            AuditEntry(
                seq=seq,
                at=at,
                actor=actor.username,
                action=action,
                table_name=table,
                record_uid=record,
                subject_uid=subject,
                changes=body,
                prev_hash=prev,
                hash=digest,
            )
        )
        prev = digest


@dataclass(frozen=True)
class ChainReport:
    entries: int
    broken_seq: int | None = None
    broken_id: int | None = None
    reason: str = ""

    @property
    def ok(self) -> bool:
        return self.broken_id is None


# An entry as the chain is checked: its id, then what its hash covers (`entry_hash` of
# items 1–9), then its link and its hash.
CHAIN_COLUMNS = (
    AuditEntry.id,
    AuditEntry.seq,
    AuditEntry.at,
    AuditEntry.actor,
    AuditEntry.action,
    AuditEntry.table_name,
    AuditEntry.record_uid,
    AuditEntry.subject_uid,
    AuditEntry.changes,
    AuditEntry.prev_hash,
    AuditEntry.hash,
)


def verify_chain(session: Session) -> ChainReport:
    """Walk the log in storage order and name the first entry that breaks the chain."""
    prev = GENESIS
    expected = 1
    count = 0
    last_id = 0
    for row in session.execute(select(*CHAIN_COLUMNS).order_by(AuditEntry.id)):
        count += 1
        if row.seq > expected:
            return ChainReport(count, expected, row.id, f"entry {expected} is missing")
        if row.seq < expected:
            return ChainReport(count, row.seq, row.id, f"entry {row.seq} is out of order")
        if row.prev_hash != prev:
            return ChainReport(count, row.seq, row.id, "does not follow the entry before it")
        digest = entry_hash(*row[1:10])
        if digest != row.hash:
            return ChainReport(count, row.seq, row.id, "its content was changed")
        prev, last_id = row.hash, row.id
        expected += 1
    highest = session.execute(
        text("SELECT seq FROM sqlite_sequence WHERE name = 'audit_entries'")
    ).scalar()
    if highest is not None and highest > last_id:
        return ChainReport(count, expected, last_id + 1, f"entry {expected} and later are missing")
    return ChainReport(count)
