"""Reading a zip from an unknown sender: one strict reading, the form HR Desk writes.

Every reader of a zip must see the same entries with the same bytes, or what HR Desk
checks is not what another tool extracts. So only the one layout HR Desk writes is read,
by hand, and anything else is refused with the first deviation named:

- the end record is the file's last 22 bytes: no archive comment, no bytes after it, no
  ZIP64 record or locator (within the limits below no size needs ZIP64), one disk;
- the central directory comes right before it, is no larger than its entries need, and
  holds exactly the count the end record gives;
- the entries tile the file from byte 0 to the directory, in the directory's order: no
  bytes before the first, between two, or after the last; each local header agrees
  field for field with its directory record; no extra fields, comments or data
  descriptors; stored or deflate only, no encryption; files only (no folders, links or
  devices); every name valid UTF-8, relative and portable.

Sizes, the count and the ratio are bounded before anything is inflated; `zipstream`
then inflates entries from this same reading, checking each one's size and CRC.
"""

from __future__ import annotations

import re
import stat
import struct
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from hrdesk.bundles.shown import shown
from hrdesk.domain.errors import HRDeskError

if TYPE_CHECKING:
    from hrdesk.bundles.progress import Steps

MAX_FILE = 1 << 30  # bytes of the zip file itself
MAX_ENTRIES = 10_000
MAX_TOTAL = 1 << 30  # uncompressed bytes in all entries
MAX_ENTRY = 512 << 20
MAX_RATIO = 100  # uncompressed / compressed, for entries above RATIO_FLOOR
RATIO_FLOOR = 1 << 20
MAX_NAME = 255
MAX_DEPTH = 12

STORED, DEFLATED = 0, 8
_EOCD = struct.Struct("<4s4H2LH")
_CENTRAL = struct.Struct("<4s4B4HL2L5H2L")
_LOCAL = struct.Struct("<4s5HL2L2H")
_MAX_VERSION = 20  # what deflate needs; more means ZIP64 or features HR Desk never writes
_HOSTS = (0, 3)  # MS-DOS/Windows and Unix, what Python's zipfile writes on each
_DOS_FOLDER = 0x10
_DRIVE = re.compile(r"[A-Za-z]:")
_WINDOWS_ODD = re.compile(r'[<>:"|?*]|[. ]$')
_DEVICE = re.compile(r"(?i)con|prn|aux|nul|com[0-9]|lpt[0-9]")


class UnsafeZip(HRDeskError, ValueError):
    """The zip is not one HR Desk will read; the message names the first deviation."""


@dataclass(frozen=True)
class Entry:
    name: str
    is_dir: bool  # always False: folder entries are refused (kept for callers)
    compress_size: int
    file_size: int
    header_offset: int
    method: int = STORED
    crc: int = 0
    data_offset: int = 0


@dataclass(frozen=True)
class Archive:
    """The checked entries of a zip, in file order, and the file's size."""

    size: int
    entries: tuple[Entry, ...]

    def __len__(self) -> int:
        return len(self.entries)

    @property
    def unpacked_size(self) -> int:
        return sum(e.file_size for e in self.entries)


def _read_at(handle: BinaryIO, offset: int, length: int) -> bytes:
    handle.seek(offset)
    return handle.read(length)


def _end_record(handle: BinaryIO, size: int) -> tuple[int, int, int]:
    """(entry count, directory size, directory offset), from the last 22 bytes only."""
    if size < _EOCD.size:
        raise UnsafeZip("zip.too_short")
    tail = _read_at(handle, size - _EOCD.size, _EOCD.size)
    if tail[:4] != b"PK\x05\x06":
        _no_end_record(handle, size)
    _sig, disk, cd_disk, on_disk, count, cd_size, cd_offset, comment = _EOCD.unpack(tail)
    if comment:
        raise UnsafeZip("zip.comment_missing")
    if b"PK\x05\x06" in tail[1:]:
        raise UnsafeZip("zip.second_end")
    if disk or cd_disk:
        raise UnsafeZip("zip.split")
    if 0xFFFF in (count, on_disk) or 0xFFFFFFFF in (cd_size, cd_offset):
        raise UnsafeZip("zip.zip64_end")
    if on_disk != count:
        raise UnsafeZip("zip.count_on_disk", on_disk=on_disk, count=count)
    if size >= _EOCD.size + 20 and _read_at(handle, size - _EOCD.size - 20, 4) == b"PK\x06\x07":
        raise UnsafeZip("zip.zip64_locator")
    return count, cd_size, cd_offset


