"""`make bench`: every benchmark of issue 7, each against a baseline measured in the same
run, written to bench/results/latest.md with a description of the machine.

    python bench/run.py [--only window,search,lists,documents,hostile,check]

The national profile (1,000,000 petitions) is built once into bench/cache/ and reused.
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("HRDESK_HOME", None)
sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import BENCH, Result

GROUPS = ("window", "search", "lists", "documents", "hostile", "check")


def machine() -> list[tuple[str, str]]:
    """What the figures were measured on."""
    import PySide6
    import reportlab
    import sqlalchemy
    import sqlcipher3
    from PySide6.QtCore import qVersion

    cpu = "unknown"
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            cpu = line.split(":", 1)[1].strip()
            break
    ram = "unknown"
    for line in Path("/proc/meminfo").read_text().splitlines():
        if line.startswith("MemTotal"):
            ram = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
    os_name = platform.platform()
    release = Path("/etc/os-release")
    if release.exists():
        for line in release.read_text().splitlines():
            if line.startswith("PRETTY_NAME="):
                os_name = f"{line.split('=', 1)[1].strip(chr(34))} ({platform.release()})"
    connection = sqlcipher3.connect(":memory:")
    cipher = connection.execute("PRAGMA cipher_version").fetchone()[0]
    connection.close()
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    return [
        ("CPU", cpu),
        ("cores", str(os.cpu_count())),
        ("RAM", ram),
        ("OS", os_name),
        ("Python", platform.python_version()),
        ("Qt", f"{qVersion()} (PySide6 {PySide6.__version__}), QPA "
               f"{os.environ.get('QT_QPA_PLATFORM')}"),
        ("SQLCipher", f"{cipher} (SQLite {sqlcipher3.sqlite_version}, sqlcipher3 module)"),
        ("SQLAlchemy / reportlab", f"{sqlalchemy.__version__} / {reportlab.Version}"),
        ("load average at start", load),
    ]  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", default=",".join(GROUPS), help="groups, comma-separated")
    args = parser.parse_args()
    groups = [g for g in args.only.split(",") if g]
    unknown = set(groups) - set(GROUPS)
    if unknown:
        parser.error(f"unknown groups: {', '.join(sorted(unknown))}")
    started = time.perf_counter()
    from profiles import ensure, sign_in_fast

    national = ensure("national")
    small = ensure("small", 1000)
    prepared = time.perf_counter() - started
    print(f"profiles ready in {prepared:.0f} s: national {national.petitions:,} petitions "
          f"({national.steps:,} steps), {national.store_bytes / 1e9:.2f} GB; "
          f"small {small.petitions:,}")  # fmt: skip
    results: list[Result] = []
    timings: dict[str, float] = {}

    def report(new: list[Result]) -> None:
        for result in new:
            print("  " + result.line(), flush=True)
        results.extend(new)

    from hrdesk.profile import Profile

    desk = sign_in_fast(Profile(national.root))
    small_desk = sign_in_fast(Profile(small.root))  # both as of AS_OF
    try:
        for group in groups:
            print(f"{group} …", flush=True)
            t = time.perf_counter()
            if group == "window":
                import startup_bench

                report(startup_bench.run(national.root))
            elif group == "search":
                import search_bench

                report(search_bench.run(desk))
            elif group == "lists":
                import list_bench
                from PySide6.QtWidgets import QApplication

                _app = QApplication.instance() or QApplication([])
                report(list_bench.run(desk, small_desk))
            elif group == "documents":
                import documents_bench

                report(documents_bench.verify_results(desk))
                report(documents_bench.minutes_results())
            elif group == "hostile":
                import hostile_bench

                report(hostile_bench.run())
            elif group == "check":
                import check_bench

                report(check_bench.run(national.root)[0])
            timings[group] = time.perf_counter() - t
    finally:
        desk.store.close()
        small_desk.store.close()
    total = time.perf_counter() - started
    path = write_results(results, timings, total, national, small)
    print(f"{sum(1 for r in results if r.met)} of {sum(1 for r in results if r.goal)} goals "
          f"met; {total:.0f} s in all; results in {path.relative_to(BENCH.parent)}")  # fmt: skip
    return 0


def write_results(results, timings, total, national, small) -> Path:
    out = BENCH / "results" / "latest.md"
    out.parent.mkdir(parents=True, exist_ok=True)
    lines = [
        "# HR Desk benchmarks (issue 7)",
        "",
        f"Run {time.strftime('%Y-%m-%d %H:%M:%S %Z')} by `make bench` in {total:.0f} s "
        f"({', '.join(f'{g} {s:.0f} s' for g, s in timings.items())}).",
        "",
        "## Machine",
        "",
        *[f"- {name}: {value}" for name, value in machine()],
        "",
        "## Data",
        "",
        f"- national profile: {national.petitions:,} petitions, {national.steps:,} steps, "
        f"{national.store_bytes / 1e9:.2f} GB encrypted store; built by the demo generator "
        f"in {national.build_seconds:.0f} s"
        + (" (this run)" if national.built_now else " (cached in bench/cache/)"),
        f"- small profile: {small.petitions:,} petitions through the same generator path",
        "",
        "## Results",
        "",
        "| group | benchmark | figure | baseline | ratio | goal | met |",
        "|---|---|---|---|---|---|---|",
    ]
    from common import fmt

    for r in results:
        baseline = f"{r.baseline_name}: {fmt(r.baseline, r.unit)}" if r.baseline else ""
        ratio = f"{r.ratio:.2f}×" if r.ratio is not None else ""
        goal = r.goal.replace("value ", "").replace("ratio ", "ratio ") if r.goal else ""
        met = "" if r.met is None else ("yes" if r.met else "**no**")
        lines.append(
            f"| {r.group} | {r.name} | {fmt(r.value, r.unit)} | {baseline} | {ratio} | "
            f"{goal} | {met} |"
        )
    lines += ["", "## Notes on each figure", ""]
    lines += [f"- **{r.name}**: {r.note}" for r in results if r.note]
    notes = BENCH / "NOTES.md"
    if notes.exists():
        lines += ["", notes.read_text(encoding="utf-8").strip()]
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return out


if __name__ == "__main__":
    raise SystemExit(main())
