"""Each province's state for a period: on time, late, gap, refused, missing or not yet due.

A period's package is on time if it arrived by `due_days` after the period's end (Vietnam
time), late after that; a package whose sequence skipped earlier ones is shown as a gap;
with no package kept but one refused, refused; with nothing by the due day, missing.
Three queries for the whole board (offices, the period's packages, its refusals), each
on an index, whatever the history's length.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from hrdesk.central.models import Office, Package, Refusal
from hrdesk.central.offices import as_utc
from hrdesk.central.refusal_reasons import RefusalReason, reason_of
from hrdesk.domain.periods import Period, parse_period
from hrdesk.domain.provinces import PROVINCES

VIETNAM = ZoneInfo("Asia/Ho_Chi_Minh")
STATES = ("on_time", "late", "gap", "refused", "missing", "waiting", "no_office")


@dataclass(frozen=True)
class ProvinceRow:
    province: str
    office_id: int | None
    office_name: str | None
    state: str
    sequence: int | None = None
    received_at: datetime | None = None
    sha512: str | None = None
    reason: RefusalReason | None = None  # of the refusal, when refused


def due_day(period: Period, due_days: int) -> date:
    return period.end + timedelta(days=due_days)


def vietnam_day(moment: datetime) -> date:
    return as_utc(moment).astimezone(VIETNAM).date()


def board_rows(
    session: Session, period: Period, due_days: int, today: date | None = None
) -> list[ProvinceRow]:
    """One row per province (the 34, in their official order)."""
    today = today or datetime.now(VIETNAM).date()
    due = due_day(period, due_days)
    offices = {
        o.province: o
        for o in session.scalars(
            select(Office).where(Office.revoked_at.is_(None)).order_by(Office.id)
        )
    }
    latest: dict[int, Package] = {}
    for received in session.scalars(
        select(Package).where(Package.period_label == period.label).order_by(Package.sequence)
    ):
        latest[received.office_id] = received
    refused: dict[int, Refusal] = {}
    for refusal in session.scalars(
        select(Refusal)
        .where(Refusal.period_label == period.label, Refusal.office_id.is_not(None))
        .order_by(Refusal.id)
    ):
        if refusal.office_id is not None:  # the query asks for these only
            refused[refusal.office_id] = refusal
    rows = []
    for province in PROVINCES:
        office = offices.get(province)
        if office is None:
            rows.append(
                ProvinceRow(province, None, None, "no_office" if today <= due else "missing")
            )
            continue
        package = latest.get(office.id)
        if package is not None:
            if package.gap:
                state = "gap"
            else:
                state = "on_time" if vietnam_day(package.received_at) <= due else "late"
            rows.append(
                ProvinceRow(
                    province,
                    office.id,
                    office.name,
                    state,
                    package.sequence,
                    as_utc(package.received_at),
                    package.sha512,
                )
            )
        elif office.id in refused:
            refusal = refused[office.id]
            rows.append(
                ProvinceRow(
                    province,
                    office.id,
                    office.name,
                    "refused",
                    received_at=as_utc(refusal.received_at),
                    reason=reason_of(refusal),
                )
            )
        else:
            rows.append(
                ProvinceRow(
                    province, office.id, office.name, "missing" if today > due else "waiting"
                )
            )
    return rows


def periods_known(session: Session) -> list[str]:
    """The periods packages were received for, newest first."""
    labels = session.scalars(select(Package.period_label).distinct()).all()
    return sorted(labels, key=lambda label: parse_period(label).end, reverse=True)


def default_period(session: Session, today: date | None = None) -> Period:
    """The quarter before today's (the one whose packages are coming in)."""
    today = today or datetime.now(VIETNAM).date()
    quarter = (today.month - 1) // 3 + 1
    year, quarter = (today.year, quarter - 1) if quarter > 1 else (today.year - 1, 4)
    return Period.quarter(year, quarter)
