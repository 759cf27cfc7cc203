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

The checks' names above are stable (tests, the central service's refusals and scripts
read them); what each found is a message code with its parameters, read in the
officer's language by `Check.line(lang)` and `VerifyReport.lines(lang)`.
"""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from hrdesk.bundles import bagcheck, bagit, zipsafety
from hrdesk.bundles.bagcheck import CheckFailed, TrustedKey
from hrdesk.bundles.labels import PackageInfo
from hrdesk.bundles.minisign import PublicKey
from hrdesk.bundles.progress import CancelCheck, ProgressCallback, Steps
from hrdesk.bundles.shown import shown
from hrdesk.domain.errors import HRDeskError
from hrdesk.messages import Localized, render
from hrdesk.messages.message import Message

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


# Each check's name as the officer reads it (the names in code stay as they are).
CHECK_NAMES = {
    "zip": Localized("tệp zip", "zip"),
    "bag": Localized("thư mục gói", "bag"),
    "signature": Localized("chữ ký", "signature"),
    "tag manifest": Localized("danh mục tệp thẻ", "tag manifest"),
    "payload complete": Localized("đủ tệp dữ liệu", "payload complete"),
    "bag-info": Localized("bag-info", "bag-info"),
    "payload": Localized("tệp dữ liệu", "payload"),
    "chain": Localized("chuỗi gói", "chain"),
}
_PASSED, _FAILED, _SKIPPED = (
    Localized("đạt", "ok"),
    Localized("LỖI", "FAIL"),
    Localized("bỏ qua", "skip"),
)


def check_name(name: str) -> Localized:
    """A check's name in both languages (as given, if it is not one of verify's)."""
    return CHECK_NAMES.get(name, Localized(name, name))


@dataclass(frozen=True)
class Check:
    """One check's outcome: `name` is stable (see the module), `code` and `params` say what
    it found."""

    name: str
    ok: bool
    code: str
    params: dict[str, Any] = field(default_factory=dict)
    skipped: bool = False

    @classmethod
    def failed(cls, name: str, error: HRDeskError) -> Check:
        return cls(name, False, error.code, dict(error.params))

    @property
    def detail(self) -> str:
        """What the check found, in English."""
        return self.text("en")

    def text(self, lang: str) -> str:
        """What the check found, in `lang`."""
        return render(self.code, self.params, lang)

    def line(self, lang: str = "en") -> str:
        mark = _SKIPPED if self.skipped else (_PASSED if self.ok else _FAILED)
        name = check_name(self.name).text(lang)
        width = max(5, *(len(m.text(lang)) for m in (_PASSED, _FAILED, _SKIPPED)))
        return f"  {mark.text(lang):<{width}} {name}: {self.text(lang)}"


@dataclass
class VerifyReport:
    """What was checked, in order; `failure` is the first check that failed."""

    path: Path
    sha512: str | None = None  # of the whole file, once every check passed
    signed_sha512: str | None = None  # of the signed tag manifest, once the signature passed
    checks: list[Check] = field(default_factory=list)
    warnings: list[Message] = field(default_factory=list)
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

    def lines(self, lang: str = "en") -> list[str]:
        """Each check's line, then each warning, in `lang`."""
        warnings = [render("check.warning", {"text": w}, lang) for w in self.warnings]
        return [c.line(lang) for c in self.checks] + [f"  {w}" for w in warnings]


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
    hash_file: bool = True,
) -> VerifyReport:
    """Check the package at `path`; never raises for a bad package, only reports it.

    `known_sender_state` is the receiver's record of the sender (or a function from the
    signing key to it); None skips the chain check. Nothing is written to disk unless
    `extract_to` (an empty folder) is given: then the bag is written there as it is
    checked, kept for the caller as `report.bag_dir` if every check passes, and removed
    if one fails. `workdir` is accepted for callers of earlier versions and not used.
    `report.sha512`, the whole file's hash, costs a second reading of the file once every
    check passed; a caller that hashes the file itself passes `hash_file=False`.
    """
    del workdir  # nothing is unpacked to be checked any more
    path = Path(path)
    steps = Steps(progress, cancelled)
    report = VerifyReport(path)
    keys = _as_trusted(trusted_keys)
    try:
        with open(path, "rb") as handle:
            size = handle.seek(0, 2)
            steps.report(0.02, "stage.checking")
            archive = zipsafety.read_archive(handle, size)
            found = {"count": len(archive), "size": archive.unpacked_size}
            report.checks.append(Check("zip", True, "check.ok_zip", found))
            into = Path(extract_to) if extract_to is not None else None
            try:
                _run(report, handle, archive, into, keys, known_sender_state, steps)
            except BaseException:
                if into is not None:
                    _empty(into)
                raise
            if into is not None:
                report.bag_dir = into / bagcheck.single_folder(archive.entries)
            if hash_file:
                report.sha512 = _hash_handle(handle)
    except zipsafety.UnsafeZip as exc:
        report.checks.append(Check.failed("zip", exc))
    except CheckFailed as exc:
        report.checks.append(Check.failed(exc.check, exc))
    steps.uncancellable().report(1.0, "stage.checked")
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
    ok(Check("bag", True, "check.ok_bag", {"folder": bag.folder}))
    signer, comment, tag_manifest = bagcheck.check_signature(handle, bag, keys)
    report.signer = signer
    report.signed_sha512 = hashlib.sha512(tag_manifest).hexdigest()
    key = signer.public.key_id_text
    if signer.office_name:
        office = shown(signer.office_name)
        ok(Check("signature", True, "check.ok_signature_office", {"key": key, "office": office}))
    else:
        ok(Check("signature", True, "check.ok_signature", {"key": key}))
    tags = bagcheck.check_tag_manifest(handle, bag, tag_manifest)
    ok(Check("tag manifest", True, "check.ok_tag_manifest", {"count": len(tags)}))
    manifest = bagcheck.read_payload_manifest(tags[bagit.MANIFEST])
    count = bagcheck.check_payload_complete(bag, manifest)
    ok(Check("payload complete", True, "check.ok_payload_complete", {"count": count}))
    info = bagcheck.check_bag_info(tags[bagit.BAG_INFO], bag, manifest, signer, comment)
    report.info = info
    found = {"sequence": info.sequence, "office": shown(info.office)}
    ok(Check("bag-info", True, "check.ok_bag_info", {**found, "period": shown(info.period_label)}))
    if into is not None:
        _write_tags(into / bag.folder, tags, tag_manifest, handle, bag)
    hashes = bagcheck.check_payload_hashes(handle, bag, manifest, steps.part(0.05, 0.95), into)
    ok(Check("payload", True, "check.ok_payload", {"count": hashes}))
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


