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
from hrdesk.services.fields import Field, coerce_all, missing_fields
from hrdesk.store.base import ArchivableMixin, RecordMixin, utcnow

T = TypeVar("T", bound=RecordMixin)


Check = Callable[[Any], None]


def create(
    session: Session,
    model: type[T],
    fields: dict[str, Field],
    values: dict[str, Any],
    check: Check | None = None,
) -> T:
    """A new record from validated values; `check` sees it before it joins the session.

    Every field is checked: the ValidationError raised carries all of their problems.
    """
    require(session, Permission.EDIT_RECORDS)
    uid = values.pop("uid", None)
    record = model()
    with session.no_autoflush:
        problems = missing_fields(fields, values)
        if uid:
            try:
                record.uid = valid_uid(session, model, uid)
            except ValidationError as exc:
                problems.extend(exc.problems)
        _set_checked(session, record, fields, values, check, problems)
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
        try:
            _set_checked(session, record, fields, values, check, [])
        except ValidationError:
            for name, value in before.items():
                setattr(record, name, value)
            raise
    session.flush()
    return record


def _set_checked(
    session: Session,
    record: Any,
    fields: dict[str, Field],
    values: dict[str, Any],
    check: Check | None,
    problems: list[ValidationError],
) -> None:
    """Set the values that are right and run the cross-field `check` over them; raise one
    ValidationError with every problem found (`problems` holds those found before)."""
    unknown = set(values) - set(fields)
    if unknown:
        raise TypeError(f"unknown fields: {', '.join(sorted(unknown))}")
    coerced, bad = coerce_all(session, fields, values)
    # A required field given blank is missing already: one problem, not two.
    seen = {(p.field, p.code) for p in problems}
    problems.extend(p for p in bad if (p.field, p.code) not in seen)
    for name, value in coerced.items():
        setattr(record, name, value)
    if check:
        try:
            check(record)
        except ValidationError as exc:
            # A rule over a field already reported adds nothing the officer can act on.
            reported = {p.field for p in problems}
            problems.extend(p for p in exc.problems if p.field not in reported)
    if problems:
        raise ValidationError.of(problems)


def archive(session: Session, model: type[T], label: str, uid: str, archived: bool = True) -> T:
    """Archive (or bring back) a record: it leaves the working lists but keeps its history."""
    require(session, Permission.EDIT_RECORDS)
    record = by_uid(session, model, uid, label)
    if not isinstance(record, ArchivableMixin):
        raise TypeError(f"{model.__name__} records are not archived")
    record.archived_at = utcnow() if archived else None
    session.flush()
    return record


def valid_uid(session: Session, model: Any, uid: str) -> str:
    """A uid carried over from another profile or file: well formed and not yet used."""
    try:
        text = str(uuid.UUID(str(uid).strip()))
    except ValueError:
        raise ValidationError("uid", "field.bad_uid", value=uid) from None
    if session.scalars(select(model.id).where(model.uid == text)).first() is not None:
        raise ValidationError("uid", "field.uid_exists", uid=text)
    return text


def out_of_order(first: Any, second: Any) -> bool:
    """Whether both dates are known and `second` is before `first`."""
    return first is not None and second is not None and second < first
