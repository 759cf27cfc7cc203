"""`hrdesk check --quick` on the national profile (issue 19: under 10 s), each run a fresh
`hrdesk` process as an officer would start it, against two baselines measured in the same
run: reading the store file once (`cat` to /dev/null: the least any check of every page
costs) and SQLite's own `PRAGMA quick_check` (what `check --quick` ran before, decrypting
every page).

    python bench/check_bench.py [--no-sqlite]   # writes bench/results/check_quick.md
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import BENCH, PYTHON, ROOT, Result, child_env, median, timed

RUNS = 5


def _hrdesk(root: Path, *argv: str) -> subprocess.CompletedProcess[str]:
    from profiles import PASSWORD, USER

    env = child_env(HRDESK_USER=USER, HRDESK_PASSPHRASE=PASSWORD)
    return subprocess.run(
        [PYTHON, "-m", "hrdesk", "--lang", "en", "--profile", str(root), *argv],
        env=env,
        capture_output=True,
        text=True,
        timeout=1800,
        cwd=ROOT,
        check=False,
    )


def _sqlite_quick_check(root: Path) -> float:
    """SQLite's PRAGMA quick_check over the whole store (the former `check --quick`)."""
    from profiles import sign_in_fast

    from hrdesk.profile import Profile

    desk = sign_in_fast(Profile(root))
    try:
        with desk.store.engine.connect() as connection:
            started = time.perf_counter()
            result = connection.exec_driver_sql("PRAGMA quick_check").scalar()
            took = time.perf_counter() - started
    finally:
        desk.store.close()
    if result != "ok":
        raise RuntimeError(f"the national store fails SQLite's quick check: {result}")
    return took


def run(root: Path, sqlite: bool = True, log=print) -> tuple[list[Result], str]:
    store = root / "hrdesk.db"
    size = store.stat().st_size
    cat = [
        timed(lambda: subprocess.run(["cat", str(store)], stdout=subprocess.DEVNULL, check=True))
        for _ in range(2)
    ][-1]  # the second read: the file as the page cache holds it, like the check's
    log(f"  cat {size / 1e9:.2f} GB: {cat:.1f} s")
    quick: list[float] = []
    cpu: list[float] = []  # the process's own CPU time: what a busy machine does not stretch
    output = ""
    for _ in range(RUNS):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        done = _hrdesk(root, "check", "--quick")
        quick.append(time.perf_counter() - started)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
        if done.returncode != 0:
            raise RuntimeError(f"check --quick failed ({done.returncode}):\n{done.stdout}")
        output = done.stdout
    log(f"  check --quick: {', '.join(f'{q:.1f}' for q in quick)} s")
    log(f"  check --quick CPU: {', '.join(f'{c:.1f}' for c in cpu)} s")
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    results = [
        Result(
            "check",
            "check --quick, national store (whole command)",
            median(quick),
            "s",
            "cat of the store file",
            cat,
            goal="value <= 10",
            note=f"median of {RUNS} fresh `hrdesk check --quick` processes (imports, sign-in "
            f"with the bench slot's cheap scrypt, the check, exit); runs "
            f"{', '.join(f'{q:.1f}' for q in quick)} s; store {size / 1e9:.2f} GB; load "
            f"average after the runs {load} on {os.cpu_count()} cores",
        ),
        Result(
            "check",
            "check --quick, CPU time of the process (user + system)",
            median(cpu),
            "s",
            "cat of the store file",
            cat,
            goal="value <= 10",
            note="the same runs' CPU time: the wall time less the waiting for the other "
            f"work on a shared machine; runs {', '.join(f'{c:.1f}' for c in cpu)} s",
        ),
    ]
    if sqlite:
        full = _sqlite_quick_check(root)
        log(f"  PRAGMA quick_check: {full:.1f} s")
        results.append(
            Result(
                "check",
                "check --quick vs SQLite's PRAGMA quick_check",
                median(quick),
                "s",
                "PRAGMA quick_check (every page decrypted)",
                full,
                note="the former `check --quick` ran PRAGMA quick_check, which reads and "
                "decrypts every page; timed alone, in this process, after sign-in",
            )
        )
    return results, output


def write(results: list[Result], output: str, root: Path) -> Path:
    from common import fmt
    from run import machine

    out = BENCH / "results" / "check_quick.md"
    lines = [
        "# `hrdesk check --quick` on the national store (issue 19)",
        "",
        f"Run {time.strftime('%Y-%m-%d %H:%M:%S %Z')} by `python bench/check_bench.py`.",
        "",
        "## Machine",
        "",
        *[f"- {name}: {value}" for name, value in machine()],
        "",
        "## Results",
        "",
        "| benchmark | figure | baseline | ratio | goal | met |",
        "|---|---|---|---|---|---|",
    ]
    for r in results:
        baseline = f"{r.baseline_name}: {fmt(r.baseline, r.unit)}" if r.baseline else ""
        ratio = f"{r.ratio:.2f}×" if r.ratio is not None else ""
        met = "" if r.met is None else ("yes" if r.met else "**no**")
        goal = r.goal.replace("value ", "") if r.goal else ""
        lines.append(
            f"| {r.name} | {fmt(r.value, r.unit)} | {baseline} | {ratio} | {goal} | {met} |"
        )
    lines += ["", *[f"- **{r.name}**: {r.note}" for r in results if r.note], ""]
    lines += ["## What the quick check said", "", "```", output.strip(), "```", ""]
    out.write_text("\n".join(lines), encoding="utf-8")
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-sqlite", action="store_true", help="skip PRAGMA quick_check")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from profiles import ensure

    national = ensure("national")
    results, output = run(national.root, sqlite=not args.no_sqlite)
    for result in results:
        print("  " + result.line())
    print(f"results in {write(results, output, national.root).relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
