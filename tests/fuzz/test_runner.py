"""The fuzz runner's judge: a crash is counted, made smaller and saved; a hang is counted
and its input saved; clean refusals are not crashes; the report's section is replaced."""

from __future__ import annotations

import random
import time
from pathlib import Path

from bench.fuzz.harness import Files, Harness
from bench.fuzz.report import HEADING, replace_section
from bench.fuzz.runner import CRASH_NOTE, fuzz_target


class Toy(Harness):
    """Crashes on input starting "boom" (whatever follows), hangs on "hang"."""

    name = "toy"

    def __init__(self, work: Path) -> None:
        super().__init__(work)
        self.corpus = [{"input": b"fine"}]

    def mutate(self, rng: random.Random, base: Files) -> Files:
        roll = rng.random()
        if roll < 0.1:
            return {"input": b"hang"}
        if roll < 0.4:
            return {"input": b"boom" + rng.randbytes(40)}
        return base

    def run(self, folder: Path) -> str:
        data = (folder / "input").read_bytes()
        if data.startswith(b"boom"):
            raise KeyError("boom")
        if data == b"hang":
            time.sleep(60)
        return "refused: toy.fine"


def test_crashes_and_hangs_are_counted_and_saved(tmp_path: Path) -> None:
    saved = tmp_path / "saved"
    figures = fuzz_target(Toy, 30, tmp_path / "work", save_to=saved, hang_seconds=1.0)
    assert figures.runs == 30
    assert figures.hangs >= 1 and figures.crashed > figures.hangs
    assert figures.refused == 30 - figures.crashed
    [boom] = [p for p in saved.glob("toy/keyerror-*")]
    assert (boom / "input").read_bytes() == b"boom"  # the random tail cut away
    assert "KeyError: 'boom'" in (boom / CRASH_NOTE).read_text(encoding="utf-8")
    hangs = list(saved.glob("toy/hang-*"))
    assert hangs and all((h / "input").read_bytes() == b"hang" for h in hangs)


def test_the_fuzz_section_is_replaced_or_added() -> None:
    section = f"{HEADING}\n\nnew figures\n"
    assert replace_section("", section) == section
    before = "# Reliability\n\n## Crashes\n\ntable\n"
    added = replace_section(before, section)
    assert added.startswith(before) and added.endswith(section)
    old = f"{HEADING}\n\nold figures\n"
    assert replace_section(before + "\n" + old, section) == before + "\n" + section
    assert "old" not in replace_section(old + "\n## Later\n\nkept\n", section)
    assert replace_section(old + "\n## Later\n\nkept\n", section).endswith("## Later\n\nkept\n")
