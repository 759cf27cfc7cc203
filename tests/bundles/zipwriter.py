"""A zip written field by field, so that the corpus can say what no zip library would:
headers that disagree, bytes between entries, a second directory, holes of zeros.

`RawZip.from_members` lays members out as HR Desk does (deflate, no extras); each part
can then be changed (`patch_local`, `patch_central`) and `write` renders the file with
whatever is asked around, between and after the entries. Offsets are computed at render
time unless a record's offset is pinned. A `Hole` is a run of zeros written as a sparse
region, so a corpus file of a gigabyte takes no disk and no time.
"""

from __future__ import annotations

import io
import struct
import zlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

LOCAL = struct.Struct("<4s2B4HL2L2H")
CENTRAL = struct.Struct("<4s4B4HL2L5H2L")
EOCD = struct.Struct("<4s4H2LH")
EOCD64 = struct.Struct("<4sQ2H2L4Q")
LOCATOR = struct.Struct("<4sLQL")
REGULAR = 0o100644 << 16
DOS_TIME, DOS_DATE = 0x5A21, 0x5B83  # 2025-12-03 11:17:02
# Field offsets inside a local header and a directory record.
L_FLAGS, L_METHOD, L_CRC, L_CSIZE, L_USIZE, L_ELEN = 6, 8, 14, 18, 22, 28
C_MADE, C_HOST, C_NEEDED, C_FLAGS, C_METHOD, C_CRC = 4, 5, 6, 8, 10, 16
C_CSIZE, C_USIZE, C_ELEN, C_CLEN, C_DISK, C_INTERNAL, C_EXTERNAL, C_OFFSET = (
    20, 24, 30, 32, 34, 36, 38, 42,
)  # fmt: skip


@dataclass(frozen=True)
class Hole:
    """`size` zero bytes, written as a sparse region."""

    size: int


Data = bytes | Hole


@dataclass
class Part:
    """One entry: its local header (with name and extra), its data, its directory record."""

    local: bytearray
    data: Data
    central: bytearray
    pinned_offset: int | None = None  # point the record at this offset instead


def _zeros_crc(size: int) -> int:
    chunk, crc = bytes(1 << 20), 0
    while size:
        step = min(size, len(chunk))
        crc = zlib.crc32(chunk[:step], crc)
        size -= step
    return crc


def deflate(data: bytes, level: int = 6) -> bytes:
    packer = zlib.compressobj(level, zlib.DEFLATED, -15)
    return packer.compress(data) + packer.flush()


def part(
    name: bytes,
    data: Data,
    *,
    method: int = 8,
    level: int = 6,
    flags: int = 0,
    size: int | None = None,
    crc: int | None = None,
    extra: bytes = b"",
    comment: bytes = b"",
) -> Part:
    """An entry as HR Desk writes it (or with the flags, sizes, extra or comment given)."""
    if isinstance(data, Hole):
        stored: Data = data
        real_size, real_crc, csize = data.size, _zeros_crc(data.size), data.size
    else:
        stored = deflate(data, level) if method == 8 else data
        real_size, real_crc, csize = len(data), zlib.crc32(data), len(stored)
    size = real_size if size is None else size
    crc = real_crc if crc is None else crc
    local = bytearray(
        LOCAL.pack(
            b"PK\x03\x04",
            20,
            0,
            flags,
            method,
            DOS_TIME,
            DOS_DATE,
            crc,
            csize,
            size,
            len(name),
            len(extra),
        )
        + name
        + extra
    )
    central = bytearray(
        CENTRAL.pack(
            b"PK\x01\x02",
            20,
            3,
            20,
            0,
            flags,
            method,
            DOS_TIME,
            DOS_DATE,
            crc,
            csize,
            size,
            len(name),
            len(extra),
            len(comment),
            0,
            0,
            REGULAR,
            0,
        )
        + name
        + extra
        + comment
    )
    return Part(local, stored, central)


def _size(data: Data) -> int:
    return data.size if isinstance(data, Hole) else len(data)


def _emit(out: BinaryIO, data: Data) -> None:
    if isinstance(data, Hole):
        out.seek(data.size, 1)
    else:
        out.write(data)


