"""The outbox in the store: every package built waits here until the centre's receipt.

States: waiting (to be sent, now or after `next_try_at`), arrived (the receipt is kept),
refused (the centre said no and sending the same bytes again cannot help), carried (marked
acknowledged by hand: taken to a centre with no service). Nothing here touches the network.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from hrdesk.domain.vocab import PackageStatus
from hrdesk.messages import render
from hrdesk.messages.stored import dumps_params, loads_params
from hrdesk.store.base import utcnow
from hrdesk.store.models import OutboxItem, Package

WAITING = "waiting"
ARRIVED = "arrived"
REFUSED = "refused"
CARRIED = "carried"

# Between tries: doubling from FIRST_WAIT up to LONGEST_WAIT, each wait drawn at random
# between half and all of it ("jitter"), so thirty provinces back online together do not
# knock on the centre in step.
FIRST_WAIT = timedelta(seconds=30)
LONGEST_WAIT = timedelta(hours=1)


@dataclass(frozen=True)
class OutboxEntry:
    """What `hrdesk outbox` and the status bar show of one package."""

    uid: str  # the package's uid
    sequence: int
    period_label: str
    state: str
    size: int
    zip_sha512: str
    tries: int
    next_try_at: datetime | None
    arrived_at: datetime | None
    problem_code: str | None
    problem_params: dict[str, Any]

    def problem(self, lang: str) -> str:
        """The last problem, in `lang`; empty when there was none."""
        if not self.problem_code:
            return ""
        return render(self.problem_code, self.problem_params, lang)


def enqueue(session: Session, package: Package, zip_path: Path, zip_sha512: str) -> OutboxItem:
    """Queue a package just built (its zip read into the store)."""
    data = Path(zip_path).read_bytes()
    item = OutboxItem(
        package=package,
        zip_sha512=zip_sha512,
        size=len(data),
        zip_bytes=data,
        state=WAITING,
        tries=0,
    )
    session.add(item)
    session.flush()
    return item


def _entry(item: OutboxItem) -> OutboxEntry:
    return OutboxEntry(
        uid=item.package.uid,
        sequence=item.package.sequence,
        period_label=item.package.period_label,
        state=item.state,
        size=item.size,
        zip_sha512=item.zip_sha512,
        tries=item.tries,
        next_try_at=item.next_try_at,
        arrived_at=item.arrived_at,
        problem_code=item.problem_code,
        problem_params=loads_params(item.problem_params),
    )


def entries(session: Session) -> list[OutboxEntry]:
    """Every package the outbox has held, oldest first."""
    items = session.scalars(
        select(OutboxItem).join(OutboxItem.package).order_by(Package.sequence)
    ).all()
    return [_entry(item) for item in items]


def entry(session: Session, package_uid: str) -> OutboxEntry | None:
    item = item_of(session, package_uid)
    return _entry(item) if item is not None else None


def item_of(session: Session, package_uid: str) -> OutboxItem | None:
    return session.scalars(
        select(OutboxItem).join(OutboxItem.package).where(Package.uid == package_uid)
    ).first()


def due(session: Session, now: datetime | None = None, *, all_waiting: bool = False) -> list[str]:
    """The uids of the packages to send now, oldest first (the centre wants them in order);
    `all_waiting` also takes those still in their wait after a failed try."""
    now = now or utcnow()
    rows = session.execute(
        select(Package.uid, OutboxItem.next_try_at)
        .join(OutboxItem.package)
        .where(OutboxItem.state == WAITING)
        .order_by(Package.sequence)
    ).all()
    return [uid for uid, at in rows if all_waiting or at is None or at <= now]


def next_wait(tries: int, rng: random.Random | None = None) -> timedelta:
    """The wait after `tries` failed tries: doubling, capped, with jitter."""
    full = min(FIRST_WAIT * (2 ** max(tries - 1, 0)), LONGEST_WAIT)
    return full * (rng or random).uniform(0.5, 1.0)


def failed(session: Session, package_uid: str, code: str, params: dict[str, Any]) -> None:
    """A try that may succeed later: count it, say why, and wait before the next."""
    item = _must(session, package_uid)
    item.tries += 1
    item.next_try_at = utcnow() + next_wait(item.tries)
    _problem(item, code, params)
    session.flush()


def refused(session: Session, package_uid: str, code: str, params: dict[str, Any]) -> None:
    """The centre refused the package and sending it again cannot help."""
    item = _must(session, package_uid)
    item.tries += 1
    item.state = REFUSED
    item.upload_url = None
    item.next_try_at = None
    _problem(item, code, params)
    session.flush()


def set_upload_url(session: Session, package_uid: str, url: str | None) -> None:
    _must(session, package_uid).upload_url = url
    session.flush()


def arrived(session: Session, package_uid: str) -> None:
    """The receipt is kept: the zip is no longer needed here, the package is acknowledged."""
    item = _must(session, package_uid)
    item.state = ARRIVED
    item.arrived_at = utcnow()
    item.zip_bytes = None
    item.upload_url = None
    item.next_try_at = None
    item.problem_code = item.problem_params = None
    item.package.status = PackageStatus.ACKNOWLEDGED.value
    session.flush()


def carried(session: Session, package: Package) -> None:
    """Marked acknowledged by hand: the outbox stops sending it."""
    item = session.scalars(select(OutboxItem).where(OutboxItem.package_id == package.id)).first()
    if item is not None and item.state == WAITING:
        item.state = CARRIED
        item.zip_bytes = None
        item.next_try_at = None
        session.flush()


def last_arrival(session: Session) -> datetime | None:
    return session.scalars(
        select(OutboxItem.arrived_at)
        .where(OutboxItem.arrived_at.is_not(None))
        .order_by(OutboxItem.arrived_at.desc())
        .limit(1)
    ).first()


def _problem(item: OutboxItem, code: str, params: dict[str, Any]) -> None:
    item.problem_code = code
    # Kept as messages are (a message inside, such as the centre's reason, keeps its code).
    item.problem_params = dumps_params(params)


def _must(session: Session, package_uid: str) -> OutboxItem:
    item = item_of(session, package_uid)
    if item is None:
        raise LookupError(package_uid)
    return item
