"""What happens on every flush: sort keys, the audit log, and the search index.

All three run inside the flush's own transaction, so a record, its audit entry and its
search row are committed together or not at all.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session

from hrdesk.domain.text import collation_key, name_collation_key
from hrdesk.store import search_index
from hrdesk.store.audit_log import record_changes
from hrdesk.store.base import Base

_KEY_FUNCTIONS = {"text": collation_key, "name": name_collation_key}


def _set_collation_keys(_mapper: Any, _connection: Any, target: Any) -> None:
    for key_column, (source, mode) in getattr(target, "__collation__", {}).items():
        value = getattr(target, source) or ""
        setattr(target, key_column, _KEY_FUNCTIONS[mode](value))


def _search_targets(session: Session) -> dict[str, set[int]]:
    """The records whose search document this flush changed, by kind."""
    targets: dict[str, set[int]] = defaultdict(set)
    for obj in (*session.new, *session.dirty, *session.deleted):
        table = getattr(obj, "__tablename__", None)
        if table in search_index.TABLE_KINDS:
            # New rows have their id by now but no identity key yet (that comes after).
            if obj.id is not None:
                targets[search_index.TABLE_KINDS[table]].add(obj.id)
        elif table in search_index.CHILD_TABLES:
            kind, parent_column = search_index.CHILD_TABLES[table]
            parent_id = getattr(obj, parent_column, None)
            if parent_id is None:
                # The foreign key may still be unset on a deleted child; its history knows it.
                hist = inspect(obj).attrs[parent_column].history
                parent_id = (hist.deleted or hist.unchanged or [None])[0]
            if parent_id is not None:
                targets[kind].add(parent_id)
    return targets


def _before_flush(session: Session, _context: Any, _instances: Any) -> None:
    record_changes(session)


def _after_flush(session: Session, _context: Any) -> None:
    if session.info.get("search_index", True) is False:
        return
    targets = _search_targets(session)
    if targets:
        connection = session.connection()
        for kind, ids in targets.items():
            search_index.reindex(connection, kind, ids)


def install(session_class: type[Session]) -> None:
    """Attach the flush hooks to a Session class (idempotent)."""
    if event.contains(session_class, "before_flush", _before_flush):
        return
    event.listen(session_class, "before_flush", _before_flush)
    event.listen(session_class, "after_flush", _after_flush)
    event.listen(Base, "before_insert", _set_collation_keys, propagate=True)
    event.listen(Base, "before_update", _set_collation_keys, propagate=True)
