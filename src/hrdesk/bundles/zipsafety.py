"""Reading a zip from an unknown sender without trusting it.

The central directory is read by hand, one entry at a time, before `zipfile` sees the
file: a zip of 100,000 entries is refused at entry 10,001 without building 100,000
objects. Each name must be valid UTF-8 and relative, with no `..`, backslash or drive
letter; no entry may be a link or a device; sizes, ratios and the count are bounded; the
entries may not overlap (the "overlapping files" bomb). Extraction then goes only into
an empty temporary folder, streamed with a cap, so a header that lies about a size
cannot make it write more than the declared total.
"""

from __future__ import annotations

import os
import re
import stat
import struct
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from hrdesk.bundles.progress import Steps

MAX_ENTRIES = 10_000
MAX_TOTAL = 1 << 30  # uncompressed bytes in all entries
MAX_ENTRY = 512 << 20
MAX_RATIO = 100  # uncompressed / compressed, for entries above RATIO_FLOOR
RATIO_FLOOR = 1 << 20
MAX_NAME = 255
MAX_DEPTH = 12
CHUNK = 1 << 16

_EOCD = struct.Struct("<4s4H2LH")
_EOCD64_LOCATOR = struct.Struct("<4sLQL")
_EOCD64 = struct.Struct("<4sQ2H2L4Q")
_CENTRAL = struct.Struct("<4s4B4HL2L5H2L")
_LOCAL_HEADER = 30
_DRIVE = re.compile(r"[A-Za-z]:")
_WINDOWS_ODD = re.compile(r'[<>:"|?*]|[. ]$')
_DEVICE = re.compile(r"(?i)con|prn|aux|nul|com[0-9]|lpt[0-9]")


class UnsafeZip(ValueError):
    """The zip is not one HR Desk will read; the message says why."""


@dataclass(frozen=True)
class Entry:
    name: str
    is_dir: bool
    compress_size: int
    file_size: int
    header_offset: int


def _end_record(handle: BinaryIO, size: int) -> tuple[int, int, int, int]:
    """(entry count, central directory size, its offset, where it must end)."""
    tail_size = min(size, _EOCD.size + 0xFFFF)
    handle.seek(size - tail_size)
    tail = handle.read(tail_size)
    where = tail.rfind(b"PK\x05\x06")
    if where < 0 or where + _EOCD.size > len(tail):
        raise UnsafeZip("not a zip file (no end of central directory)")
    _sig, disk, cd_disk, _on_disk, count, cd_size, cd_offset, _comment = _EOCD.unpack_from(
        tail, where
    )
    end_at = size - tail_size + where
    if 0xFFFF in (count, disk, cd_disk) or 0xFFFFFFFF in (cd_size, cd_offset):
        locator_at = where - _EOCD64_LOCATOR.size
        if locator_at < 0 or tail[locator_at : locator_at + 4] != b"PK\x06\x07":
            raise UnsafeZip("damaged zip64 end record")
        _sig, disk, eocd64_at, _disks = _EOCD64_LOCATOR.unpack_from(tail, locator_at)
        handle.seek(eocd64_at)
        record = handle.read(_EOCD64.size)
        if len(record) != _EOCD64.size or record[:4] != b"PK\x06\x06":
            raise UnsafeZip("damaged zip64 end record")
        fields = _EOCD64.unpack(record)
        disk, cd_disk, count, cd_size, cd_offset = (
            fields[4],
            fields[5],
            fields[7],
            fields[8],
            fields[9],
        )
        end_at = eocd64_at
    if disk or cd_disk:
        raise UnsafeZip("a zip split over several disks is not accepted")
    if cd_offset + cd_size != end_at:
        raise UnsafeZip("the zip's directory is not where its end record says")
    return count, cd_size, cd_offset, end_at


