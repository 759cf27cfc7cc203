"""What every fuzz target is: a corpus of valid files, a way to make a hostile input from
it, and one run of the code under test that must end in a clean refusal or an acceptance.

An input is a few named files (`Files`: most targets take one; a receipt is two, the
text and its .minisig). `run` writes nothing outside the harness's own folders and
returns a short label of the outcome ("refused: zip.not_a_zip", "accepted"); it raises
for a crash: any exception that is not one of the documented refusals.
"""

from __future__ import annotations

import random
import shutil
import traceback
from abc import ABC, abstractmethod
from pathlib import Path

Files = dict[str, bytes]
SEPARATOR = b"\n\x00--next file--\x00\n"


class Crash(Exception):
    """A run ended in something other than a clean refusal or an acceptance."""


class Harness(ABC):
    """One target. `corpus` holds the valid inputs every run starts from."""

    name: str = ""

    def __init__(self, work: Path) -> None:
        self.work = Path(work)
        self.work.mkdir(parents=True, exist_ok=True)
        self.corpus: list[Files] = []

    #: the input's file names, in the order `encode` joins them (atheris sees one bytes)
    names: tuple[str, ...] = ("input",)

    @abstractmethod
    def mutate(self, rng: random.Random, base: Files) -> Files:
        """A hostile input made from `base` (a file of the corpus, or one made from it)."""

    def generate(self, rng: random.Random) -> Files:
        """A hostile input made from a file of the corpus chosen by `rng`."""
        return self.mutate(rng, dict(rng.choice(self.corpus)))

    def encode(self, files: Files) -> bytes:
        return SEPARATOR.join(files.get(name, b"") for name in self.names)

    def decode(self, data: bytes) -> Files:
        parts = data.split(SEPARATOR, len(self.names) - 1)
        return dict(zip(self.names, parts, strict=False))

    @abstractmethod
    def run(self, folder: Path) -> str:
        """Feed the files written in `folder` to the code under test; the outcome's label."""

    def close(self) -> None:
        """Release what setup opened (a store, a centre); subclasses add theirs."""
        shutil.rmtree(self.work / "input", ignore_errors=True)

    def feed(self, files: Files, folder: Path | None = None) -> str:
        """Write `files` into an empty `folder` (by default the harness's own) and run them."""
        folder = folder or self.work / "input"
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
        for name, data in files.items():
            (folder / name).write_bytes(data)
        return self.run(folder)

    def others(self) -> list[bytes]:
        """Every file of the corpus, for splicing."""
        return [data for files in self.corpus for data in files.values()]


def refused(exc: BaseException) -> str:
    code = getattr(exc, "code", None)
    return f"refused: {code}" if code else f"refused: {type(exc).__name__}"


def signature(exc: BaseException) -> str:
    """What tells one crash from another: the exception's type and where HR Desk's code
    (or, failing that, any code) last was when it was raised."""
    if isinstance(exc, Crash) and exc.__cause__ is not None:  # what the service logged
        return f"{str(exc).split(':', 1)[0]} <- {signature(exc.__cause__)}"
    frames = traceback.extract_tb(exc.__traceback__)
    ours = [f for f in frames if "/hrdesk/" in f.filename] or frames
    where = f"{Path(ours[-1].filename).name}:{ours[-1].lineno}" if ours else "?"
    return f"{type(exc).__name__} at {where}"
