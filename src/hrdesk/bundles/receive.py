"""Importing a package at the receiving (central) office.

The file is first copied into the profile (hashing it on the way), so that what is
verified is exactly what is kept, whatever happens to the stick meanwhile. A file already
imported is a no-op; otherwise the package must verify against a trusted key and follow
the sender's last package (a replay or an old package is refused, a gap is imported with
a warning). The verified package is kept, as received, inside the encrypted store (the
`received_packages` row and its `received_package_files` bytes), so it is protected and
backed up like every other record. While it is checked it is unpacked in a folder of its
own inside the profile, removed afterwards; nothing is written outside the profile.
"""

from __future__ import annotations

import hashlib
import io
import shutil
import uuid
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from hrdesk.bundles import assemble, registry, zipsafety
from hrdesk.bundles.bagcheck import TrustedKey
from hrdesk.bundles.progress import CancelCheck, ProgressCallback, Steps
from hrdesk.bundles.sessions import profile_of, transaction
from hrdesk.bundles.verify import VerifyReport, verify_package
from hrdesk.domain.access import Permission
from hrdesk.domain.errors import ValidationError
from hrdesk.services.common import require
from hrdesk.store.base import utcnow
from hrdesk.store.models import ReceivedPackage, ReceivedPackageFile, TrustedOffice

if TYPE_CHECKING:
    from hrdesk.signin import Desk

RECEIVED = "received"
CHUNK = 1 << 20

IMPORTED = "imported"
ALREADY = "already imported"
REJECTED = "rejected"


@dataclass
class ImportResult:
    outcome: str  # IMPORTED, ALREADY or REJECTED
    message: str
    report: VerifyReport | None = None
    package: ReceivedPackage | None = None
    warnings: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.outcome != REJECTED


def received_root(session: Session) -> Path:
    return profile_of(session).root / RECEIVED


def _copy_in(source: Path, target: Path, steps: Steps) -> str:
    digest = hashlib.sha512()
    total = max(source.stat().st_size, 1)
    done = 0
    with open(source, "rb") as src, open(target, "xb") as out:
        while chunk := src.read(CHUNK):
            digest.update(chunk)
            out.write(chunk)
            done += len(chunk)
            steps.report(done / total, "copying the package in")
    return digest.hexdigest()


def import_package(
    desk_or_session: Desk | Session,
    path: Path,
    *,
    progress: ProgressCallback | None = None,
    cancelled: CancelCheck | None = None,
) -> ImportResult:
    """Verify and keep the package at `path`; see the module's description.

    `desk_or_session` is a Desk (a transaction of its own: call it from a worker thread)
    or a Session. A package that fails a check is not kept: the result says why.
    """
    path = Path(path)
    if not path.is_file():
        raise ValidationError("file", f"{path} is not a file")
    if path.stat().st_size > zipsafety.MAX_TOTAL:
        return ImportResult(REJECTED, f"{path.name} is too large to be an HR Desk package")
    steps = Steps(progress, cancelled)
    with transaction(desk_or_session) as session:
        require(session, Permission.EDIT_RECORDS)
        root = received_root(session)
        root.mkdir(parents=True, exist_ok=True)
        assemble.sweep_stale(root, ".incoming-")
        incoming = root / f".incoming-{uuid.uuid4()}"
        incoming.mkdir()
        try:
            return _import(session, path, incoming, steps)
        finally:
            shutil.rmtree(incoming, ignore_errors=True)


def _import(session: Session, source: Path, incoming: Path, steps: Steps) -> ImportResult:
    copy = incoming / "package.zip"
    sha512 = _copy_in(source, copy, steps.part(0.0, 0.2))
    known = session.scalars(select(ReceivedPackage).where(ReceivedPackage.sha512 == sha512)).first()
    if known is not None:
        return ImportResult(
            ALREADY,
            f"already imported on {known.received_at:%Y-%m-%d}: package {known.sequence} "
            f"of {known.office_name}, {known.period_label}; nothing to do",
            package=known,
        )
    keys = registry.trusted_keys(session)
    if not keys:
        raise ValidationError(
            "key", "no office key is trusted here yet: add one with `hrdesk key trust FILE.pub`"
        )
    unpacked = incoming / "unpacked"
    unpacked.mkdir()
    report = verify_package(
        copy,
        keys,
        lambda key: registry.sender_state(session, key),
        extract_to=unpacked,
        workdir=incoming,
        progress=steps.part(0.2, 0.9).progress,
        cancelled=steps.cancelled,
    )
    if not report.ok or report.info is None or report.signer is None or report.bag_dir is None:
        failure = report.failure
        reason = f"{failure.name}: {failure.detail}" if failure else "not verified"
        return ImportResult(REJECTED, f"not imported: {reason}", report=report)
    steps.report(0.92, "keeping the package")
    return _keep(session, report, report.signer, incoming, copy, sha512)