def _no_end_record(handle: BinaryIO, size: int) -> None:
    """Say why the last 22 bytes are not an end record: a comment, appended bytes, or none."""
    window = min(size, _EOCD.size + 0xFFFF + (1 << 16))
    tail = _read_at(handle, size - window, window)
    where = tail.rfind(b"PK\x05\x06")
    if where < 0 or where + _EOCD.size > len(tail):
        raise UnsafeZip("zip.no_end_record")
    after = len(tail) - where - _EOCD.size
    declared = struct.unpack_from("<H", tail, where + 20)[0]
    if declared and declared == after:
        raise UnsafeZip("zip.comment", size=after)
    raise UnsafeZip("zip.after_end", size=after)


def _check_name(raw: bytes, flags: int) -> str:
    try:
        name = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise UnsafeZip("zip.name_not_utf8", name=shown(raw)) from None
    if not name.isascii() and not flags & 0x800:
        raise UnsafeZip("zip.name_not_marked", name=shown(name))
    if len(raw) > MAX_NAME or any(ord(c) < 32 or 127 <= ord(c) < 160 for c in name):
        raise UnsafeZip("zip.name_bad", name=shown(name))
    if "\\" in name:
        raise UnsafeZip("zip.name_backslash", name=shown(name))
    if name.startswith("/") or _DRIVE.match(name):
        raise UnsafeZip("zip.name_absolute", name=shown(name))
    if name.endswith("/"):
        raise UnsafeZip("zip.folder_entry", name=shown(name))
    parts = name.split("/")
    if any(p in ("", ".", "..") for p in parts):
        raise UnsafeZip("zip.name_part", name=shown(name))
    if len(parts) > MAX_DEPTH:
        raise UnsafeZip("zip.name_deep", name=shown(name))
    # What Windows would open as a device or silently rename: refused everywhere alike.
    for part in parts:
        if _WINDOWS_ODD.search(part) or _DEVICE.fullmatch(part.split(".")[0]):
            raise UnsafeZip("zip.name_windows", name=shown(name))
    return name


def _check_record(fields: tuple[Any, ...], name: str) -> None:
    """A directory record's fields, beyond its name and sizes."""
    host, needed, flags, method = fields[2], fields[3], fields[5], fields[6]
    extra_len, comment_len, disk, external = fields[13], fields[14], fields[15], fields[17]
    if flags & 0x41:
        raise UnsafeZip("zip.encrypted", name=name)
    if method not in (STORED, DEFLATED):
        raise UnsafeZip("zip.method", name=name, method=method)
    if flags & 0x8:
        raise UnsafeZip("zip.data_descriptor", name=name)
    if flags & ~(0x806 if method == DEFLATED else 0x800):
        raise UnsafeZip("zip.flags", name=name, flags=f"{flags:#06x}")
    if needed > _MAX_VERSION:
        raise UnsafeZip("zip.version", name=name, version=f"{needed / 10:.1f}")
    if extra_len:
        raise UnsafeZip("zip.extra_fields", name=name)
    if comment_len:
        raise UnsafeZip("zip.entry_comment", name=name)
    if disk:
        raise UnsafeZip("zip.other_disk", name=name)
    if host not in _HOSTS:
        raise UnsafeZip("zip.unknown_system", name=name, host=host)
    kind = stat.S_IFMT(external >> 16) if host == 3 else 0
    if kind == stat.S_IFLNK:
        raise UnsafeZip("zip.symlink", name=name)
    # Many writers store permission bits only (no file type): those are plain files.
    if kind not in (0, stat.S_IFREG) or external & _DOS_FOLDER:
        raise UnsafeZip("zip.not_a_file", name=name)


def _check_sizes(name: str, method: int, compress_size: int, file_size: int) -> None:
    if method == STORED and compress_size != file_size:
        raise UnsafeZip("zip.stored_sizes", name=name)
    if file_size > MAX_ENTRY:
        raise UnsafeZip("zip.entry_too_large", name=name, size=file_size)
    if file_size > RATIO_FLOOR and file_size > MAX_RATIO * max(compress_size, 1):
        ratio = file_size // max(compress_size, 1)
        raise UnsafeZip("zip.bomb", name=name, ratio=ratio)


def _directory(directory: bytes, count: int) -> list[tuple[tuple[Any, ...], str]]:
    """The directory's records, each checked on its own: (fields, name)."""
    records: list[tuple[tuple[Any, ...], str]] = []
    seen: set[str] = set()
    at = total = 0
    while at < len(directory):
        if len(records) >= count:
            raise UnsafeZip("zip.directory_more", count=count)
        if directory[at : at + 4] != b"PK\x01\x02" or at + _CENTRAL.size > len(directory):
            raise UnsafeZip("zip.directory_damaged", number=len(records) + 1)
        fields = _CENTRAL.unpack_from(directory, at)
        name_at = at + _CENTRAL.size
        at = name_at + fields[12] + fields[13] + fields[14]
        if at > len(directory):
            raise UnsafeZip("zip.directory_damaged", number=len(records) + 1)
        name = _check_name(directory[name_at : name_at + fields[12]], fields[5])
        shown_name = shown(name)
        _check_record(fields, shown_name)
        _check_sizes(shown_name, fields[6], fields[10], fields[11])
        # Names equal but for letter case are one file on Windows and macOS.
        folded = name.casefold()
        if folded in seen:
            raise UnsafeZip("zip.name_twice", name=shown_name)
        seen.add(folded)
        total += fields[11]
        if total > MAX_TOTAL:
            raise UnsafeZip("zip.too_large_unpacked", limit=MAX_TOTAL)
        records.append((fields, name))
    if len(records) != count:
        raise UnsafeZip("zip.directory_count", count=count, found=len(records))
    return records


