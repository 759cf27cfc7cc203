"""Create, update and archive: the steps every kind of record shares."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from hrdesk.domain.access import Permission
from hrdesk.domain.errors import ValidationError
from hrdesk.services.common import by_uid, require
from hrdesk.services.fields import Field, apply, require_fields
from hrdesk.store.base import utcnow

T = TypeVar("T")


Check = Callable[[Any], None]


def create(
    session: Session,
    model: type[T],
    fields: dict[str, Field],
    values: dict[str, Any],
    check: Check | None = None,
) -> T:
    """A new record from validated values; `check` sees it before it joins the session."""
    require(session, Permission.EDIT_RECORDS)
    uid = values.pop("uid", None)
    require_fields(fields, values)
    record = model()
    if uid:
        record.uid = valid_uid(session, model, uid)  # type: ignore[attr-defined]
    with session.no_autoflush:
        apply(session, record, fields, values)
        if check:
            check(record)
    session.add(record)
    session.flush()
    return record


def update(
    session: Session,
    model: type[T],
    label: str,
    uid: str,
    fields: dict[str, Field],
    values: dict[str, Any],
    check: Check | None = None,
) -> T:
    """Change the given fields; on a bad value nothing is changed.

    Values are validated before any is set, and `check` (cross-field rules) runs before
    the flush; its ValidationError rolls the values back.
    """
    require(session, Permission.EDIT_RECORDS)
    record = by_uid(session, model, uid, label)
    with session.no_autoflush:
        before = {name: getattr(record, name) for name in values}
        apply(session, record, fields, values)
        if check:
            try:
                check(record)
            except ValidationError:
                for name, value in before.items():
                    setattr(record, name, value)
                raise
    session.flush()
    return record


def archive(session: Session, model: type[T], label: str, uid: str, archived: bool = True) -> T:
    """Archive (or bring back) a record: it leaves the working lists but keeps its history."""
    require(session, Permission.EDIT_RECORDS)
    record = by_uid(session, model, uid, label)
    record.archived_at = utcnow() if archived else None  # type: ignore[attr-defined]
    session.flush()
    return record


def valid_uid(session: Session, model: Any, uid: str) -> str:
    """A uid carried over from another profile or file: well formed and not yet used."""
    try:
        text = str(uuid.UUID(str(uid).strip()))
    except ValueError:
        raise ValidationError("uid", f"'{uid}' is not a valid id") from None
    if session.scalars(select(model.id).where(model.uid == text)).first() is not None:
        raise ValidationError("uid", f"a record with id {text} already exists")
    return text


def check_order(first: Any, second: Any, field: str, message: str) -> None:
    """ValidationError on `field` when both dates are known and `second` is before `first`."""
    if first is not None and second is not None and second < first:
        raise ValidationError(field, message)
