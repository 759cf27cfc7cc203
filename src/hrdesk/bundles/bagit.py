"""BagIt (RFC 8493) tag files, written and read strictly.

HR Desk writes BagIt 1.0 bags with SHA-512 manifests. Payload names are kept to
[A-Za-z0-9._-] in each path part, so no name needs percent-encoding (bagit-python 1.9
does not encode `%`) and every tool reads the same names.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from hrdesk.bundles.progress import Cancelled
from hrdesk.bundles.shown import shown
from hrdesk.domain.errors import HRDeskError

BAGIT = "bagit.txt"
BAG_INFO = "bag-info.txt"
MANIFEST = "manifest-sha512.txt"
TAG_MANIFEST = "tagmanifest-sha512.txt"
SIGNATURE = TAG_MANIFEST + ".minisig"
TAG_FILES = (BAGIT, BAG_INFO, MANIFEST)
PAYLOAD_DIR = "data"

BAGIT_TXT = b"BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n"
SAFE_PART = re.compile(r"[A-Za-z0-9._-]+", re.ASCII)
_LINE = re.compile(r"([0-9a-fA-F]{128})[ \t]+(\S.*)", re.ASCII)
_LABEL = re.compile(r"[^\s:][^:]*")
CHUNK = 1 << 20


class BagFormatError(HRDeskError, ValueError):
    """A tag file is not as HR Desk writes it."""


def safe_payload_path(path: str) -> bool:
    """`data/…` with every part in [A-Za-z0-9._-] and none of them `.` or `..`."""
    parts = path.split("/")
    return (
        len(parts) >= 2
        and parts[0] == PAYLOAD_DIR
        and all(SAFE_PART.fullmatch(p) and p not in (".", "..") for p in parts[1:])
    )


def sha512_file(path: Path, cancelled: Callable[[], bool] | None = None) -> tuple[str, int]:
    """The file's SHA-512 (hex) and size, read in chunks."""
    digest = hashlib.sha512()
    size = 0
    with open(path, "rb") as handle:
        while chunk := handle.read(CHUNK):
            if cancelled is not None and cancelled():
                raise Cancelled()
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


def manifest_text(entries: Iterable[tuple[str, str]]) -> bytes:
    """Manifest lines "<sha512>  <path>" (as sha512sum writes them, so `sha512sum -c` works)."""
    return "".join(f"{digest}  {path}\n" for path, digest in sorted(entries)).encode("utf-8")


def _lines(text: str) -> Iterator[tuple[int, str]]:
    """(number, line) without building a list of every line: a manifest may be large."""
    start = 0
    number = 0
    while start < len(text):
        end = text.find("\n", start)
        if end < 0:
            end = len(text)
        number += 1
        yield number, text[start:end]
        start = end + 1


def parse_manifest(data: bytes, what: str) -> dict[str, str]:
    """Path → lower-case SHA-512 hex; refuses malformed lines, unsafe paths and duplicates.
    `what` is the manifest's file name, for the messages."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise BagFormatError("bag.not_utf8", file=what) from None
    entries: dict[str, str] = {}
    for number, line in _lines(text):
        if not line:
            continue
        match = _LINE.fullmatch(line)
        if match is None:
            raise BagFormatError("bag.manifest_line", file=what, number=number)
        digest, path = match[1].lower(), match[2]
        if path in entries:
            raise BagFormatError("bag.listed_twice", file=what, name=shown(path))
        entries[path] = digest
    return entries


def bag_info_text(fields: Iterable[tuple[str, str]]) -> bytes:
    lines = []
    for label, value in fields:
        # A value is one line: a newline in an office name must not start a new label.
        clean = " ".join(str(value).split())
        lines.append(f"{label}: {clean}\n")
    return "".join(lines).encode("utf-8")


def parse_bag_info(data: bytes) -> dict[str, list[str]]:
    """Label → values (a label may repeat); continuation lines join the value before.

    Linear in the size: a value's parts are gathered and joined once at the end (adding
    to a string line by line made 2 million continuation lines take minutes).
    """
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise BagFormatError("bag.not_utf8", file=BAG_INFO) from None
    parts: dict[str, list[list[str]]] = {}
    current: list[str] | None = None
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        if line[0] in " \t":
            if current is None:
                raise BagFormatError("bag.continuation", file=BAG_INFO, number=number)
            current.append(line.strip())
            continue
        label, sep, value = line.partition(":")
        if not sep or not _LABEL.fullmatch(label):
            raise BagFormatError("bag.info_line", file=BAG_INFO, number=number)
        current = [value.strip()]
        parts.setdefault(label.strip(), []).append(current)
    return {label: [" ".join(value) for value in values] for label, values in parts.items()}


def payload_oxum(total_bytes: int, count: int) -> str:
    return f"{total_bytes}.{count}"
