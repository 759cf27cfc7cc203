"""The figures of bench/results/reliability.md."""

from __future__ import annotations

import platform
from collections.abc import Sequence
from datetime import UTC, datetime

from bench.torture.crash import Outcome
from bench.torture.stick import StickFault

GOALS = "Goals: records lost 0, torn operations 0, `hrdesk check` failures 0."
# Kills placed at exact moments rather than random ones, run by `make test`.
KILLED_IN_TESTS = [
    "Also killed in `make test` at chosen moments: a restore before and after each of its "
    "renames (tests/security/test_restore_one_step.py: the old store or the backup's, each "
    "with its own keys); a migration inside its transaction "
    "(tests/torture/test_migration_kills.py); the central service while it receives an "
    "upload, from mid-chunk to the receipt (tests/outbox/test_centre_killed.py: the package "
    "kept once, a valid receipt, no other file of it in the centre's data folder).",
    "",
]


def _row(label: str, runs: list[Outcome]) -> str:
    cells = [
        len(runs),
        sum(o.killed for o in runs),
        sum(o.mid_operation for o in runs),
        sum(o.done for o in runs),
        sum(len(o.lost) for o in runs),
        sum(len(o.torn) for o in runs),
        sum(bool(o.check_failed) for o in runs),
        sum(o.partial_files for o in runs),
        sum(o.leftovers for o in runs),
    ]
    return f"| {label} | " + " | ".join(str(c) for c in cells) + " |"


def crash_table(outcomes: Sequence[Outcome], operations: Sequence[str], minutes: float) -> str:
    lines = [
        "# Reliability figures (`make torture`)",
        "",
        f"One run of `python -m bench.torture`, {datetime.now(UTC):%Y-%m-%d %H:%M} UTC, "
        f"Python {platform.python_version()} on {platform.system()}, {minutes:.1f} minutes.",
        "",
        "## Crashes",
        "",
        "Each run copies a profile made by `hrdesk init`, starts real write work in a child "
        "process (`bench/torture/child.py`) and kills it with SIGKILL after a random delay. "
        "Then `hrdesk check` must pass; every operation the child reported done (a line "
        "fsynced after the command returned) must be there in full; none may be there in "
        "part: an import of 300 rows is 0 or 300 rows, a package or backup under its final "
        "name verifies, a restore leaves the old store or the new one, a migration of an old "
        "store (schema 0008) leaves it exactly as it was or at the newest schema.",
        "",
        "| work | runs | killed | killed mid-operation | operations reported done "
        "| records lost | torn operations | `hrdesk check` failed | `.part` files left "
        "| work files left in the profile |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for op in operations:
        lines.append(_row(op, [o for o in outcomes if o.op == op]))
    lines.append(_row("**all**", list(outcomes)))
    lines += ["", GOALS, ""]
    failures = [o for o in outcomes if not o.ok]
    if failures:
        lines += ["### Failures", ""]
        for o in failures:
            for problem in [*o.lost, *o.torn] + ([o.check_failed] if o.check_failed else []):
                lines.append(f"- {o.op}: {problem}")
        lines.append("")
    lines += [
        "`.part` files are what a killed write leaves on the stick under a name that says it "
        "is incomplete; they never carry the final name. Work files left in the profile are the "
        "temporary folders of a killed backup, restore or package build, counted after the "
        "next command (`hrdesk check`) ran: space lost, no record.",
        "",
        *KILLED_IN_TESTS,
    ]
    return "\n".join(lines)


# The national-size figure takes an hour and 4 GB of disk: measured apart, pointed to here.
BACKUP_BUDGET = (
    "The automatic backups of a national-size store over a year, with and without a budget: "
    "`bench/results/backup_budget.md` (`python bench/backup_budget.py`)."
)


def stick_table(faults: Sequence[StickFault] | None) -> str:
    lines = ["## A full stick, a pulled stick, a damaged backup", ""]
    if faults is None:
        return "\n".join([*lines, "Skipped: no tmpfs could be mounted here (needs root).", ""])
    handled = sum(f.handled for f in faults)
    lines += [
        "A package, a backup and an Excel export written to a tmpfs of half the file's size; "
        "the same three and a PDF report with the stick pulled out (`umount -l`) while the "
        "file is written and just after it is renamed into place; "
        "a restore from a backup with one byte flipped. Handled: a clear message, nothing "
        "under a final name on the stick, the store's records and `hrdesk check` unchanged "
        "(for the restore, the store file byte for byte).",
        "",
        f"Stick faults tried: {len(faults)}, handled: {handled} (goal: all).",
        "",
        "| fault | handled | message (Vietnamese, as the officer sees it) |",
        "|---|---|---|",
    ]
    for fault in faults:
        said = fault.message.replace("|", "\\|")
        verdict = "yes" if fault.handled else "NO: " + "; ".join(fault.problems)
        lines.append(f"| {fault.name} | {verdict} | {said} |")
    return "\n".join([*lines, "", BACKUP_BUDGET, ""])
