"""A document written to the officer's folder or stick: a failure said in the catalogue's
words (the folder full, read-only or gone), never a traceback."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

from hrdesk.domain.errors import StoreError
from hrdesk.messages.reasons import os_reason
from hrdesk.store.files import NotReadBack


@contextlib.contextmanager
def said_if_not_written(path: Path) -> Iterator[None]:
    """Turn a failed atomic write of `path` into the officer's message."""
    try:
        yield
    except NotReadBack as exc:  # the stick pulled out after the file was renamed into place
        raise StoreError("file.not_read_back", name=path.name, folder=path.parent) from exc
    except OSError as exc:  # a full, read-only or pulled stick
        raise StoreError(
            "file.not_written", name=path.name, folder=path.parent, reason=os_reason(exc)
        ) from exc
