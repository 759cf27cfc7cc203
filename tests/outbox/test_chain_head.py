"""The audit chain's head travels in each package and comes back in the centre's receipt;
`hrdesk check` names history rewritten after a package was acknowledged, which the chain
alone (every hash recomputed) cannot show."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

from sqlalchemy import text

from hrdesk.profile import Profile
from hrdesk.signin import sign_in
from hrdesk.store.audit_log import GENESIS, entry_hash, verify_chain
from hrdesk.store.models import AuditEntry
from tests.outbox.conftest import DESK_PASSPHRASE, Office
from tests.outbox.test_receipts import _receipts_on_a_stick
from tests.outbox.test_round_trip import _connect, _export


def _bag_info(package: Path) -> dict[str, str]:
    with zipfile.ZipFile(package) as archive:
        name = next(n for n in archive.namelist() if n.endswith("/bag-info.txt"))
        lines = archive.read(name).decode().splitlines()
    return dict(line.split(": ", 1) for line in lines if ": " in line)


def _rewrite_history(profile: Path) -> None:
    """Change the first audit entry and recompute every hash after it, as someone with the
    store's key could: the chain itself stays intact."""
    desk = sign_in(Profile(profile), None, DESK_PASSPHRASE)
    try:
        with desk.store.transaction(desk.actor) as session:
            session.execute(text("UPDATE audit_entries SET actor = 'someone else' WHERE seq = 1"))
            prev = GENESIS
            rows = session.execute(
                text(
                    "SELECT id, seq, at, actor, action, table_name, record_uid, subject_uid, "
                    "changes FROM audit_entries ORDER BY id"
                )
            ).all()
            for row in rows:
                at = session.get(AuditEntry, row.id).at
                digest = entry_hash(row.seq, at, *row[3:9], prev)
                session.execute(
                    text("UPDATE audit_entries SET prev_hash = :p, hash = :h WHERE id = :i"),
                    {"p": prev, "h": digest, "i": row.id},
                )
                prev = digest
        with desk.store.reader(desk.actor) as session:
            assert verify_chain(session).ok  # the log alone cannot tell
    finally:
        desk.close(backup=False)


def test_the_receipt_repeats_the_head_and_check_names_a_rewritten_history(
    office: Office,
) -> None:
    _connect(office, office.centre.url)
    package = _export(office)
    info = _bag_info(package)
    count, digest = int(info["Audit-Chain-Count"]), info["Audit-Chain-Hash"]
    assert count > 0 and len(digest) == 64
    [receipt] = _receipts_on_a_stick(office, package)
    assert json.loads(receipt.read_text())["audit_chain_head"] == {
        "count": str(count),
        "hash": digest,
    }
    assert office.run("receipt", "import", str(receipt))[0] == 0
    code, out, _err = office.run("--lang", "en", "check")
    assert code == 0 and "receipts: 1 hold the audit log's head" in out
    _rewrite_history(office.profile)
    code, out, _err = office.run("--lang", "en", "check")
    assert code == 1
    assert "Audit log:" in out and "chain intact" in out
    assert "history rewritten after package 1 (2026-Q3) was acknowledged" in out
