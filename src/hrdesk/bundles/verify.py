"""Checking a package: is it safe, signed by a trusted office, whole, and in its place?

The checks run in a fixed order and stop at the first failure, which the report names:
1. the zip is safe to read (see `zipsafety`), unpacked into a temporary folder only;
2. it holds exactly one bag folder;
3. the tag manifest's minisign signature (and the trusted comment's) by a trusted key;
4. the tag manifest's hashes of bagit.txt, bag-info.txt and the manifest;
5. every payload file's SHA-512; 6. no payload file missing or unlisted;
7. bag-info.txt agrees with itself, the payload and the signed comment;
8. the sequence and previous-package hash, when the receiver knows the sender.
"""

from __future__ import annotations

import hashlib
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from hrdesk.bundles import bagcheck, zipsafety
from hrdesk.bundles.bagcheck import CheckFailed, TrustedKey
from hrdesk.bundles.labels import PackageInfo
from hrdesk.bundles.minisign import PublicKey
from hrdesk.bundles.progress import CancelCheck, ProgressCallback, Steps

CHUNK = 1 << 20


@dataclass(frozen=True)
class SenderState:
    """What the receiver has from one office: its last package and every uid seen."""

    office_name: str
    last_sequence: int
    last_sha512: str
    seen_uids: frozenset[str] = frozenset()


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
    sha512: str | None = None
    checks: list[Check] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    info: PackageInfo | None = None
    signer: TrustedKey | None = None
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
    signing key to it); None skips the chain check. The bag is unpacked into a temporary
    folder under `workdir` (the system's by default) and removed, unless `extract_to`
    (an empty folder) is given: then it stays there for the caller, as `report.bag_dir`.
    """
    path = Path(path)
    steps = Steps(progress, cancelled)
    report = VerifyReport(path)
    keys = _as_trusted(trusted_keys)
    try:
        with open(path, "rb") as handle:
            size = handle.seek(0, 2)
            report.sha512 = _hash_handle(handle)
            steps.report(0.05, "checking the zip")
            entries = zipsafety.read_directory(handle, size)
            unpacked = sum(e.file_size for e in entries)
            report.checks.append(
                Check("zip", True, f"safe to read, {len(entries)} entries, {unpacked} bytes")
            )
            if extract_to is not None:
                _run(report, handle, entries, Path(extract_to), keys, known_sender_state, steps)
                report.bag_dir = Path(extract_to) / bagcheck.single_folder(entries)
            else:
                with tempfile.TemporaryDirectory(
                    prefix="hrdesk-verify-", dir=workdir, ignore_cleanup_errors=True
                ) as temp:
                    _run(report, handle, entries, Path(temp), keys, known_sender_state, steps)
    except zipsafety.UnsafeZip as exc:
        report.checks.append(Check("zip", False, str(exc)))
    except CheckFailed as exc:
        report.checks.append(Check(exc.check, False, exc.reason))
    steps.uncancellable().report(1.0, "valid" if report.ok else "invalid")
    return report


def _hash_handle(handle: BinaryIO) -> str:
    digest = hashlib.sha512()
    handle.seek(0)
    while chunk := handle.read(CHUNK):
        digest.update(chunk)
    return digest.hexdigest()


def _run(
    report: VerifyReport,
    handle: BinaryIO,
    entries: list[zipsafety.Entry],
    temp: Path,
    keys: list[TrustedKey],
    state: SenderState | SenderLookup | None,
    steps: Steps,
) -> None:
    ok = report.checks.append
    folder_name = bagcheck.single_folder(entries)
    ok(Check("bag", True, f"exactly one bag folder, {folder_name}"))
    zipsafety.extract(handle, entries, temp, steps.part(0.1, 0.4))
    bag = temp / folder_name
    signer, comment = bagcheck.check_signature(bag, keys)
    report.signer = signer
    who = f" ({signer.office_name})" if signer.office_name else ""
    ok(Check("signature", True, f"by office key {signer.public.key_id_text}{who}, comment signed"))
    ok(Check("tag manifest", True, bagcheck.check_tag_manifest(bag)))
    manifest = bagcheck.read_payload_manifest(bag)
    ok(Check("payload", True, bagcheck.check_payload_hashes(bag, manifest, steps.part(0.4, 0.95))))
    ok(Check("payload complete", True, bagcheck.check_payload_complete(bag, manifest)))
    report.info = bagcheck.check_bag_info(bag, manifest, signer, comment)
    info = report.info
    ok(Check("bag-info", True, f"package {info.sequence} of {info.office}, {info.period_label}"))
    known = state(signer) if callable(state) else state
    ok(_chain(info, known, report.warnings))


def _chain(info: PackageInfo, known: SenderState | None, warnings: list[str]) -> Check:
    if known is not None and info.uid in known.seen_uids:
        raise CheckFailed("chain", f"package {info.uid} was already received (a replay)")
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
        if info.previous_sha512 != known.last_sha512:
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