def _follows(previous: str | None, known: SenderState) -> bool:
    """Does `previous` name the last package? By its link, or else (asked only then) by
    another hash it is known by."""
    if previous == known.last_sha512:
        return True
    return known.older_links is not None and previous in known.older_links()


def _chain(
    info: PackageInfo, link: str | None, known: SenderState | None, warnings: list[Message]
) -> Check:
    sequence = info.sequence
    if known is not None and info.uid in known.seen_uids:
        raise CheckFailed("chain", "check.replay_uid", uid=info.uid)
    if known is not None and link is not None and link == known.last_sha512:
        raise CheckFailed("chain", "check.replay", sequence=sequence)
    if known is None or known.last_sequence == 0:
        if sequence > 1:
            warnings.append(Message.of("check.first_known", sequence=sequence))
        return Check("chain", True, "check.chain_unknown", skipped=True)
    last_known = known.last_sequence
    if sequence <= last_known:
        raise CheckFailed("chain", "check.not_after", sequence=sequence, last=last_known)
    if sequence == last_known + 1:
        if not _follows(info.previous_sha512, known):
            raise CheckFailed("chain", "check.previous_differs", sequence=sequence, last=last_known)
        return Check("chain", True, "check.follows", {"last": last_known})
    first, last = last_known + 1, sequence - 1
    gap = f"{first}" if first == last else f"{first}–{last}"
    warnings.append(Message.of("check.missing_before", gap=gap))
    return Check("chain", True, "check.after_gap", {"last": last_known, "gap": gap})
