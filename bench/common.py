"""What every benchmark shares: timing, statistics, results, and child processes."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
PYTHON = sys.executable


@dataclass
class Result:
    """One benchmark's figure, its baseline measured in the same run, and the goal."""

    group: str
    name: str
    value: float
    unit: str
    baseline_name: str = ""
    baseline: float | None = None
    goal: str = ""  # e.g. "ratio <= 1.5", "ratio >= 0.7", "value <= 0.5"
    note: str = ""
    extra: dict[str, object] = field(default_factory=dict)

    @property
    def ratio(self) -> float | None:
        if self.baseline in (None, 0):
            return None
        return self.value / self.baseline

    @property
    def met(self) -> bool | None:
        if not self.goal:
            return None
        what, op, limit = self.goal.split()
        actual = self.ratio if what == "ratio" else self.value
        if actual is None:
            return None
        return actual <= float(limit) if op == "<=" else actual >= float(limit)

    def line(self) -> str:
        text = f"{self.name}: {fmt(self.value, self.unit)}"
        if self.baseline is not None:
            text += f" vs {self.baseline_name} {fmt(self.baseline, self.unit)}"
            text += f" = {self.ratio:.2f}×"
        if self.goal:
            text += f"  [goal {self.goal.replace('value ', '').replace('ratio ', '')}"
            text += f"{'×' if self.goal.startswith('ratio') else ''}: "
            text += f"{'met' if self.met else 'NOT met'}]"
        return text


def fmt(value: float, unit: str) -> str:
    if unit == "s":
        return f"{value * 1000:.1f} ms" if value < 10 else f"{value:.1f} s"
    if unit == "MB":
        return f"{value:.1f} MB"
    if unit == "MB/s":
        return f"{value:.0f} MB/s"
    return f"{value:g} {unit}"


def median(values: list[float]) -> float:
    return statistics.median(values)


def percentile(values: list[float], p: float) -> float:
    """The p-th percentile (nearest rank, as latency reports give it)."""
    ordered = sorted(values)
    rank = max(1, round(p / 100 * len(ordered) + 0.5 - 1e-9))
    return ordered[min(rank, len(ordered)) - 1]


def timed(fn: Callable[[], object]) -> float:
    started = time.perf_counter()
    fn()
    return time.perf_counter() - started


def best_of(fn: Callable[[], object], runs: int) -> list[float]:
    return [timed(fn) for _ in range(runs)]


def child_env(**extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env.pop("HRDESK_HOME", None)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(BENCH), env.get("PYTHONPATH", "")) if p)
    env.update(extra)
    return env


def run_child(args: list[str], env: dict[str, str] | None = None, timeout: float = 300) -> dict:
    """Run `python bench/<script> args…` in a fresh process, its clock started just before
    the process is made (BENCH_T0, CLOCK_MONOTONIC, which every process shares); the child
    prints one JSON line last."""
    env = env or child_env()
    env["BENCH_T0"] = str(time.monotonic_ns())
    done = subprocess.run(
        [PYTHON, *args], env=env, capture_output=True, text=True, timeout=timeout, cwd=ROOT
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode != 0 or not lines:
        raise RuntimeError(
            f"{' '.join(args)} failed ({done.returncode}):\n{done.stdout}\n{done.stderr}"
        )
    return json.loads(lines[-1])


def page_reads(engine, table: str) -> list[str]:
    """The queries that read one page of `table`'s ids (a list model fetching a page),
    collected from now on as the engine runs them."""
    from sqlalchemy import event

    pages: list[str] = []
    prefix = f"select {table}.id from {table}"

    def seen(_conn, _cursor, statement, *_args) -> None:
        words = " ".join(statement.split()).lower()
        if words.startswith(prefix) and "limit" in words:
            pages.append(words)

    event.listen(engine, "before_cursor_execute", seen)
    return pages


def since_start() -> float:
    """Seconds since the parent started this process (see run_child)."""
    return (time.monotonic_ns() - int(os.environ["BENCH_T0"])) / 1e9
