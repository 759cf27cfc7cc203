"""The parent side: one child per target (see `worker`), a fixed budget of runs, a hang
(no outcome within HANG_SECONDS) or a child that dies counted as a crash, and every new
kind of crash saved as a regression input under tests/fuzz_regressions/<target>/."""

from __future__ import annotations

import hashlib
import importlib.util
import multiprocessing
import re
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from bench.fuzz.harness import Files, Harness
from bench.fuzz.worker import work

HANG_SECONDS = 20.0
SETUP_SECONDS = 300.0
MEMORY_MB = 2048
ROOT = Path(__file__).resolve().parents[2]
REGRESSIONS = ROOT / "tests" / "fuzz_regressions"
CRASH_NOTE = "crash.txt"  # what the input did when it was found; not part of the input


def atheris_available() -> bool:
    return importlib.util.find_spec("atheris") is not None


@dataclass
class Figures:
    """One target's run: what the issue's table shows."""

    target: str
    engine: str
    runs: int = 0
    accepted: int = 0
    refused: int = 0
    crashed: int = 0
    hangs: int = 0
    kinds: dict[str, int] = field(default_factory=dict)  # crash kind -> inputs
    saved: list[Path] = field(default_factory=list)
    slowest: float = 0.0
    slowest_label: str = ""
    total_seconds: float = 0.0
    setup_mb: float = 0.0
    peak_mb: float = 0.0
    refusals: dict[str, int] = field(default_factory=dict)

    def count(self, seconds: float, label: str, peak_mb: float) -> None:
        self.runs += 1
        self.total_seconds += seconds
        self.peak_mb = max(self.peak_mb, peak_mb)
        if seconds > self.slowest:
            self.slowest, self.slowest_label = seconds, label


def _slug(crash: str, files: Files) -> str:
    digest = hashlib.sha256(b"".join(files.values())).hexdigest()[:10]
    return re.sub(r"[^A-Za-z0-9]+", "-", crash).strip("-").lower()[:60] + "-" + digest


def save_crash(target: str, crash: str, files: Files, detail: str, root: Path) -> Path:
    folder = root / target / _slug(crash, files)
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    for name, data in files.items():
        (folder / name).write_bytes(data)
    (folder / CRASH_NOTE).write_text(f"{crash}\n\n{detail}", encoding="utf-8")
    return folder


def fuzz_target(
    make: type[Harness],
    runs: int,
    work_dir: Path,
    *,
    seed: int = 18,
    use_atheris: bool = False,
    save_to: Path = REGRESSIONS,
    memory_mb: int = MEMORY_MB,
    hang_seconds: float = HANG_SECONDS,
) -> Figures:
    """Spend `runs` inputs on the target, restarting its child after a hang or a death."""
    figures = Figures(make.name, "atheris (libFuzzer)" if use_atheris else "seeded mutations")
    blank = make.__new__(make)  # for `decode` alone, which needs no setup
    context = multiprocessing.get_context("fork")
    restarts = 0
    while figures.runs < runs:
        folder = work_dir / f"{make.name}-{restarts}"
        folder.mkdir(parents=True)
        receiving, sending = context.Pipe(duplex=False)
        left = runs - figures.runs
        child = context.Process(
            target=work,
            args=(make, folder, sending, left, seed + restarts, memory_mb, use_atheris),
        )
        child.start()
        sending.close()
        if not receiving.poll(SETUP_SECONDS):
            child.kill()
            raise RuntimeError(f"{make.name}: the target was not set up in {SETUP_SECONDS} s")
        figures.setup_mb = max(figures.setup_mb, receiving.recv()[1])
        ended = _drain(receiving, figures, runs, make.name, save_to, hang_seconds)
        if ended != "end":  # a hang or a death: its input is the one on disk
            child.kill()
        child.join()
        if ended == "eof" and child.exitcode == 0 and use_atheris:
            break  # libFuzzer exits when its runs are spent
        if ended != "end":
            crash = "hang" if ended == "hang" else f"died (exit {child.exitcode})"
            current = folder / "current.bin"
            if not current.exists():
                raise RuntimeError(f"{make.name}: the child ended before its first input")
            files = blank.decode(current.read_bytes())
            figures.count(hang_seconds, crash, 0.0)
            figures.crashed += 1
            figures.hangs += 1
            figures.kinds[crash] = figures.kinds.get(crash, 0) + 1
            figures.saved.append(save_crash(make.name, crash, files, "", save_to))
        restarts += 1
    return figures


def _drain(
    receiving: object, figures: Figures, runs: int, target: str, save_to: Path, hang: float
) -> str:
    """Read outcomes until the child ends ("end"), stops answering ("hang") or is gone
    ("eof")."""
    from multiprocessing.connection import Connection

    assert isinstance(receiving, Connection)
    while figures.runs < runs:
        if not receiving.poll(hang):
            return "hang"
        try:
            kind, seconds, _how, label, detail, smallest, peak = receiving.recv()
        except EOFError:
            return "eof"
        if kind == "end":
            return "end"
        figures.count(seconds, label, peak)
        if kind == "ok":
            if label.startswith("refused") or label.startswith("rejected"):
                figures.refused += 1
            else:
                figures.accepted += 1
            key = label.split(" ", 1)[0].rstrip(":")
            figures.refusals[key] = figures.refusals.get(key, 0) + 1
            continue
        figures.crashed += 1
        figures.kinds[label] = figures.kinds.get(label, 0) + 1
        if smallest is not None:
            figures.saved.append(save_crash(target, label, smallest, detail or "", save_to))
    return "end"
