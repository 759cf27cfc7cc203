"""The checks on the bag inside a checked zip, read from the zip itself (nothing is
unpacked to disk to be checked); each raises CheckFailed with the check's name and why.

The tag files are small and bounded (a signature is a few hundred bytes) and read whole;
the payload is hashed as it streams, and only after the signature and the tag manifest
have proven the manifest it is compared with.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from hrdesk.bundles import bagit, labels, minisign, zipstream
from hrdesk.bundles.bagit import BagFormatError
from hrdesk.bundles.labels import PackageInfo, TrustedComment
from hrdesk.bundles.minisign import MinisignError, PublicKey
from hrdesk.bundles.progress import Steps
from hrdesk.bundles.shown import shown
from hrdesk.bundles.zipsafety import Entry

MAX_FOLDER = 100  # characters in the bag folder's name (HR Desk's are about 50)
# The most each tag file may declare, checked before any of them is inflated.
TAG_LIMITS = {
    bagit.BAGIT: 1 << 10,
    bagit.BAG_INFO: 64 << 10,
    bagit.MANIFEST: 8 << 20,
    bagit.TAG_MANIFEST: 4 << 10,
    bagit.SIGNATURE: 16 << 10,
}


class CheckFailed(Exception):
    def __init__(self, check: str, reason: str) -> None:
        super().__init__(f"{check}: {reason}")
        self.check = check
        self.reason = reason


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
        raise CheckFailed("bag", f"expected exactly one bag folder, found: {found}")
    folder = tops.pop()
    if len(folder) > MAX_FOLDER or not bagit.SAFE_PART.fullmatch(folder):
        raise CheckFailed("bag", f"the bag folder's name {shown(folder)} is not [A-Za-z0-9._-]")
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
                "bag", f"{name} is {entry.file_size} bytes; at most {TAG_LIMITS[name]} expected"
            )
    return bag


def read_tag(handle: BinaryIO, bag: Bag, name: str, check: str) -> bytes:
    entry = bag.tags.get(name)
    if entry is None:
        raise CheckFailed(check, f"{name} is missing")
    return zipstream.read_small(handle, entry, TAG_LIMITS[name])


def check_signature(
    handle: BinaryIO, bag: Bag, keys: list[TrustedKey]
) -> tuple[TrustedKey, TrustedComment, bytes]:
    """The signature over the tag manifest, by one of `keys`: (signer, the signed comment,
    the tag manifest's bytes, which are now proven)."""
    raw = read_tag(handle, bag, bagit.SIGNATURE, "signature")
    try:
        signature = minisign.parse_signature(raw.decode("utf-8"))
    except (MinisignError, UnicodeDecodeError) as exc:
        raise CheckFailed("signature", f"{bagit.SIGNATURE} cannot be read: {exc}") from None
    signer = next((k for k in keys if k.public.key_id == signature.key_id), None)
    if signer is None:
        raise CheckFailed(
            "signature",
            f"signed with key {signature.key_id_text}, which is not trusted here "
            "(give the office's public key with --key, or trust it: hrdesk key trust FILE.pub)",
        )
    expected = f"signature from HR Desk office key {signature.key_id_text}"
    if signature.untrusted_comment != expected:
        # Unsigned text, but HR Desk writes it one way only: any change is tampering.
        raise CheckFailed("signature", "the signature file's first line was changed")
    tag_manifest = read_tag(handle, bag, bagit.TAG_MANIFEST, "signature")
    try:
        minisign.verify(signature, signer.public, tag_manifest)
    except MinisignError as exc:
        raise CheckFailed("signature", str(exc)) from None
    comment = labels.parse_comment(signature.trusted_comment)
    if comment is None:
        raise CheckFailed("signature", "the trusted comment is not an HR Desk package's")
    return signer, comment, tag_manifest


def check_tag_manifest(handle: BinaryIO, bag: Bag, tag_manifest: bytes) -> dict[str, bytes]:
    """The tag files the signed tag manifest lists, read and matched: name → bytes."""
    try:
        listed = bagit.parse_manifest(tag_manifest, "tag manifest")
    except BagFormatError as exc:
        raise CheckFailed("tag manifest", str(exc)) from None
    if set(listed) != set(bagit.TAG_FILES):
        names = ", ".join(shown(n, 40) for n in sorted(listed)[:5])
        raise CheckFailed("tag manifest", f"lists {names}, not exactly {list(bagit.TAG_FILES)}")
    if bag.unlisted:
        extra = ", ".join(shown(n) for n in sorted(bag.unlisted)[:5])
        raise CheckFailed("tag manifest", f"unlisted file(s) in the bag: {extra}")
    tags: dict[str, bytes] = {}
    for name in bagit.TAG_FILES:
        data = read_tag(handle, bag, name, "tag manifest")
        if hashlib.sha512(data).hexdigest() != listed[name]:
            raise CheckFailed("tag manifest", f"{name} was changed (SHA-512 differs)")
        tags[name] = data
    if tags[bagit.BAGIT] != bagit.BAGIT_TXT:
        raise CheckFailed("tag manifest", "bagit.txt is not BagIt 1.0 in UTF-8")
    return tags


def read_payload_manifest(data: bytes) -> dict[str, str]:
    try:
        manifest = bagit.parse_manifest(data, "manifest")
    except BagFormatError as exc:
        raise CheckFailed("payload", str(exc)) from None
    unsafe = [shown(p) for p in manifest if not bagit.safe_payload_path(p)]
    if unsafe:
        raise CheckFailed("payload", f"unsafe name(s) in the manifest: {', '.join(unsafe[:5])}")
    return manifest


def check_payload_complete(bag: Bag, manifest: dict[str, str]) -> str:
    missing = sorted(set(manifest) - set(bag.payload))
    unlisted = sorted(set(bag.payload) - set(manifest))
    if missing:
        shown_missing = ", ".join(shown(n) for n in missing[:5])
        raise CheckFailed("payload complete", f"listed but missing: {shown_missing}")
    if unlisted:
        shown_unlisted = ", ".join(shown(n) for n in unlisted[:5])
        raise CheckFailed("payload complete", f"not in the manifest: {shown_unlisted}")
    if not manifest:
        raise CheckFailed("payload complete", "the bag holds no payload")
    return f"{len(manifest)} files, none missing or unlisted"


def check_bag_info(
    data: bytes, bag: Bag, manifest: dict[str, str], signer: TrustedKey, comment: TrustedComment
) -> PackageInfo:
    try:
        info = labels.read_info(bagit.parse_bag_info(data))
    except (BagFormatError, ValueError) as exc:
        raise CheckFailed("bag-info", str(exc)) from None
    # The sizes the directory declares; each is proven as its entry streams.
    sizes = sum(bag.payload[name].file_size for name in manifest)
    oxum = bagit.payload_oxum(sizes, len(manifest))
    if info.oxum != oxum:
        raise CheckFailed(
            "bag-info", f"Payload-Oxum says {shown(info.oxum)}, the payload is {oxum}"
        )
    if info.key_id != signer.public.key_id_text:
        raise CheckFailed("bag-info", f"names key {shown(info.key_id)}, signed with another key")
    if (comment.uid, comment.sequence, comment.office) != (info.uid, info.sequence, info.office):
        raise CheckFailed("bag-info", "does not agree with the signed comment")
    return info


def check_payload_hashes(
    handle: BinaryIO, bag: Bag, manifest: dict[str, str], steps: Steps, into: Path | None = None
) -> str:
    """Hash every payload entry as it streams (writing it under `into` too, if given)."""
    entries = sorted((bag.payload[name] for name in manifest), key=lambda e: e.header_offset)
    total = max(sum(e.file_size for e in entries), 1)
    done = 0
    for entry in entries:
        name = entry.name.split("/", 1)[1]
        steps.report(done / total, f"checking {name}")
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
            raise CheckFailed("payload", f"{shown(name)} was changed (SHA-512 differs)")
        done += entry.file_size
    return f"{len(entries)} files match their SHA-512"
