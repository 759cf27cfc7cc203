"""The hostile corpus of issue 13: packages crafted as an attacker would, one or more per
class of the issue and more, each with what HR Desk must say of it.

    python -m tests.bundles.corpus OUT_FOLDER [--scale BYTES]

writes every case into OUT_FOLDER with `trusted.pub`, the key they are signed with (a
genuine package of that key is `genuine.zip`). `--scale` is the size of the large cases
(a padded directory, a huge signature, a prefix…): the tests use a few megabytes, the
benchmark the issue's sizes. Large cases are sparse files, so they cost neither disk nor
time to write. Every case is refused by the check named in `expect`, or is a copy of the
genuine package's signed content zipped anew (SAME), which must verify as that package.
"""

from __future__ import annotations

import argparse
import hashlib
import struct
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from hrdesk.bundles import bagit, labels, minisign
from hrdesk.bundles.minisign import PublicKey
from tests.bundles import zipwriter as zw
from tests.bundles.zipwriter import Hole, RawZip, part, patch

SAME = "same package"
FOLDER = "hrdesk-gia-lai-2026-Q3-0001-1a2b3c4d"
OFFICE = "Ban Chỉ đạo về quyền con người tỉnh Gia Lai"
UID = "1a2b3c4d-0000-4000-8000-000000000001"
SMALL_SCALE = 4 << 20
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


def bag_info(files: dict[str, bytes], office: Office, **changes: str) -> bytes:
    fields = {
        labels.SOURCE: OFFICE,
        labels.BAGGING_DATE: "2026-10-05",
        labels.IDENTIFIER: UID,
        labels.PERIOD: "2026-Q3",
        labels.SEQUENCE: "1",
        labels.PREVIOUS: labels.NO_PREVIOUS,
        labels.KEY_ID: office.public.key_id_text,
        labels.PERSONAL: "excluded",
        labels.OXUM: bagit.payload_oxum(sum(map(len, files.values())), len(files)),
    }
    fields.update(changes)
    return bagit.bag_info_text(fields.items())


def signed(
    files: dict[str, bytes] | None = None,
    office: Office = TRUSTED,
    *,
    info: bytes | None = None,
    manifest: bytes | None = None,
) -> Members:
    """A bag's members, in the order HR Desk zips them, signed by `office`."""
    files = payload() if files is None else files
    manifest = manifest or bagit.manifest_text(
        (n, hashlib.sha512(d).hexdigest()) for n, d in files.items()
    )
    info = info or bag_info(files, office)
    tags = {bagit.BAGIT: bagit.BAGIT_TXT, bagit.BAG_INFO: info, bagit.MANIFEST: manifest}
    tag_manifest = bagit.manifest_text((n, hashlib.sha512(d).hexdigest()) for n, d in tags.items())
    comment = labels.TrustedComment(UID, 1, "2026-10-05T08:00:00Z", OFFICE).text()
    every = {**tags, **files, bagit.TAG_MANIFEST: tag_manifest}
    every[bagit.SIGNATURE] = office.sign(tag_manifest, comment).encode()
    return [(f"{FOLDER}/{n}", every[n]) for n in sorted(every, key=lambda n: n.split("/"))]


def genuine() -> RawZip:
    return RawZip.from_members(signed())


def _index(raw: RawZip, suffix: str) -> int:
    return next(i for i, p in enumerate(raw.parts) if bytes(p.local).find(suffix.encode()) > 0)


def _patched(
    where: str, member: str, offset: int | tuple[int, int], fmt: str, value: int
) -> Callable[[], RawZip]:
    def make() -> RawZip:
        raw = genuine()
        target = raw.parts[_index(raw, member)]
        if where in ("local", "both"):
            patch(target.local, offset[0] if isinstance(offset, tuple) else offset, fmt, value)
        if where in ("central", "both"):
            patch(target.central, offset[1] if isinstance(offset, tuple) else offset, fmt, value)
        return raw

    return make


def _both(member: str, fields: tuple[int, int], fmt: str, value: int) -> Callable[[], RawZip]:
    return _patched("both", member, fields, fmt, value)


