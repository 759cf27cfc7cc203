"""Checking a package: is it safe, signed by a trusted office, whole, and in its place?

The zip is read once, by `zipsafety` (only the form HR Desk writes), and every check
reads from that one reading; nothing is unpacked to disk to be checked. The checks run
in a fixed order, cheapest first, and stop at the first failure, which the report names:
1. zip: the file's size and layout, before anything is inflated;
2. bag: exactly one bag folder, tag files within their sizes;
3. signature: the tag manifest's minisign signature (and the trusted comment's) by a
   trusted key; the SHA-512 of that signed tag manifest is the package's identity and
   its link in the chain (`signed_sha512`), whatever zip it travels in;
4. tag manifest: bagit.txt, bag-info.txt and the manifest match it; nothing unlisted;
5. payload complete: the payload entries are exactly the manifest's;
6. bag-info: agrees with itself, the declared payload sizes and the signed comment;
7. payload: every payload file's SHA-512, hashed as it streams;
8. chain: the sequence and previous-package hash, when the receiver knows the sender.
"""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from hrdesk.bundles import bagcheck, bagit, zipsafety
from hrdesk.bundles.bagcheck import CheckFailed, TrustedKey
from hrdesk.bundles.labels import PackageInfo
from hrdesk.bundles.minisign import PublicKey
from hrdesk.bundles.progress import CancelCheck, ProgressCallback, Steps
from hrdesk.bundles.shown import shown

CHUNK = 1 << 20


@dataclass(frozen=True)
class SenderState:
    """What the receiver has from one office: its last package and every uid seen.

    `last_sha512` is the last package's link (the SHA-512 of its signed tag manifest);
    `older_links` gives other hashes that package is known by, for packages whose sender
    still names the zip file's hash (HR Desk before the link was the signed content).
    """

    office_name: str
    last_sequence: int
    last_sha512: str
    seen_uids: frozenset[str] = frozenset()
    older_links: Callable[[], frozenset[str]] | None = field(default=None, compare=False)


SenderLookup = Callable[[TrustedKey], SenderState | None]


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    detail: str
    skipped: bool = False

    def line(self) -> str:
        mark = "skip" if self.skipped else ("ok" if self.ok else "FAIL")
        return f"  {mark:<5} {self.name}: {self.detail}"


@dataclass
class VerifyReport:
    """What was checked, in order; `failure` is the first check that failed."""

    path: Path
    sha512: str | None = None  # of the whole file, once every check passed
    signed_sha512: str | None = None  # of the signed tag manifest, once the signature passed
    checks: list[Check] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    info: PackageInfo | None = None
    signer: TrustedKey | None = None
    folder: str | None = None  # the bag folder's name inside the zip
    bag_dir: Path | None = None  # the unpacked bag, when the caller asked to keep it

    @property
    def failure(self) -> Check | None:
        return next((c for c in self.checks if not c.ok), None)

    @property
    def ok(self) -> bool:
        return bool(self.checks) and self.failure is None

    def lines(self) -> list[str]:
        return [c.line() for c in self.checks] + [f"  warning: {w}" for w in self.warnings]


def _as_trusted(keys: Iterable[TrustedKey | PublicKey]) -> list[TrustedKey]:
    return [k if isinstance(k, TrustedKey) else TrustedKey(k, None) for k in keys]


def file_sha512(path: Path) -> str:
    digest = hashlib.sha512()
    with open(path, "rb") as handle:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def verify_package(
    path: Path,
    trusted_keys: Iterable[TrustedKey | PublicKey],
    known_sender_state: SenderState | SenderLookup | None = None,
    *,
    extract_to: Path | None = None,
    workdir: Path | None = None,
    progress: ProgressCallback | None = None,
    cancelled: CancelCheck | None = None,
) -> VerifyReport:
    """Check the package at `path`; never raises for a bad package, only reports it.

    `known_sender_state` is the receiver's record of the sender (or a function from the
    signing key to it); None skips the chain check. Nothing is written to disk unless
    `extract_to` (an empty folder) is given: then the bag is written there as it is
    checked, kept for the caller as `report.bag_dir` if every check passes, and removed
    if one fails. `workdir` is accepted for callers of earlier versions and not used.
    """
    del workdir  # nothing is unpacked to be checked any more
    path = Path(path)
    steps = Steps(progress, cancelled)
    report = VerifyReport(path)
    keys = _as_trusted(trusted_keys)
    try:
        with open(path, "rb") as handle:
            size = handle.seek(0, 2)
            steps.report(0.02, "checking the zip")
            archive = zipsafety.read_archive(handle, size)
            report.checks.append(
                Check(
                    "zip",
                    True,
                    f"read as HR Desk writes it, {len(archive)} entries, "
                    f"{archive.unpacked_size} bytes",
                )
            )
            into = Path(extract_to) if extract_to is not None else None
            try:
                _run(report, handle, archive, into, keys, known_sender_state, steps)
            except BaseException:
                if into is not None:
                    _empty(into)
                raise
            if into is not None:
                report.bag_dir = into / bagcheck.single_folder(archive.entries)
            report.sha512 = _hash_handle(handle)
    except zipsafety.UnsafeZip as exc:
        report.checks.append(Check("zip", False, str(exc)))
    except CheckFailed as exc:
        report.checks.append(Check(exc.check, False, exc.reason))
    steps.uncancellable().report(1.0, "valid" if report.ok else "invalid")
    return report