def _local(handle: BinaryIO, fields: tuple[Any, ...], name: str, offset: int) -> Entry:
    """The entry whose local header must start at `offset` and agree with its record."""
    shown_name = shown(name)
    if fields[18] != offset:
        if fields[18] < offset:
            raise UnsafeZip("zip.overlap", name=shown_name)
        if offset == 0:
            raise UnsafeZip("zip.gap_first", size=fields[18] - offset, name=shown_name)
        raise UnsafeZip("zip.gap_between", size=fields[18] - offset, name=shown_name)
    raw_name = name.encode("utf-8")
    header = _read_at(handle, offset, _LOCAL.size + len(raw_name))
    if len(header) != _LOCAL.size + len(raw_name) or header[:4] != b"PK\x03\x04":
        raise UnsafeZip("zip.no_local_header", name=shown_name)
    local = _LOCAL.unpack_from(header)
    # version needed, flags, method, time, date, CRC, sizes, name length, extra length
    needed = fields[3] | fields[4] << 8
    expected = (needed, fields[5], fields[6], fields[7], fields[8], *fields[9:13], 0)
    if local[1:11] != expected or header[_LOCAL.size :] != raw_name:
        raise UnsafeZip("zip.local_header_differs", name=shown_name)
    data_offset = offset + len(header)
    return Entry(
        name=name,
        is_dir=False,
        compress_size=fields[10],
        file_size=fields[11],
        header_offset=offset,
        method=fields[6],
        crc=fields[9],
        data_offset=data_offset,
    )


def read_archive(handle: BinaryIO, size: int, max_entries: int = MAX_ENTRIES) -> Archive:
    """The zip's entries, checked as the module says; UnsafeZip at the first deviation.

    Reads the end record, the directory and each local header, never entry data.
    """
    if size > MAX_FILE:
        raise UnsafeZip("zip.file_too_large", size=size, limit=MAX_FILE)
    count, cd_size, cd_offset = _end_record(handle, size)
    if count > max_entries:
        raise UnsafeZip("zip.too_many_entries", count=count, limit=max_entries)
    if count == 0:
        raise UnsafeZip("zip.no_entries")
    if _read_at(handle, 0, 4) != b"PK\x03\x04":
        raise UnsafeZip("zip.before_first")
    end = size - _EOCD.size
    if cd_offset + cd_size != end:
        if cd_offset + cd_size < end:
            raise UnsafeZip("zip.before_end", size=end - cd_offset - cd_size)
        raise UnsafeZip("zip.directory_misplaced")
    if cd_size > count * (_CENTRAL.size + MAX_NAME):
        raise UnsafeZip("zip.directory_too_large", size=cd_size, count=count)
    records = _directory(_read_at(handle, cd_offset, cd_size), count)
    offsets = [fields[18] for fields, _name in records]
    if offsets != sorted(offsets):
        raise UnsafeZip("zip.directory_order")
    entries: list[Entry] = []
    offset = 0
    for fields, name in records:
        entry = _local(handle, fields, name, offset)
        entries.append(entry)
        offset = entry.data_offset + entry.compress_size
    if offset != cd_offset:
        if offset < cd_offset:
            raise UnsafeZip("zip.before_directory", size=cd_offset - offset)
        raise UnsafeZip("zip.into_directory")
    _check_tree(entries)
    return Archive(size, tuple(entries))


def _check_tree(entries: list[Entry]) -> None:
    """No file may sit where another file's folder is (`a` and `a/b`)."""
    files = {e.name.casefold() for e in entries}
    for entry in entries:
        parts = entry.name.casefold().split("/")
        for depth in range(1, len(parts)):
            if "/".join(parts[:depth]) in files:
                raise UnsafeZip("zip.under_file", name=shown(entry.name))


def read_directory(handle: BinaryIO, size: int, max_entries: int = MAX_ENTRIES) -> list[Entry]:
    """The checked entries (see `read_archive`), as a list."""
    return list(read_archive(handle, size, max_entries).entries)


def extract(handle: BinaryIO, entries: list[Entry], dest: Path, steps: Steps | None = None) -> None:
    """Unpack checked entries into `dest`, an empty folder (see `zipstream.extract`)."""
    from hrdesk.bundles import zipstream

    zipstream.extract(handle, entries, dest, steps)
