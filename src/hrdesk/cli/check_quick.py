"""`hrdesk check --quick`: a check in seconds on a large store — SQLite's quick check, the
records counted where that is cheap (the kept count of petitions), and the audit chain's
head — and the stages the full check names on its progress line."""

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
    "quick": Localized("Kiểm tra nhanh tệp dữ liệu", "Quick check of the file"),
    "links": Localized("Kiểm tra liên kết giữa các hồ sơ", "Checking links between records"),
    "index": Localized("Chỉ mục tìm kiếm", "Search index"),
    "counts": Localized("Đếm hồ sơ", "Counting records"),
    "chain": Localized("Kiểm tra chuỗi nhật ký", "Checking the audit chain"),
}
# Tables small enough to count each time; petitions (millions) by their kept count.
COUNTED = ("agencies", "members", "tasks", "training_events", "meetings")
KIND_OF = {"training_events": "trainings"}


def run_quick_check(args: argparse.Namespace) -> int:
    from hrdesk.store import live_counts

    progress = current()
    profile = profile_of(args)
    try:
        desk = open_desk(args)
    except DamagedStore as exc:
        say(args, "cli19.check_damaged", reason=exc)
        return 1
    with desk, desk.store.reader(desk.actor) as session:
        connection = session.connection()
        progress.step(STAGES["quick"], 1, 3)
        result = connection.exec_driver_sql("PRAGMA quick_check").scalar()
        failed = result != "ok"
        if failed:
            say(args, "cli19.check_damaged", reason=result)
        else:
            say(args, "cli19.quick_check_ok", path=profile.store_path)
        progress.step(STAGES["counts"], 2, 3)
        counts = {
            table: connection.exec_driver_sql(
                f"SELECT count(*) FROM {table} WHERE archived_at IS NULL"
            ).scalar_one()
            for table in COUNTED
        }
        counts["petitions"] = live_counts.live(connection, "petitions") or 0
        lang = lang_of(args)
        shown = [f"{n} {LIST_KINDS[KIND_OF.get(t, t)].text(lang)}" for t, n in counts.items()]
        say(args, "cli19.quick_counts", counts=shown)
        progress.step(STAGES["chain"], 3, 3)
        head = connection.exec_driver_sql(
            "SELECT seq, hash FROM audit_entries ORDER BY id DESC LIMIT 1"
        ).first()
        if head is None:
            say(args, "cli19.chain_empty")
        else:
            say(args, "cli19.chain_head", entries=head[0], hash=head[1][:16])
    return 1 if failed else 0