def _with(**options: object) -> Callable[[], RawZip]:
    def make() -> RawZip:
        raw = genuine()
        for key, value in options.items():
            setattr(raw, key, value)
        return raw

    return make


def _members(members: Members, **options: object) -> Callable[[], RawZip]:
    return lambda: RawZip.from_members(members, **options)


def _second_directory() -> RawZip:
    """A ZIP64 end record and locator naming a second directory, in which report.pdf is
    another entry of the same size: what zipfile and unzip read, not what was signed."""
    raw = genuine()
    pdf = _index(raw, "data/report.pdf")
    original = dict(signed())[f"{FOLDER}/data/report.pdf"]
    evil = original.replace(b"endobj", b"EVILOB")
    raw.parts.append(part(f"{FOLDER}/data/report.pdf".encode(), evil))
    raw.directory_order = list(range(len(raw.parts) - 1))
    records = raw.records_with_offsets()
    records[pdf] = records.pop()
    raw.zip64_locator_to = b"".join(records)
    return raw


def _with_part(name: str, data: bytes, **options: object) -> Callable[[], RawZip]:
    def make() -> RawZip:
        raw = genuine()
        raw.parts.append(part(f"{FOLDER}/{name}".encode(), data, **options))  # type: ignore[arg-type]
        return raw

    return make


def _edited(change: Callable[[RawZip], None]) -> Callable[[], RawZip]:
    def make() -> RawZip:
        raw = genuine()
        change(raw)
        return raw

    return make


def _overlap(raw: RawZip) -> None:
    raw.parts[1].pinned_offset = 0


def _bomb(raw: RawZip) -> None:
    target = raw.parts[_index(raw, "data/report.pdf")]
    stream = zw.deflate(bytes(64 << 20), 9)
    size = struct.unpack_from("<L", target.central, zw.C_USIZE)[0]
    fresh = part(bytes(target.local[30:]), b"", size=size)
    fresh.data = stream
    for record, at in ((fresh.local, zw.L_CSIZE), (fresh.central, zw.C_CSIZE)):
        patch(record, at, "<L", len(stream))
    for record, at in ((fresh.local, zw.L_CRC), (fresh.central, zw.C_CRC)):
        patch(record, at, "<L", struct.unpack_from("<L", target.central, zw.C_CRC)[0])
    raw.parts[raw.parts.index(target)] = fresh


def _on_windows(raw: RawZip) -> None:
    """As Python's zipfile writes on Windows: host 0 and the archive attribute."""
    for entry in raw.parts:
        patch(entry.central, zw.C_HOST, "<B", 0)
        patch(entry.central, zw.C_EXTERNAL, "<L", 0x20)


def _tail(change: Callable[[bytes], bytes]) -> Callable[[RawZip], None]:
    """Change the deflated data of report.pdf, keeping the headers' sizes honest."""

    def edit(raw: RawZip) -> None:
        target = raw.parts[_index(raw, "data/report.pdf")]
        assert isinstance(target.data, bytes)
        target.data = change(target.data)
        for record, at in ((target.local, zw.L_CSIZE), (target.central, zw.C_CSIZE)):
            patch(record, at, "<L", len(target.data))

    return edit


def _reordered() -> RawZip:
    members = signed()
    return RawZip.from_members(members[3:] + members[:3])


def _big_tag(name: str) -> Callable[[int], RawZip]:
    def make(scale: int) -> RawZip:
        raw = genuine()
        index = _index(raw, "/" + name)
        raw.parts[index] = part(f"{FOLDER}/{name}".encode(), Hole(scale), method=0)
        return raw

    return make


def _many_entries(count: int, declared: int | None = None) -> Callable[[], RawZip]:
    def make() -> RawZip:
        raw = RawZip(
            [part(f"{FOLDER}/data/f{i:06d}".encode(), b"", method=0) for i in range(count)]
        )
        raw.count = declared
        return raw

    return make


@dataclass(frozen=True)
class Case:
    name: str
    kind: str  # the class it belongs to
    expect: str  # the check that refuses it, or SAME
    make: Callable[[], RawZip] | None = None
    make_scaled: Callable[[int], RawZip] | None = None
    raw_bytes: Callable[[int], bytes] | None = None


