"""Package files kept content-addressed by SHA-512: packages/<first two hex>/<sha512>.zip.

A file arrives in `incoming/` (the upload, hashed on the way), is verified there, and is
moved into place by a rename on the same file system, after an fsync: a crash leaves
either no file or the whole file, never a half one under its final name.
"""

from __future__ import annotations

import hashlib
import os
import uuid
from collections.abc import AsyncIterator, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from hrdesk.store.files import fsync_dir
from hrdesk.workdir import sweep, working_folder

CHUNK = 1 << 20
INCOMING_PREFIX = ".receiving-"


class TooLarge(Exception):
    """The body is larger than the service accepts."""


class PackageFiles:
    def __init__(self, root: Path, incoming: Path) -> None:
        self.root = Path(root)
        self.incoming = Path(incoming)
        self.root.mkdir(parents=True, exist_ok=True)
        self.incoming.mkdir(parents=True, exist_ok=True)

    def path_of(self, sha512: str) -> Path:
        return self.root / sha512[:2] / f"{sha512}.zip"

    def has(self, sha512: str) -> bool:
        return self.path_of(sha512).is_file()

    @contextmanager
    def incoming_file(self) -> Iterator[Path]:
        """A fresh path in the incoming folder, removed afterwards if still there. It is in
        a working folder locked while in use: one a killed process left (a half-written
        upload) goes when the next package arrives or the service starts, never one
        another service process is writing."""
        with working_folder(self.incoming, INCOMING_PREFIX) as folder:
            yield folder / f"{uuid.uuid4().hex}.zip"

    def sweep_incoming(self) -> list[Path]:
        """Remove what killed processes left in the incoming folder (at the service's start)."""
        return sweep(self.incoming, INCOMING_PREFIX)

    def keep(self, incoming: Path, sha512: str) -> Path:
        """Move a verified incoming file into its place (a no-op if it is there already)."""
        final = self.path_of(sha512)
        if final.is_file():
            return final
        final.parent.mkdir(exist_ok=True)
        with open(incoming, "rb") as handle:
            os.fsync(handle.fileno())
        os.replace(incoming, final)
        fsync_dir(final.parent)
        return final


def copy_hashing(source: BinaryIO, target: Path, limit: int) -> tuple[str, int]:
    """Copy a stream into a new file, hashing it; TooLarge past `limit` bytes."""
    digest = hashlib.sha512()
    size = 0
    with open(target, "xb") as out:
        while chunk := source.read(CHUNK):
            size += len(chunk)
            if size > limit:
                raise TooLarge(f"more than {limit} bytes")
            digest.update(chunk)
            out.write(chunk)
    return digest.hexdigest(), size


async def stream_hashing(chunks: AsyncIterator[bytes], target: Path, limit: int) -> tuple[str, int]:
    """Write an upload's body into a new file, hashing it; TooLarge past `limit` bytes."""
    digest = hashlib.sha512()
    size = 0
    with open(target, "xb") as out:
        async for chunk in chunks:
            size += len(chunk)
            if size > limit:
                raise TooLarge(f"more than {limit} bytes")
            digest.update(chunk)
            out.write(chunk)
    return digest.hexdigest(), size
