"""Importing a package at the receiving (central) office.

The file's layout is checked where it lies first (a file that is not what HR Desk writes
is refused before a byte of it is copied); then it is copied into a working folder
inside the profile (see `workdir`), so that what is verified is exactly what is kept,
whatever happens to the stick meanwhile. The copy must verify against a trusted key and
follow the sender's last package (a replay or an old package is refused, a gap is
imported with a warning). A package is known by the SHA-512 of its signed tag manifest,
so a second copy of one already imported, even zipped anew, is a no-op. Only a package
that passed is kept, as received, inside the encrypted store (the `received_packages`
row and its `received_package_files` bytes), protected and backed up like every other
record; nothing is written outside the profile.

Rows kept before the link was the signed content hold the zip file's hash in `sha512`:
a file equal to one of them is still "already imported", and the chain accepts a next
package naming either hash of the last one (see `registry.sender_state`).
"""

from __future__ import annotations

import hashlib
import io
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from hrdesk import workdir
from hrdesk.bundles import kept_warnings, registry, sealing, zipsafety, zipstream
from hrdesk.bundles.bagcheck import TrustedKey
from hrdesk.bundles.progress import CancelCheck, ProgressCallback, Steps
from hrdesk.bundles.sessions import profile_of, transaction
from hrdesk.bundles.shown import shown
from hrdesk.bundles.verify import Check, VerifyReport, check_name, verify_package
from hrdesk.domain.access import Permission
from hrdesk.domain.errors import ValidationError
from hrdesk.domain.text import fold
from hrdesk.messages.message import Message
from hrdesk.services.common import require
from hrdesk.store.base import utcnow
from hrdesk.store.models import ReceivedPackage, ReceivedPackageFile, TrustedOffice

if TYPE_CHECKING:
    from hrdesk.signin import Desk

RECEIVED = "received"
INCOMING = ".incoming-"
CHUNK = 1 << 20
_NOT_SAFE = re.compile(r"[^A-Za-z0-9]+")

IMPORTED = "imported"
ALREADY = "already imported"
REJECTED = "rejected"


@dataclass
class ImportResult:
    outcome: str  # IMPORTED, ALREADY or REJECTED
    said: Message  # what happened, read in the officer's language
    report: VerifyReport | None = None
    package: ReceivedPackage | None = None
    warnings: list[Message] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.outcome != REJECTED

    @property
    def message(self) -> str:
        """What happened, in English."""
        return str(self.said)

    def text(self, lang: str) -> str:
        """What happened, in `lang`."""
        return self.said.text(lang)


def _rejected(failure: Check, report: VerifyReport) -> ImportResult:
    check = check_name(failure.name)
    reason = Message(failure.code, failure.params)
    return ImportResult(
        REJECTED, Message.of("receive.not_imported", check=check, reason=reason), report=report
    )


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
            steps.report(done / total, "stage.copying_in")
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
        raise ValidationError("file", "receive.not_a_file", path=path)
    if sealing.is_sealed(path):  # personal data for the centre: not for an office to keep
        raise ValidationError("file", "sealing.for_the_centre", path=path)
    steps = Steps(progress, cancelled)
    with transaction(desk_or_session) as session:
        require(session, Permission.EDIT_RECORDS)
        refused = _refused_where_it_lies(path)
        if refused is not None:
            return refused
        with workdir.working_folder(received_root(session), INCOMING) as incoming:
            return _import(session, path, incoming, steps)


def _refused_where_it_lies(path: Path) -> ImportResult | None:
    """Refuse a file that is not laid out as HR Desk writes, before copying any of it."""
    try:
        with open(path, "rb") as handle:
            zipsafety.read_archive(handle, handle.seek(0, 2))
    except zipsafety.UnsafeZip as exc:
        failure = Check.failed("zip", exc)
        return _rejected(failure, VerifyReport(path, checks=[failure]))
    return None


def _already(package: ReceivedPackage) -> ImportResult:
    said = Message.of(
        "receive.already",
        day=package.received_at.date(),
        sequence=package.sequence,
        office=shown(package.office_name),
        period=shown(package.period_label),
    )
    return ImportResult(ALREADY, said, package=package)


def _by_hash(session: Session, sha512: str | None) -> ReceivedPackage | None:
    if sha512 is None:
        return None
    query = select(ReceivedPackage).where(ReceivedPackage.sha512 == sha512)
    return session.scalars(query).first()


