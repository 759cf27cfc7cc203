"""`hrdesk check --quick`: a check in seconds on a large store — the file against its
pages, the small tables page by page and the newest rows of the large ones, the audit
chain's head, the newest backup, the records counted where that is cheap (the kept count
of petitions) — and the stages the full check names on its progress line."""

from __future__ import annotations

import argparse

from hrdesk.cli.context import open_desk, profile_of
from hrdesk.cli.printing import lang_of, say
from hrdesk.cli.progress import current
from hrdesk.domain.errors import DamagedStore
from hrdesk.messages import Localized
from hrdesk.services.common import LIST_KINDS

STAGES = {
    "integrity": Localized("Kiểm tra toàn vẹn tệp dữ liệu", "Checking the file's integrity"),
    "quick_file": Localized("Kiểm tra nhanh tệp dữ liệu", "Quick check of the file"),
    "quick_tables": Localized("Kiểm tra nhanh các bảng", "Quick check of the tables"),
    "quick_chain": Localized(
        "Kiểm tra các mục nhật ký mới nhất", "Checking the newest log entries"
    ),
    "quick_backup": Localized("Tìm bản sao lưu mới nhất", "Finding the newest backup"),
    "quick_counts": Localized("Đếm hồ sơ", "Counting records"),
    "links": Localized("Kiểm tra liên kết giữa các hồ sơ", "Checking links between records"),
    "index": Localized("Chỉ mục tìm kiếm", "Search index"),
    "counts": Localized("Đếm hồ sơ", "Counting records"),
    "chain": Localized("Kiểm tra chuỗi nhật ký", "Checking the audit chain"),
}
KIND_OF = {"training_events": "trainings"}


def run_quick_check(args: argparse.Namespace) -> int:
    """The quick check (store/quick_check.py), each part said in the officer's language.

    It makes no daily backup as it closes: a check meant to take seconds would otherwise
    copy gigabytes once a day, and a store it finds damaged should not be copied over the
    newest sound backup's turn; the next command makes it."""
    from hrdesk.store.quick_check import HEAD_ENTRIES, NEWEST_ROWS, quick_check

    progress = current()
    profile = profile_of(args)
    try:
        desk = open_desk(args)
    except DamagedStore as exc:
        say(args, "cli19.check_damaged", reason=exc)
        return 1
    try:
        with desk.store.reader(desk.actor) as session:
            connection = session.connection()

            def step(name: str, number: int, count: int) -> None:
                progress.step(STAGES[f"quick_{name}"], number, count)

            report = quick_check(connection, profile.store_path, profile.backups_dir, step)
    finally:
        desk.close(backup=False)
    mb = 1024 * 1024
    say(
        args,
        "quick.file",
        pages=report.pages,
        page_size=report.page_size,
        size=round(report.file_bytes / mb),
        free=report.free_pages,
    )
    say(
        args,
        "quick.tables",
        checked=len(report.tables_checked),
        sampled=len(report.tables_sampled),
        names=report.tables_sampled or "-",
        rows=NEWEST_ROWS,
    )
    lang = lang_of(args)
    if report.counts:
        kinds = [
            f"{n} {LIST_KINDS[KIND_OF.get(t, t)].text(lang)}" for t, n in report.counts.items()
        ]
        say(args, "cli19.quick_counts", counts=kinds)
    if report.head_checked:
        say(
            args,
            "quick.chain_head",
            checked=min(report.head_checked, HEAD_ENTRIES),
            number=report.head_seq,
            hash=report.head_hash[:16],
        )
    elif not report.problems:
        say(args, "cli19.chain_empty")
    if report.backup is None:
        say(args, "quick.no_backup", folder=profile.backups_dir)
    else:
        say(args, "quick.backup", made=report.backup[0], size=round(report.backup[1] / mb))
    for code, params in report.problems:
        say(args, code, **params)
    if report.ok:
        say(args, "quick.ok")
        return 0
    say(args, "quick.failed", count=len(report.problems))
    return 1