def _zip64_sizes(extra: bytes, sizes: list[int]) -> list[int]:
    """Replace 0xFFFFFFFF sizes/offset with their values from the zip64 extra field."""
    at = 0
    while at + 4 <= len(extra):
        kind, length = struct.unpack_from("<HH", extra, at)
        if kind == 0x0001:
            data, pos = extra[at + 4 : at + 4 + length], 0
            for i, value in enumerate(sizes):
                if value == 0xFFFFFFFF:
                    if pos + 8 > len(data):
                        raise UnsafeZip("damaged zip64 extra field")
                    sizes[i] = struct.unpack_from("<Q", data, pos)[0]
                    pos += 8
            return sizes
        at += 4 + length
    if 0xFFFFFFFF in sizes:
        raise UnsafeZip("zip64 sizes without a zip64 extra field")
    return sizes


def _check_name(raw: bytes, flags: int) -> str:
    try:
        name = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise UnsafeZip(f"an entry's name is not valid UTF-8: {raw!r}") from None
    if not name.isascii() and not flags & 0x800:
        raise UnsafeZip(f"{name!r}: a non-ASCII name not marked as UTF-8")
    if len(raw) > MAX_NAME or any(ord(c) < 32 or ord(c) == 127 for c in name):
        raise UnsafeZip(f"{name!r}: name too long or with control characters")
    if "\\" in name:
        raise UnsafeZip(f"{name!r}: backslash in a name")
    if name.startswith("/") or _DRIVE.match(name):
        raise UnsafeZip(f"{name!r}: absolute path")
    parts = name.removesuffix("/").split("/")
    if any(p in ("", ".", "..") for p in parts):
        raise UnsafeZip(f"{name!r}: empty, '.' or '..' path part")
    if len(parts) > MAX_DEPTH:
        raise UnsafeZip(f"{name!r}: folders nested too deep")
    # What Windows would open as a device or silently rename: refused everywhere alike.
    for part in parts:
        if _WINDOWS_ODD.search(part) or _DEVICE.fullmatch(part.split(".")[0]):
            raise UnsafeZip(f"{name!r}: a name Windows cannot hold as it is")
    return name


def _check_entry(fields: tuple, name: str) -> None:
    flags, method = fields[5], fields[6]
    external = fields[17]
    if flags & 0x1:
        raise UnsafeZip(f"{name}: encrypted entries are not accepted")
    if method not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
        raise UnsafeZip(f"{name}: compression method {method} is not accepted")
    mode = external >> 16
    kind = stat.S_IFMT(mode)
    if kind == stat.S_IFLNK:
        raise UnsafeZip(f"{name}: symbolic links are not accepted")
    # Many writers store permission bits only (no file type): those are plain files.
    if kind not in (0, stat.S_IFREG, stat.S_IFDIR):
        raise UnsafeZip(f"{name}: only files and folders are accepted")


def read_directory(handle: BinaryIO, size: int, max_entries: int = MAX_ENTRIES) -> list[Entry]:
    """The zip's entries, checked, from its central directory; UnsafeZip at the first problem."""
    count, cd_size, cd_offset, _end = _end_record(handle, size)
    if count > max_entries:
        raise UnsafeZip(f"the zip holds {count} entries; at most {max_entries} are accepted")
    handle.seek(cd_offset)
    entries: list[Entry] = []
    seen: set[str] = set()
    total = read = 0
    while read < cd_size:
        if len(entries) >= max_entries:
            raise UnsafeZip(f"the zip holds more than {max_entries} entries")
        fixed = handle.read(_CENTRAL.size)
        if len(fixed) != _CENTRAL.size or fixed[:4] != b"PK\x01\x02":
            raise UnsafeZip("damaged central directory")
        fields = _CENTRAL.unpack(fixed)
        name_len, extra_len, comment_len = fields[12], fields[13], fields[14]
        raw_name = handle.read(name_len)
        extra = handle.read(extra_len)
        handle.seek(comment_len, os.SEEK_CUR)
        read += _CENTRAL.size + name_len + extra_len + comment_len
        name = _check_name(raw_name, fields[5])
        _check_entry(fields, name)
        file_size, compress_size, offset = _zip64_sizes(extra, [fields[11], fields[10], fields[18]])
        is_dir = name.endswith("/")
        folded = name.removesuffix("/").casefold()
        # Names equal but for letter case are one file on Windows and macOS.
        if folded in seen:
            raise UnsafeZip(f"{name}: appears twice (perhaps in another letter case)")
        seen.add(folded)
        if is_dir and file_size:
            raise UnsafeZip(f"{name}: a folder entry with content")
        if file_size > MAX_ENTRY:
            raise UnsafeZip(f"{name}: {file_size} bytes is more than one entry may hold")
        if file_size > RATIO_FLOOR and file_size > MAX_RATIO * max(compress_size, 1):
            raise UnsafeZip(
                f"{name}: compressed {file_size // max(compress_size, 1)} to 1 (a zip bomb?)"
            )
        total += file_size
        if total > MAX_TOTAL:
            raise UnsafeZip(f"the zip would unpack to more than {MAX_TOTAL} bytes")
        entries.append(Entry(name, is_dir, compress_size, file_size, offset))
    if read != cd_size:
        raise UnsafeZip("damaged central directory")
    _check_layout(entries, cd_offset)
    return entries


