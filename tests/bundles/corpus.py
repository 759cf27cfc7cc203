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
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from hrdesk.bundles import bagit
from tests.bundles import zipwriter as zw
from tests.bundles.corpus_parts import (
    altered,
    big_tag,
    bomb,
    both,
    edited,
    huge_manifest,
    info,
    large_genuine,
    many_entries,
    members,
    on_windows,
    overlap,
    patched,
    reordered,
    second_directory,
    signed_variant,
    tail,
    truncated,
    unlisted_bidi,
    with_part,
    zeroed,
)
from tests.bundles.signedbag import FOLDER, STRANGER, TRUSTED, genuine, signed, zipfile_genuine
from tests.bundles.zipwriter import Hole, RawZip

__all__ = ["CASES", "SAME", "TRUSTED", "Case", "write_case", "write_corpus", "zipfile_genuine"]

SAME = "same package"
SMALL_SCALE = 4 << 20


@dataclass(frozen=True)
class Case:
    name: str
    kind: str  # the class it belongs to
    expect: str  # the check that refuses it, or SAME
    make: Callable[[], RawZip] | None = None
    make_scaled: Callable[[int], RawZip] | None = None
    raw_bytes: Callable[[int], bytes] | None = None
    copy_of: str | None = "genuine"  # for SAME: the package whose signed content it holds


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
    Case("zip64-locator-second-directory", TWO, "zip", second_directory),
    Case("encrypted-entry", TWO, "zip", both("report.pdf", (zw.L_FLAGS, zw.C_FLAGS), "<H", 1)),
    Case(
        "strong-encryption-flag",
        TWO,
        "zip",
        both("report.pdf", (zw.L_FLAGS, zw.C_FLAGS), "<H", 0x41),
    ),
    Case("method-bzip2", TWO, "zip", both("report.pdf", (zw.L_METHOD, zw.C_METHOD), "<H", 12)),
    Case("method-lzma", TWO, "zip", both("report.pdf", (zw.L_METHOD, zw.C_METHOD), "<H", 14)),
    Case("method-zstd", TWO, "zip", both("report.pdf", (zw.L_METHOD, zw.C_METHOD), "<H", 93)),
    Case(
        "unicode-path-extra",
        TWO,
        "zip",
        with_part("data/x", b"x", extra=b"up\x08\x00\x01\x00\x00\x00\x00evil"),
    ),
    Case("local-method-differs", TWO, "zip", patched("local", "report.pdf", zw.L_METHOD, "<H", 0)),
    Case("local-size-differs", TWO, "zip", patched("local", "report.pdf", zw.L_USIZE, "<L", 7)),
    Case("local-crc-differs", TWO, "zip", patched("local", "report.pdf", zw.L_CRC, "<L", 7)),
    Case("local-flags-differ", TWO, "zip", patched("local", "report.pdf", zw.L_FLAGS, "<H", 0x800)),
    Case("local-extra-length", TWO, "zip", patched("local", "report.pdf", zw.L_ELEN, "<H", 4)),
    Case("overlapping-entries", TWO, "zip", edited(overlap)),
    Case("directory-out-of-order", TWO, "zip", altered(directory_order=[1, 0, 2, 3, 4, 5, 6, 7])),
    Case("appended-16-bytes", OUTSIDE, "zip", altered(suffix=b"0123456789abcdef")),
    Case("appended-1-mib", OUTSIDE, "zip", altered(suffix=bytes(1 << 20))),
    Case("prefix-web-page", OUTSIDE, "zip", altered(prefix=b"<html><body>hello</body></html>\n")),
    Case(
        "prefix-web-page-unadjusted",
        OUTSIDE,
        "zip",
        altered(prefix=b"<html>x</html>", adjust_offsets=False),
    ),
    Case("prefix-local-header", OUTSIDE, "zip", altered(prefix=b"PK\x03\x04" + bytes(60))),
    Case("gap-between-entries", OUTSIDE, "zip", altered(between={2: b"hidden bytes"})),
    Case("gap-before-directory", OUTSIDE, "zip", altered(before_directory=b"hidden bytes")),
    Case("archive-comment-64k", OUTSIDE, "zip", altered(comment=b"c" * 0xFFFF)),
    Case("archive-comment-short", OUTSIDE, "zip", altered(comment=b"made by hand")),
    Case("comment-length-without-comment", OUTSIDE, "zip", altered(comment_length=5)),
    Case("end-record-count-low", OUTSIDE, "zip", altered(count=7)),
    Case("end-record-count-high", OUTSIDE, "zip", altered(count=9)),
    Case("end-record-counts-disagree", OUTSIDE, "zip", altered(count_on_disk=7)),
    Case("split-disk", OUTSIDE, "zip", altered(disk=1)),
    Case("empty-folder-in-data", OUTSIDE, "zip", with_part("data/empty/", b"", method=0)),
    Case(
        "data-descriptor-flag",
        OUTSIDE,
        "zip",
        both("report.pdf", (zw.L_FLAGS, zw.C_FLAGS), "<H", 8),
    ),
    Case("entry-comment", OUTSIDE, "zip", with_part("data/y", b"y", comment=b"note")),
    Case(
        "timestamp-extra-field",
        OUTSIDE,
        "zip",
        with_part("data/z", b"z", extra=b"UT\x05\x00\x01\x00\x00\x00\x00"),
    ),
    Case(
        "zip64-extra-field",
        OUTSIDE,
        "zip",
        with_part("data/w", b"w", extra=b"\x01\x00\x10\x00" + bytes(16)),
    ),
    Case("version-needed-45", OUTSIDE, "zip", both("report.pdf", (4, zw.C_NEEDED), "<B", 45)),
    Case(
        "unknown-host-system",
        OUTSIDE,
        "zip",
        patched("central", "report.pdf", zw.C_HOST, "<B", 19),
    ),
    Case(
        "symbolic-link",
        OUTSIDE,
        "zip",
        patched("central", "report.pdf", zw.C_EXTERNAL, "<L", 0o120777 << 16),
    ),
    Case("bytes-after-deflate-stream", OUTSIDE, "zip", edited(tail(lambda d: d + b"junk"))),
    Case("deflate-stream-cut", OUTSIDE, "zip", edited(tail(lambda d: d[: len(d) // 2]))),
    Case("crc-wrong-in-both", OUTSIDE, "zip", both("report.pdf", (zw.L_CRC, zw.C_CRC), "<L", 7)),
    Case(
        "stored-sizes-differ",
        OUTSIDE,
        "zip",
        both("bagit.txt", (zw.L_METHOD, zw.C_METHOD), "<H", 0),
    ),
    Case("genuine-large", CHAIN, SAME, make_scaled=large_genuine, copy_of=None),
    Case("re-encoded-stored", CHAIN, SAME, members(signed(), method=0)),
    Case("re-encoded-best-compression", CHAIN, SAME, members(signed(), level=9)),
    Case("re-encoded-payload-first", CHAIN, SAME, reordered),
    Case(
        "made-by-another-version",
        CHAIN,
        SAME,
        patched("central", "report.pdf", zw.C_MADE, "<B", 63),
    ),
    Case("made-on-windows", CHAIN, SAME, edited(on_windows)),
    Case(
        "text-file-attribute", CHAIN, SAME, patched("central", "bagit.txt", zw.C_INTERNAL, "<H", 1)
    ),
    Case(
        "owner-only-permissions",
        CHAIN,
        SAME,
        patched("central", "report.pdf", zw.C_EXTERNAL, "<L", 0o100600 << 16),
    ),
    Case(
        "directory-padded",
        COST,
        "zip",
        make_scaled=lambda s: altered(directory_padding=Hole(s))(),
    ),
    Case("directory-size-declared-huge", COST, "zip", altered(cd_size=1_800_000_000)),
    Case("signature-huge", COST, "bag", make_scaled=big_tag(bagit.SIGNATURE)),
    Case("tag-manifest-huge", COST, "bag", make_scaled=big_tag(bagit.TAG_MANIFEST)),
    Case("prefix-huge", COST, "zip", make_scaled=lambda s: altered(prefix=Hole(s))()),
    Case(
        "file-over-the-limit",
        COST,
        "zip",
        make_scaled=lambda s: altered(suffix=Hole((1 << 30) + 1))(),
    ),
    Case(
        "deflate-bomb", COST, "zip", members([(f"{FOLDER}/data/zeros", bytes(64 << 20))], level=9)
    ),
    Case("inflates-past-its-size", COST, "zip", edited(bomb)),
    Case("entries-100000", COST, "zip", many_entries(100_000)),
    Case("entries-declared-60000", COST, "zip", many_entries(3, 60_000)),
    Case(
        "bag-info-2m-continuations", SIGNER, "bag", signed_variant(info=info(b" x\n" * 2_000_000))
    ),
    Case("manifest-huge", SIGNER, "bag", make_scaled=huge_manifest),
    Case(
        "bag-info-label-twice",
        SIGNER,
        "bag-info",
        signed_variant(info=info(b"Package-Sequence: 2\n")),
    ),
    Case(
        "manifest-unsafe-name",
        SIGNER,
        "payload",
        signed_variant(manifest=b"0" * 128 + b"  data/\xe2\x80\xaefdp.exe\n"),
    ),
    Case("name-bidi-override", NAMES, "payload complete", unlisted_bidi),
    Case("name-csi-control", NAMES, "zip", with_part("data/\u009b31mred", b"x", flags=0x800)),
    Case("name-escape-control", NAMES, "zip", with_part("data/\x1b[2Jclear", b"x")),
    Case(
        "bag-folder-bidi",
        NAMES,
        "bag",
        members([(f"\u202e{n}", d) for n, d in signed()], flags=0x800),
    ),
    Case("path-traversal", MORE, "zip", with_part("../../evil", b"x")),
    Case("windows-device-name", MORE, "zip", with_part("data/CON", b"x")),
    Case("case-duplicate", MORE, "zip", with_part("data/REPORT.PDF", b"x")),
    Case("two-bag-folders", MORE, "bag", members([*signed(), ("other/x", b"x")])),
    Case("unlisted-tag-file", MORE, "tag manifest", with_part("manifest-md5.txt", b"x")),
    Case("untrusted-signer", MORE, "signature", members(signed(office=STRANGER))),
    Case("payload-swapped-same-size", MORE, "payload", members(zeroed(".xlsx"))),
    Case("truncated-file", MORE, "zip", raw_bytes=truncated),
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


def main() -> None:
    parser = argparse.ArgumentParser(description="Write issue 13's hostile corpus.")
    parser.add_argument("folder", type=Path)
    parser.add_argument("--scale", type=int, default=SMALL_SCALE)
    args = parser.parse_args()
    for name, path in write_corpus(args.folder, args.scale).items():
        print(f"{path.stat().st_size:>12}  {name}")


if __name__ == "__main__":
    main()
