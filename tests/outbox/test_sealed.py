"""A package with personal data travels sealed to the real `hrdesk central serve`: the centre
opens it with its own identity, counts it and acknowledges the sealed bytes in its signed
receipt; sealed to a key that is not the centre's, it is refused and not sent again."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import subprocess
import zipfile
from pathlib import Path

import httpx

from hrdesk.bundles import sealing
from tests.bundles import records
from tests.outbox.conftest import Office, run

PERSONAL = ("--include-personal-data", "--yes")


def _connect(office: Office, *extra: str) -> str:
    code, out, err = office.run(
        "outbox", "connect", "--url", office.centre.url, "--key", str(office.centre_pub), *extra
    )
    assert code == 0, err
    return out


def _export(office: Office, *extra: str) -> Path:
    code, out, err = office.run(
        "package",
        "export",
        "--period",
        "2026-Q3",
        "--to",
        str(office.stick),
        "--allow-empty-sections",  # the report's text is not what these tests are about
        *extra,
    )
    assert code == 0, err
    return Path(out.strip().splitlines()[-1])


def _receipts(office: Office) -> list[dict]:
    with sqlite3.connect(office.centre.data / "central.sqlite3") as db:
        rows = db.execute("SELECT receipt FROM packages ORDER BY sequence").fetchall()
    return [json.loads(text) for (text,) in rows]


def test_key_export_writes_the_recipient_key_beside_the_signing_key(office: Office) -> None:
    recipient_file = office.centre_pub.with_name("centre-recipient.txt")
    text = recipient_file.read_text(encoding="ascii")
    recipient = sealing.parse_recipient(text)
    assert office.centre_pub.read_text(encoding="ascii").startswith("untrusted comment:")
    # The secret half, asked for by name, is what `age -d -i` reads, and matches.
    identity_file = office.centre_pub.with_name("centre.key")
    capsys = office.capsys  # type: ignore[attr-defined]
    exported = run(
        capsys,
        "central",
        "key",
        "export",
        "--out",
        str(office.centre_pub),
        "--identity-out",
        str(identity_file),
    )
    assert exported[0] == 0, exported[2]
    assert identity_file.stat().st_mode & 0o077 == 0
    identity = sealing.parse_identity(identity_file.read_text(encoding="ascii"))
    assert sealing.recipient_of(identity) == recipient


def test_sealed_package_is_opened_counted_and_acknowledged_by_the_centre(
    office: Office,
) -> None:
    office.centre.start()
    recipient_file = office.centre_pub.with_name("centre-recipient.txt")
    out = _connect(office, "--recipient", str(recipient_file))
    recipient = sealing.parse_recipient(recipient_file.read_text(encoding="ascii"))
    assert recipient in out
    # The service gives the same key (to check what an office was sent).
    served = httpx.get(f"{office.centre.url}/api/v1/centre-recipient", timeout=10)
    assert served.status_code == 200 and sealing.parse_recipient(served.text) == recipient
    sealed = _export(office, *PERSONAL)
    plain = _export(office)
    assert sealed.name.endswith(".zip.age") and records.COMPLAINANT.encode() not in (
        sealed.read_bytes()
    )
    assert plain.name.endswith(".zip") and zipfile.is_zipfile(plain)
    code, out, err = office.run("outbox", "--send")
    assert code == 0, out + err
    assert "package 1: arrived" in out and "package 2: arrived" in out
    sealed_sha = hashlib.sha512(sealed.read_bytes()).hexdigest()
    plain_sha = hashlib.sha512(plain.read_bytes()).hexdigest()
    # Counted under the bytes that travelled, and the receipt acknowledges those.
    assert office.centre.packages() == [(sealed_sha, 1), (plain_sha, 2)]
    receipts = _receipts(office)
    assert [r["package_sha512"] for r in receipts] == [sealed_sha, plain_sha]
    ledger = office.run("--lang", "en", "package", "list")[1]
    assert ledger.count("Acknowledged") == 2, ledger
    # The centre opened it: what it keeps is the signed package, personal data inside.
    kept = next((office.centre.data).rglob(f"{sealed_sha}.zip"))
    assert not sealing.is_sealed(kept)
    with zipfile.ZipFile(kept) as archive:
        petitions = next(n for n in archive.namelist() if n.endswith("petitions.json"))
        assert json.loads(archive.read(petitions))["personal_data"] is True


def test_sealed_to_a_key_that_is_not_the_centres_is_refused(office: Office, tmp_path: Path) -> None:
    office.centre.start()
    _identity, stranger = sealing.new_identity()
    _connect(office, "--recipient", stranger)
    sealed = _export(office, *PERSONAL)
    code, out, _err = office.run("outbox", "--send")
    assert code == 1
    assert "Trung tâm từ chối gói 1: trung tâm không mở được gói" in out
    listed = office.run("outbox")[1]
    assert "refused" in listed and "waiting" not in listed
    assert office.centre.packages() == []
    # Nor does stock age open it with the centre's key.
    identity_file = tmp_path / "centre.key"
    capsys = office.capsys  # type: ignore[attr-defined]
    exported = run(
        capsys,
        "central",
        "key",
        "export",
        "--out",
        str(tmp_path / "again.pub"),
        "--identity-out",
        str(identity_file),
    )
    assert exported[0] == 0, exported[2]
    opened = subprocess.run(
        ["age", "-d", "-i", str(identity_file), str(sealed)], capture_output=True, check=False
    )
    assert opened.returncode != 0 and opened.stdout == b""
