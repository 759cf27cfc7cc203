"""Member agencies' contributions to the periodic report: asked for, received, late, excused.

The office asks each member agency for its report on a period by a date (the request
letter is `documents.contribution_letters`); it records what came (the date, the file kept
in the encrypted store, its summary) or that the agency was excused. Whether an agency is
late is judged on a given day, never stored.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload

from hrdesk.domain.access import Permission
from hrdesk.domain.errors import ValidationError
from hrdesk.domain.periods import Period, parse_period
from hrdesk.domain.text import clean, clean_multiline, vi_sorted
from hrdesk.services.common import by_uid, require, today
from hrdesk.store.models import Agency, Contribution, ContributionFile

REQUESTED, RECEIVED, EXCUSED = "requested", "received", "excused"
# What a record shows on a given day.
ON_TIME, LATE, MISSING, WAITING = "on_time", "late", "missing", "waiting"
MAX_FILE = 50 << 20  # a contribution is a report of a few pages, not an archive


@dataclass(frozen=True)
class ContributionView:
    uid: str
    period_label: str
    agency_uid: str
    agency_name: str
    requested_on: date
    due_on: date
    status: str
    received_on: date | None
    file_name: str | None
    summary: str | None
    excuse: str | None
    reminded_on: date | None
    state: str  # ON_TIME, LATE (received late), MISSING (due passed), WAITING, EXCUSED
    days_late: int

    @property
    def outstanding(self) -> bool:
        """Asked for, due date passed, nothing received and not excused."""
        return self.state == MISSING


def _period(period: Period | str) -> Period:
    return parse_period(period) if isinstance(period, str) else period


def judge(c: Contribution, as_of: date) -> tuple[str, int]:
    """(state, days late) of a contribution on `as_of`."""
    if c.status == EXCUSED:
        return EXCUSED, 0
    if c.status == RECEIVED and c.received_on is not None:
        late = (c.received_on - c.due_on).days
        return (LATE, late) if late > 0 else (ON_TIME, 0)
    late = (as_of - c.due_on).days
    return (MISSING, late) if late > 0 else (WAITING, 0)


def view(c: Contribution, as_of: date) -> ContributionView:
    state, days = judge(c, as_of)
    file_name = c.file.file_name if c.file is not None else None
    return ContributionView(
        c.uid,
        c.period_label,
        c.agency.uid,
        c.agency.name,
        c.requested_on,
        c.due_on,
        c.status,
        c.received_on,
        file_name,
        c.summary,
        c.excuse,
        c.reminded_on,
        state,
        days,
    )


def request_contributions(
    session: Session,
    period: Period | str,
    *,
    due_on: date,
    agencies: list[str] | None = None,
    on: date | None = None,
) -> list[ContributionView]:
    """Ask the member agencies (uids; every agency not archived if None) for their report
    on `period` by `due_on`. An agency already asked keeps its request (its due date moves)."""
    require(session, Permission.EDIT_RECORDS)
    period = _period(period)
    on = on or today(session)
    if due_on < on:
        raise ValidationError("due_on", "contribution.due_before_request", due=due_on, on=on)
    if agencies is None:
        chosen = list(session.scalars(select(Agency).where(Agency.archived_at.is_(None))))
    else:
        chosen = [by_uid(session, Agency, uid, "agency") for uid in agencies]
    if not chosen:
        raise ValidationError("agencies", "contribution.no_agency")
    existing = {
        c.agency_id: c
        for c in session.scalars(
            select(Contribution).where(Contribution.period_label == period.label)
        )
    }
    for agency in chosen:
        row = existing.get(agency.id)
        if row is None:
            row = Contribution(
                period_label=period.label,
                agency=agency,
                requested_on=on,
                due_on=due_on,
                status=REQUESTED,
            )
            session.add(row)
        else:
            row.due_on = due_on
    session.flush()
    return contributions_for_period(session, period, on)


def record_received(
    session: Session,
    uid: str,
    *,
    on: date | None = None,
    file_name: str | None = None,
    content: bytes | None = None,
    summary: str | None = None,
) -> ContributionView:
    """The agency's report came on `on`: its file (kept encrypted in the store) and the
    officer's summary of it."""
    require(session, Permission.EDIT_RECORDS)
    c = by_uid(session, Contribution, uid, "contribution")
    on = on or today(session)
    if on < c.requested_on:
        raise ValidationError(
            "received_on", "contribution.received_before_request", on=on, asked=c.requested_on
        )
    if content is not None:
        name = clean(file_name)
        if not name:
            raise ValidationError("file_name", "contribution.file_name_required")
        if len(content) > MAX_FILE:
            raise ValidationError(
                "file", "contribution.file_too_large", name=name, mb=MAX_FILE >> 20
            )
        if c.file is None:
            c.file = ContributionFile(file_name=name, content=content)
        else:
            c.file.file_name, c.file.content = name, content
    c.status = RECEIVED
    c.received_on = on
    c.summary = clean_multiline(summary) or c.summary
    c.excuse = None
    session.flush()
    return view(c, on)


