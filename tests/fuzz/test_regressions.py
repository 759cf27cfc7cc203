"""Every input that ever crashed a fuzz target (tests/fuzz_regressions/<target>/<case>/,
saved by `python -m bench.fuzz` with what it did in crash.txt) now ends in a clean
refusal or an acceptance."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from bench.fuzz.harness import Harness
from bench.fuzz.runner import CRASH_NOTE

from tests.fuzz.conftest import REGRESSIONS

CASES = sorted(p for p in REGRESSIONS.glob("*/*") if p.is_dir())


def test_there_are_saved_crashes_to_run() -> None:
    assert {case.parent.name for case in CASES} >= {"backup", "central", "receipt"}


@pytest.mark.parametrize("case", CASES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_a_saved_crash_is_refused_cleanly(
    case: Path, harness_of: Callable[[str], Harness], tmp_path: Path
) -> None:
    harness = harness_of(case.parent.name)
    files = {p.name: p.read_bytes() for p in case.iterdir() if p.name != CRASH_NOTE}
    label = harness.feed(files, tmp_path / "input")  # raises for a crash
    assert label.startswith(("refused", "rejected", "accepted", "imported", "already"))
