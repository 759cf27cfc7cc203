"""Issue 18's figure: the disk the automatic backups of a national-size store take over a
year of daily backups, with no limit and under several `backups.budget_mb` budgets.

One real backup of the national profile is written (`write_backup`, as the daily one is)
and measured. The year is then simulated with the real keeping rules (`prune`: 7 daily,
4 weekly, 12 monthly) and the real budget (`fit_budget`, reading the setting from a real
store), each day's copy a sparse file of the measured backup's size under a name with that
day's date: 365 real copies of gigabytes would fill the disk, and the rules look only at
names and sizes. The store is taken not to grow over the year (it already holds a
million petitions); a growing store only moves the figures up in proportion.

    python bench/backup_budget.py [--size-from-store | --backup-mb N]
    # writes bench/results/backup_budget.md
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import itertools

from common import BENCH, ROOT

GB = 1024**3
MB = 1024**2
START = datetime(2027, 1, 1, 8, 0, tzinfo=UTC)
DAYS = 365


@dataclass
class Year:
    budget_mb: int
    kept: int  # copies at the year's end
    kept_bytes: int
    oldest_days: int  # how far back the oldest kept copy goes at the year's end
    peak_bytes: int  # the most the kept copies took at any day's end
    peak_writing: int  # …and while a day's backup was being written (work copy + new file)
    dropped_by_budget: int
    too_small_days: int
    widest_gap_days: int = 0  # the longest stretch between two kept copies at year end


def measure_one(root: Path) -> tuple[int, float, int]:
    """Write one real backup of the profile at `root`: its bytes, seconds, the store's bytes."""
    from profiles import sign_in_fast

    from hrdesk.profile import Profile
    from hrdesk.store.backup_files import write_backup

    desk = sign_in_fast(Profile(root))
    try:
        store_bytes = (root / "hrdesk.db").stat().st_size
        with tempfile.TemporaryDirectory(dir=root, prefix=".bench-backup-") as work:
            started = time.perf_counter()
            made = write_backup(desk.store, Path(work) / "one.hrbackup")
            took = time.perf_counter() - started
            size = made.stat().st_size
    finally:
        desk.store.close()
    return size, took, store_bytes


def budget_store(folder: Path, budget_mb: int):
    """A real (small, unencrypted) store holding the office's budget setting."""
    from hrdesk.domain.access import Actor
    from hrdesk.domain.settings import BACKUP_BUDGET_MB
    from hrdesk.domain.vocab import OfficerRole
    from hrdesk.profile import Profile
    from hrdesk.services.settings import write_setting
    from hrdesk.store.database import Store

    store = Store.open(Profile(folder))
    admin = Actor("admin", OfficerRole.ADMIN, None, "Quản trị viên")
    with store.transaction(admin) as session:
        write_setting(session, BACKUP_BUDGET_MB, budget_mb)
    return store


def simulate(store, backup_bytes: int, store_bytes: int, folder: Path) -> Year:
    from hrdesk.domain.notice import Notice
    from hrdesk.domain.settings import BACKUP_BUDGET_MB
    from hrdesk.store.backup_files import AUTO_PREFIX, SUFFIX, auto_backups, prune
    from hrdesk.store.backup_space import fit_budget, office_setting

    heard: list[Notice] = []
    peak = peak_writing = 0
    for day in range(DAYS):
        now = START + timedelta(days=day)
        kept_before = sum(p.stat().st_size for _, p in auto_backups(folder))
        peak_writing = max(peak_writing, kept_before + store_bytes + backup_bytes)
        target = folder / f"{AUTO_PREFIX}{now:%Y%m%dT%H%M%SZ}{SUFFIX}"
        with open(target, "wb") as handle:
            handle.truncate(backup_bytes)  # sparse: the size without the disk
        prune(folder, now)
        fit_budget(store, auto_backups(folder), heard.append)
        peak = max(peak, sum(p.stat().st_size for _, p in auto_backups(folder)))
    found = auto_backups(folder)
    end = START + timedelta(days=DAYS - 1)
    return Year(
        budget_mb=office_setting(store, BACKUP_BUDGET_MB),
        kept=len(found),
        kept_bytes=sum(p.stat().st_size for _, p in found),
        oldest_days=(end - found[0][0]).days,
        peak_bytes=peak,
        peak_writing=peak_writing,
        dropped_by_budget=sum(
            n.params["count"] for n in heard if n.code == "backup.budget_dropped"
        ),
        too_small_days=sum(1 for n in heard if n.code == "backup.budget_too_small"),
        widest_gap_days=max([(b[0] - a[0]).days for a, b in itertools.pairwise(found)], default=0),
    )


