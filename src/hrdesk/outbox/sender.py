"""Sending what waits in the outbox: `hrdesk outbox --send`, `hrdesk package upload`, and
the window's background worker all call `send_waiting` / `send_package`.

No store transaction is held while bytes travel: each package is read in a short session,
sent, and its fate written in another. The upload's address is committed before the first
byte is sent, so a process killed mid-upload resumes it at the next start; the centre keeps
packages by their hash, so a package sent twice is still received once.
"""

from __future__ import annotations

import contextlib
import random
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from hrdesk.bundles.progress import Cancelled
from hrdesk.outbox import queue, tus
from hrdesk.outbox.link import CentreLink, centre_link, http_client
from hrdesk.outbox.receipts import ReceiptRefused, check_receipt, keep
from hrdesk.store.models import OutboxItem

if TYPE_CHECKING:
    import httpx
    from sqlalchemy.orm import Session

    from hrdesk.signin import Desk

# Tries within one sending, before the package waits for the next (queue.next_wait).
ATTEMPTS = 4
FIRST_PAUSE = 1.0
LONGEST_PAUSE = 8.0

SENT = "arrived"
WAITING = "waiting"
REFUSED = "refused"

# The verifier's check that failed, as the centre names it, and what the officer reads.
REFUSALS = {
    "zip": "outbox.refused.zip",
    "bag": "outbox.refused.bag",
    "signature": "outbox.refused.signature",
    "bag-info": "outbox.refused.bag-info",
    "payload": "outbox.refused.payload",
    "chain": "outbox.refused.chain",
    "key": "outbox.refused.key",
    "package": "outbox.refused.package",
    "http": "outbox.refused.http",
    "sealed": "outbox.refused.sealed",
}

Progress = Callable[[str, int, int], None]  # package uid, bytes the centre holds, size


@dataclass(frozen=True)
class Outcome:
    """What became of one package in one sending."""

    uid: str
    sequence: int
    state: str  # arrived, waiting, refused
    code: str = ""
    params: dict[str, Any] | None = None


@dataclass
class Sending:
    """How one sending behaves: tries, pauses (with jitter), chunk size, and a stop flag the
    window sets on sign-out or close."""

    # Read from the module when made, so a test can shorten them.
    attempts: int = field(default_factory=lambda: ATTEMPTS)
    first_pause: float = field(default_factory=lambda: FIRST_PAUSE)
    longest_pause: float = field(default_factory=lambda: LONGEST_PAUSE)
    chunk: int = field(default_factory=lambda: tus.CHUNK)
    stop: threading.Event | None = None
    progress: Progress | None = None
    # Told of each HTTP client made (True) and done with (False): the window closes it to
    # cut an upload at once when it closes.
    clients: Callable[[Any, bool], None] | None = None

    @contextlib.contextmanager
    def client(self, link: CentreLink) -> Iterator[httpx.Client]:
        with http_client(link) as client:
            if self.clients is not None:
                self.clients(client, True)
            try:
                yield client
            finally:
                if self.clients is not None:
                    self.clients(client, False)

    def stopped(self) -> bool:
        return self.stop is not None and self.stop.is_set()

    def pause(self, attempt: int) -> None:
        """Wait before the next try, doubling, with jitter; returns early when stopped."""
        wait = min(self.first_pause * 2**attempt, self.longest_pause) * random.uniform(0.5, 1.0)
        if self.stop is not None:
            self.stop.wait(wait)
        else:
            time.sleep(wait)


@dataclass(frozen=True)
class _Parcel:
    uid: str
    sequence: int
    name: str
    data: bytes
    sha512: str
    upload_url: str | None


def _parcel(desk: Desk, uid: str) -> _Parcel | None:
    with desk.store.reader(desk.actor) as session:
        item = queue.item_of(session, uid)
        if item is None or item.state != queue.WAITING or item.zip_bytes is None:
            return None
        return _Parcel(
            uid,
            item.package.sequence,
            item.package.file_name,
            bytes(item.zip_bytes),
            item.zip_sha512,
            item.upload_url,
        )


def connected(desk: Desk) -> CentreLink | None:
    with desk.store.reader(desk.actor) as session:
        return centre_link(session)


def send_waiting(
    desk: Desk, sending: Sending | None = None, *, all_waiting: bool = True
) -> list[Outcome]:
    """Send every package waiting (oldest first; with `all_waiting` False, only those whose
    wait after a failed try is over). Stops at the first package the centre cannot be
    reached for: the ones after it would meet the same wall."""
    sending = sending or Sending()
    link = connected(desk)
    if link is None:
        return []
    with desk.store.reader(desk.actor) as session:
        uids = queue.due(session, all_waiting=all_waiting)
    outcomes: list[Outcome] = []
    if not uids:
        return outcomes
    with sending.client(link) as client:
        for uid in uids:
            if sending.stopped():
                break
            outcome = _send(desk, link, client, uid, sending)
            if outcome is not None:
                outcomes.append(outcome)
                if outcome.state == WAITING:
                    break
    return outcomes