@dataclass
class RawZip:
    parts: list[Part]
    prefix: Data = b""
    between: dict[int, bytes] = field(default_factory=dict)  # after part i
    before_directory: bytes = b""
    directory_padding: bytes = b""
    directory_order: list[int] | None = None
    extra_records: list[bytearray] = field(default_factory=list)
    adjust_offsets: bool = True  # False: offsets as if there were no prefix
    count: int | None = None  # the end record's count (both fields)
    count_on_disk: int | None = None
    cd_size: int | None = None
    disk: int = 0
    comment: bytes = b""
    comment_length: int | None = None
    zip64_locator_to: bytes | None = None  # a second directory behind a ZIP64 end record
    suffix: Data = b""

    @classmethod
    def from_members(cls, members: Iterable[tuple[str, bytes]], **options: object) -> RawZip:
        return cls([part(n.encode(), d, **options) for n, d in members])  # type: ignore[arg-type]

    def write(self, path: Path) -> Path:
        with open(path, "wb") as out:
            self._write(out)
            out.truncate()
        return path

    def render(self) -> bytes:
        """The file's bytes (holes as zeros): for small cases only."""
        out = io.BytesIO()
        self._write(out)
        return out.getvalue()

    def _write(self, out: BinaryIO) -> None:
        _emit(out, self.prefix)
        shift = 0 if self.adjust_offsets else -_size(self.prefix)
        offsets = []
        for index, entry in enumerate(self.parts):
            offsets.append(out.tell() + shift)
            out.write(entry.local)
            _emit(out, entry.data)
            out.write(self.between.get(index, b""))
        out.write(self.before_directory)
        records = []
        for index, entry in enumerate(self.parts):
            record = bytearray(entry.central)
            offset = entry.pinned_offset if entry.pinned_offset is not None else offsets[index]
            struct.pack_into("<L", record, C_OFFSET, offset)
            records.append(bytes(record))
        order = self.directory_order or list(range(len(records)))
        directory = b"".join(records[i] for i in order) + b"".join(self.extra_records)
        directory += self.directory_padding
        cd_offset = out.tell() + shift
        out.write(directory)
        count = len(order) + len(self.extra_records) if self.count is None else self.count
        on_disk = count if self.count_on_disk is None else self.count_on_disk
        cd_size = len(directory) if self.cd_size is None else self.cd_size
        if self.zip64_locator_to is not None:
            second_at = out.tell() + shift
            out.write(self.zip64_locator_to)
            eocd64_at = out.tell() + shift
            n = count
            second = len(self.zip64_locator_to)
            out.write(EOCD64.pack(b"PK\x06\x06", 44, 45, 45, 0, 0, n, n, second, second_at))
            out.write(LOCATOR.pack(b"PK\x06\x07", 0, eocd64_at, 1))
        elif count > 0xFFFF:  # as a writer must, for more entries than the end record holds
            eocd64_at = out.tell() + shift
            out.write(
                EOCD64.pack(b"PK\x06\x06", 44, 45, 45, 0, 0, count, count, cd_size, cd_offset)
            )
            out.write(LOCATOR.pack(b"PK\x06\x07", 0, eocd64_at, 1))
            count = on_disk = 0xFFFF
        length = len(self.comment) if self.comment_length is None else self.comment_length
        out.write(
            EOCD.pack(
                b"PK\x05\x06", self.disk, self.disk, on_disk, count, cd_size, cd_offset, length
            )
        )
        out.write(self.comment)
        _emit(out, self.suffix)

    def records_with_offsets(self) -> list[bytes]:
        """The directory records as `write` would give them (for a second directory)."""
        offset, records = _size(self.prefix) if self.adjust_offsets else 0, []
        for index, entry in enumerate(self.parts):
            record = bytearray(entry.central)
            struct.pack_into("<L", record, C_OFFSET, offset)
            records.append(bytes(record))
            offset += len(entry.local) + _size(entry.data) + len(self.between.get(index, b""))
        return records


def patch(record: bytearray, offset: int, fmt: str, value: int) -> None:
    struct.pack_into(fmt, record, offset, value)
