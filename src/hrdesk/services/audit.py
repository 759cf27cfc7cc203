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
from hrdesk.services.fields import Field
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


def record_name(table: str, lang: str = "vi") -> str:
    """What a table's records are called, in the reader's language."""
    from hrdesk.domain.vocab import RECORD_NAMES

    names = RECORD_NAMES.get(table)
    return (names[0] if lang == "vi" else names[1]) if names else table


def field_label(table: str, field: str, lang: str = "vi") -> str:
    """A changed field's label as the forms show it (its stored name if no form has it)."""
    for fields in _field_specs().get(table, ()):
        if field in fields:
            return fields[field].label(lang)
    kind = _LIST_KINDS.get(table)
    if kind is not None:
        from hrdesk.services.listing import spec_for

        for column in spec_for(kind).columns:
            if column.name == field:
                return column.label(lang)
    vi, en = _WORKFLOW_FIELDS.get(field, (field, field))
    return vi if lang == "vi" else en


_LIST_KINDS = {
    "agencies": "agencies",
    "members": "members",
    "tasks": "tasks",
    "petitions": "petitions",
    "training_events": "trainings",
    "meetings": "meetings",
}
# Fields no form edits directly: the petition workflow sets them.
_WORKFLOW_FIELDS = {
    "accepted_on": ("Ngày thụ lý", "Accepted on"),
    "closed_on": ("Ngày kết thúc", "Closed on"),
    "extensions": ("Số lần gia hạn", "Extensions"),
    "extension_days": ("Số ngày gia hạn", "Days of extension"),
    "outcome_note": ("Nội dung kết quả", "Outcome note"),
    "transferred_to": ("Chuyển đến", "Transferred to"),
    "deadline_rule": ("Căn cứ tính hạn", "Deadline rule"),
    "rule_set": ("Bộ quy định áp dụng", "Rule set applied"),
    "handler_id": ("Cán bộ xử lý", "Handling officer"),
    "archived_at": ("Lưu trữ lúc", "Archived at"),
    "occurred_on": ("Ngày", "Date"),
    "note": ("Ghi chú", "Note"),
    "deadline_after": ("Hạn xử lý sau bước", "Deadline after the step"),
    "kind": ("Loại", "Kind"),
    "drafted_body": ("Nội dung dự thảo từ số liệu", "Text drafted from the records"),
}


def _field_specs() -> dict[str, tuple[dict[str, Field], ...]]:
    from hrdesk.services import agencies, meetings, members, office, petitions, tasks, trainings

    return {
        "agencies": (agencies.FIELDS,),
        "members": (members.FIELDS,),
        "appointments": (members.APPOINTMENT_FIELDS,),
        "tasks": (tasks.FIELDS,),
        "petitions": (petitions.INTAKE_FIELDS, {"deadline": petitions.DEADLINE_FIELD}),
        "petitioners": (petitions.PETITIONER_FIELDS,),
        "meetings": (meetings.FIELDS,),
        "training_events": (trainings.FIELDS,),
        "office": (office.FIELDS,),
    }
