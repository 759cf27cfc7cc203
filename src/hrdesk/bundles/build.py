"""Building a report package for a period and writing it to a folder (a USB stick).

`build_package` is what the window's worker thread and `hrdesk package export` call.
The bag is laid out and zipped in a staging folder inside the profile (it may hold
personal data, which must not linger in a system temp folder), copied to the
destination and verified there, and only then entered in the ledger.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from hrdesk import __version__, workdir
from hrdesk.bundles import assemble, bagit, labels, ledger, records_json, sealing
from hrdesk.bundles.keys import Signer, ensure_signer
from hrdesk.bundles.labels import TrustedComment
from hrdesk.bundles.minisign import PublicKey
from hrdesk.bundles.progress import CancelCheck, ProgressCallback, Steps
from hrdesk.bundles.sessions import owns_transaction, profile_of, transaction
from hrdesk.bundles.verify import file_sha512, verify_package
from hrdesk.bundles.write import WriteFailed, write_verified
from hrdesk.domain.access import Permission
from hrdesk.domain.errors import ValidationError
from hrdesk.domain.periods import Period, parse_period
from hrdesk.domain.text import fold
from hrdesk.outbox import chain
from hrdesk.outbox import queue as outbox_queue
from hrdesk.outbox.link import centre_link
from hrdesk.services.common import require, today
from hrdesk.services.office import require_office
from hrdesk.store.base import new_uid, utcnow

if TYPE_CHECKING:
    from hrdesk.signin import Desk

_NOT_SAFE = re.compile(r"[^A-Za-z0-9]+")


def package_name(province: str, period: Period, sequence: int, uid: str) -> str:
    """e.g. hrdesk-gia-lai-2026-Q3-0007-1a2b3c4d: only [A-Za-z0-9._-], unique per package."""
    place = _NOT_SAFE.sub("-", fold(province)).strip("-") or "office"
    when = _NOT_SAFE.sub("-", period.label).strip("-")
    return f"hrdesk-{place}-{when}-{sequence:04d}-{uid[:8]}"


def build_package(
    desk_or_session: Desk | Session,
    period: Period | str,
    report_pdf: Path,
    report_xlsx: Path,
    to_dir: Path,
    *,
    include_personal_data: bool = False,
    passphrase: str | None = None,
    progress: ProgressCallback | None = None,
    cancelled: CancelCheck | None = None,
) -> Path:
    """Build, sign and write the period's package into `to_dir`; returns the file's path.

    Given a Desk, the work runs in its own transaction (call it from a worker thread);
    given a Session, in that one, which the caller commits. `passphrase` is needed only
    where the office key is wrapped (no keyring). Raises ValidationError for bad input,
    PassphraseNeeded, WriteFailed (naming the folder) or Cancelled; in every case no file
    with the package's name is left in `to_dir`.
    """
    steps = Steps(progress, cancelled)
    period = parse_period(period) if isinstance(period, str) else period
    for field, path in (("report_pdf", report_pdf), ("report_xlsx", report_xlsx)):
        if not Path(path).is_file():
            raise ValidationError(field, "file.not_a_file", path=path)
    if not Path(to_dir).is_dir():
        raise ValidationError("to_dir", "package.not_a_folder", path=to_dir)
    final: Path | None = None
    try:
        with transaction(desk_or_session) as session:
            require(session, Permission.EDIT_RECORDS)
            if include_personal_data:
                require(session, Permission.VIEW_PERSONAL_DATA)
            recipient = _recipient(session) if include_personal_data else None
            steps.report(0.0, "stage.preparing_key")
            signer = ensure_signer(session, passphrase)
            final = _build(
                session,
                signer,
                period,
                Path(report_pdf),
                Path(report_xlsx),
                Path(to_dir),
                recipient,
                steps,
            )
    except BaseException:
        # The ledger entry was not committed: a package it does not list must not exist.
        if final is not None and owns_transaction(desk_or_session):
            final.unlink(missing_ok=True)
        raise
    assert final is not None
    return final


def _build(
    session: Session,
    signer: Signer,
    period: Period,
    report_pdf: Path,
    report_xlsx: Path,
    to_dir: Path,
    recipient: str | None,
    steps: Steps,
) -> Path:
    """Build the package; with personal data (a `recipient` given) it is sealed."""
    personal = recipient is not None
    office = require_office(session)
    office_name = " ".join(office.name.split())
    position = ledger.next_position(session)
    uid = new_uid()
    name = package_name(office.province, period, position.sequence, uid)
    profile = profile_of(session)
    with workdir.working_folder(profile.exports_dir, ".staging-") as staging:
        bag = staging / name
        data = bag / "data"
        assemble.copy_report(report_pdf, data / "report.pdf", "report_pdf")
        assemble.copy_report(report_xlsx, data / "report.xlsx", "report_xlsx")
        (data / "records").mkdir(parents=True)
        records_json.write_records(
            session,
            period,
            data / "records",
            office_name=office_name,
            include_personal_data=personal,
            steps=steps.part(0.05, 0.45),
        )
        comment = TrustedComment(
            uid, position.sequence, utcnow().strftime("%Y-%m-%dT%H:%M:%SZ"), office_name
        )
        info = [
            (labels.SOURCE, office_name),
            (labels.BAGGING_DATE, today(session).isoformat()),
            (labels.IDENTIFIER, uid),
            (labels.DESCRIPTION, f"Báo cáo công tác bảo đảm quyền con người {period.title_vi}"),
            (labels.AGENT, f"HR Desk {__version__}"),
            (labels.PERIOD, period.label),
            (labels.PERIOD_START, period.start.isoformat()),
            (labels.PERIOD_END, period.end.isoformat()),
            (labels.SEQUENCE, str(position.sequence)),
            (labels.PREVIOUS, position.previous_sha512 or labels.NO_PREVIOUS),
            (labels.KEY_ID, signer.key.key_id),
            (labels.PERSONAL, "included" if personal else "excluded"),
            (labels.SCHEMA, records_json.SCHEMA),
            *_audit_labels(session),
        ]
        assemble.write_bag(
            bag, info, lambda tm: signer.sign(tm, comment.text()), steps.part(0.45, 0.55)
        )
        # The package's link in the chain: its signed tag manifest, not its zip file.
        link = hashlib.sha512((bag / bagit.TAG_MANIFEST).read_bytes()).hexdigest()
        staged = staging / f"{name}.zip"
        assemble.zip_bag(bag, staged, steps.part(0.55, 0.65))
        check_key: PublicKey | None = signer.key.public
        if recipient is not None:
            staged = _sealed(staged, signer.key.public, recipient, staging)
            check_key = None  # only the centre can open it: its bytes are checked
        sha512 = file_sha512(staged)
        final = write_verified(
            staged,
            to_dir,
            staged.name,
            check_key,
            sha512,
            workdir=staging,
            steps=steps.part(0.65, 0.97),
        )
        try:
            package = ledger.record_package(
                session,
                uid=uid,
                position=position,
                period_label=period.label,
                file_name=final.name,
                sha512=link,
                key_id=signer.key.key_id,
                written_to=str(to_dir.resolve()),
                includes_personal_data=personal,
            )
            outbox_queue.enqueue(session, package, staged, sha512)
        except BaseException:
            # Not in the ledger, so not sent: its sequence number will be used again.
            final.unlink(missing_ok=True)
            raise
        steps.uncancellable().report(1.0, "stage.written")
        return final


def _recipient(session: Session) -> str:
    """The centre's recipient key, which a package with personal data is sealed to."""
    link = centre_link(session)
    if link is None or not link.recipient:
        raise ValidationError("include_personal_data", "sealing.no_recipient")
    return link.recipient


def _sealed(staged: Path, public: PublicKey, recipient: str, staging: Path) -> Path:
    """The zip checked (no one here can open it once sealed), then sealed beside it."""
    report = verify_package(staged, [public], workdir=staging, progress=None, cancelled=None)
    if not report.ok:
        why = report.failure.line().strip() if report.failure else "not verified"
        raise WriteFailed("package.read_back_differs", folder=staging, reason=why)
    target = staged.with_name(staged.name + sealing.SUFFIX)
    sealing.seal(staged, target, recipient)
    return target


def _audit_labels(session: Session) -> list[tuple[str, str]]:
    """The audit chain's head, which the centre's receipt will repeat (outbox.chain)."""
    head = chain.audit_head(session)
    return [(chain.COUNT, str(head[0])), (chain.HASH, head[1])] if head else []
