"""Resumable uploads, tus 1.0 (tuspyserver), under /api/v1/uploads/.

A province on a poor line creates an upload (its length is refused at once if over the
limit), sends it in chunks, and after a cut asks where it stopped (HEAD) and goes on from
there. When the last chunk lands, the file takes the same path as a plain POST
(`receiving.receive`); the client then reads its receipt at /api/v1/receipts/{sha512},
the SHA-512 of the file it sent. A refused package fails the last PATCH with 422 and the
reason. Uploads in progress live in the data folder (`uploads/`), so any process of the
service can take over the next chunk; unfinished ones expire after DAYS_TO_KEEP days.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import Any

from fastapi import FastAPI, HTTPException
from starlette.concurrency import run_in_threadpool

from hrdesk.central.receiving import receive
from hrdesk.central.service import Centre
from hrdesk.central.storage import CHUNK

PREFIX = "api/v1/uploads"
DAYS_TO_KEEP = 2


def _sha512(path: Path) -> tuple[str, int]:
    digest = hashlib.sha512()
    size = 0
    with open(path, "rb") as handle:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


def _finish(centre: Centre, upload: Path) -> None:
    """Receive a finished upload; remove it and its .info file whatever the outcome."""
    try:
        with centre.files.incoming_file() as incoming:
            # A second name on the same file system, not a move: until it is received the
            # upload stays whole where tuspyserver keeps it, so a service killed now
            # receives it at its next start (`recover_uploads`) instead of leaving the
            # province's outbox waiting for a receipt that never comes.
            os.link(upload, incoming)
            sha512, size = _sha512(incoming)
            outcome = receive(centre, incoming, sha512, size)
    finally:
        upload.unlink(missing_ok=True)
        Path(f"{upload}.info").unlink(missing_ok=True)
    if outcome.receipt is None:
        from hrdesk.central.api import refusal_body

        raise HTTPException(422, refusal_body(outcome))


def recover_uploads(centre: Centre, uploads_dir: Path) -> None:
    """At the service's start: cut uploads back to their recorded offset, and receive the
    uploads that were complete when a killed service was receiving them."""
    repair_uploads(uploads_dir)
    for data in _completed(uploads_dir):
        lock = _lock(data)
        if lock is None:
            continue
        try:
            _finish(centre, data)
        except HTTPException:
            pass  # refused: recorded as any refusal, and the upload removed
        finally:
            lock.release()


def _completed(uploads_dir: Path) -> list[Path]:
    import json

    done = []
    for info in Path(uploads_dir).glob("*.info"):
        data = info.with_suffix("")
        try:
            params = json.loads(info.read_text(encoding="utf-8"))
            size = params["size"]
            if size is not None and params["offset"] == size == data.stat().st_size:
                done.append(data)
        except (OSError, ValueError, KeyError, TypeError):
            continue
    return done


def _lock(data: Path) -> Any:
    """tuspyserver's lock on an upload, or None when another process holds it."""
    from tuspyserver.lock import FileLock

    lock = FileLock(str(data))
    return lock if lock.acquire(blocking=False) else None


def repair_uploads(uploads_dir: Path) -> list[Path]:
    """Cut each upload in progress back to the offset its .info file records; return those
    cut. tuspyserver appends a chunk (fsynced), then records the new offset: a service
    killed between the two left bytes the client is told were never received, and the
    resumed upload appended them again (a package refused as a damaged zip). Run when the
    service starts; an upload another process is writing (its lock held) is left alone."""
    import json

    cut: list[Path] = []
    for info in Path(uploads_dir).glob("*.info"):
        data = info.with_suffix("")
        try:
            offset = int(json.loads(info.read_text(encoding="utf-8"))["offset"])
            too_long = data.stat().st_size > offset
        except (OSError, ValueError, KeyError, TypeError):
            continue  # no file yet, or not an upload's info: tuspyserver answers for it
        if not too_long:
            continue
        lock = _lock(data)
        if lock is None:
            continue
        try:
            with open(data, "r+b") as handle:
                handle.truncate(offset)
                os.fsync(handle.fileno())
            cut.append(data)
        finally:
            lock.release()
    return cut


def add_resumable_uploads(app: FastAPI, uploads_dir: Path, max_size: int) -> None:
    from tuspyserver import create_tus_router

    async def completed(file_path: str, _metadata: dict[str, Any]) -> None:
        await run_in_threadpool(_finish, app.state.centre, Path(file_path))

    def check_new(metadata: dict[str, Any], params: dict[str, Any]) -> None:
        # tuspyserver enforces the limit only while chunks arrive: refuse a declared length
        # over it now, before a byte is sent.
        if (params.get("size") or 0) > max_size:
            raise HTTPException(
                413, f"the package is larger than this service accepts ({max_size} bytes)"
            )
        # tuspyserver answers HEAD only for uploads that name their file and its type: say
        # so at creation, not when a client tries to resume.
        if not metadata.get("filename") or not metadata.get("filetype"):
            raise HTTPException(
                400, "name the package: Upload-Metadata: filename <base64>,filetype <base64>"
            )

    Path(uploads_dir).mkdir(parents=True, exist_ok=True)
    app.include_router(
        create_tus_router(
            prefix=PREFIX,
            files_dir=str(uploads_dir),
            max_size=max_size,
            days_to_keep=DAYS_TO_KEEP,
            # tuspyserver awaits what the hook returns; its annotation says a plain function.
            on_upload_complete=completed,  # type: ignore[arg-type]  # coroutine hook is awaited
            pre_create_hook=check_new,
            tags=["uploads"],
        )
    )
