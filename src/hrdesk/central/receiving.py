"""Receiving one package: verify it as `hrdesk package verify` does, against the offices'
registered keys and each office's last package, keep it, and sign a receipt.

Uploads and packages brought on a stick (`hrdesk central import`) take this same path.
Same bytes twice get the same receipt. A package refused leaves nothing but a line in the
refusals table and the log. The file is moved into the package folder before the row that
indexes it is committed: a crash between the two leaves an unindexed file, which the next
upload of the same bytes reuses, never a row without its file.
"""

from __future__ import annotations

import io
import json
import logging
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from hrdesk.bundles import bagit, kept_warnings, sealing
from hrdesk.bundles.verify import SenderState, VerifyReport, verify_package
from hrdesk.central.figures import FiguresUnreadable, read_figures
from hrdesk.central.models import Office, Package, Refusal
from hrdesk.central.offices import RegisteredKey, registered_keys
from hrdesk.central.receipts import Receipt, receipt_text, sign_receipt
from hrdesk.central.refusal_reasons import RefusalReason
from hrdesk.central.service import Centre
from hrdesk.domain.errors import HRDeskError, ValidationError
from hrdesk.domain.periods import Period, parse_period
from hrdesk.messages import render
from hrdesk.messages.message import Message
from hrdesk.messages.stored import dumps_params
from hrdesk.store.base import utcnow

log = logging.getLogger("hrdesk.central")
VIETNAM = ZoneInfo("Asia/Ho_Chi_Minh")

ACCEPTED = "accepted"
ALREADY = "already received"
REFUSED = "refused"
ATTEMPTS = 4  # verifications against a sender state another process changed meanwhile


@dataclass
class Outcome:
    status: str
    receipt: Receipt | None = None
    check: str = ""
    reason: str = ""  # in English (the API's answer and the log)
    warnings: list[Message] = field(default_factory=list)
    code: str = ""  # why it was refused, as a message code with `params`
    params: dict[str, Any] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.status != REFUSED

    def refusal(self) -> RefusalReason:
        """Why it was refused, readable in either language."""
        return RefusalReason(self.check, self.code or None, self.params, self.reason)


@dataclass
class _Verified:
    report: VerifyReport
    key: RegisteredKey
    state: SenderState | None
    period: Period
    figures: str | None
    audit_head: dict[str, Any] | None
    warnings: list[Message]


class _StateChanged(Exception):
    """Another upload of the same office was kept while this one was being verified."""


def sender_state(session: Session, office_id: int) -> SenderState | None:
    """The office's last package kept here (its link: the signed tag manifest's SHA-512,
    or the zip's for a package its sender linked by that) and the uids of all its packages."""
    rows = session.execute(
        select(Package.sequence, Package.sha512, Package.signed_sha512, Package.uid).where(
            Package.office_id == office_id
        )
    ).all()
    if not rows:
        return None
    last = max(rows, key=lambda r: r.sequence)
    zip_hash = frozenset({last.sha512})
    return SenderState(
        str(office_id),
        last.sequence,
        last.signed_sha512 or last.sha512,
        frozenset(r.uid for r in rows),
        older_links=lambda: zip_hash,
    )


def receive(centre: Centre, path: Path, sha512: str, size: int) -> Outcome:
    """Receive the package at `path` (whose SHA-512 and size the caller measured).

    A package sealed to the centre (personal data inside) is opened with the centre's
    identity and verified as any other; it is known by the sealed file's SHA-512, which
    its sender holds and its receipt names, and kept opened (SCHEMA.md, "Sealed").
    """
    if not sealing.is_sealed(path):
        return _receive(centre, path, sha512, size)
    with centre.files.incoming_file() as opened:
        try:
            centre.recipient.unseal(path, opened)
        except HRDeskError as exc:
            return _refuse(centre, sha512, size, None, None, "sealed", exc.code, exc.params)
        return _receive(centre, opened, sha512, size)


