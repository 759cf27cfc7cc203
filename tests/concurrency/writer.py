"""One of two processes writing to the same store at once (tests/concurrency).

    python -m tests.concurrency.writer PROFILE USERNAME PASSWORD NAME COUNT FOLDER

Receives COUNT petitions, one transaction each, then marks FOLDER/NAME.done, waits for the
other process's mark and prints what it sees as JSON: every error met, and the number of
petitions (its own and the other's).
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from sqlalchemy import func, select

from hrdesk.profile import Profile
from hrdesk.signin import sign_in
from hrdesk.store.models import Petition
from tests.factories import petition


def main(root: str, username: str, password: str, name: str, count: str, folder: str) -> int:
    errors: list[str] = []
    marks = Path(folder)
    with sign_in(Profile(Path(root)), username, password) as desk:
        (marks / f"{name}.ready").touch()
        while len(list(marks.glob("*.ready"))) < 2:
            time.sleep(0.01)
        for n in range(int(count)):
            try:
                with desk.store.transaction(desk.actor) as session:
                    petition(session, summary=f"Đơn {name} {n}", petitioners=[{"full_name": name}])
            except Exception as exc:  # every failure is reported, not just the expected kind
                errors.append(f"{type(exc).__name__}: {exc}")
        (marks / f"{name}.done").touch()
        while len(list(marks.glob("*.done"))) < 2:
            time.sleep(0.01)
        with desk.store.reader(desk.actor) as session:
            seen = session.execute(select(func.count()).select_from(Petition)).scalar_one()
        desk.close(backup=False)
    print(json.dumps({"errors": errors, "petitions": seen}))
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
