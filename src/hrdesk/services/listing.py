"""Lists of records, filtered, sorted and paged in SQL: nothing loads rows it does not show."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import cache
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session
from sqlalchemy.sql import Select

from hrdesk.domain.access import Permission
from hrdesk.domain.errors import ValidationError
from hrdesk.services.common import LIST_KINDS, by_uid, require, today
from hrdesk.services.fields import VIETNAM
from hrdesk.services.list_specs import KINDS, SPEC_BUILDERS, Grouping, ListSpec
from hrdesk.services.rules import deadline_clock
from hrdesk.services.search import match_query, matching_ids_sql
from hrdesk.store import live_counts
from hrdesk.store.models import Agency


@dataclass(frozen=True)
class ListFilter:
    search: str | None = None
    status: str | None = None
    subkind: str | None = None  # a petition's kind, an agency's kind
    overdue: bool = False
    due_soon: bool = False  # running, deadline near (domain.deadline_state's one rule)
    agency: str | None = None  # uid
    date_from: date | None = None
    date_to: date | None = None
    archived: bool = False  # show archived records too
    active_only: bool = False  # leave out records no longer active (members who left)


@cache
def spec_for(kind: str) -> ListSpec:
    if kind not in SPEC_BUILDERS:
        raise ValidationError("kind", "list.unknown_kind", kind=kind, kinds=list(KINDS))
    return SPEC_BUILDERS[kind]()


def _moment(d: date) -> datetime:
    return datetime.combine(d, time.min, VIETNAM)


def _filtered(session: Session, spec: ListSpec, flt: ListFilter, query: Select[Any]) -> Select[Any]:
    model = spec.model
    if not flt.archived:
        query = query.where(model.archived_at.is_(None))
    if flt.active_only and spec.active_column is not None:
        query = query.where(spec.active_column.is_(True))
    if flt.status:
        if spec.status_column is None or spec.statuses is None:
            raise ValidationError("status", "list.no_status", kind=LIST_KINDS[spec.kind])
        query = query.where(spec.status_column == spec.statuses.parse(flt.status, "status").value)
    if flt.subkind:
        if spec.subkind_column is None or spec.subkinds is None:
            raise ValidationError("kind", "list.no_subkind", kind=LIST_KINDS[spec.kind])
        query = query.where(spec.subkind_column == spec.subkinds.parse(flt.subkind, "kind").value)
    if flt.overdue:
        if spec.overdue is None:
            raise ValidationError("overdue", "list.no_deadline", kind=LIST_KINDS[spec.kind])
        query = query.where(spec.overdue(today(session)))
    if flt.due_soon:
        if spec.due_between is None:
            raise ValidationError("due_soon", "list.no_due_soon", kind=LIST_KINDS[spec.kind])
        # The cut-off days come from the calendar here; the rows are filtered in SQL.
        query = query.where(spec.due_between(*deadline_clock(session).due_soon_range()))
    if flt.agency:
        if spec.agency_column is None:
            raise ValidationError("agency", "list.no_agency", kind=LIST_KINDS[spec.kind])
        query = query.where(spec.agency_column == by_uid(session, Agency, flt.agency, "agency").id)
    if flt.date_from or flt.date_to:
        if spec.date_column is None:
            raise ValidationError("date_from", "list.no_date", kind=LIST_KINDS[spec.kind])
        if flt.date_from and flt.date_to and flt.date_to < flt.date_from:
            raise ValidationError("date_to", "list.range_reversed")
        is_moment = spec.date_column.type.python_type is datetime
        if flt.date_from:
            bound = _moment(flt.date_from) if is_moment else flt.date_from
            query = query.where(spec.date_column >= bound)
        if flt.date_to:
            if is_moment:
                query = query.where(spec.date_column < _moment(flt.date_to + timedelta(days=1)))
            else:
                query = query.where(spec.date_column <= flt.date_to)
    if flt.search:
        expression = match_query(session, flt.search)
        if expression is not None:
            ids = text(matching_ids_sql(spec.search_kind)).bindparams(q=expression)
            query = query.where(model.id.in_(ids))
    return query


def count(session: Session, kind: str, flt: ListFilter | None = None) -> int:
    """How many records the list holds, counted in SQL."""
    require(session, Permission.VIEW_RECORDS)
    spec = spec_for(kind)
    flt = flt or ListFilter()
    table = spec.model.__tablename__
    if flt == ListFilter() and table in live_counts.TABLES:
        # The whole working list of a big table: the count its triggers keep (0008).
        kept = live_counts.live(session.connection(), table)
        if kept is not None:
            return kept
    query = _filtered(session, spec, flt, select(spec.model.id))
    return session.scalar(select(func.count()).select_from(query.subquery())) or 0


def holds(session: Session, kind: str, flt: ListFilter | None, uid: str) -> bool:
    """Whether the list `flt` gives holds the record `uid` (a window keeps it chosen after
    the list is read again only if it is still there)."""
    require(session, Permission.VIEW_RECORDS)
    spec = spec_for(kind)
    query = _filtered(session, spec, flt or ListFilter(), select(spec.model.id))
    return session.scalar(query.where(spec.model.uid == uid).limit(1)) is not None


def fetch(
    session: Session,
    kind: str,
    flt: ListFilter | None = None,
    *,
    sort: str | None = None,
    descending: bool = False,
    offset: int = 0,
    limit: int | None = 200,
    lang: str = "vi",
    total: int | None = None,
) -> list[dict[str, Any]]:
    """One page of rows: dicts with `uid` and every column under its model name. A choice
    column sorts by its label in `lang`'s order. With the list's `total` (as `count` gave
    it), a page past the middle is read from the other end, as near as the first page."""
    require(session, Permission.VIEW_RECORDS)
    spec = spec_for(kind)
    try:
        column = spec.column(sort or spec.default_sort)
    except KeyError:
        names = ", ".join(c.name for c in spec.columns)
        raise ValidationError(
            "sort",
            "list.unknown_column",
            column=sort,
            kind=LIST_KINDS.get(kind, kind),
            columns=names,
        ) from None
    flt = flt or ListFilter()
    sort_by = column.order(lang)
    order = sort_by.desc() if descending else sort_by.asc()
    tiebreak = spec.model.id.desc() if descending else spec.model.id.asc()
    columns = [c.expr.label(c.name) for c in spec.columns]
    if limit is None:
        query = _filtered(session, spec, flt, spec.base().add_columns(*columns))
        query = query.order_by(order, tiebreak).offset(offset)
        return [dict(row._mapping) for row in session.execute(query)]
    # Two steps: the page's ids first, which an index answers without reading the rows it
    # skips (a page deep in a million rows), then just those rows with their columns.
    if column.grouping is not None:
        ids = _grouped_ids(session, spec, flt, column.grouping, lang, descending, offset, limit)
    else:
        ids_query = _filtered(session, spec, flt, spec.base().with_only_columns(spec.model.id))
        if total is not None and offset > total // 2:
            # An index walks a million entries to skip a million rows: skip few from the end.
            limit = max(0, min(limit, total - offset))
            key = spec.model.id
            back = (sort_by.asc(), key.asc()) if descending else (sort_by.desc(), key.desc())
            query = ids_query.order_by(*back).offset(total - offset - limit).limit(limit)
            ids = list(session.scalars(query))[::-1]
        else:
            query = ids_query.order_by(order, tiebreak).offset(offset).limit(limit)
            ids = list(session.scalars(query))
    if not ids:
        return []
    rows = session.execute(spec.base().add_columns(*columns).where(spec.model.id.in_(ids)))
    position = {id_: i for i, id_ in enumerate(ids)}
    return sorted((dict(row._mapping) for row in rows), key=lambda row: position[row["id"]])


def _grouped_ids(
    session: Session,
    spec: ListSpec,
    flt: ListFilter,
    grouping: Grouping,
    lang: str,
    descending: bool,
    offset: int,
    limit: int,
) -> list[int]:
    """The ids of one page sorted by a grouped column: group after group, each read from
    its index in id order; the groups wholly before the page are only counted."""
    values = grouping.values(session, lang)
    if descending:
        values.reverse()
    tiebreak = spec.model.id.desc() if descending else spec.model.id.asc()
    matching = _filtered(session, spec, flt, select(spec.model.id))
    ids: list[int] = []
    skip = offset
    for value in values:
        group = matching.where(grouping.key.is_(None) if value is None else grouping.key == value)
        if skip:
            size = session.scalar(select(func.count()).select_from(group.subquery())) or 0
            if size <= skip:
                skip -= size
                continue
        ids += session.scalars(group.order_by(tiebreak).offset(skip).limit(limit - len(ids)))
        skip = 0
        if len(ids) >= limit:
            break
    return ids
