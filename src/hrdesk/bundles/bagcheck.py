"""The checks on an unpacked bag, each raising CheckFailed with the check's name and why."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from hrdesk.bundles import bagit, labels, minisign, zipsafety
from hrdesk.bundles.bagit import BagFormatError
from hrdesk.bundles.labels import PackageInfo, TrustedComment
from hrdesk.bundles.minisign import MinisignError, PublicKey
from hrdesk.bundles.progress import Steps


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


def single_folder(entries: list[zipsafety.Entry]) -> str:
    """The one folder every entry lies in (the bag); CheckFailed otherwise."""
    tops = {e.name.split("/", 1)[0] for e in entries}
    loose = [e.name for e in entries if "/" not in e.name.removesuffix("/") and not e.is_dir]
    if len(tops) != 1 or loose:
        shown = ", ".join(sorted(tops)[:5])
        raise CheckFailed("bag", f"expected exactly one bag folder, found: {shown}")
    return tops.pop()


def _read(bag: Path, name: str, check: str) -> bytes:
    path = bag / name
    if not path.is_file():
        raise CheckFailed(check, f"{name} is missing")
    return path.read_bytes()


def check_signature(bag: Path, keys: list[TrustedKey]) -> tuple[TrustedKey, TrustedComment]:
    """The signature over the tag manifest, by one of `keys`, and its signed comment."""
    try:
        signature = minisign.parse_signature(
            _read(bag, bagit.SIGNATURE, "signature").decode("utf-8")
        )
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
    tag_manifest = _read(bag, bagit.TAG_MANIFEST, "signature")
    try:
        minisign.verify(signature, signer.public, tag_manifest)
    except MinisignError as exc:
        raise CheckFailed("signature", str(exc)) from None
    comment = labels.parse_comment(signature.trusted_comment)
    if comment is None:
        raise CheckFailed("signature", "the trusted comment is not an HR Desk package's")
    return signer, comment


def check_tag_manifest(bag: Path) -> str:
    try:
        listed = bagit.parse_manifest(
            _read(bag, bagit.TAG_MANIFEST, "tag manifest"), "tag manifest"
        )
    except BagFormatError as exc:
        raise CheckFailed("tag manifest", str(exc)) from None
    if set(listed) != set(bagit.TAG_FILES):
        raise CheckFailed(
            "tag manifest", f"lists {sorted(listed)}, not exactly {list(bagit.TAG_FILES)}"
        )
    for name, digest in listed.items():
        actual, _size = bagit.sha512_file(bag / name) if (bag / name).is_file() else ("", 0)
        if not actual:
            raise CheckFailed("tag manifest", f"{name} is missing")
        if actual != digest:
            raise CheckFailed("tag manifest", f"{name} was changed (SHA-512 differs)")
    allowed = {*bagit.TAG_FILES, bagit.TAG_MANIFEST, bagit.SIGNATURE, bagit.PAYLOAD_DIR}
    extra = sorted(p.name for p in bag.iterdir() if p.name not in allowed)
    if extra:
        raise CheckFailed("tag manifest", f"unlisted file(s) in the bag: {', '.join(extra)}")
    if (bag / bagit.BAGIT).read_bytes() != bagit.BAGIT_TXT:
        raise CheckFailed("tag manifest", "bagit.txt is not BagIt 1.0 in UTF-8")
    return f"{len(listed)} tag files match"


def read_payload_manifest(bag: Path) -> dict[str, str]:
    try:
        manifest = bagit.parse_manifest((bag / bagit.MANIFEST).read_bytes(), "manifest")
    except BagFormatError as exc:
        raise CheckFailed("payload", str(exc)) from None
    unsafe = [p for p in manifest if not bagit.safe_payload_path(p)]
    if unsafe:
        raise CheckFailed("payload", f"unsafe name(s) in the manifest: {', '.join(unsafe[:5])}")
    return manifest


def check_payload_hashes(bag: Path, manifest: dict[str, str], steps: Steps) -> str:
    checked = 0
    for index, (name, digest) in enumerate(sorted(manifest.items())):
        path = bag.joinpath(*name.split("/"))
        if not path.is_file():
            continue  # reported by the completeness check that follows
        steps.report(index / max(len(manifest), 1), f"checking {name}")
        actual, _size = bagit.sha512_file(path, steps.cancelled)
        if actual != digest:
            raise CheckFailed("payload", f"{name} was changed (SHA-512 differs)")
        checked += 1
    return f"{checked} files match their SHA-512"


def _payload_files(bag: Path) -> set[str]:
    root = bag / bagit.PAYLOAD_DIR
    if not root.is_dir():
        return set()
    return {p.relative_to(bag).as_posix() for p in root.rglob("*") if not p.is_dir()}


def check_payload_complete(bag: Path, manifest: dict[str, str]) -> str:
    present = _payload_files(bag)
    missing = sorted(set(manifest) - present)
    unlisted = sorted(present - set(manifest))
    if missing:
        raise CheckFailed("payload complete", f"listed but missing: {', '.join(missing[:5])}")
    if unlisted:
        raise CheckFailed("payload complete", f"not in the manifest: {', '.join(unlisted[:5])}")
    if not manifest:
        raise CheckFailed("payload complete", "the bag holds no payload")
    return f"{len(manifest)} files, none missing or unlisted"


def check_bag_info(
    bag: Path, manifest: dict[str, str], signer: TrustedKey, comment: TrustedComment
) -> PackageInfo:
    try:
        fields = bagit.parse_bag_info((bag / bagit.BAG_INFO).read_bytes())
        info = labels.read_info(fields)
    except (BagFormatError, ValueError) as exc:
        raise CheckFailed("bag-info", str(exc)) from None
    sizes = sum(bag.joinpath(*n.split("/")).stat().st_size for n in manifest)
    oxum = bagit.payload_oxum(sizes, len(manifest))
    if info.oxum != oxum:
        raise CheckFailed("bag-info", f"Payload-Oxum says {info.oxum}, the payload is {oxum}")
    if info.key_id != signer.public.key_id_text:
        raise CheckFailed("bag-info", f"names key {info.key_id}, signed with another key")
    if (comment.uid, comment.sequence, comment.office) != (info.uid, info.sequence, info.office):
        raise CheckFailed("bag-info", "does not agree with the signed comment")
    return info
