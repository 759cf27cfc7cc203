"""Crashes: real write work in a child process, killed with SIGKILL at a random moment.

Each run copies a profile made by `hrdesk init`, starts `bench.torture.child` on it and kills
it after a random delay. Then `hrdesk check` must pass, every operation the child reported done
must be there in full, and none may be there in part (an import batch is all or nothing, a
package or backup under its final name verifies, a restore is the old store or the new one).
"""

from __future__ import annotations

import contextlib
import io
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from bench.torture import migration
from bench.torture.child import ALLOW_EMPTY, BATCH, batch_tag, step_note, write_batch

if TYPE_CHECKING:
    from hrdesk.store.options import StoreOptions

ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "mật khẩu thử đủ dài"
KEY_PASSPHRASE = "khóa cơ quan thử đủ dài"
OFFICE = "Ban Chỉ đạo về quyền con người tỉnh Gia Lai"
OPERATIONS = ("import", "steps", "package", "backup", "restore", "migrate")
SEED_BATCH = 9000  # petitions every profile starts with
RESTORED_BATCH = 8888  # petitions only the restore's backup holds
SEED_ROWS = 20
CALIBRATION_OPS = 2  # operations an unkilled child does to measure the kill window


@dataclass
class Outcome:
    """What one killed run left behind, judged against what the child reported."""

    op: str
    killed: bool
    mid_operation: bool
    done: int
    lost: list[str] = field(default_factory=list)
    torn: list[str] = field(default_factory=list)
    check_failed: str = ""
    partial_files: int = 0
    leftovers: int = 0

    @property
    def ok(self) -> bool:
        return not (self.lost or self.torn or self.check_failed)


def child_env(home: Path) -> dict[str, str]:
    return {
        **os.environ,
        "HRDESK_HOME": str(home),
        "HRDESK_PASSPHRASE": PASSWORD,
        "HRDESK_KEY_PASSPHRASE": KEY_PASSPHRASE,
        # No OS keyring: the office key is wrapped by its passphrase, never the developer's.
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
        "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
    }


@contextlib.contextmanager
def as_profile(home: Path) -> Iterator[None]:
    """Run `hrdesk` in this process on `home`, its output kept from the harness's."""
    saved = {k: os.environ.get(k) for k in ("HRDESK_HOME", "HRDESK_PASSPHRASE", "HRDESK_USER")}
    saved["HRDESK_KEY_PASSPHRASE"] = os.environ.get("HRDESK_KEY_PASSPHRASE")
    os.environ.update(
        HRDESK_HOME=str(home), HRDESK_PASSPHRASE=PASSWORD, HRDESK_KEY_PASSPHRASE=KEY_PASSPHRASE
    )
    os.environ.pop("HRDESK_USER", None)
    try:
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def cheap_options() -> StoreOptions:
    """Slots and keys made at a low scrypt cost: unlocking costs milliseconds, not seconds
    (each slot keeps its cost, so the children read it back the same way)."""
    from hrdesk.store.options import ScryptCost, StoreOptions

    return StoreOptions(scrypt=ScryptCost(n=2**10))


def _hrdesk(home: Path, *argv: str) -> None:
    from hrdesk.cli import main

    with as_profile(home):
        code = main(list(argv), options=cheap_options())
    if code != 0:
        raise RuntimeError(f"hrdesk {' '.join(argv)} failed ({code})")


def make_template(base: Path) -> Path:
    """A profile from `hrdesk init` with a few petitions and the office key; beside it the
    backup a restore run restores (the same store plus one more import batch)."""
    home = base / "template"
    with as_profile(home):
        from hrdesk.cli import main

        main(["init", "--province", "gia lai", "--office", OFFICE], options=cheap_options())
    _hrdesk(
        home, "import", "petitions", str(write_batch(base / "seed.xlsx", SEED_BATCH, SEED_ROWS))
    )
    packages = base / "first-package"
    packages.mkdir()
    _hrdesk(
        home, "package", "export", "--period", "2026", "--to", str(packages), "--yes", ALLOW_EMPTY
    )
    other = base / "restore-source"
    shutil.copytree(home, other)
    _hrdesk(other, "import", "petitions", str(write_batch(base / "more.xlsx", RESTORED_BATCH)))
    made = base / "restore-backup"
    made.mkdir()
    _hrdesk(other, "backup", "--to", str(made))
    (backup,) = made.glob("*.hrbackup")
    shutil.move(backup, base / "restore-from.hrbackup")
    shutil.rmtree(other)
    return home


def _log(path: Path) -> tuple[list[int], list[int], bool]:
    started, done = [], []
    lines = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
    for line in lines:
        word, _, k = line.partition(" ")
        (started if word == "start" else done).append(int(k))
    mid = bool(lines) and lines[-1].startswith("start")
    return started, done, mid


