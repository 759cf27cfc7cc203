"""Inflating the entries of a checked zip (`zipsafety.read_archive`), from that reading.

Each entry is read from its own data and inflated in bounded chunks: it must give
exactly its declared size, its deflate stream must end exactly at its compressed size,
and its CRC must match, or UnsafeZip names it. Nothing is held whole but the small
tag files a caller asks for with a limit.
"""

from __future__ import annotations

import os
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from hrdesk.bundles.progress import Steps
from hrdesk.bundles.shown import shown
from hrdesk.bundles.zipsafety import DEFLATED, Entry, UnsafeZip

CHUNK = 1 << 16
_WRITE_FLAGS = (
    os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
)


def _compressed(handle: BinaryIO, entry: Entry) -> Iterator[bytes]:
    handle.seek(entry.data_offset)
    left = entry.compress_size
    while left:
        chunk = handle.read(min(CHUNK, left))
        if not chunk:
            raise UnsafeZip("zip.data_cut", name=shown(entry.name))
        left -= len(chunk)
        yield chunk


def _inflated(handle: BinaryIO, entry: Entry) -> Iterator[bytes]:
    inflater = zlib.decompressobj(-15)
    for chunk in _compressed(handle, entry):
        data = chunk
        while data:
            if inflater.eof:
                raise UnsafeZip("zip.after_deflate", name=shown(entry.name))
            out = inflater.decompress(data, CHUNK)
            data = inflater.unconsumed_tail
            if out:
                yield out
    # Output zlib still holds once every input byte is in (a bounded call may stop short).
    while not inflater.eof and (out := inflater.decompress(b"", CHUNK)):
        yield out
    if inflater.unused_data:
        raise UnsafeZip("zip.after_deflate", name=shown(entry.name))
    if not inflater.eof:
        raise UnsafeZip("zip.deflate_cut", name=shown(entry.name))


def chunks(handle: BinaryIO, entry: Entry, steps: Steps | None = None) -> Iterator[bytes]:
    """The entry's bytes, in chunks; UnsafeZip if they are not exactly as the directory
    says (size, end of the deflate stream, CRC), at the latest after the last chunk."""
    steps = steps or Steps()
    source = _inflated(handle, entry) if entry.method == DEFLATED else _compressed(handle, entry)
    size = crc = 0
    try:
        for chunk in source:
            size += len(chunk)
            if size > entry.file_size:
                raise UnsafeZip("zip.unpacks_more", name=shown(entry.name))
            crc = zlib.crc32(chunk, crc)
            steps.check()
            yield chunk
    except zlib.error:
        raise UnsafeZip("zip.damaged_data", name=shown(entry.name)) from None
    if size != entry.file_size:
        raise UnsafeZip("zip.unpacks_less", name=shown(entry.name))
    if crc != entry.crc:
        raise UnsafeZip("zip.crc", name=shown(entry.name))


def read_small(handle: BinaryIO, entry: Entry, limit: int) -> bytes:
    """A small entry (a tag file) whole; UnsafeZip if it declares more than `limit` bytes."""
    if entry.file_size > limit:
        raise UnsafeZip(
            "zip.entry_over_limit", name=shown(entry.name), size=entry.file_size, limit=limit
        )
    return b"".join(chunks(handle, entry))


def write_entry(handle: BinaryIO, entry: Entry, target: Path, steps: Steps | None = None) -> None:
    """Write the entry to `target`, a new file (never through a link), as it streams."""
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        descriptor = os.open(target, _WRITE_FLAGS, 0o600)
    except (FileExistsError, NotADirectoryError):
        raise UnsafeZip("zip.clash", name=shown(entry.name)) from None
    with os.fdopen(descriptor, "wb") as out:
        for chunk in chunks(handle, entry, steps):
            out.write(chunk)


def extract(
    handle: BinaryIO,
    entries: list[Entry] | tuple[Entry, ...],
    dest: Path,
    steps: Steps | None = None,
) -> None:
    """Unpack checked entries into `dest`, an empty folder, each at most its size."""
    steps = steps or Steps()
    dest = dest.resolve()
    if any(dest.iterdir()):
        raise UnsafeZip("zip.folder_not_empty", path=dest)
    total = max(sum(e.file_size for e in entries), 1)
    done = 0
    for entry in entries:
        target = dest.joinpath(*entry.name.split("/"))
        if dest not in target.parents:
            raise UnsafeZip("zip.outside", name=shown(entry.name))
        write_entry(handle, entry, target, steps)
        done += entry.file_size
        steps.report(done / total, "stage.unpacking")
