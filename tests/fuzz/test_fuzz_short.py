"""The short version of `python -m bench.fuzz`: each target fed hostile inputs made from
its corpus by hypothesis (its random choices drive the harness's mutations, so a crash
shrinks to a smaller mutation), seeded; none may crash."""

from __future__ import annotations

import random
from collections.abc import Callable

import pytest
from bench.fuzz.harness import Harness
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

# Runs per target: a few hundred in all, under a minute with the targets' set-up.
RUNS = {"package": 120, "receipt": 120, "spreadsheet": 120, "backup": 60, "central": 60}


@pytest.mark.parametrize("target", sorted(RUNS))
def test_hostile_inputs_end_in_a_clean_refusal(
    target: str, harness_of: Callable[[str], Harness]
) -> None:
    harness = harness_of(target)
    # The valid files: the first is taken (the centre's sealed copy of its package after it
    # is a replay, refused); none crashes.
    labels = [harness.feed(files) for files in harness.corpus]
    assert not labels[0].startswith(("refused", "rejected")), labels

    @settings(
        max_examples=RUNS[target],
        derandomize=True,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(st.randoms(use_true_random=False))
    def one(rng: random.Random) -> None:
        harness.feed(harness.generate(rng))  # raises for a crash

    one()
