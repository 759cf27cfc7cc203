"""`make torture`: the reliability harness; writes bench/results/reliability.md.

python -m bench.torture [--runs N] [--out FILE] [--keep]
"""

from __future__ import annotations

import os

# Before anything imports keyring: the harness never touches the developer's OS keyring.
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

from bench.torture.crash import OPERATIONS, Outcome, crash_runs
from bench.torture.report import crash_table, stick_table
from bench.torture.stick import stick_faults

ROOT = Path(__file__).resolve().parents[2]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.torture")
    parser.add_argument("--runs", type=int, default=200, help="killed runs (default 200)")
    parser.add_argument("--out", type=Path, default=ROOT / "bench/results/reliability.md")
    parser.add_argument("--keep", action="store_true", help="keep the runs' profiles")
    args = parser.parse_args(argv)
    began = time.monotonic()
    base = Path(tempfile.mkdtemp(prefix="hrdesk-torture-"))
    try:
        outcomes: list[Outcome] = crash_runs(base, args.runs)
        faults = stick_faults(base / "stick", base / "template")
    finally:
        if args.keep:
            print(f"profiles kept in {base}")
        else:
            shutil.rmtree(base, ignore_errors=True)
    minutes = (time.monotonic() - began) / 60
    text = crash_table(outcomes, OPERATIONS, minutes) + "\n" + stick_table(faults)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, encoding="utf-8")
    print(text)
    failed = [o for o in outcomes if not o.ok]
    for outcome in failed:
        print(f"FAILED {outcome.op}: {outcome.lost + outcome.torn} {outcome.check_failed}")
    for fault in faults or []:
        if not fault.handled:
            print(f"FAILED stick fault {fault.name}: {fault.problems}")
    return 1 if failed or any(not f.handled for f in faults or []) else 0


if __name__ == "__main__":
    sys.exit(main())
