"""Zip files written byte by byte, to say things `zipfile` would never let us say."""

from __future__ import annotations

import struct
import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

LOCAL = struct.Struct("<4s2B4HL2L2H")
CENTRAL = struct.Struct("<4s4B4HL2L5H2L")
EOCD = struct.Struct("<4s4H2LH")
EOCD64 = struct.Struct("<4sQ2H2L4Q")
LOCATOR = struct.Struct("<4sLQL")
REGULAR = 0o100644 << 16
SYMLINK = 0o120777 << 16


@dataclass
class Raw:
    name: bytes
    data: bytes = b""
    # Deflated bytes to store instead of `data` (then `size` and `crc` say what they unpack to).
    deflated: bytes | None = None
    size: int | None = None
    crc: int | None = None
    external_attr: int = REGULAR
    flags: int = 0x800
    offset: int | None = None  # point the directory at another entry's header


def deflate_stream(chunk: bytes, times: int) -> tuple[bytes, int, int]:
    """`chunk` repeated `times`, deflated without ever holding it whole: (bytes, size, crc)."""
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    out, crc = [], 0
    for _ in range(times):
        out.append(packer.compress(chunk))
        crc = zlib.crc32(chunk, crc)
    out.append(packer.flush())
    return b"".join(out), len(chunk) * times, crc


def _write(out: BinaryIO, entries: Iterable[Raw], count_in_end_record: int | None) -> None:
    central: list[bytes] = []
    count = 0
    for entry in entries:
        stored = entry.deflated if entry.deflated is not None else entry.data
        method = 8 if entry.deflated is not None else 0
        size = entry.size if entry.size is not None else len(entry.data)
        crc = entry.crc if entry.crc is not None else zlib.crc32(entry.data)
        offset = out.tell()
        out.write(
            LOCAL.pack(
                b"PK\x03\x04",
                20,
                0,
                entry.flags,
                method,
                0,
                0x5A21,
                crc,
                len(stored),
                size,
                len(entry.name),
                0,
            )
        )
        out.write(entry.name)
        out.write(stored)
        central.append(
            CENTRAL.pack(
                b"PK\x01\x02",
                20,
                3,
                20,
                0,
                entry.flags,
                method,
                0,
                0x5A21,
                crc,
                len(stored),
                size,
                len(entry.name),
                0,
                0,
                0,
                0,
                entry.external_attr,
                entry.offset if entry.offset is not None else offset,
            )
            + entry.name
        )
        count += 1
    cd_offset = out.tell()
    for record in central:
        out.write(record)
    cd_size = out.tell() - cd_offset
    shown = count if count_in_end_record is None else count_in_end_record
    if shown > 0xFFFF:
        eocd64_at = out.tell()
        out.write(EOCD64.pack(b"PK\x06\x06", 44, 45, 45, 0, 0, shown, shown, cd_size, cd_offset))
        out.write(LOCATOR.pack(b"PK\x06\x07", 0, eocd64_at, 1))
        shown = 0xFFFF
    out.write(EOCD.pack(b"PK\x05\x06", 0, 0, shown, shown, cd_size, cd_offset, 0))


def write_zip(path: Path, entries: Iterable[Raw], count_in_end_record: int | None = None) -> Path:
    with open(path, "wb") as out:
        _write(out, entries, count_in_end_record)
    return path
