"""A record's history from the audit log: who changed what, when."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from hrdesk.domain.access import Permission
from hrdesk.services.common import require
from hrdesk.store.audit_log import ChainReport, verify_chain
from hrdesk.store.models import AuditEntry


@dataclass(frozen=True)
class HistoryEntry:
    seq: int
    at: datetime
    actor: str
    action: str
    table_name: str
    record_uid: str | None
    changes: dict[str, list[Any]]


def history(session: Session, uid: str, limit: int = 500) -> list[HistoryEntry]:
    """Every logged change of a record and of its parts (steps, attendance…), oldest first."""
    require(session, Permission.VIEW_RECORDS)
    rows = session.scalars(
        select(AuditEntry)
        .where(or_(AuditEntry.subject_uid == uid, AuditEntry.record_uid == uid))
        .order_by(AuditEntry.seq)
        .limit(limit)
    )
    return [
        HistoryEntry(
            e.seq, e.at, e.actor, e.action, e.table_name, e.record_uid, json.loads(e.changes)
        )
        for e in rows
    ]


def check_chain(session: Session) -> ChainReport:
    require(session, Permission.VIEW_RECORDS)
    return verify_chain(session)
