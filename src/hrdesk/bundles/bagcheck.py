"""The checks on the bag inside a checked zip, read from the zip itself (nothing is
unpacked to disk to be checked); each raises CheckFailed with the check's name and why
(a message code and its parameters).

The tag files are small and bounded (a signature is a few hundred bytes) and read whole;
the payload is hashed as it streams, and only after the signature and the tag manifest
have proven the manifest it is compared with.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from hrdesk.bundles import bagit, labels, minisign, zipstream
from hrdesk.bundles.bagit import BagFormatError
from hrdesk.bundles.labels import PackageInfo, TrustedComment
from hrdesk.bundles.minisign import MinisignError, PublicKey
from hrdesk.bundles.progress import Steps
from hrdesk.bundles.shown import shown
from hrdesk.bundles.zipsafety import Entry
from hrdesk.domain.errors import HRDeskError

MAX_FOLDER = 100  # characters in the bag folder's name (HR Desk's are about 50)
# The most each tag file may declare, checked before any of them is inflated.
TAG_LIMITS = {
    bagit.BAGIT: 1 << 10,
    bagit.BAG_INFO: 64 << 10,
    bagit.MANIFEST: 8 << 20,
    bagit.TAG_MANIFEST: 4 << 10,
    bagit.SIGNATURE: 16 << 10,
}


class CheckFailed(HRDeskError):
    """The check named `check` (a stable English name: see verify) refused the package;
    `code` and `params` say why."""

    def __init__(self, check: str, code: str, /, **params: Any) -> None:
        super().__init__(code, **params)
        self.check = check

    @classmethod
    def because(cls, check: str, error: HRDeskError) -> CheckFailed:
        """`check` failed for the reason `error` gives (a tag file that does not parse)."""
        return cls(check, error.code, **error.params)

    @property
    def reason(self) -> str:
        """Why, in English."""
        return self.text("en")


@dataclass(frozen=True)
class TrustedKey:
    """A public key the receiver trusts, and the office it belongs to (if known)."""

    public: PublicKey
    office_name: str | None


@dataclass
class Bag:
    """The bag's entries in the zip, sorted out by name (nothing read yet)."""

    folder: str
    tags: dict[str, Entry] = field(default_factory=dict)
    payload: dict[str, Entry] = field(default_factory=dict)  # "data/…" → entry
    unlisted: list[str] = field(default_factory=list)  # anything else at the bag's root


def single_folder(entries: list[Entry] | tuple[Entry, ...]) -> str:
    """The one folder every entry lies in (the bag); CheckFailed otherwise."""
    tops = {e.name.split("/", 1)[0] for e in entries}
    loose = [e.name for e in entries if "/" not in e.name]
    if len(tops) != 1 or loose:
        found = ", ".join(shown(t, 40) for t in sorted(tops)[:5])
        raise CheckFailed("bag", "check.one_folder", found=found)
    folder = tops.pop()
    if len(folder) > MAX_FOLDER or not bagit.SAFE_PART.fullmatch(folder):
        raise CheckFailed("bag", "check.folder_name", name=shown(folder))
    return folder


def layout(entries: list[Entry] | tuple[Entry, ...]) -> Bag:
    """Sort the entries into tag files and payload; refuse tag files larger than their
    limits before any is read."""
    bag = Bag(single_folder(entries))
    for entry in entries:
        inside = entry.name.split("/", 1)[1]
        if inside in TAG_LIMITS:
            bag.tags[inside] = entry
        elif inside.startswith(bagit.PAYLOAD_DIR + "/"):
            bag.payload[inside] = entry
        else:
            bag.unlisted.append(inside)
    for name, entry in bag.tags.items():
        if entry.file_size > TAG_LIMITS[name]:
            raise CheckFailed(
                "bag",
                "check.tag_too_large",
                file=name,
                size=entry.file_size,
                limit=TAG_LIMITS[name],
            )
    return bag


def read_tag(handle: BinaryIO, bag: Bag, name: str, check: str) -> bytes:
    entry = bag.tags.get(name)
    if entry is None:
        raise CheckFailed(check, "check.tag_missing", file=name)
    return zipstream.read_small(handle, entry, TAG_LIMITS[name])


