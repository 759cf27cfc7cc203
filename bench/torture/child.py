"""One kind of real write work, done in a loop until the harness kills it (bench/torture).

    python -m bench.torture.child OP WORK LOG [COUNT]

OP is import, steps, package, backup, restore or migrate; the profile comes from HRDESK_HOME and the
password from HRDESK_PASSPHRASE, as for any command line. Before each operation the child
appends "start K" to LOG, after it reported success "done K", each line fsynced: a line in LOG
is the operation's report to the officer. COUNT (default: for ever) bounds the loop.
"""

from __future__ import annotations

import os
import sys
from datetime import date
from pathlib import Path

from openpyxl import Workbook

from hrdesk.cli import main as hrdesk

# The harness tests what survives a kill, not the report's narrative: build it undrafted.
ALLOW_EMPTY = "--allow-empty-sections"

BATCH = 300
HEADERS = ["Ngày nhận", "Họ và tên", "Nội dung vụ việc", "Loại đơn", "Lĩnh vực", "Hình thức nhận"]


def batch_tag(k: int) -> str:
    """The text every petition of import batch `k` carries, to count the batch afterwards."""
    return f"Lô nhập {k:04d}:"


def step_note(k: int) -> str:
    return f"Ghi chú thử {k:04d}"


def write_batch(path: Path, k: int, rows: int = BATCH) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.append(HEADERS)
    received = date(2026, 3, 2).strftime("%d/%m/%Y")
    for n in range(rows):
        sheet.append(
            [
                received,
                f"Người gửi {k}-{n}",
                f"{batch_tag(k)} đơn số {n}",
                "Khiếu nại",
                "Đất đai",
                "Trực tiếp",
            ]
        )
    book.save(path)
    return path


class Log:
    def __init__(self, path: Path) -> None:
        self.handle = open(path, "a", encoding="utf-8")  # noqa: SIM115 - open for the run

    def say(self, line: str) -> None:
        self.handle.write(line + "\n")
        self.handle.flush()
        os.fsync(self.handle.fileno())


def _import(work: Path, k: int) -> int:
    path = write_batch(work / f"batch-{k}.xlsx", k)
    return hrdesk(["import", "petitions", str(path)])


def _package(work: Path, k: int) -> int:
    folder = work / f"package-{k}"
    folder.mkdir()
    return hrdesk(
        ["package", "export", "--period", "2026", "--to", str(folder), "--yes", ALLOW_EMPTY]
    )


def _backup(work: Path, k: int) -> int:
    folder = work / f"backup-{k}"
    folder.mkdir()
    return hrdesk(["backup", "--to", str(folder)])


def _restore(work: Path, k: int) -> int:
    return hrdesk(["restore", str(work / "restore-from.hrbackup"), "--yes"])


def _steps(work: Path, count: int | None, log: Log) -> None:
    """Petition steps, one transaction each, by a desk kept open as the window keeps it."""
    from sqlalchemy import select

    from hrdesk.profile import Profile
    from hrdesk.services.petition_flow import add_note
    from hrdesk.signin import sign_in
    from hrdesk.store.models import Petition

    with sign_in(Profile(Path(os.environ["HRDESK_HOME"])), None, _password()) as desk:
        with desk.store.reader(desk.actor) as session:
            uids = list(session.scalars(select(Petition.uid).order_by(Petition.id)))
        k = 0
        while count is None or k < count:
            log.say(f"start {k}")
            with desk.store.transaction(desk.actor) as session:
                add_note(session, uids[k % len(uids)], note=step_note(k))
            log.say(f"done {k}")
            k += 1
        desk.close(backup=False)


def _password() -> str:
    return os.environ["HRDESK_PASSPHRASE"]


def _migrate(work: Path, k: int) -> int:
    # Any command opens the store, and opening an old store migrates it.
    return hrdesk(["check"])


OPERATIONS = {
    "import": _import,
    "package": _package,
    "backup": _backup,
    "restore": _restore,
    "migrate": _migrate,
}


def main(op: str, work: str, log_path: str, count: str | None = None) -> int:
    log = Log(Path(log_path))
    limit = int(count) if count is not None else None
    if op == "steps":
        _steps(Path(work), limit, log)
        return 0
    run = OPERATIONS[op]
    k = 0
    while limit is None or k < limit:
        log.say(f"start {k}")
        if run(Path(work), k) != 0:
            return 1
        log.say(f"done {k}")
        k += 1
        if op in ("restore", "migrate"):  # done once, there is nothing to do again
            break
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