def _receive(centre: Centre, path: Path, sha512: str, size: int) -> Outcome:
    with centre.sessions() as session:
        known = session.scalars(select(Package).where(Package.sha512 == sha512)).first()
        if known is not None:
            return Outcome(ALREADY, Receipt(known.receipt, known.receipt_minisig))
        keys = registered_keys(session)
    if not keys:
        return _refuse(centre, sha512, size, None, None, "signature", "centre.no_office_registered")
    for _attempt in range(ATTEMPTS):
        verified = _verify(centre, path, keys, sha512, size)
        if isinstance(verified, Outcome):
            return verified
        try:
            return _keep(centre, path, sha512, size, verified)
        except _StateChanged:
            continue
    return _refuse(centre, sha512, size, None, None, "chain", "centre.packages_changed")


def _verify(
    centre: Centre, path: Path, keys: dict[str, RegisteredKey], sha512: str, size: int
) -> Any:
    states: dict[int, SenderState | None] = {}

    def lookup(trusted: Any) -> SenderState | None:
        office_id = keys[trusted.public.key_id_text].office_id
        with centre.sessions() as session:
            states[office_id] = sender_state(session, office_id)
        return states[office_id]

    # Checked as it streams from the zip, nothing unpacked: the two files read afterwards
    # come from the same, now verified, file.
    report = verify_package(path, [k.trusted for k in keys.values()], lookup)
    key = keys.get(report.signer.public.key_id_text) if report.signer else None
    info = report.info
    period_label = info.period_label if info else None
    if not report.ok or key is None or info is None or report.folder is None:
        failure = report.failure
        if failure is None:
            return _refuse(
                centre, sha512, size, key, period_label, "package", "centre.not_verified"
            )
        code, params = failure.code, failure.params
        return _refuse(centre, sha512, size, key, period_label, failure.name, code, params)
    problem = _key_problem(key, info.bagging_date)
    if problem:
        return _refuse(centre, sha512, size, key, period_label, "key", *problem)
    try:
        period = parse_period(info.period_label)
    except ValidationError as exc:
        code, params = exc.code, exc.params
        return _refuse(centre, sha512, size, key, period_label, "bag-info", code, params)
    warnings = list(report.warnings)
    with zipfile.ZipFile(path) as archive:
        try:
            workbook = io.BytesIO(_member(archive, f"{report.folder}/data/report.xlsx"))
            figures: str | None = json.dumps(read_figures(workbook))
        except FiguresUnreadable as exc:
            figures = None
            warnings.append(Message.of("centre.figures_not_counted", reason=exc))
        audit = _audit_head(_member(archive, f"{report.folder}/{bagit.BAG_INFO}"))
    return _Verified(report, key, states.get(key.office_id), period, figures, audit, warnings)


def _key_problem(key: RegisteredKey, bagging_date: str) -> tuple[str, dict[str, Any]] | None:
    """Why the key may not sign this package (a message code and its parameters), if so."""
    key_id = key.trusted.public.key_id_text
    if key.office_revoked_at is not None:
        day = key.office_revoked_at.astimezone(VIETNAM).date()
        return "centre.office_revoked", {"province": key.province, "day": day}
    if key.revoked_at is not None:
        return "centre.key_revoked", {
            "key": key_id,
            "day": key.revoked_at.astimezone(VIETNAM).date(),
        }
    if key.retired_at is not None:
        replaced = key.retired_at.astimezone(VIETNAM).date()
        if bagging_date > replaced.isoformat():
            made = _day(bagging_date)
            return "centre.key_replaced", {"key": key_id, "replaced": replaced, "made": made}
    return None