def check_signature(
    handle: BinaryIO, bag: Bag, keys: list[TrustedKey]
) -> tuple[TrustedKey, TrustedComment, bytes]:
    """The signature over the tag manifest, by one of `keys`: (signer, the signed comment,
    the tag manifest's bytes, which are now proven)."""
    raw = read_tag(handle, bag, bagit.SIGNATURE, "signature")
    try:
        signature = minisign.parse_signature(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise CheckFailed("signature", "bag.not_utf8", file=bagit.SIGNATURE) from None
    except MinisignError as exc:
        raise CheckFailed(
            "signature", "check.signature_unreadable", file=bagit.SIGNATURE, reason=exc
        ) from None
    signer = next((k for k in keys if k.public.key_id == signature.key_id), None)
    if signer is None:
        raise CheckFailed("signature", "check.key_not_trusted", key=signature.key_id_text)
    expected = f"signature from HR Desk office key {signature.key_id_text}"
    if signature.untrusted_comment != expected:
        # Unsigned text, but HR Desk writes it one way only: any change is tampering.
        raise CheckFailed("signature", "check.first_line_changed")
    tag_manifest = read_tag(handle, bag, bagit.TAG_MANIFEST, "signature")
    try:
        minisign.verify(signature, signer.public, tag_manifest)
    except MinisignError as exc:
        raise CheckFailed.because("signature", exc) from None
    comment = labels.parse_comment(signature.trusted_comment)
    if comment is None:
        raise CheckFailed("signature", "check.not_hrdesk_comment")
    return signer, comment, tag_manifest


def check_tag_manifest(handle: BinaryIO, bag: Bag, tag_manifest: bytes) -> dict[str, bytes]:
    """The tag files the signed tag manifest lists, read and matched: name → bytes."""
    try:
        listed = bagit.parse_manifest(tag_manifest, bagit.TAG_MANIFEST)
    except BagFormatError as exc:
        raise CheckFailed.because("tag manifest", exc) from None
    if set(listed) != set(bagit.TAG_FILES):
        names = ", ".join(shown(n, 40) for n in sorted(listed)[:5])
        raise CheckFailed(
            "tag manifest", "check.tags_listed", names=names, expected=list(bagit.TAG_FILES)
        )
    if bag.unlisted:
        extra = ", ".join(shown(n) for n in sorted(bag.unlisted)[:5])
        raise CheckFailed("tag manifest", "check.unlisted", names=extra)
    tags: dict[str, bytes] = {}
    for name in bagit.TAG_FILES:
        data = read_tag(handle, bag, name, "tag manifest")
        if hashlib.sha512(data).hexdigest() != listed[name]:
            raise CheckFailed("tag manifest", "check.changed", file=name)
        tags[name] = data
    if tags[bagit.BAGIT] != bagit.BAGIT_TXT:
        raise CheckFailed("tag manifest", "check.bagit_txt")
    return tags


def read_payload_manifest(data: bytes) -> dict[str, str]:
    try:
        manifest = bagit.parse_manifest(data, bagit.MANIFEST)
    except BagFormatError as exc:
        raise CheckFailed.because("payload", exc) from None
    unsafe = [shown(p) for p in manifest if not bagit.safe_payload_path(p)]
    if unsafe:
        raise CheckFailed("payload", "check.unsafe_names", names=unsafe[:5])
    return manifest


def check_payload_complete(bag: Bag, manifest: dict[str, str]) -> int:
    """The number of payload files, once they are exactly the manifest's."""
    missing = sorted(set(manifest) - set(bag.payload))
    unlisted = sorted(set(bag.payload) - set(manifest))
    if missing:
        shown_missing = [shown(n) for n in missing[:5]]
        raise CheckFailed("payload complete", "check.listed_missing", names=shown_missing)
    if unlisted:
        shown_unlisted = [shown(n) for n in unlisted[:5]]
        raise CheckFailed("payload complete", "check.not_listed", names=shown_unlisted)
    if not manifest:
        raise CheckFailed("payload complete", "check.no_payload")
    return len(manifest)


def check_bag_info(
    data: bytes, bag: Bag, manifest: dict[str, str], signer: TrustedKey, comment: TrustedComment
) -> PackageInfo:
    try:
        info = labels.read_info(bagit.parse_bag_info(data))
    except BagFormatError as exc:
        raise CheckFailed.because("bag-info", exc) from None
    # The sizes the directory declares; each is proven as its entry streams.
    sizes = sum(bag.payload[name].file_size for name in manifest)
    oxum = bagit.payload_oxum(sizes, len(manifest))
    if info.oxum != oxum:
        raise CheckFailed("bag-info", "check.oxum", declared=shown(info.oxum), actual=oxum)
    if info.key_id != signer.public.key_id_text:
        raise CheckFailed("bag-info", "check.info_key", key=shown(info.key_id))
    if (comment.uid, comment.sequence, comment.office) != (info.uid, info.sequence, info.office):
        raise CheckFailed("bag-info", "check.info_comment")
    return info


def check_payload_hashes(
    handle: BinaryIO, bag: Bag, manifest: dict[str, str], steps: Steps, into: Path | None = None
) -> int:
    """Hash every payload entry as it streams (writing it under `into` too, if given); the
    number of files hashed."""
    entries = sorted((bag.payload[name] for name in manifest), key=lambda e: e.header_offset)
    total = max(sum(e.file_size for e in entries), 1)
    done = 0
    for entry in entries:
        name = entry.name.split("/", 1)[1]
        steps.report(done / total, "stage.checking")
        digest = hashlib.sha512()
        out = None
        if into is not None:
            target = into.joinpath(*entry.name.split("/"))
            target.parent.mkdir(parents=True, exist_ok=True)
            out = open(target, "xb")  # noqa: SIM115 - closed below, also on failure
        try:
            for chunk in zipstream.chunks(handle, entry, steps):
                digest.update(chunk)
                if out is not None:
                    out.write(chunk)
        finally:
            if out is not None:
                out.close()
        if digest.hexdigest() != manifest[name]:
            raise CheckFailed("payload", "check.changed", file=shown(name))
        done += entry.file_size
    return len(entries)
