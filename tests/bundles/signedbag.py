"""A signed bag built in memory, as HR Desk's `build` lays it out: the genuine package of
the hostile corpus (tests/bundles/corpus.py) and the base of every case made from it."""

from __future__ import annotations

import hashlib
import zipfile
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from hrdesk.bundles import bagit, labels, minisign
from hrdesk.bundles.minisign import PublicKey
from tests.bundles.zipwriter import Hole, RawZip

FOLDER = "hrdesk-gia-lai-2026-Q3-0001-1a2b3c4d"
OFFICE = "Ban Chỉ đạo về quyền con người tỉnh Gia Lai"
UID = "1a2b3c4d-0000-4000-8000-000000000001"
Members = list[tuple[str, bytes]]


@dataclass(frozen=True)
class Office:
    secret: Ed25519PrivateKey
    public: PublicKey

    @classmethod
    def from_seed(cls, seed: bytes) -> Office:
        secret = Ed25519PrivateKey.from_private_bytes(hashlib.sha256(seed).digest())
        raw = secret.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
        return cls(secret, PublicKey(hashlib.sha256(raw).digest()[:8], raw))

    def sign(self, data: bytes, comment: str) -> str:
        untrusted = f"signature from HR Desk office key {self.public.key_id_text}"
        return minisign.sign(self.secret, self.public.key_id, data, comment, untrusted)


TRUSTED = Office.from_seed(b"corpus: the trusted office")
STRANGER = Office.from_seed(b"corpus: an office nobody trusts")


def payload() -> dict[str, bytes]:
    pdf = b"%PDF-1.7\n" + b"".join(b"%d 0 obj << /Length 40 >> endobj\n" % i for i in range(600))
    return {
        "data/report.pdf": pdf,
        "data/report.xlsx": hashlib.shake_256(b"xlsx").digest(20_000),
        "data/records/petitions.json": b'{"count": 2, "petitions": [{"uid": "a"}, {"uid": "b"}]}',
    }


def _length(data: bytes | Hole) -> int:
    return data.size if isinstance(data, Hole) else len(data)


def _digest(data: bytes | Hole) -> str:
    if isinstance(data, bytes):
        return hashlib.sha512(data).hexdigest()
    digest, zeros, left = hashlib.sha512(), bytes(1 << 20), data.size
    while left:
        digest.update(zeros[: min(left, len(zeros))])
        left -= min(left, len(zeros))
    return digest.hexdigest()


def bag_info(files: dict[str, bytes | Hole], office: Office, **changes: str) -> bytes:
    fields = {
        labels.SOURCE: OFFICE,
        labels.BAGGING_DATE: "2026-10-05",
        labels.IDENTIFIER: UID,
        labels.PERIOD: "2026-Q3",
        labels.SEQUENCE: "1",
        labels.PREVIOUS: labels.NO_PREVIOUS,
        labels.KEY_ID: office.public.key_id_text,
        labels.PERSONAL: "excluded",
        labels.OXUM: bagit.payload_oxum(sum(map(_length, files.values())), len(files)),
    }
    fields.update(changes)
    return bagit.bag_info_text(fields.items())


def signed(
    files: dict[str, bytes | Hole] | None = None,
    office: Office = TRUSTED,
    *,
    info: bytes | None = None,
    manifest: bytes | None = None,
    uid: str = UID,
    sequence: int = 1,
) -> Members:
    """A bag's members, in the order HR Desk zips them, signed by `office` (as package
    `sequence` with `uid`, if given)."""
    files = payload() if files is None else files
    manifest = manifest or bagit.manifest_text((n, _digest(d)) for n, d in files.items())
    numbered = {labels.IDENTIFIER: uid, labels.SEQUENCE: str(sequence)}
    info = info or bag_info(files, office, **numbered)
    tags = {bagit.BAGIT: bagit.BAGIT_TXT, bagit.BAG_INFO: info, bagit.MANIFEST: manifest}
    tag_manifest = bagit.manifest_text((n, hashlib.sha512(d).hexdigest()) for n, d in tags.items())
    comment = labels.TrustedComment(uid, sequence, "2026-10-05T08:00:00Z", OFFICE).text()
    every = {**tags, **files, bagit.TAG_MANIFEST: tag_manifest}
    every[bagit.SIGNATURE] = office.sign(tag_manifest, comment).encode()
    return [(f"{FOLDER}/{n}", every[n]) for n in sorted(every, key=lambda n: n.split("/"))]


def genuine() -> RawZip:
    return RawZip.from_members(signed())


def zipfile_genuine(path: Path) -> Path:
    """The genuine bag zipped by Python's zipfile, as HR Desk's own `zip_bag` does."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in signed():
            info = zipfile.ZipInfo(name, (2026, 10, 5, 8, 0, 0))
            archive.writestr(info, data, compress_type=zipfile.ZIP_DEFLATED)
    return path
