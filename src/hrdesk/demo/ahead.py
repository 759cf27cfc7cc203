"""Generating the next chunk of rows in a second process while this one stores the last.

On two cores the national demo spends about as long making rows in Python as SQLite
spends storing them. A forked child starts with everything generated so far, runs the
same generator and sends each chunk through a pipe, so the result is the same as
generating here. Only `fork` makes that cheap and exact, and only Linux forks safely
whatever libraries are loaded (macOS system frameworks do not survive it); elsewhere, or
while other threads run (a forked child gets copies of their held locks), the chunks are
simply generated in this process.
"""

from __future__ import annotations

import multiprocessing
import sys
import threading
import traceback
from collections.abc import Iterator
from multiprocessing.connection import Connection
from typing import TypeVar

T = TypeVar("T")

_CHUNK, _DONE, _FAILED = "chunk", "done", "failed"


def can_fork() -> bool:
    return (
        sys.platform.startswith("linux")
        and "fork" in multiprocessing.get_all_start_methods()
        and threading.active_count() == 1
    )


def generated_ahead(chunks: Iterator[T], enabled: bool = True) -> Iterator[T]:
    """The items of `chunks`, produced by a forked child when possible."""
    if not (enabled and can_fork()):
        yield from chunks
        return
    context = multiprocessing.get_context("fork")
    receiver, sender = context.Pipe(duplex=False)
    child = context.Process(
        target=_produce, args=(chunks, sender), name="hrdesk-demo-rows", daemon=True
    )
    child.start()
    sender.close()
    try:
        while True:
            try:
                tag, payload = receiver.recv()
            except EOFError:
                raise RuntimeError("the demo's row generator stopped unexpectedly") from None
            if tag == _DONE:
                break
            if tag == _FAILED:
                raise RuntimeError(f"generating the demo's rows failed:\n{payload}")
            yield payload
    finally:
        receiver.close()
        if child.is_alive():
            child.terminate()
        child.join()


def _produce(chunks: Iterator[object], sender: Connection) -> None:
    """In the child: send every chunk (the pipe's buffer keeps it about one chunk ahead)."""
    try:
        for chunk in chunks:
            sender.send((_CHUNK, chunk))
        sender.send((_DONE, None))
    except BaseException:
        # Exceptions with their own __init__ do not always unpickle; their text does.
        sender.send((_FAILED, traceback.format_exc()))
    finally:
        sender.close()