def signed_sha512(path: Path) -> str:
    """A package's link: the SHA-512 of its tag manifest, read strictly (UnsafeZip or
    CheckFailed if it cannot be). The signature is not checked here."""
    with open(path, "rb") as handle:
        archive = zipsafety.read_archive(handle, handle.seek(0, 2))
        bag = bagcheck.layout(archive.entries)
        tag_manifest = bagcheck.read_tag(handle, bag, bagit.TAG_MANIFEST, "signature")
        return hashlib.sha512(tag_manifest).hexdigest()


def _empty(folder: Path) -> None:
    for child in folder.iterdir():
        if child.is_dir() and not child.is_symlink():
            shutil.rmtree(child, ignore_errors=True)
        else:
            child.unlink(missing_ok=True)


def _hash_handle(handle: BinaryIO) -> str:
    digest = hashlib.sha512()
    handle.seek(0)
    while chunk := handle.read(CHUNK):
        digest.update(chunk)
    return digest.hexdigest()


def _run(
    report: VerifyReport,
    handle: BinaryIO,
    archive: zipsafety.Archive,
    into: Path | None,
    keys: list[TrustedKey],
    state: SenderState | SenderLookup | None,
    steps: Steps,
) -> None:
    ok = report.checks.append
    bag = bagcheck.layout(archive.entries)
    report.folder = bag.folder
    ok(Check("bag", True, f"exactly one bag folder, {bag.folder}"))
    signer, comment, tag_manifest = bagcheck.check_signature(handle, bag, keys)
    report.signer = signer
    report.signed_sha512 = hashlib.sha512(tag_manifest).hexdigest()
    who = f" ({shown(signer.office_name)})" if signer.office_name else ""
    ok(Check("signature", True, f"by office key {signer.public.key_id_text}{who}, comment signed"))
    tags = bagcheck.check_tag_manifest(handle, bag, tag_manifest)
    ok(Check("tag manifest", True, f"{len(tags)} tag files match"))
    manifest = bagcheck.read_payload_manifest(tags[bagit.MANIFEST])
    ok(Check("payload complete", True, bagcheck.check_payload_complete(bag, manifest)))
    info = bagcheck.check_bag_info(tags[bagit.BAG_INFO], bag, manifest, signer, comment)
    report.info = info
    office = shown(info.office)
    ok(Check("bag-info", True, f"package {info.sequence} of {office}, {shown(info.period_label)}"))
    if into is not None:
        _write_tags(into / bag.folder, tags, tag_manifest, handle, bag)
    hashes = bagcheck.check_payload_hashes(handle, bag, manifest, steps.part(0.05, 0.95), into)
    ok(Check("payload", True, hashes))
    known = state(signer) if callable(state) else state
    ok(_chain(info, report.signed_sha512, known, report.warnings))


def _write_tags(
    folder: Path, tags: dict[str, bytes], tag_manifest: bytes, handle: BinaryIO, bag: bagcheck.Bag
) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    written = {**tags, bagit.TAG_MANIFEST: tag_manifest}
    written[bagit.SIGNATURE] = bagcheck.read_tag(handle, bag, bagit.SIGNATURE, "signature")
    for name, data in written.items():
        with open(folder / name, "xb") as out:
            out.write(data)


def _links(known: SenderState) -> frozenset[str]:
    older = known.older_links() if known.older_links is not None else frozenset()
    return frozenset({known.last_sha512}) | older


def _chain(
    info: PackageInfo, link: str | None, known: SenderState | None, warnings: list[str]
) -> Check:
    if known is not None and info.uid in known.seen_uids:
        raise CheckFailed("chain", f"package {info.uid} was already received (a replay)")
    if known is not None and link is not None and link == known.last_sha512:
        raise CheckFailed("chain", f"package {info.sequence} was already received (a replay)")
    if known is None or known.last_sequence == 0:
        if info.sequence > 1:
            warnings.append(
                f"this is package {info.sequence}; no earlier package of this office is known here"
            )
        return Check("chain", True, "not checked: no earlier package of this office is known", True)
    if info.sequence <= known.last_sequence:
        raise CheckFailed(
            "chain",
            f"package {info.sequence} is not after the last one received, "
            f"{known.last_sequence} (a replay or an old package)",
        )
    if info.sequence == known.last_sequence + 1:
        if info.previous_sha512 not in _links(known):
            raise CheckFailed(
                "chain",
                f"package {info.sequence} does not name package {known.last_sequence} "
                "as the one before it (previous hash differs)",
            )
        return Check("chain", True, f"follows package {known.last_sequence}")
    first, last = known.last_sequence + 1, info.sequence - 1
    gap = f"{first}" if first == last else f"{first} to {last}"
    warnings.append(f"package(s) missing before this one: {gap}")
    return Check("chain", True, f"after package {known.last_sequence}, with a gap ({gap})")
