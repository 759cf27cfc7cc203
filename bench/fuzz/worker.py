"""The child process that fuzzes one target: its memory capped, each input's outcome sent
to the parent as it ends (the parent kills a child whose input runs too long: a hang).

With atheris (libFuzzer, coverage-guided) when it is installed, the harness's mutations
as its custom mutator, half the time, and libFuzzer's own byte mutations otherwise;
without it, a seeded loop of the harness's mutations. Either way a crash is reported, not
raised, so the budget of runs is spent whatever is found; a new kind of crash is first
made smaller (bytes cut while the same crash still happens).
"""

from __future__ import annotations

import contextlib
import inspect
import random
import resource
import sys
import time
import traceback
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from bench.fuzz import mutate as mu
from bench.fuzz.harness import Files, Harness, signature

MINIMISE_TRIES = 300
MINIMISE_SECONDS = 5.0  # well within the parent's wait for the next outcome


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _cap_memory(megabytes: int) -> None:
    limit = megabytes << 20
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def _crash_of(harness: Harness, files: Files) -> tuple[str, str] | None:
    try:
        harness.feed(files)
    except Exception as exc:
        return signature(exc), "".join(traceback.format_exception(exc))
    return None


def minimise(harness: Harness, files: Files, crash: str) -> Files:
    """Cut chunks of each file while the same crash still happens (ddmin, bounded)."""
    tries, until = 0, time.monotonic() + MINIMISE_SECONDS

    def more() -> bool:
        return tries < MINIMISE_TRIES and time.monotonic() < until

    for name in list(files):
        if files[name][:2] == b"PK":  # a zip: first its entries emptied, one at a time
            files = _emptied_entries(harness, files, name, crash)
        chunk = max(1, len(files[name]) // 2)
        while chunk >= 1 and more():
            data, at, cut = files[name], 0, False
            while at < len(data) and more():
                candidate = {**files, name: data[:at] + data[at + chunk :]}
                tries += 1
                found = _crash_of(harness, candidate)
                if found is not None and found[0] == crash:
                    files, data, cut = candidate, candidate[name], True
                else:
                    at += chunk
            if not cut:
                chunk //= 2
    return files


def _emptied_entries(harness: Harness, files: Files, name: str, crash: str) -> Files:
    """Each entry of the zip `name` emptied, and the zip written anew, while the same crash
    still happens: a backup's store or a package's payload rarely matters to the crash."""
    try:
        members = mu.zip_members(files[name])
    except Exception:  # not a zip any reader accepts: nothing to empty
        return files
    for index, (entry, data) in enumerate(members):
        if not data:
            continue
        candidate = [*members[:index], (entry, b""), *members[index + 1 :]]
        trial = {**files, name: mu.rezip(candidate)}
        found = _crash_of(harness, trial)
        if found is not None and found[0] == crash:
            members, files = candidate, trial
    return files


class Runner:
    """Runs inputs, tells the parent; `seen` keeps crash kinds already minimised."""

    def __init__(self, harness: Harness, conn: Connection, current: Path) -> None:
        self.harness, self.conn, self.current = harness, conn, current
        self.seen: set[str] = set()

    def one(self, files: Files, how: str) -> None:
        # The input goes to disk before it runs: if it hangs, the parent finds it there.
        self.current.write_bytes(self.harness.encode(files))
        began = time.perf_counter()
        try:
            label = self.harness.feed(files)
        except Exception as exc:
            seconds = time.perf_counter() - began
            crash = signature(exc)
            detail = "".join(traceback.format_exception(exc))
            smallest = None
            if crash not in self.seen:
                self.seen.add(crash)
                smallest = minimise(self.harness, dict(files), crash)
            self.conn.send(("crash", seconds, how, crash, detail, smallest, _peak_mb()))
            return
        self.conn.send(("ok", time.perf_counter() - began, how, label, None, None, _peak_mb()))


def work(
    make: type[Harness],
    folder: Path,
    conn: Connection,
    runs: int,
    seed: int,
    memory_mb: int,
    use_atheris: bool,
) -> None:
    """The child's body: set up the target, then spend `runs` inputs on it."""
    harness = make(folder / "target")
    _cap_memory(memory_mb)
    runner = Runner(harness, conn, folder / "current.bin")
    if use_atheris:
        _with_atheris(harness, runner, folder, runs, seed)
    else:
        conn.send(("ready", _peak_mb()))
        for index in range(runs):
            if index < len(harness.corpus):
                runner.one(harness.corpus[index], "corpus")
            else:
                runner.one(harness.generate(random.Random(f"{seed}:{index}")), "mutated")
    conn.send(("end", 0.0, "", "", None, None, _peak_mb()))
    harness.close()


def _with_atheris(harness: Harness, runner: Runner, folder: Path, runs: int, seed: int) -> None:
    import atheris

    seeds = folder / "seeds"
    seeds.mkdir(exist_ok=True)
    for index, files in enumerate(harness.corpus):
        (seeds / f"corpus-{index}").write_bytes(harness.encode(files))
    largest = max(len(harness.encode(files)) for files in harness.corpus)

    def test_one_input(data: bytes) -> None:
        runner.one(harness.decode(data), "atheris")

    def mutator(data: bytes, max_size: int, mutation_seed: int) -> bytes:
        rng = random.Random(mutation_seed)
        if data and rng.random() < 0.5:
            return bytes(atheris.Mutate(data, max_size))
        base = harness.decode(data) if data else rng.choice(harness.corpus)
        try:
            made = harness.mutate(rng, base)
        except Exception:  # the mutation itself failed on this input: libFuzzer's instead
            return bytes(atheris.Mutate(data, max_size))
        return harness.encode(made)[: max(max_size, 1)]

    argv = [
        sys.argv[0],
        f"-runs={runs}",
        f"-seed={seed or 1}",
        f"-max_len={largest * 4}",
        "-timeout=3600",  # hangs are the parent's to judge, as without atheris
        "-rss_limit_mb=0",  # the child's address space is capped already
        "-print_final_stats=0",
        str(seeds),
    ]
    _instrument_hrdesk(atheris)
    atheris.Setup(argv, test_one_input, custom_mutator=mutator)
    runner.conn.send(("ready", _peak_mb()))
    with contextlib.suppress(SystemExit):
        atheris.Fuzz()


def _instrument_hrdesk(atheris: Any) -> None:
    """Coverage of HR Desk's own functions (instrumenting every library loaded takes many
    minutes on a busy machine): each function and method of an hrdesk module, in place."""
    for name, module in list(sys.modules.items()):
        if not name.startswith("hrdesk") or module is None:
            continue
        for value in list(vars(module).values()):
            if getattr(value, "__module__", None) != name:
                continue
            members = list(vars(value).values()) if inspect.isclass(value) else [value]
            for member in members:
                function = getattr(member, "__func__", member)
                if inspect.isfunction(function):
                    with contextlib.suppress(Exception):  # one it cannot patch stays as it is
                        atheris.instrument_func(function)