def _signed_variant(**options: bytes) -> Callable[[], RawZip]:
    """Signed by the trusted key, stored (so that the ratio check does not catch it first)."""
    return lambda: RawZip.from_members(signed(**options), method=0)  # type: ignore[arg-type]


def _huge_manifest(scale: int) -> RawZip:
    size = min(max(scale, 9 << 20), 300 << 20)
    manifest = b"0" * 128 + b"  data/x\n" + b"#" * size
    return RawZip.from_members(signed(manifest=manifest), method=0)


def _truncated(scale: int) -> bytes:
    data = genuine().render()
    return data[: len(data) // 2]


def _info(more: bytes) -> bytes:
    return bag_info(payload(), TRUSTED) + more


def _zeroed(suffix: str) -> Members:
    """The genuine members with one file's bytes made zeros (same size, same signature)."""
    return [(n, bytes(len(d)) if n.endswith(suffix) else d) for n, d in signed()]


def _unlisted_bidi() -> RawZip:
    raw = genuine()
    raw.parts.append(part(f"{FOLDER}/data/\u202efdp.exe".encode(), b"MZ", flags=0x800))
    return raw


TWO, OUTSIDE, CHAIN, COST, SIGNER, NAMES, MORE = (
    "1 two readers",
    "2 bytes outside the signature",
    "3 chain by signed content",
    "4 cost before the signature",
    "5 from a trusted signer",
    "6 names in messages",
    "more",
)
CASES = [
    Case("genuine", CHAIN, SAME, genuine),
    Case("zip64-locator-second-directory", TWO, "zip", _second_directory),
    Case("encrypted-entry", TWO, "zip", _both("report.pdf", (zw.L_FLAGS, zw.C_FLAGS), "<H", 1)),
    Case(
        "strong-encryption-flag",
        TWO,
        "zip",
        _both("report.pdf", (zw.L_FLAGS, zw.C_FLAGS), "<H", 0x41),
    ),
    Case("method-bzip2", TWO, "zip", _both("report.pdf", (zw.L_METHOD, zw.C_METHOD), "<H", 12)),
    Case("method-lzma", TWO, "zip", _both("report.pdf", (zw.L_METHOD, zw.C_METHOD), "<H", 14)),
    Case("method-zstd", TWO, "zip", _both("report.pdf", (zw.L_METHOD, zw.C_METHOD), "<H", 93)),
    Case(
        "unicode-path-extra",
        TWO,
        "zip",
        _with_part("data/x", b"x", extra=b"up\x08\x00\x01\x00\x00\x00\x00evil"),
    ),
    Case("local-method-differs", TWO, "zip", _patched("local", "report.pdf", zw.L_METHOD, "<H", 0)),
    Case("local-size-differs", TWO, "zip", _patched("local", "report.pdf", zw.L_USIZE, "<L", 7)),
    Case("local-crc-differs", TWO, "zip", _patched("local", "report.pdf", zw.L_CRC, "<L", 7)),
    Case(
        "local-flags-differ", TWO, "zip", _patched("local", "report.pdf", zw.L_FLAGS, "<H", 0x800)
    ),
    Case("local-extra-length", TWO, "zip", _patched("local", "report.pdf", zw.L_ELEN, "<H", 4)),
    Case("overlapping-entries", TWO, "zip", _edited(_overlap)),
    Case("directory-out-of-order", TWO, "zip", _with(directory_order=[1, 0, 2, 3, 4, 5, 6, 7])),
    Case("appended-16-bytes", OUTSIDE, "zip", _with(suffix=b"0123456789abcdef")),
    Case("appended-1-mib", OUTSIDE, "zip", _with(suffix=bytes(1 << 20))),
    Case("prefix-web-page", OUTSIDE, "zip", _with(prefix=b"<html><body>hello</body></html>\n")),
    Case(
        "prefix-web-page-unadjusted",
        OUTSIDE,
        "zip",
        _with(prefix=b"<html>x</html>", adjust_offsets=False),
    ),
    Case("prefix-local-header", OUTSIDE, "zip", _with(prefix=b"PK\x03\x04" + bytes(60))),
    Case("gap-between-entries", OUTSIDE, "zip", _with(between={2: b"hidden bytes"})),
    Case("gap-before-directory", OUTSIDE, "zip", _with(before_directory=b"hidden bytes")),
    Case("archive-comment-64k", OUTSIDE, "zip", _with(comment=b"c" * 0xFFFF)),
    Case("archive-comment-short", OUTSIDE, "zip", _with(comment=b"made by hand")),
    Case("comment-length-without-comment", OUTSIDE, "zip", _with(comment_length=5)),
    Case("end-record-count-low", OUTSIDE, "zip", _with(count=7)),
    Case("end-record-count-high", OUTSIDE, "zip", _with(count=9)),
    Case("end-record-counts-disagree", OUTSIDE, "zip", _with(count_on_disk=7)),
    Case("split-disk", OUTSIDE, "zip", _with(disk=1)),
    Case("empty-folder-in-data", OUTSIDE, "zip", _with_part("data/empty/", b"", method=0)),
    Case(
        "data-descriptor-flag",
        OUTSIDE,
        "zip",
        _both("report.pdf", (zw.L_FLAGS, zw.C_FLAGS), "<H", 8),
    ),
    Case("entry-comment", OUTSIDE, "zip", _with_part("data/y", b"y", comment=b"note")),
    Case(
        "timestamp-extra-field",
        OUTSIDE,
        "zip",
        _with_part("data/z", b"z", extra=b"UT\x05\x00\x01\x00\x00\x00\x00"),
    ),
    Case(
        "zip64-extra-field",
        OUTSIDE,
        "zip",
        _with_part("data/w", b"w", extra=b"\x01\x00\x10\x00" + bytes(16)),
    ),
    Case("version-needed-45", OUTSIDE, "zip", _both("report.pdf", (4, zw.C_NEEDED), "<B", 45)),
    Case(
        "unknown-host-system",
        OUTSIDE,
        "zip",
        _patched("central", "report.pdf", zw.C_HOST, "<B", 19),
    ),
    Case(
        "symbolic-link",
        OUTSIDE,
        "zip",
        _patched("central", "report.pdf", zw.C_EXTERNAL, "<L", 0o120777 << 16),
    ),
    Case("bytes-after-deflate-stream", OUTSIDE, "zip", _edited(_tail(lambda d: d + b"junk"))),
    Case("deflate-stream-cut", OUTSIDE, "zip", _edited(_tail(lambda d: d[: len(d) // 2]))),
    Case("crc-wrong-in-both", OUTSIDE, "zip", _both("report.pdf", (zw.L_CRC, zw.C_CRC), "<L", 7)),
    Case(
        "stored-sizes-differ",
        OUTSIDE,
        "zip",
        _both("bagit.txt", (zw.L_METHOD, zw.C_METHOD), "<H", 0),
    ),
    Case("re-encoded-stored", CHAIN, SAME, _members(signed(), method=0)),
    Case("re-encoded-best-compression", CHAIN, SAME, _members(signed(), level=9)),
    Case("re-encoded-payload-first", CHAIN, SAME, _reordered),
    Case(
        "made-by-another-version",
        CHAIN,
        SAME,
        _patched("central", "report.pdf", zw.C_MADE, "<B", 63),
    ),
    Case("made-on-windows", CHAIN, SAME, _edited(_on_windows)),
    Case(
        "text-file-attribute", CHAIN, SAME, _patched("central", "bagit.txt", zw.C_INTERNAL, "<H", 1)
    ),
    Case(
        "owner-only-permissions",
        CHAIN,
        SAME,
        _patched("central", "report.pdf", zw.C_EXTERNAL, "<L", 0o100600 << 16),
    ),
    Case(
        "directory-padded",
        COST,
        "zip",
        make_scaled=lambda s: _with(directory_padding=bytes(min(s, 1 << 24)))(),
    ),
    Case("directory-size-declared-huge", COST, "zip", _with(cd_size=1_800_000_000)),
    Case("signature-huge", COST, "bag", make_scaled=_big_tag(bagit.SIGNATURE)),
    Case("tag-manifest-huge", COST, "bag", make_scaled=_big_tag(bagit.TAG_MANIFEST)),
    Case("prefix-huge", COST, "zip", make_scaled=lambda s: _with(prefix=Hole(s))()),
    Case(
        "file-over-the-limit",
        COST,
        "zip",
        make_scaled=lambda s: _with(suffix=Hole((1 << 30) + 1))(),
    ),
    Case(
        "deflate-bomb", COST, "zip", _members([(f"{FOLDER}/data/zeros", bytes(64 << 20))], level=9)
    ),
    Case("inflates-past-its-size", COST, "zip", _edited(_bomb)),
    Case("entries-100000", COST, "zip", _many_entries(100_000)),
    Case("entries-declared-60000", COST, "zip", _many_entries(3, 60_000)),
    Case(
        "bag-info-2m-continuations", SIGNER, "bag", _signed_variant(info=_info(b" x\n" * 2_000_000))
    ),
    Case("manifest-huge", SIGNER, "bag", make_scaled=_huge_manifest),
    Case(
        "bag-info-label-twice",
        SIGNER,
        "bag-info",
        _signed_variant(info=_info(b"Package-Sequence: 2\n")),
    ),
    Case(
        "manifest-unsafe-name",
        SIGNER,
        "payload",
        _signed_variant(manifest=b"0" * 128 + b"  data/\xe2\x80\xaefdp.exe\n"),
    ),
    Case("name-bidi-override", NAMES, "payload complete", _unlisted_bidi),
    Case("name-csi-control", NAMES, "zip", _with_part("data/\u009b31mred", b"x", flags=0x800)),
    Case("name-escape-control", NAMES, "zip", _with_part("data/\x1b[2Jclear", b"x")),
    Case(
        "bag-folder-bidi",
        NAMES,
        "bag",
        _members([(f"\u202e{n}", d) for n, d in signed()], flags=0x800),
    ),
    Case("path-traversal", MORE, "zip", _with_part("../../evil", b"x")),
    Case("windows-device-name", MORE, "zip", _with_part("data/CON", b"x")),
    Case("case-duplicate", MORE, "zip", _with_part("data/REPORT.PDF", b"x")),
    Case("two-bag-folders", MORE, "bag", _members([*signed(), ("other/x", b"x")])),
    Case("unlisted-tag-file", MORE, "tag manifest", _with_part("manifest-md5.txt", b"x")),
    Case("untrusted-signer", MORE, "signature", _members(signed(office=STRANGER))),
    Case("payload-swapped-same-size", MORE, "payload", _members(_zeroed(".xlsx"))),
    Case("truncated-file", MORE, "zip", raw_bytes=_truncated),
    Case("not-a-zip", MORE, "zip", raw_bytes=lambda s: b"%PDF-1.7 not a zip\n" * 10),
    Case("empty-file", MORE, "zip", raw_bytes=lambda s: b""),
]


def write_case(case: Case, folder: Path, scale: int = SMALL_SCALE) -> Path:
    path = folder / f"{case.name}.zip"
    if case.raw_bytes is not None:
        path.write_bytes(case.raw_bytes(scale))
        return path
    raw = case.make_scaled(scale) if case.make_scaled is not None else case.make()  # type: ignore[misc]
    return raw.write(path)


def write_corpus(folder: Path, scale: int = SMALL_SCALE) -> dict[str, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "trusted.pub").write_text(TRUSTED.public.encoded(), encoding="ascii")
    return {case.name: write_case(case, folder, scale) for case in CASES}


def zipfile_genuine(path: Path) -> Path:
    """The genuine bag zipped by Python's zipfile, as HR Desk's own `zip_bag` does."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in signed():
            info = zipfile.ZipInfo(name, (2026, 10, 5, 8, 0, 0))
            archive.writestr(info, data, compress_type=zipfile.ZIP_DEFLATED)
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description="Write issue 13's hostile corpus.")
    parser.add_argument("folder", type=Path)
    parser.add_argument("--scale", type=int, default=SMALL_SCALE)
    args = parser.parse_args()
    for name, path in write_corpus(args.folder, args.scale).items():
        print(f"{path.stat().st_size:>12}  {name}")


if __name__ == "__main__":
    main()
