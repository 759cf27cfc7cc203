"""Two processes on one store (the window and a command line, or two command lines):
both write at once, neither meets "database is locked" nor breaks the audit chain, and each
sees the other's committed work."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from hrdesk.signin import sign_in
from hrdesk.store.audit_log import verify_chain
from hrdesk.store.models import Petition
from tests.security.conftest import PASSWORD

ROOT = Path(__file__).resolve().parents[2]
EACH = 40


def test_two_processes_writing_at_once_both_succeed_and_see_each_other(desk, tmp_path):
    profile = desk.profile
    desk.close(backup=False)
    marks = tmp_path / "marks"
    marks.mkdir()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    writers = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "tests.concurrency.writer",
                str(profile.root),
                "quantri",
                PASSWORD,
                name,
                str(EACH),
                str(marks),
            ],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for name in ("window", "command")
    ]
    results = []
    for writer in writers:
        out, err = writer.communicate(timeout=300)
        assert writer.returncode == 0, err
        results.append(json.loads(out.strip().splitlines()[-1]))
    for result in results:
        assert result["errors"] == []
        assert result["petitions"] == 2 * EACH  # its own and the other's
    with sign_in(profile, "quantri", PASSWORD) as again:
        with again.store.reader(again.actor) as session:
            assert session.execute(select(func.count()).select_from(Petition)).scalar_one() == (
                2 * EACH
            )
            assert verify_chain(session).ok
        again.close(backup=False)


HOLD = """
import sys, time
from pathlib import Path
from hrdesk.store.backup import connect
connection = connect(Path(sys.argv[1]), bytes.fromhex(sys.argv[2]))
connection.isolation_level = None
connection.execute("BEGIN IMMEDIATE")
print("held", flush=True)
sys.stdin.readline()
connection.execute("ROLLBACK")
"""


def test_a_write_lock_held_past_the_timeout_is_a_clear_message_and_nothing_written(desk):
    from hrdesk.domain.errors import StoreError
    from tests.factories import petition

    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(desk.profile.store_path), desk.store.key.hex()],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "held"
        with pytest.raises(StoreError) as refused, desk.store.transaction(desk.actor) as session:
            petition(session)
        assert refused.value.code == "store.busy"
        assert "đang ghi vào kho dữ liệu" in refused.value.text("vi")
    finally:
        holder.communicate("\n", timeout=60)
    with desk.store.reader(desk.actor) as session:
        assert session.execute(select(func.count()).select_from(Petition)).scalar_one() == 0
    with desk.store.transaction(desk.actor) as session:
        petition(session)  # the other program done: the same work goes through
