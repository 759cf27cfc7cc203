"""A stick pulled out in the middle of a write: a package, a backup, an Excel export and a
PDF report, each paused once at a chosen moment while it writes to a tmpfs, then lazily
unmounted (`umount -l`: what a stick pulled out looks like to a program that still holds
its files open: writes through open files still succeed, names no longer resolve).

Each must end in a clear message with a failure code, leave nothing under a final name
where the stick was, and leave the store as it was with `hrdesk check` passing.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from bench.torture.crash import ROOT, child_env
from bench.torture.stick import StickFault, _store_state, small_stick

MOMENTS = ("writing", "renamed")
SIZE = 4 * 1024 * 1024 * 1024  # a limit, not memory taken: room for the free-space check


def pulled_stick(
    home: Path, base: Path, name: str, argv: list[str], suffix: str, moment: str
) -> StickFault:
    """Run `hrdesk argv` writing to a stick and pull the stick at `moment` (see
    bench.torture.pull_child)."""
    fault = StickFault(f"{name}, stick pulled while {moment}")
    folder = base / f"{name}-pulled-{moment}"
    control = base / f"{name}-pulled-{moment}-control"
    control.mkdir(parents=True)
    before = _store_state(home)
    mounted = True
    with small_stick(folder, SIZE) as stick:
        child = subprocess.Popen(
            [sys.executable, "-m", "bench.torture.pull_child", str(stick), str(control), moment]
            + [a.replace("{to}", str(stick)) for a in argv],
            cwd=ROOT,
            env=child_env(home),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        try:
            deadline = time.monotonic() + 300
            while not (control / "ready").exists() and child.poll() is None:
                if time.monotonic() > deadline:
                    break
                time.sleep(0.01)
            if (control / "ready").exists():
                subprocess.run(["umount", "-l", str(stick)], check=True, capture_output=True)
                mounted = False
            else:
                fault.problems.append("the write never reached the moment to pull the stick")
            (control / "go").touch()
            _out, err = child.communicate(timeout=300)
        finally:
            if child.poll() is None:
                child.kill()
                child.wait()
            if not mounted:
                # the stick is already out; mount one again so small_stick unmounts it
                subprocess.run(
                    ["mount", "-t", "tmpfs", "-o", "size=4096", "tmpfs", str(stick)],
                    check=True,
                    capture_output=True,
                )
        if not mounted:
            fault.message = err.strip().splitlines()[-1] if err.strip() else ""
            if child.returncode == 0:
                fault.problems.append("the command reported success on a pulled stick")
            if "Traceback" in err or not fault.message:
                fault.problems.append(f"no clear message: {err.strip()[-300:]!r}")
            complete = [p.name for p in stick.rglob(f"*{suffix}")]
            if complete:
                fault.problems.append(f"left under a final name: {complete}")
    # what the folder holds with the stick gone (the mount point's own folder)
    left = [p.name for p in folder.rglob(f"*{suffix}")]
    if left:
        fault.problems.append(f"left where the stick was under a final name: {left}")
    after = _store_state(home)
    if after != before:
        fault.problems.append(f"the store changed or fails its check: {after[1][-300:]}")
    return fault


def pulled_faults(home: Path, base: Path) -> list[StickFault]:
    """Every write pulled at every moment, on the profile `home`."""
    from bench.torture.child import ALLOW_EMPTY

    writes = [
        ("package", ["package", "export", "--period", "2026", "--to", "{to}", "--yes",
                     ALLOW_EMPTY], ".zip"),
        ("backup", ["backup", "--to", "{to}"], ".hrbackup"),
        ("excel-export", ["export", "petitions", "--out", "{to}/don-thu.xlsx"], ".xlsx"),
        ("pdf-report", ["report", "--period", "2026", "--out", "{to}/bao-cao.pdf"], ".pdf"),
    ]  # fmt: skip
    return [
        pulled_stick(home, base, name, argv, suffix, moment)
        for name, argv, suffix in writes
        for moment in MOMENTS
    ]