def excuse(session: Session, uid: str, *, note: str) -> ContributionView:
    """The agency need not report this period (the grounds are required)."""
    require(session, Permission.EDIT_RECORDS)
    c = by_uid(session, Contribution, uid, "contribution")
    text = clean_multiline(note)
    if not text:
        raise ValidationError("excuse", "contribution.excuse_required")
    c.status, c.excuse = EXCUSED, text
    session.flush()
    return view(c, today(session))


def contribution_file(session: Session, uid: str) -> tuple[str, bytes] | None:
    """The file a contribution came in: (name, bytes), or None."""
    require(session, Permission.VIEW_RECORDS)
    c = by_uid(session, Contribution, uid, "contribution")
    return (c.file.file_name, c.file.content) if c.file is not None else None


def contributions_for_period(
    session: Session, period: Period | str, as_of: date | None = None
) -> list[ContributionView]:
    """Every agency asked for `period`, in Vietnamese order of their names."""
    require(session, Permission.VIEW_RECORDS)
    period = _period(period)
    as_of = as_of or today(session)
    rows = session.scalars(
        select(Contribution)
        .options(joinedload(Contribution.agency))
        .where(Contribution.period_label == period.label)
    ).all()
    return vi_sorted([view(c, as_of) for c in rows], key=lambda v: v.agency_name)


def late_for_period(
    session: Session, period: Period | str, as_of: date | None = None
) -> list[ContributionView]:
    """The agencies whose contribution is past its due date and not in, latest first."""
    views = [v for v in contributions_for_period(session, period, as_of) if v.outstanding]
    return sorted(views, key=lambda v: -v.days_late)


def agency_record(
    session: Session, agency_uid: str, as_of: date | None = None
) -> list[ContributionView]:
    """One agency's contributions over the periods it was asked for, newest first."""
    require(session, Permission.VIEW_RECORDS)
    as_of = as_of or today(session)
    agency = by_uid(session, Agency, agency_uid, "agency")
    rows = session.scalars(
        select(Contribution)
        .where(Contribution.agency_id == agency.id)
        .order_by(Contribution.due_on.desc(), Contribution.id.desc())
    ).all()
    return [view(c, as_of) for c in rows]


def mark_reminded(session: Session, uids: list[str], on: date | None = None) -> None:
    require(session, Permission.EDIT_RECORDS)
    on = on or today(session)
    for uid in uids:
        by_uid(session, Contribution, uid, "contribution").reminded_on = on
    session.flush()


@dataclass(frozen=True)
class LateNow:
    """The agencies late for the period the office asked about most recently."""

    period_label: str | None
    late: tuple[ContributionView, ...]


def late_for_current_period(session: Session, as_of: date | None = None) -> LateNow:
    """The dashboard's line: the latest period agencies were asked for, and who is late."""
    require(session, Permission.VIEW_RECORDS)
    as_of = as_of or today(session)
    label = session.scalar(
        select(Contribution.period_label)
        .where(Contribution.requested_on <= as_of)
        .order_by(Contribution.requested_on.desc(), Contribution.id.desc())
        .limit(1)
    )
    if label is None:
        return LateNow(None, ())
    return LateNow(label, tuple(late_for_period(session, label, as_of)))
