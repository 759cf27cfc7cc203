"""Kills during the migration of an old store (bench/torture's "migrate" work).

The old store is the harness's profile with more petitions, taken back to schema 0008 by
Alembic's downgrades: opening it runs 0009 (every open petition's deadline recomputed and
recorded), 0010, 0011 and 0012. The child opens it (`hrdesk check`) and is killed at a random
moment. Before anything opens the store again the judge reads it as it lies on the disk: it
must be exactly the old store (every row as before) or a store at the newest schema. Then
`hrdesk check` (which finishes any migration) must pass with every petition there.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from bench.torture.child import write_batch

if TYPE_CHECKING:
    from bench.torture.crash import Outcome

OLD_REVISION = "0008"
OLD_BATCHES = (7001, 7002)  # petitions only the old store holds, to give 0009 work
DIGEST_FILE = "old-store-digest.json"


def _key(home: Path, password: str) -> bytes:
    from hrdesk.signin import only_account
    from hrdesk.store.keyfile import KeyFile

    keyfile = KeyFile.load(home / "keys.json")
    return keyfile.unwrap(only_account(keyfile), password)


def _read(home: Path, password: str) -> tuple[str | None, str]:
    """The store's schema revision and full content digest, read without migrating."""
    from hrdesk.store.backup import connect, content_digest

    connection = connect(home / "hrdesk.db", _key(home, password))
    try:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        return (row[0] if row else None), content_digest(connection)[1]
    finally:
        connection.close()


def make_old_template(base: Path, template: Path, password: str) -> Path:
    """A copy of the harness's profile with two more import batches, at schema 0008."""
    from alembic import command
    from bench.torture.crash import _hrdesk

    from hrdesk.store.engine import create_store_engine
    from hrdesk.store.migrate import alembic_config

    old = base / "template-old"
    shutil.copytree(template, old)
    for k in OLD_BATCHES:
        _hrdesk(old, "import", "petitions", str(write_batch(base / f"old-{k}.xlsx", k)))
    shutil.rmtree(old / "backups", ignore_errors=True)  # copies at the newest schema
    engine = create_store_engine(old / "hrdesk.db", _key(old, password))
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, OLD_REVISION)
    engine.dispose()
    revision, digest = _read(old, password)
    assert revision == OLD_REVISION, revision
    (base / DIGEST_FILE).write_text(json.dumps({"digest": digest}), encoding="utf-8")
    return old


def judge_before_opening(
    outcome: Outcome, home: Path, base: Path, done: set[int], password: str
) -> None:
    """The store as the kill left it: the old one exactly, or one at the newest schema."""
    from hrdesk.store.migrate import head_revision

    revision, digest = _read(home, password)
    old_digest = json.loads((base / DIGEST_FILE).read_text(encoding="utf-8"))["digest"]
    if revision == OLD_REVISION:
        if digest != old_digest:
            outcome.torn.append("migration: at 0008 but not the old store's rows")
        elif done:
            outcome.lost.append("migration: reported done, the store is still at 0008")
    elif revision != head_revision():
        outcome.torn.append(f"migration: left at revision {revision}")


def judge_after_check(
    outcome: Outcome, home: Path, work: Path, started: list[int], done: set[int]
) -> None:
    """After `hrdesk check` opened it: at the newest schema, every petition there."""
    from bench.torture.child import batch_tag
    from bench.torture.crash import BATCH, PASSWORD, SEED_BATCH, SEED_ROWS, _count_tagged

    from hrdesk.store.migrate import head_revision

    expected = {batch_tag(SEED_BATCH): SEED_ROWS} | {batch_tag(k): BATCH for k in OLD_BATCHES}
    counts = _count_tagged(home, list(expected))
    for tag, rows in expected.items():
        if counts[tag] != rows:
            outcome.lost.append(f"migration: {tag} {counts[tag]} of {rows} petitions")
    revision, _digest = _read(home, PASSWORD)
    if revision != head_revision():
        outcome.torn.append(f"migration: at {revision} after opening, not {head_revision()}")


def kill_during_migration(home: Path, work: Path, log: Path, delay: float) -> bool:
    """Open the old store in a child and SIGKILL it `delay` seconds after its copy before
    the upgrade is in place, that is, inside the migration itself. True if it was killed."""
    from bench.torture.crash import ROOT, child_env

    child = subprocess.Popen(
        [sys.executable, "-m", "bench.torture.child", "migrate", str(work), str(log), "1"],
        cwd=ROOT,
        env=child_env(home),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 300
    while child.poll() is None and time.monotonic() < deadline:
        if any((home / "backups").glob("before-upgrade-*.db")):
            break
        time.sleep(0.002)
    time.sleep(delay)
    if child.poll() is not None:
        return False
    child.kill()
    child.wait()
    return True