def send_package(desk: Desk, uid: str, sending: Sending | None = None) -> Outcome | None:
    """Send one package of the outbox now (`hrdesk package upload FILE`)."""
    link = connected(desk)
    if link is None:
        return None
    sending = sending or Sending()
    with sending.client(link) as client:
        return _send(desk, link, client, uid, sending)


def _send(
    desk: Desk, link: CentreLink, client: httpx.Client, uid: str, sending: Sending
) -> Outcome | None:
    parcel = _parcel(desk, uid)
    if parcel is None:
        return None
    problem: tus.Unreachable | None = None
    for attempt in range(max(sending.attempts, 1)):
        if attempt:
            sending.pause(attempt - 1)
        if sending.stopped():
            break
        # Read again: the try before may have left the address of an upload to resume.
        parcel = _parcel(desk, uid) or parcel
        try:
            return _deliver(desk, link, client, parcel, sending)
        except tus.Unreachable as exc:
            problem = exc
        except tus.Refusal as refusal:
            return _refused(desk, parcel, refusal)
        except ReceiptRefused as exc:
            # The centre's answer is not a receipt we can keep: a retry will not change it.
            return _write_refusal(desk, parcel, exc.code, exc.params, retry_helps=False)
        except Cancelled:
            break
    if sending.stopped():
        return None  # the window is closing: the store is left as it is, to resume from
    code, params = (problem.code, problem.params) if problem else ("outbox.stopped", {})
    with desk.store.transaction(desk.actor) as session:
        queue.failed(session, uid, code, params)
    return Outcome(uid, parcel.sequence, WAITING, code, params)


def _deliver(
    desk: Desk, link: CentreLink, client: httpx.Client, parcel: _Parcel, sending: Sending
) -> Outcome:
    # Already there (sent before a crash, or carried on a stick)? Its receipt is all we need.
    held = tus.fetch_receipt(client, parcel.sha512)
    if held is None:
        offset: int | None = None
        url = parcel.upload_url
        if url:
            offset = tus.offset_of(client, url)
        if offset is None:
            url = tus.create(client, parcel.name, len(parcel.data))
            with desk.store.transaction(desk.actor) as session:
                queue.set_upload_url(session, parcel.uid, url)
            offset = 0
        assert url is not None

        def progress(done: int) -> None:
            if sending.progress is not None:
                sending.progress(parcel.uid, done, len(parcel.data))

        progress(offset)
        tus.send_from(client, url, parcel.data, offset, progress, sending.stopped, sending.chunk)
        held = tus.fetch_receipt(client, parcel.sha512)
        if held is None:
            raise tus.Unreachable("outbox.no_receipt_yet")
    checked = check_receipt(held["receipt"], held["minisig"], link.public_keys())
    if checked.package_sha512 != parcel.sha512:
        raise ReceiptRefused(
            "receipt.hash_differs",
            sequence=parcel.sequence,
            named=checked.package_sha512[:16],
            sent=parcel.sha512[:16],
        )
    with desk.store.transaction(desk.actor) as session:
        keep(session, checked, "upload", expected_uid=parcel.uid)
    return Outcome(parcel.uid, parcel.sequence, SENT)


def _refused(desk: Desk, parcel: _Parcel, refusal: tus.Refusal) -> Outcome:
    params = {"sequence": parcel.sequence, "reason": refusal.reason, **refusal.params}
    code = REFUSALS.get(refusal.check)
    if code is None:
        code = "outbox.refused.other"
        params["check"] = refusal.check
    return _write_refusal(desk, parcel, code, params, refusal.retry_helps)


def _write_refusal(
    desk: Desk, parcel: _Parcel, code: str, params: dict[str, Any], retry_helps: bool
) -> Outcome:
    params = {"sequence": parcel.sequence, **params}
    with desk.store.transaction(desk.actor) as session:
        if retry_helps:
            queue.failed(session, parcel.uid, code, params)
            # The centre dropped the upload with its refusal: the next try starts afresh.
            queue.set_upload_url(session, parcel.uid, None)
        else:
            queue.refused(session, parcel.uid, code, params)
    return Outcome(parcel.uid, parcel.sequence, WAITING if retry_helps else REFUSED, code, params)


def _waiting(session: Session) -> int:
    from sqlalchemy import func, select

    return (
        session.scalar(
            select(func.count()).select_from(OutboxItem).where(OutboxItem.state == queue.WAITING)
        )
        or 0
    )


def waiting_count(desk: Desk) -> int:
    with desk.store.reader(desk.actor) as session:
        return _waiting(session)


def outbox_summary(desk: Desk) -> tuple[bool, int, datetime | None]:
    """Whether a centre is connected, how many packages wait, and when the last one
    arrived: what the window's status bar shows, read in one session."""
    with desk.store.reader(desk.actor) as session:
        return centre_link(session) is not None, _waiting(session), queue.last_arrival(session)
