"""`make torture`'s fuzzing (issue 18): hostile inputs made from valid files, against each
target, a fixed budget of runs; writes the "Hostile input, fuzzed" section of
bench/results/reliability.md and saves every new crash under tests/fuzz_regressions/.

python -m bench.fuzz [--runs N] [--targets a,b] [--engine auto|atheris|seeded] [--out FILE]
"""

from __future__ import annotations

import os

# Before anything imports keyring: the harness never touches the developer's OS keyring.
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"

import argparse
import logging
import shutil
import sys
import tempfile
import time
from pathlib import Path

from bench.fuzz.report import fuzz_section, replace_section
from bench.fuzz.runner import REGRESSIONS, ROOT, atheris_available, fuzz_target
from bench.fuzz.targets import TARGETS


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.fuzz")
    parser.add_argument("--runs", type=int, default=20_000, help="runs per target")
    parser.add_argument("--targets", default=",".join(TARGETS), help="comma-separated")
    parser.add_argument("--engine", choices=["auto", "atheris", "seeded"], default="auto")
    parser.add_argument("--seed", type=int, default=18)
    parser.add_argument("--out", type=Path, default=ROOT / "bench/results/reliability.md")
    parser.add_argument("--save-to", type=Path, default=REGRESSIONS)
    args = parser.parse_args(argv)
    use_atheris = args.engine == "atheris" or (args.engine == "auto" and atheris_available())
    logging.getLogger("hrdesk.central").addHandler(logging.NullHandler())
    logging.getLogger("hrdesk.central").propagate = False  # crashes are counted, not printed
    began = time.monotonic()
    work = Path(tempfile.mkdtemp(prefix="hrdesk-fuzz-"))
    results = []
    try:
        for name in args.targets.split(","):
            figures = fuzz_target(
                TARGETS[name],
                args.runs,
                work,
                seed=args.seed,
                use_atheris=use_atheris,
                save_to=args.save_to,
            )
            print(
                f"{name}: {figures.runs} runs, {figures.crashed} crashed "
                f"{sorted(figures.kinds)}, slowest {figures.slowest:.2f} s",
                flush=True,
            )
            results.append(figures)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    minutes = (time.monotonic() - began) / 60
    section = fuzz_section(results, args.runs, args.seed, minutes)
    old = args.out.read_text(encoding="utf-8") if args.out.exists() else ""
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(replace_section(old, section), encoding="utf-8")
    print(section)
    return 1 if any(f.crashed for f in results) else 0


if __name__ == "__main__":
    sys.exit(main())
