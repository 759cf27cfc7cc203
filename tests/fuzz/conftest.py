"""Each fuzz target set up once per test session (a real profile, a real centre)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from bench.fuzz.harness import Harness
from bench.fuzz.targets import TARGETS

REGRESSIONS = Path(__file__).resolve().parents[1] / "fuzz_regressions"


@pytest.fixture(scope="session")
def harness_of(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Callable[[str], Harness]]:
    """harness_of("package") -> that target, set up on first use."""
    made: dict[str, Harness] = {}

    def get(name: str) -> Harness:
        if name == "central":
            pytest.importorskip("fastapi", reason="the central extra is not installed")
        if name not in made:
            made[name] = TARGETS[name](tmp_path_factory.mktemp(f"fuzz-{name}"))
        return made[name]

    yield get
    for harness in made.values():
        harness.close()
