"""A full stick and a damaged one: a package, a backup and an Excel export written to a small
tmpfs that fills up, and a restore from a backup with one flipped byte.

Each must end in a clear message (no traceback), leave nothing on the stick that looks
complete (only `.part` names, or nothing) and leave the store as it was. Mounting needs root;
where `mount` fails the stick faults are skipped, and the report says so.
"""

from __future__ import annotations

import contextlib
import hashlib
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from bench.torture.child import ALLOW_EMPTY
from bench.torture.crash import ROOT, child_env

PAGE = 4096


@dataclass
class StickFault:
    name: str
    message: str = ""
    problems: list[str] = field(default_factory=list)

    @property
    def handled(self) -> bool:
        return not self.problems


def hrdesk(home: Path, *argv: str) -> subprocess.CompletedProcess[str]:
    """The real command line, in its own process, as an officer would run it."""
    return subprocess.run(
        [sys.executable, "-m", "hrdesk", *argv],
        cwd=ROOT,
        env=child_env(home),
        capture_output=True,
        text=True,
        timeout=600,
    )


def can_mount(folder: Path) -> bool:
    folder.mkdir(parents=True, exist_ok=True)
    try:
        with small_stick(folder, PAGE):
            return True
    except (OSError, subprocess.CalledProcessError):
        return False


@contextlib.contextmanager
def small_stick(folder: Path, size: int) -> Iterator[Path]:
    """A tmpfs of `size` bytes (whole pages) mounted on `folder`: a stick about to be full."""
    folder.mkdir(parents=True, exist_ok=True)
    pages = max(1, size // PAGE)
    subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={pages * PAGE}", "tmpfs", str(folder)],
        check=True,
        capture_output=True,
    )
    try:
        yield folder
    finally:
        subprocess.run(["umount", str(folder)], check=True, capture_output=True)


def _store_state(home: Path) -> tuple[str, str]:
    """What the store holds, as `hrdesk list` sees it, and whether `hrdesk check` passes."""
    listed = hrdesk(home, "list", "petitions", "--format", "csv", "--archived")
    check = hrdesk(home, "check")
    return listed.stdout, "ok" if check.returncode == 0 else check.stdout + check.stderr


def _judge_refusal(
    fault: StickFault, done: subprocess.CompletedProcess[str], stick: Path, suffix: str
) -> None:
    fault.message = done.stderr.strip().splitlines()[-1] if done.stderr.strip() else ""
    if done.returncode == 0:
        fault.problems.append("the command reported success on a full stick")
    if "Traceback" in done.stderr or not fault.message:
        fault.problems.append(f"no clear message: {done.stderr.strip()[-300:]!r}")
    complete = [p.name for p in stick.rglob(f"*{suffix}")]
    if complete:
        fault.problems.append(f"left on the stick under a final name: {complete}")


def full_stick(home: Path, base: Path, name: str, argv: list[str], suffix: str) -> StickFault:
    """Write once to a roomy folder to learn the size, then to a stick of half that size."""
    fault = StickFault(name)
    roomy = base / f"{name}-roomy"
    roomy.mkdir()
    made = hrdesk(home, *[a.replace("{to}", str(roomy)) for a in argv])
    if made.returncode != 0:
        fault.problems.append(f"fails even with room: {made.stderr.strip()[-300:]}")
        return fault
    size = sum(p.stat().st_size for p in roomy.rglob(f"*{suffix}"))
    before = _store_state(home)
    with small_stick(base / f"{name}-stick", size // 2) as stick:
        done = hrdesk(home, *[a.replace("{to}", str(stick)) for a in argv])
        _judge_refusal(fault, done, stick, suffix)
    if _store_state(home) != before:
        fault.problems.append("the store changed")
    return fault


def flipped_backup(home: Path, base: Path) -> StickFault:
    """A backup with one byte flipped in the middle is refused before anything is replaced."""
    fault = StickFault("restore from a backup with a flipped byte")
    folder = base / "flip"
    folder.mkdir()
    made = hrdesk(home, "backup", "--to", str(folder))
    if made.returncode != 0:
        fault.problems.append(f"no backup to damage: {made.stderr.strip()[-300:]}")
        return fault
    (backup,) = folder.glob("*.hrbackup")
    data = bytearray(backup.read_bytes())
    data[len(data) // 2] ^= 0x01
    backup.write_bytes(bytes(data))
    store = home / "hrdesk.db"
    digest = hashlib.sha256(store.read_bytes()).hexdigest()
    before = _store_state(home)
    done = hrdesk(home, "restore", str(backup), "--yes")
    fault.message = done.stderr.strip().splitlines()[-1] if done.stderr.strip() else ""
    if done.returncode == 0:
        fault.problems.append("the damaged backup was restored")
    if "Traceback" in done.stderr or not fault.message:
        fault.problems.append(f"no clear message: {done.stderr.strip()[-300:]!r}")
    if hashlib.sha256(store.read_bytes()).hexdigest() != digest:
        fault.problems.append("the store file was replaced or changed")
    if _store_state(home) != before:
        fault.problems.append("the store's records changed")
    aside = [p.name for p in home.glob(".*-*") if p.name != ".in-use"]
    if aside:
        fault.problems.append(f"work folders left in the profile: {aside}")
    return fault


def stick_faults(base: Path, template: Path) -> list[StickFault] | None:
    """Every stick fault on a copy of `template`; None where no tmpfs can be mounted."""
    if not can_mount(base / "probe"):
        return None
    from bench.torture.pulled import pulled_faults

    home = base / "stick-profile"
    shutil.copytree(template, home)
    full = [
        full_stick(
            home, base, "package",
            ["package", "export", "--period", "2026", "--to", "{to}", "--yes", ALLOW_EMPTY], ".zip",
        ),
        full_stick(home, base, "backup", ["backup", "--to", "{to}"], ".hrbackup"),
        full_stick(
            home, base, "excel-export",
            ["export", "petitions", "--out", "{to}/don-thu.xlsx"], ".xlsx",
        ),
        flipped_backup(home, base),
    ]  # fmt: skip
    return full + pulled_faults(home, base)