def run(backup_bytes: int, store_bytes: int) -> list[Year]:
    copy_mb = -(-backup_bytes // MB)
    budgets = [0, 12 * copy_mb, 8 * copy_mb, 4 * copy_mb, 2 * copy_mb, copy_mb // 2]
    years = []
    for budget in budgets:
        with tempfile.TemporaryDirectory(prefix="hrdesk-budget-") as work:
            store = budget_store(Path(work) / "profile", budget)
            try:
                folder = Path(work) / "backups"
                folder.mkdir()
                years.append(simulate(store, backup_bytes, store_bytes, folder))
            finally:
                store.close()
        print(f"  budget {budget} MB: {years[-1]}", flush=True)
    return years


def write(
    years: list[Year], backup_bytes: int, took: float | None, store_bytes: int, given: bool = False
) -> Path:
    from run import machine

    out = BENCH / "results" / "backup_budget.md"
    measured = (
        f"one real backup of the national store: {backup_bytes / GB:.2f} GiB written in "
        f"{took:.0f} s (copy, check of the copy, zip, read back)"
        if took is not None
        else f"the backup's size taken as measured by an earlier run of one real backup of "
        f"the national store ({backup_bytes / GB:.2f} GiB, `--backup-mb`), the store as large"
        if given
        else f"the backup's size taken as the store file's ({backup_bytes / GB:.2f} GiB): "
        "a backup stores the store uncompressed (it is encrypted) with the keys"
    )
    lines = [
        "# Automatic backups of a national-size store over a year (issue 18)",
        "",
        f"Run {time.strftime('%Y-%m-%d %H:%M:%S %Z')} by `python bench/backup_budget.py`.",
        "",
        f"- store: {store_bytes / GB:.2f} GiB (the national bench profile, 1,000,000 "
        "petitions); " + measured,
        f"- a year of daily automatic backups from {START:%Y-%m-%d}, one a day for {DAYS} "
        "days, the store changed every day (the worst case: an unchanged store makes none)",
        "- the keeping rules (`prune`: newest of the last 7 days, 4 ISO weeks, 12 months) "
        "and the budget (`fit_budget`, setting `backups.budget_mb` read from a real store) "
        "are the program's own functions; each copy is a sparse file of the measured size "
        "named with its day (see the module's docstring)",
        "- *while writing*: the kept copies plus the backup's working copy of the store in "
        "the profile and the new file, both on the disk at once before the old ones go",
        "",
        "| budget (MB) | copies kept at year end | disk at year end | most at a day's end "
        "| most while writing | oldest copy (days back) | copies dropped by the budget "
        "| days the budget was below one copy | widest gap between kept copies (days) |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for y in years:
        budget = "0 (no limit)" if y.budget_mb == 0 else f"{y.budget_mb:,}"
        lines.append(
            f"| {budget} | {y.kept} | {y.kept_bytes / GB:.1f} GiB | {y.peak_bytes / GB:.1f} GiB "
            f"| {y.peak_writing / GB:.1f} GiB | {y.oldest_days} | {y.dropped_by_budget} "
            f"| {y.too_small_days} | {y.widest_gap_days} |"
        )
    unlimited = years[0]
    lines += [
        "",
        f"With no budget the kept copies reach {unlimited.kept} ({unlimited.peak_bytes / GB:.0f} "
        f"GiB, {unlimited.peak_bytes / max(store_bytes, 1):.0f}× the store) and "
        f"{unlimited.peak_writing / GB:.0f} GiB while a backup is written. A budget keeps the "
        "newest copy and the oldest that fits beside it, and drops first the copy in between "
        "whose going leaves the smallest gap between its neighbours, so a tight budget keeps "
        "how far back a restore can go and thins the copies in between; below one copy the "
        "newest is still kept and the officer is told every day (`backup.budget_too_small`).",
        "",
        "## Machine",
        "",
        *[f"- {name}: {value}" for name, value in machine()],
        "",
    ]
    out.write_text("\n".join(lines), encoding="utf-8")
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--size-from-store",
        action="store_true",
        help="take the backup's size as the store file's instead of writing one",
    )
    parser.add_argument(
        "--backup-mb",
        type=int,
        help="take the backup's size (MB) from an earlier measurement, the store as large; "
        "no national profile is needed",
    )
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if args.backup_mb:
        size = args.backup_mb * MB
        years = run(size, size)
        print(f"results in {write(years, size, None, size, given=True).relative_to(ROOT)}")
        return 0
    from profiles import ensure

    national = ensure("national")
    store_bytes = national.store_bytes
    took: float | None = None
    if args.size_from_store:
        backup_bytes = store_bytes
    else:
        print("writing one backup of the national store …", flush=True)
        backup_bytes, took, store_bytes = measure_one(national.root)
        print(f"  {backup_bytes / GB:.2f} GiB in {took:.0f} s", flush=True)
    years = run(backup_bytes, store_bytes)
    print(f"results in {write(years, backup_bytes, took, store_bytes).relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