def _import(session: Session, source: Path, incoming: Path, steps: Steps) -> ImportResult:
    copy = incoming / "package.zip"
    file_sha512 = _copy_in(source, copy, steps.part(0.0, 0.2))
    legacy = _by_hash(session, file_sha512)  # a row kept before links were signed content
    if legacy is not None:
        return _already(legacy)
    keys = registry.trusted_keys(session)
    if not keys:
        raise ValidationError("key", "receive.no_trusted_key")
    report = verify_package(
        copy,
        keys,
        lambda key: registry.sender_state(session, key),
        progress=steps.part(0.2, 0.9).progress,
        cancelled=steps.cancelled,
        hash_file=False,  # hashed while copied in
    )
    failure = report.failure
    if failure is None or failure.name == "chain":
        # The same signed content as a package kept: a copy of it, whatever its zip.
        known = _by_hash(session, report.signed_sha512)
        if known is not None:
            return _already(known)
    if failure is not None:
        return _rejected(failure, report)
    if not report.ok or report.info is None or report.signer is None:
        return ImportResult(REJECTED, Message.of("receive.not_verified"), report=report)
    steps.report(0.92, "stage.keeping")
    return _keep(session, report, report.signer, copy)


def _keep(session: Session, report: VerifyReport, signer: TrustedKey, copy: Path) -> ImportResult:
    info = report.info
    assert info is not None and report.signed_sha512 is not None
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
        sha512=report.signed_sha512,
        previous_sha512=info.previous_sha512,
        period_label=info.period_label,
        bagging_date=info.bagging_date,
        includes_personal_data=info.personal_data,
        received_at=utcnow(),
        path=report.folder,
        warnings=kept_warnings.dump(warnings),
    )
    package.content = ReceivedPackageFile(zip_bytes=copy.read_bytes())
    session.add(package)
    session.flush()
    office, period = shown(row.office_name), shown(info.period_label)
    said = Message.of("receive.imported", sequence=info.sequence, office=office, period=period)
    return ImportResult(IMPORTED, said, report, package, warnings)


def _name_office(session: Session, row: TrustedOffice, name: str, warnings: list[Message]) -> None:
    """Name a key trusted without a name after its first package's Source-Organization,
    unless another key already holds that name (only an officer may join two keys)."""
    taken = session.scalars(select(TrustedOffice).where(TrustedOffice.office_name == name)).first()
    if taken is None:
        row.office_name = name
        return
    warnings.append(Message.of("receive.name_taken", office=shown(name)))


def received_packages(session: Session, office_name: str | None = None) -> list[ReceivedPackage]:
    """Packages received, newest first (of one office, if named)."""
    require(session, Permission.VIEW_RECORDS)
    query = select(ReceivedPackage).order_by(
        ReceivedPackage.received_at.desc(), ReceivedPackage.id.desc()
    )
    if office_name:
        query = query.where(ReceivedPackage.office_name == office_name)
    return list(session.scalars(query))


def suggested_name(package: ReceivedPackage, suffix: str = "") -> str:
    """A file or folder name for a received package, in ASCII letters, digits and `-`
    only: the office name and period come from the package, and may hold `..\\..`, `:`,
    or more than a file name may (Windows refuses or misreads such names)."""
    words = _NOT_SAFE.sub("-", fold(f"{package.office_name} {package.period_label}"))
    slug = words.strip("-")[:80].strip("-") or "package"
    return f"{slug}-{package.sequence:04d}{suffix}"


def _open_kept(session: Session, package: ReceivedPackage) -> tuple[io.BytesIO, zipsafety.Archive]:
    blob = io.BytesIO(_content(session, package))
    try:
        return blob, zipsafety.read_archive(blob, len(blob.getvalue()))
    except zipsafety.UnsafeZip as exc:
        raise ValidationError("package", "receive.kept_unreadable", reason=exc) from None


def received_file(session: Session, package: ReceivedPackage, name: str) -> bytes:
    """One file of a received package's bag, e.g. "data/report.pdf", read from the store."""
    blob, archive = _open_kept(session, package)
    member = f"{package.path}/{name}"
    entry = next((e for e in archive.entries if e.name == member), None)
    if entry is None:
        raise ValidationError("name", "receive.no_file", name=shown(name))
    try:
        return zipstream.read_small(blob, entry, zipsafety.MAX_ENTRY)
    except zipsafety.UnsafeZip as exc:
        raise ValidationError("package", "receive.kept_unreadable", reason=exc) from None


def unpack_received(session: Session, package: ReceivedPackage, folder: Path) -> Path:
    """Write a received package's verified bag into a new folder inside `folder` (an
    officer's explicit copy out of the store) and return the bag's path there."""
    blob, archive = _open_kept(session, package)
    target = Path(folder) / suggested_name(package)
    target.mkdir(parents=True)
    zipstream.extract(blob, archive.entries, target)
    return target / (package.path or "")


def _content(session: Session, package: ReceivedPackage) -> bytes:
    require(session, Permission.VIEW_RECORDS)
    # Read through this session: the window holds packages loaded by an earlier one.
    content = session.scalars(
        select(ReceivedPackageFile.zip_bytes).where(ReceivedPackageFile.package_id == package.id)
    ).first()
    if content is None:
        raise ValidationError("package", "receive.no_content", sequence=package.sequence)
    return content
