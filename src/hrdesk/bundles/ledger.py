"""The sender's ledger of packages: every package written, its place in the chain, its fate.

Sequence numbers start at 1 and never repeat; each package names the SHA-512 of the one
before it, so the receiver sees a package that is missing or sent twice. That hash is of
the package's signed tag manifest (rows written by earlier versions hold the zip file's),
so a copy zipped anew is the same package. A package is
"exported" when written, "uploaded" when sent over the network, "acknowledged" when the
central office confirms receipt.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from hrdesk.domain.access import Permission
from hrdesk.domain.errors import ValidationError
from hrdesk.domain.vocab import PackageStatus
from hrdesk.services.common import by_uid, require
from hrdesk.store.models import Package, Report

# Where a package may go from each status (a stick handed over is acknowledged directly).
_NEXT = {
    PackageStatus.EXPORTED.value: {PackageStatus.UPLOADED.value, PackageStatus.ACKNOWLEDGED.value},
    PackageStatus.UPLOADED.value: {PackageStatus.ACKNOWLEDGED.value},
    PackageStatus.ACKNOWLEDGED.value: set(),
}


@dataclass(frozen=True)
class ChainPosition:
    sequence: int
    previous_sha512: str | None  # None for the office's first package


def next_position(session: Session) -> ChainPosition:
    """The sequence number and previous hash the next package takes."""
    last = session.scalars(select(Package).order_by(Package.sequence.desc()).limit(1)).first()
    if last is None:
        return ChainPosition(1, None)
    return ChainPosition(last.sequence + 1, last.sha512)


def record_package(
    session: Session,
    *,
    uid: str,
    position: ChainPosition,
    period_label: str,
    file_name: str,
    sha512: str,
    key_id: str,
    written_to: str,
    includes_personal_data: bool,
) -> Package:
    report_id = session.scalar(select(Report.id).where(Report.period_label == period_label))
    package = Package(
        uid=uid,
        sequence=position.sequence,
        period_label=period_label,
        file_name=file_name,
        sha512=sha512,
        previous_sha512=position.previous_sha512,
        key_id=key_id,
        written_to=written_to,
        status=PackageStatus.EXPORTED.value,
        includes_personal_data=includes_personal_data,
        report_id=report_id,
    )
    session.add(package)
    session.flush()
    return package


def _move(session: Session, uid: str, status: PackageStatus) -> Package:
    require(session, Permission.EDIT_RECORDS)
    package = by_uid(session, Package, uid, "package")
    if package.status == status.value:
        return package
    if status.value not in _NEXT.get(package.status, set()):
        raise ValidationError(
            "status",
            "package.bad_status_change",
            current=PackageStatus(package.status).localized,
            wanted=status.localized,
        )
    package.status = status.value
    session.flush()
    return package


def mark_uploaded(session: Session, uid: str) -> Package:
    return _move(session, uid, PackageStatus.UPLOADED)


def mark_acknowledged(session: Session, uid: str) -> Package:
    """By hand, for a package carried to a centre with no service: the outbox stops."""
    from hrdesk.outbox.queue import carried

    package = _move(session, uid, PackageStatus.ACKNOWLEDGED)
    carried(session, package)
    return package


def list_packages(session: Session) -> list[Package]:
    """The ledger, newest first."""
    require(session, Permission.VIEW_RECORDS)
    return list(session.scalars(select(Package).order_by(Package.sequence.desc())))
