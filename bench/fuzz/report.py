"""The "Hostile input, fuzzed" section of bench/results/reliability.md.

`python -m bench.torture` writes the file anew; `python -m bench.fuzz` runs after it and
puts its own section in (replacing an earlier one), so neither writer knows the other.
"""

from __future__ import annotations

import platform
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

from bench.fuzz.runner import HANG_SECONDS, MEMORY_MB, REGRESSIONS, ROOT, Figures

HEADING = "## Hostile input, fuzzed"

TARGET_TEXT = {
    "package": "a package verified (`verify_package`) and imported (`import_package`)",
    "receipt": "a receipt and its .minisig imported (`hrdesk receipt import`)",
    "spreadsheet": "an .xlsx or .csv list of records imported (`hrdesk import`)",
    "backup": "a backup read and checked for a restore (`prepare_restore`)",
    "central": "the centre's POST /api/v1/packages and tus uploads (plain and sealed)",
}


def _where(figures: Figures) -> str:
    saved = [str(p.relative_to(ROOT)) if p.is_relative_to(ROOT) else str(p) for p in figures.saved]
    return ", ".join(f"`{s}`" for s in saved) or "-"


def fuzz_section(results: Sequence[Figures], runs: int, seed: int, minutes: float) -> str:
    engines = sorted({f.engine for f in results})
    lines = [
        HEADING,
        "",
        f"One run of `python -m bench.fuzz --runs {runs} --seed {seed}`, "
        f"{datetime.now(UTC):%Y-%m-%d %H:%M} UTC, Python {platform.python_version()}, "
        f"{minutes:.1f} minutes; engine: {', '.join(engines)}.",
        "",
        "Each target starts from a corpus of valid files (packages made by the desktop and by "
        "the tests' builders, a sealed package, a receipt signed by the centre's key, every "
        "kind of record list exported as .xlsx and .csv, a real backup) and mutates them: "
        "bytes flipped, cut, inserted, repeated or spliced from another file; zip entries "
        "dropped, repeated, renamed, reordered or mutated and the zip written anew; lines of "
        "tag files, CSV rows and JSON values changed; tag files and receipts signed anew by "
        "the trusted key so the input reaches the checks behind the signature. A run is "
        "clean when it ends in an acceptance or a documented refusal (an `HRDeskError` with "
        "a catalogue code; for the centre a 4xx answer with a JSON error). Anything else is "
        f"a crash; so is a run still going after {HANG_SECONDS:.0f} s (a hang). Each target "
        f"runs in a child process whose address space is capped at {MEMORY_MB} MB.",
        "",
        "| target | runs | accepted | refused | crashes (goal 0) | hangs | slowest input "
        "| mean | peak memory of the child |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for f in results:
        mean = f.total_seconds / f.runs * 1000 if f.runs else 0.0
        lines.append(
            f"| {TARGET_TEXT.get(f.target, f.target)} | {f.runs} | {f.accepted} | {f.refused} "
            f"| {f.crashed} | {f.hangs} | {f.slowest:.2f} s ({f.slowest_label}) | {mean:.0f} ms "
            f"| {f.peak_mb:.0f} MB (set up: {f.setup_mb:.0f} MB) |"
        )
    crashed = [f for f in results if f.crashed]
    lines.append("")
    if crashed:
        lines += ["### Crashes", ""]
        for f in crashed:
            for kind, count in sorted(f.kinds.items()):
                lines.append(f"- {f.target}: {kind} ({count} inputs)")
            lines.append(f"  saved: {_where(f)}")
        lines.append("")
    kept = {t.name: sum(1 for c in t.iterdir() if c.is_dir()) for t in _kept_targets()}
    if kept:
        listed = ", ".join(f"{name} {count}" for name, count in sorted(kept.items()))
        lines += [
            f"Inputs that crashed a target in any run so far, kept: {listed} (each "
            "folder's crash.txt says what it did; all found before this run are fixed).",
            "",
        ]
    lines += [
        "Every input that ever crashed is kept under `tests/fuzz_regressions/<target>/` and "
        "run by `tests/fuzz/test_regressions.py`; a short seeded version of each target "
        "(hypothesis) runs in `make test` (`tests/fuzz/test_fuzz_short.py`).",
        "",
    ]
    return "\n".join(lines)


def _kept_targets() -> list[Path]:
    return sorted(p for p in REGRESSIONS.glob("*") if p.is_dir()) if REGRESSIONS.is_dir() else []


def replace_section(text: str, section: str) -> str:
    """`text` with its fuzzing section replaced by `section` (or `section` added at its end)."""
    start = text.find(HEADING)
    if start < 0:
        return (text.rstrip("\n") + "\n\n" if text else "") + section
    end = text.find("\n## ", start + len(HEADING))
    rest = text[end + 1 :] if end >= 0 else ""
    return text[:start] + section + ("\n" + rest if rest else "")