def run_child(
    op: str, home: Path, work: Path, log: Path, kill_after: float | None, ops: int = 1
) -> bool:
    """Start the child; kill it after `kill_after` seconds (or let it do `ops` operations).
    True if it was killed."""
    command = [sys.executable, "-m", "bench.torture.child", op, str(work), str(log)]
    if kill_after is None:
        command.append(str(ops))
    child = subprocess.Popen(
        command,
        cwd=ROOT,
        env=child_env(home),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        child.wait(timeout=kill_after if kill_after is not None else 600)
    except subprocess.TimeoutExpired:
        if kill_after is None:
            raise
        child.send_signal(signal.SIGKILL)
        child.wait()
        return True
    if child.returncode != 0:
        message = child.stderr.read().decode(errors="replace") if child.stderr else ""
        raise RuntimeError(f"the {op} child failed before it was killed: {message}")
    return False


def judge(op: str, home: Path, work: Path, log: Path, killed: bool) -> Outcome:
    started, done, mid = _log(log)
    outcome = Outcome(op, killed, killed and mid, len(done))
    if op == "migrate":  # as the kill left it, before `hrdesk check` finishes the migration
        try:
            migration.judge_before_opening(outcome, home, home.parents[1], set(done), PASSWORD)
        except Exception as exc:
            outcome.lost.append(f"store unreadable: {type(exc).__name__}: {exc}")
    check = subprocess.run(
        [sys.executable, "-m", "hrdesk", "check"],
        cwd=ROOT,
        env=child_env(home),
        capture_output=True,
        text=True,
        timeout=600,
    )
    if check.returncode != 0:
        outcome.check_failed = (check.stdout + check.stderr).strip()[-400:]
    outcome.leftovers = len(leftovers(home))
    try:
        JUDGES[op](outcome, home, work, started, set(done))
    except Exception as exc:  # a store that cannot be read back has lost everything
        outcome.lost.append(f"store unreadable: {type(exc).__name__}: {exc}")
    return outcome


def leftovers(home: Path) -> list[Path]:
    """Work folders and `.part` files a killed command left in the profile (after a check)."""
    found = [p for p in home.glob(".*-*") if p.name != ".in-use"]
    found += list(home.glob("exports/.*")) + list(home.rglob("*.part"))
    return found


def _count_tagged(home: Path, tags: list[str]) -> dict[str, int]:
    from sqlalchemy import func, select

    from hrdesk.profile import Profile
    from hrdesk.signin import sign_in
    from hrdesk.store.models import Petition

    with sign_in(Profile(home), None, PASSWORD) as desk:
        with desk.store.reader(desk.actor) as session:
            counts = {
                tag: session.execute(
                    select(func.count())
                    .select_from(Petition)
                    .where(Petition.summary.startswith(tag))
                ).scalar_one()
                for tag in tags
            }
        desk.close(backup=False)
    return counts


def _judge_import(outcome: Outcome, home: Path, work: Path, started: list[int], done: set[int]):
    counts = _count_tagged(home, [batch_tag(k) for k in [SEED_BATCH, *started]])
    if counts[batch_tag(SEED_BATCH)] != SEED_ROWS:
        outcome.lost.append(f"seed petitions: {counts[batch_tag(SEED_BATCH)]} of {SEED_ROWS}")
    for k in started:
        found = counts[batch_tag(k)]
        if found not in (0, BATCH):
            outcome.torn.append(f"import {k}: {found} of {BATCH} rows")
        elif k in done and found != BATCH:
            outcome.lost.append(f"import {k}: reported done, {found} rows")


def _judge_steps(outcome: Outcome, home: Path, work: Path, started: list[int], done: set[int]):
    from sqlalchemy import select

    from hrdesk.profile import Profile
    from hrdesk.signin import sign_in
    from hrdesk.store.models import PetitionStep

    with sign_in(Profile(home), None, PASSWORD) as desk:
        with desk.store.reader(desk.actor) as session:
            notes = list(session.scalars(select(PetitionStep.note)))
        desk.close(backup=False)
    for k in started:
        found = notes.count(step_note(k))
        if found > 1:
            outcome.torn.append(f"step {k}: recorded {found} times")
        elif k in done and found == 0:
            outcome.lost.append(f"step {k}: reported done, not there")


def _final_files(folder: Path, suffix: str, outcome: Outcome) -> list[Path]:
    files = sorted(folder.iterdir()) if folder.is_dir() else []
    outcome.partial_files += sum(1 for f in files if f.name.endswith(".part"))
    return [f for f in files if f.suffix == suffix]


def _judge_files(
    outcome: Outcome, work: Path, started: list[int], done: set[int], kind: str, suffix: str,
    valid: Callable[[Path], bool],
) -> None:  # fmt: skip
    for k in started:
        finals = _final_files(work / f"{kind}-{k}", suffix, outcome)
        good = [f for f in finals if valid(f)]
        if len(good) != len(finals):
            outcome.torn.append(f"{kind} {k}: a file under its final name does not verify")
        elif k in done and not good:
            outcome.lost.append(f"{kind} {k}: reported done, no file")


def _judge_package(outcome: Outcome, home: Path, work: Path, started: list[int], done: set[int]):
    from hrdesk.bundles.bagcheck import TrustedKey
    from hrdesk.bundles.keys import office_public_keys
    from hrdesk.bundles.verify import verify_package
    from hrdesk.profile import Profile

    keys = [TrustedKey(k.public, None) for k in office_public_keys(Profile(home))]
    _judge_files(
        outcome, work, started, done, "package", ".zip",
        lambda path: verify_package(path, keys, workdir=work).ok,
    )  # fmt: skip


def _judge_backup(outcome: Outcome, home: Path, work: Path, started: list[int], done: set[int]):
    from hrdesk.domain.errors import HRDeskError
    from hrdesk.profile import Profile
    from hrdesk.signin import sign_in
    from hrdesk.store.backup_files import verify_backup

    with sign_in(Profile(home), None, PASSWORD) as desk:
        key = desk.store.key
        desk.close(backup=False)

    def valid(path: Path) -> bool:
        try:
            verify_backup(path, key)
        except (HRDeskError, OSError, ValueError):
            return False
        return True

    _judge_files(outcome, work, started, done, "backup", ".hrbackup", valid)


def _judge_restore(outcome: Outcome, home: Path, work: Path, started: list[int], done: set[int]):
    tags = [batch_tag(SEED_BATCH), batch_tag(RESTORED_BATCH)]
    counts = _count_tagged(home, tags)
    if counts[tags[0]] != SEED_ROWS:
        outcome.lost.append(f"seed petitions: {counts[tags[0]]} of {SEED_ROWS}")
    restored = counts[tags[1]]
    if restored not in (0, BATCH):
        outcome.torn.append(f"restore: {restored} of {BATCH} restored rows")
    elif done and restored != BATCH:
        outcome.lost.append("restore: reported done, the old store is still there")


JUDGES = {
    "import": _judge_import,
    "steps": _judge_steps,
    "package": _judge_package,
    "backup": _judge_backup,
    "restore": _judge_restore,
    "migrate": migration.judge_after_check,
}


def prepare_run(base: Path, template: Path, name: str, op: str = "") -> tuple[Path, Path, Path]:
    """A run's profile (`base/name/home`), work folder and log. `migrate` starts from the
    old store (made beside `template` the first time)."""
    run = base / name
    home, work = run / "home", run / "work"
    if op == "migrate":
        template = old_template(base, template)
    shutil.copytree(template, home)
    work.mkdir()
    shutil.copy(base / "restore-from.hrbackup", work / "restore-from.hrbackup")
    return home, work, run / "log"


def calibrate(base: Path, template: Path, op: str, ops: int = CALIBRATION_OPS) -> float:
    """Seconds an unkilled child takes for a few operations (one restore): the kill window."""
    home, work, log = prepare_run(base, template, f"calibrate-{op}", op)
    began = time.monotonic()
    run_child(op, home, work, log, None, ops)
    took = time.monotonic() - began
    outcome = judge(op, home, work, log, killed=False)
    if not outcome.ok:
        raise RuntimeError(f"{op} fails even without a kill: {outcome}")
    shutil.rmtree(home.parent)
    return took


def crash_runs(
    base: Path,
    runs: int,
    seed: int = 18,
    template: Path | None = None,
    calibration_ops: int = CALIBRATION_OPS,
    operations: tuple[str, ...] = OPERATIONS,
) -> list[Outcome]:
    """`runs` killed runs, spread evenly over the kinds of work (on `template`, made in
    `base` unless given)."""
    rng = random.Random(seed)
    template = template or make_template(base)
    window = {op: calibrate(base, template, op, calibration_ops) for op in operations}
    outcomes = []
    for n in range(runs):
        op = operations[n % len(operations)]
        home, work, log = prepare_run(base, template, f"run-{n}", op)
        killed = run_child(op, home, work, log, rng.uniform(0.2, 1.3 * window[op]))
        outcome = judge(op, home, work, log, killed)
        outcomes.append(outcome)
        if outcome.ok:
            shutil.rmtree(home.parent)
    return outcomes


def old_template(base: Path, template: Path) -> Path:
    """The store at an old schema for the `migrate` work, made once per harness run."""
    old = base / "template-old"
    if not old.exists():
        migration.make_old_template(base, template, PASSWORD)
    return old