def _check_layout(entries: list[Entry], cd_offset: int) -> None:
    """Entries must not overlap one another or the directory, nor a file sit above a file."""
    previous_end = 0
    for entry in sorted(entries, key=lambda e: e.header_offset):
        if entry.header_offset < previous_end:
            raise UnsafeZip(f"{entry.name}: overlaps the entry before it")
        previous_end = (
            entry.header_offset + _LOCAL_HEADER + len(entry.name.encode()) + entry.compress_size
        )
    if previous_end > cd_offset:
        raise UnsafeZip("the last entry runs into the zip's directory")
    files = {e.name for e in entries if not e.is_dir}
    for name in files:
        parts = name.split("/")
        for depth in range(1, len(parts)):
            if "/".join(parts[:depth]) in files:
                raise UnsafeZip(f"{name}: lies under a file of the same name")


def extract(handle: BinaryIO, entries: list[Entry], dest: Path, steps: Steps | None = None) -> None:
    """Unpack the checked entries into `dest`, an empty folder, writing at most their sizes."""
    steps = steps or Steps()
    dest = dest.resolve()
    if any(dest.iterdir()):
        raise UnsafeZip(f"{dest} is not empty")
    handle.seek(0)
    try:
        with zipfile.ZipFile(handle) as archive:
            infos = archive.infolist()
            expected = [(e.name, e.file_size) for e in entries]
            if [(i.filename, i.file_size) for i in infos] != expected:
                raise UnsafeZip("the zip's directory reads differently a second time")
            total = sum(e.file_size for e in entries)
            done = 0
            for info, entry in zip(infos, entries, strict=True):
                target = dest.joinpath(*entry.name.removesuffix("/").split("/"))
                if dest not in target.parents:
                    raise UnsafeZip(f"{entry.name}: would land outside the folder")
                if entry.is_dir:
                    target.mkdir(parents=True, exist_ok=True)
                    continue
                try:
                    target.parent.mkdir(parents=True, exist_ok=True)
                    done += _copy_capped(archive, info, target, entry.file_size, steps)
                except (FileExistsError, NotADirectoryError):
                    raise UnsafeZip(f"{entry.name}: clashes with another entry") from None
                steps.report(done / max(total, 1), f"unpacked {entry.name}")
    except (
        zipfile.BadZipFile,
        zipfile.LargeZipFile,
        zlib.error,
        struct.error,
        EOFError,
        NotImplementedError,
        ValueError,
    ) as exc:
        if isinstance(exc, UnsafeZip):
            raise
        raise UnsafeZip(f"the zip is damaged: {exc}") from None


def _copy_capped(
    archive: zipfile.ZipFile, info: zipfile.ZipInfo, target: Path, cap: int, steps: Steps
) -> int:
    flags = (
        os.O_WRONLY
        | os.O_CREAT
        | os.O_EXCL
        | getattr(os, "O_NOFOLLOW", 0)
        | getattr(os, "O_BINARY", 0)
    )
    written = 0
    with archive.open(info) as source, os.fdopen(os.open(target, flags, 0o600), "wb") as out:
        while chunk := source.read(CHUNK):
            written += len(chunk)
            if written > cap:
                raise UnsafeZip(f"{info.filename}: unpacks to more than its declared size")
            out.write(chunk)
            steps.check()
    if written != cap:
        raise UnsafeZip(f"{info.filename}: unpacks to less than its declared size")
    return written