def _keep(
    session: Session,
    report: VerifyReport,
    signer: TrustedKey,
    incoming: Path,
    copy: Path,
    sha512: str,
) -> ImportResult:
    info = report.info
    assert info is not None and report.bag_dir is not None
    row = registry.row_for(session, signer)
    warnings = list(report.warnings)
    if row.office_name == registry.unnamed(row.key_id):
        _name_office(session, row, info.office, warnings)
    package = ReceivedPackage(
        uid=info.uid,
        trusted_office_id=row.id,
        office_name=row.office_name,
        key_id=info.key_id,
        sequence=info.sequence,
        sha512=sha512,
        previous_sha512=info.previous_sha512,
        period_label=info.period_label,
        bagging_date=info.bagging_date,
        includes_personal_data=info.personal_data,
        received_at=utcnow(),
        path=report.bag_dir.name,
        warning="; ".join(warnings) or None,
    )
    package.content = ReceivedPackageFile(zip_bytes=copy.read_bytes())
    session.add(package)
    session.flush()
    message = f"imported package {info.sequence} of {row.office_name}, {info.period_label}"
    return ImportResult(IMPORTED, message, report, package, warnings)


def _name_office(session: Session, row: TrustedOffice, name: str, warnings: list[str]) -> None:
    """Name a key trusted without a name after its first package's Source-Organization,
    unless another key already holds that name (only an officer may join two keys)."""
    taken = session.scalars(select(TrustedOffice).where(TrustedOffice.office_name == name)).first()
    if taken is None:
        row.office_name = name
        return
    warnings.append(
        f"another key is already trusted for {name}: if this is that office's new key, "
        f"trust it under that name (hrdesk key trust FILE.pub --office '{name}')"
    )


def received_packages(session: Session, office_name: str | None = None) -> list[ReceivedPackage]:
    """Packages received, newest first (of one office, if named)."""
    require(session, Permission.VIEW_RECORDS)
    query = select(ReceivedPackage).order_by(
        ReceivedPackage.received_at.desc(), ReceivedPackage.id.desc()
    )
    if office_name:
        query = query.where(ReceivedPackage.office_name == office_name)
    return list(session.scalars(query))


def received_file(session: Session, package: ReceivedPackage, name: str) -> bytes:
    """One file of a received package's bag, e.g. "data/report.pdf", read from the store."""
    with zipfile.ZipFile(io.BytesIO(_content(session, package))) as archive:
        member = f"{package.path}/{name}"
        if member not in archive.namelist():
            raise ValidationError("name", f"the package has no file {name}")
        return archive.read(member)


def unpack_received(session: Session, package: ReceivedPackage, folder: Path) -> Path:
    """Write a received package's verified bag into a new folder inside `folder` (an
    officer's explicit copy out of the store) and return the bag's path there."""
    blob = io.BytesIO(_content(session, package))
    target = Path(folder) / f"{package.office_name} {package.period_label} {package.sequence:04d}"
    target.mkdir(parents=True)
    entries = zipsafety.read_directory(blob, len(blob.getvalue()))
    zipsafety.extract(blob, entries, target)
    return target / (package.path or "")


def _content(session: Session, package: ReceivedPackage) -> bytes:
    require(session, Permission.VIEW_RECORDS)
    # Read through this session: the window holds packages loaded by an earlier one.
    content = session.scalars(
        select(ReceivedPackageFile.zip_bytes).where(ReceivedPackageFile.package_id == package.id)
    ).first()
    if content is None:
        raise ValidationError("package", f"package {package.sequence} has no kept content")
    return content
