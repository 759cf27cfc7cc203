"""The window, each measurement in a fresh process (bench/window_child.py): HR Desk's first
paint and its dashboard on the national profile vs a bare QMainWindow, and peak memory.

The three kinds of process take turns, so a burst of other work on the machine falls on
all of them alike; the figures are medians.
"""

from __future__ import annotations

from common import Result, median, run_child

PAINT_RUNS = 9
DASHBOARD_RUNS = 5


def run(national_root, log=print) -> list[Result]:
    child = "bench/window_child.py"
    bare, signin, board = [], [], []
    run_child([child, "bare"])  # the first process after a while reads Qt from disk
    run_child([child, "signin", str(national_root)])
    for index in range(PAINT_RUNS):
        bare.append(run_child([child, "bare"]))
        signin.append(run_child([child, "signin", str(national_root)]))
        if index < DASHBOARD_RUNS:
            board.append(run_child([child, "dashboard", str(national_root)], timeout=600))
    bare_paint = median([r["paint"] for r in bare])
    signin_paint = median([r["paint"] for r in signin])
    loaded = sorted({m for r in signin for m in r["modules"]})

    def stage(name: str) -> float:
        return median([r[name] for r in board])

    figures = stage("figures_paint")
    breakdown = (
        f"from the signed-in desk: window made {stage('window_made') * 1000:.0f} ms, "
        f"window painted {stage('window_paint') * 1000:.0f} ms, figures read "
        f"{stage('figures_read') * 1000:.0f} ms, painted {figures * 1000:.0f} ms. Before it "
        f"(not counted): imports {stage('imports') * 1000:.0f} ms, the bench slot's scrypt "
        f"{stage('scrypt') * 1000:.0f} ms (an officer's takes ~0.6 s), opening the store "
        f"{stage('open_store') * 1000:.0f} ms; from process start to the figures "
        f"{stage('figures_since_start') * 1000:.0f} ms"
    )
    peak = median([r["VmHWM"] for r in board])
    bare_peak = median([r["VmHWM"] for r in bare])
    return [
        Result("window", "first paint: HR Desk sign-in", signin_paint, "s",
               "bare QMainWindow", bare_paint, "ratio <= 1.5",
               f"process start to first paint event, median of {PAINT_RUNS} fresh processes; "
               f"loaded by the paint besides Qt: {', '.join(loaded) or 'nothing heavy'}"),
        Result("window", "dashboard with its figures (national)", figures, "s",
               "bare QMainWindow first paint", bare_paint, "ratio <= 4",
               f"median of {DASHBOARD_RUNS}; {breakdown}"),
        Result("window", "dashboard from process start (national)",
               stage("figures_since_start"), "s", "bare QMainWindow first paint", bare_paint,
               note="for reference: imports and opening the store included, scrypt not"),
        Result("memory", "peak RSS above the bare window (national profile open)",
               peak - bare_peak, "MB", goal="value <= 150", note=(
                   f"VmHWM {peak:.0f} MB vs the bare window's {bare_peak:.0f} MB, after the "
                   f"dashboard and the petitions list "
                   f"({median([r['petitions_fetches'] for r in board]):.0f} page fetched) "
                   f"are shown; current RSS {median([r['VmRSS'] for r in board]):.0f} MB")),
    ]  # fmt: skip