def _day(text: str) -> date | str:
    """A bag-info date (yyyy-mm-dd, checked by the verifier) as a day, to be written dd/mm/yyyy."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        return text


def _member(archive: zipfile.ZipFile, name: str) -> bytes:
    """One file of a verified package (its size was checked with the zip's)."""
    try:
        return archive.read(name)
    except KeyError:
        raise FiguresUnreadable("figures.no_workbook", name=name.split("/", 1)[1]) from None


def _audit_head(bag_info: bytes) -> dict[str, Any] | None:
    """The sender's audit-chain head, when its bag-info carries one (Audit-Chain-* labels)."""
    try:
        fields = bagit.parse_bag_info(bag_info)
    except ValueError:
        return None
    head = {
        label.removeprefix("Audit-Chain-").lower(): values[0]
        for label, values in fields.items()
        if label.startswith("Audit-Chain-") and values
    }
    return head or None


def _lock_office(session: Session, office_id: int) -> None:
    # On PostgreSQL the row lock orders two processes keeping packages of one office.
    session.execute(select(Office.id).where(Office.id == office_id).with_for_update())


def _keep(centre: Centre, path: Path, sha512: str, size: int, verified: _Verified) -> Outcome:
    key, info = verified.key, verified.report.info
    assert info is not None
    state = verified.state
    gap = (state is None and info.sequence > 1) or (
        state is not None and info.sequence > state.last_sequence + 1
    )
    try:
        with centre.write_lock, centre.sessions.begin() as session:
            _lock_office(session, key.office_id)
            if sender_state(session, key.office_id) != state:
                raise _StateChanged
            received_at = utcnow().replace(microsecond=0)
            text = receipt_text(
                sha512=sha512,
                uid=info.uid,
                office_id=key.office_id,
                province=key.province,
                office_name=key.office_name,
                key_id=info.key_id,
                period=info.period_label,
                sequence=info.sequence,
                audit_head=verified.audit_head,
                received_at=received_at,
                warnings=[str(w) for w in verified.warnings],  # signed in English
                centre_key_id=centre.key.key_id,
            )
            receipt = sign_receipt(centre.key, text, sha512, received_at)
            session.add(
                Package(
                    uid=info.uid,
                    sha512=sha512,
                    signed_sha512=verified.report.signed_sha512,
                    office_id=key.office_id,
                    key_id=info.key_id,
                    sequence=info.sequence,
                    previous_sha512=info.previous_sha512,
                    period_label=info.period_label,
                    period_start=verified.period.start,
                    period_end=verified.period.end,
                    bagging_date=info.bagging_date,
                    size=size,
                    received_at=received_at,
                    gap=gap,
                    warnings=kept_warnings.dump(verified.warnings) or "[]",
                    figures=verified.figures,
                    receipt=receipt.text,
                    receipt_minisig=receipt.minisig,
                )
            )
            session.flush()
            centre.files.keep(path, sha512)
    except IntegrityError:
        with centre.sessions() as session:
            known = session.scalars(select(Package).where(Package.sha512 == sha512)).first()
            if known is not None:
                return Outcome(ALREADY, Receipt(known.receipt, known.receipt_minisig))
        replay = {"uid": info.uid, "sequence": info.sequence}
        return _refuse(
            centre, sha512, size, key, info.period_label, "chain", "centre.replay", replay
        )
    log.info(
        "accepted %s: package %s of %s, %s%s",
        sha512[:16],
        info.sequence,
        key.province,
        info.period_label,
        " (gap)" if gap else "",
    )
    return Outcome(ACCEPTED, receipt, warnings=verified.warnings)


def _refuse(
    centre: Centre,
    sha512: str,
    size: int,
    key: RegisteredKey | None,
    period_label: str | None,
    check: str,
    code: str,
    params: Mapping[str, Any] | None = None,
) -> Outcome:
    """Keep and log why the package was refused: `code` with `params`, from the catalogue."""
    params = dict(params or {})
    reason = render(code, params, "en")
    log.warning("refused %s (%d bytes): %s: %s", sha512[:16] or "?", size, check, reason)
    with centre.sessions.begin() as session:
        session.add(
            Refusal(
                sha512=sha512,
                office_id=key.office_id if key else None,
                period_label=period_label,
                check_name=check,
                reason=reason[:2000],
                reason_code=code,
                reason_params=dumps_params(params),
                size=size,
                received_at=utcnow(),
            )
        )
    return Outcome(REFUSED, check=check, reason=reason, code=code, params=params)


def as_of(moment: datetime) -> str:
    return moment.astimezone(VIETNAM).strftime("%d/%m/%Y %H:%M")
