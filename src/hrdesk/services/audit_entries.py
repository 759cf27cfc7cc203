"""The audit log read as the command line prints it: a record's history checked against
its kind, and the whole log since a day or by one officer."""

from __future__ import annotations

import json
from datetime import date, datetime, time

from sqlalchemy import select
from sqlalchemy.orm import Session

from hrdesk.domain.access import Permission
from hrdesk.domain.formatting import VIETNAM_FIXED
from hrdesk.services.audit import HistoryEntry, history
from hrdesk.services.common import by_uid, require, resolve_officer
from hrdesk.store.base import RecordMixin
from hrdesk.store.models import (
    Agency,
    AuditEntry,
    Meeting,
    Member,
    Petition,
    Task,
    TrainingEvent,
)

_MODELS: dict[str, tuple[type[RecordMixin], str]] = {
    "agencies": (Agency, "agency"),
    "members": (Member, "member"),
    "tasks": (Task, "task"),
    "petitions": (Petition, "petition"),
    "trainings": (TrainingEvent, "training"),
    "meetings": (Meeting, "meeting"),
}


def record_history(session: Session, kind: str, uid: str) -> list[HistoryEntry]:
    """The history of the record of `kind` (a list's name) with this uid; NotFound if
    there is no such record of that kind."""
    require(session, Permission.VIEW_RECORDS)
    model, label = _MODELS[kind]
    by_uid(session, model, uid, label)
    return history(session, uid)


def audit_entries(
    session: Session,
    *,
    since: date | None = None,
    officer: str | None = None,
    limit: int = 1000,
) -> list[HistoryEntry]:
    """The log's entries from `since` (a day in Vietnam) and by `officer` (an account
    name), oldest first, at most `limit` of the newest."""
    require(session, Permission.VIEW_RECORDS)
    query = select(AuditEntry)
    if since is not None:
        start = datetime.combine(since, time.min, VIETNAM_FIXED)
        query = query.where(AuditEntry.at >= start)
    if officer:
        found = resolve_officer(session, officer.strip().lower(), "officer")
        assert found is not None
        query = query.where(AuditEntry.actor == found.username)
    rows = list(session.scalars(query.order_by(AuditEntry.seq.desc()).limit(limit)))
    return [
        HistoryEntry(
            e.seq, e.at, e.actor, e.action, e.table_name, e.record_uid, json.loads(e.changes)
        )
        for e in reversed(rows)
    ]
