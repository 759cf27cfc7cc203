"""How each case of the hostile corpus (tests/bundles/corpus.py) is made from the genuine
package: a field patched, bytes added around or between entries, a member replaced."""

from __future__ import annotations

import struct
from collections.abc import Callable

from tests.bundles import zipwriter as zw
from tests.bundles.signedbag import (
    FOLDER,
    TRUSTED,
    Members,
    bag_info,
    genuine,
    payload,
    signed,
)
from tests.bundles.zipwriter import Hole, RawZip, part, patch


def find_part(raw: RawZip, suffix: str) -> int:
    return next(i for i, p in enumerate(raw.parts) if bytes(p.local).find(suffix.encode()) > 0)


def patched(
    where: str, member: str, offset: int | tuple[int, int], fmt: str, value: int
) -> Callable[[], RawZip]:
    def make() -> RawZip:
        raw = genuine()
        target = raw.parts[find_part(raw, member)]
        if where in ("local", "both"):
            patch(target.local, offset[0] if isinstance(offset, tuple) else offset, fmt, value)
        if where in ("central", "both"):
            patch(target.central, offset[1] if isinstance(offset, tuple) else offset, fmt, value)
        return raw

    return make


def both(member: str, fields: tuple[int, int], fmt: str, value: int) -> Callable[[], RawZip]:
    return patched("both", member, fields, fmt, value)


def altered(**options: object) -> Callable[[], RawZip]:
    def make() -> RawZip:
        raw = genuine()
        for key, value in options.items():
            setattr(raw, key, value)
        return raw

    return make


def members(members: Members, **options: object) -> Callable[[], RawZip]:
    return lambda: RawZip.from_members(members, **options)


def second_directory() -> RawZip:
    """A ZIP64 end record and locator naming a second directory, in which report.pdf is
    another entry of the same size: what zipfile and unzip read, not what was signed."""
    raw = genuine()
    pdf = find_part(raw, "data/report.pdf")
    original = dict(signed())[f"{FOLDER}/data/report.pdf"]
    evil = original.replace(b"endobj", b"EVILOB")
    raw.parts.append(part(f"{FOLDER}/data/report.pdf".encode(), evil))
    raw.directory_order = list(range(len(raw.parts) - 1))
    records = raw.records_with_offsets()
    records[pdf] = records.pop()
    raw.zip64_locator_to = b"".join(records)
    return raw


def with_part(name: str, data: bytes, **options: object) -> Callable[[], RawZip]:
    def make() -> RawZip:
        raw = genuine()
        raw.parts.append(part(f"{FOLDER}/{name}".encode(), data, **options))  # type: ignore[arg-type]
        return raw

    return make


def edited(change: Callable[[RawZip], None]) -> Callable[[], RawZip]:
    def make() -> RawZip:
        raw = genuine()
        change(raw)
        return raw

    return make


def overlap(raw: RawZip) -> None:
    raw.parts[1].pinned_offset = 0


def bomb(raw: RawZip) -> None:
    target = raw.parts[find_part(raw, "data/report.pdf")]
    stream = zw.deflate(bytes(64 << 20), 9)
    size = struct.unpack_from("<L", target.central, zw.C_USIZE)[0]
    fresh = part(bytes(target.local[30:]), b"", size=size)
    fresh.data = stream
    for record, at in ((fresh.local, zw.L_CSIZE), (fresh.central, zw.C_CSIZE)):
        patch(record, at, "<L", len(stream))
    for record, at in ((fresh.local, zw.L_CRC), (fresh.central, zw.C_CRC)):
        patch(record, at, "<L", struct.unpack_from("<L", target.central, zw.C_CRC)[0])
    raw.parts[raw.parts.index(target)] = fresh


def on_windows(raw: RawZip) -> None:
    """As Python's zipfile writes on Windows: host 0 and the archive attribute."""
    for entry in raw.parts:
        patch(entry.central, zw.C_HOST, "<B", 0)
        patch(entry.central, zw.C_EXTERNAL, "<L", 0x20)


def tail(change: Callable[[bytes], bytes]) -> Callable[[RawZip], None]:
    """Change the deflated data of report.pdf, keeping the headers' sizes honest."""

    def edit(raw: RawZip) -> None:
        target = raw.parts[find_part(raw, "data/report.pdf")]
        assert isinstance(target.data, bytes)
        target.data = change(target.data)
        for record, at in ((target.local, zw.L_CSIZE), (target.central, zw.C_CSIZE)):
            patch(record, at, "<L", len(target.data))

    return edit


def large_genuine(scale: int) -> RawZip:
    """A genuine package whose payload holds one file as large as an entry may be (sparse)."""
    files: dict[str, bytes | Hole] = {**payload(), "data/large.bin": Hole(min(scale, 512 << 20))}
    return RawZip.from_members(signed(files), method=0)  # type: ignore[arg-type]


def reordered() -> RawZip:
    members = signed()
    return RawZip.from_members(members[3:] + members[:3])


def big_tag(name: str) -> Callable[[int], RawZip]:
    def make(scale: int) -> RawZip:
        raw = genuine()
        index = find_part(raw, "/" + name)
        size = min(scale, 500 << 20)  # the size; more is refused as an entry too large
        raw.parts[index] = part(f"{FOLDER}/{name}".encode(), Hole(size), method=0)
        return raw

    return make


def many_entries(count: int, declared: int | None = None) -> Callable[[], RawZip]:
    def make() -> RawZip:
        raw = RawZip(
            [part(f"{FOLDER}/data/f{i:06d}".encode(), b"", method=0) for i in range(count)]
        )
        raw.count = declared
        return raw

    return make


def signed_variant(**options: bytes) -> Callable[[], RawZip]:
    """Signed by the trusted key, stored (so that the ratio check does not catch it first)."""
    return lambda: RawZip.from_members(signed(**options), method=0)  # type: ignore[arg-type]


def huge_manifest(scale: int) -> RawZip:
    size = min(max(scale, 9 << 20), 300 << 20)
    manifest = b"0" * 128 + b"  data/x\n" + b"#" * size
    return RawZip.from_members(signed(manifest=manifest), method=0)


def truncated(scale: int) -> bytes:
    data = genuine().render()
    return data[: len(data) // 2]


def info(more: bytes) -> bytes:
    return bag_info(payload(), TRUSTED) + more


def zeroed(suffix: str) -> Members:
    """The genuine members with one file's bytes made zeros (same size, same signature)."""
    return [(n, bytes(len(d)) if n.endswith(suffix) else d) for n, d in signed()]


def unlisted_bidi() -> RawZip:
    raw = genuine()
    raw.parts.append(part(f"{FOLDER}/data/\u202efdp.exe".encode(), b"MZ", flags=0x800))
    return raw
