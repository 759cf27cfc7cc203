"""The receiving office: trusted keys, verified imports, replays refused, gaps reported,
idempotent, and nothing written outside the profile."""

from __future__ import annotations

import json
import subprocess
import tempfile

import pytest
from sqlalchemy import select, update

from hrdesk.bundles.keys import replace_office_key
from hrdesk.bundles.receive import (
    ALREADY,
    IMPORTED,
    REJECTED,
    import_package,
    received_file,
    received_packages,
    unpack_received,
)
from hrdesk.bundles.registry import trust_key, trusted_offices
from hrdesk.bundles.verify import signed_sha512
from hrdesk.domain.errors import PermissionDenied, ValidationError
from hrdesk.store.models import Package, ReceivedPackage
from tests.bundles.conftest import SENDER, copy, new_desk, write_pub
from tests.bundles.test_export import BAGIT_PY


def _trust(receiver, sender, tmp_path, office: str | None = None):
    text = write_pub(sender, tmp_path / "office.pub").read_text()
    with receiver.store.transaction(receiver.actor) as s:
        return trust_key(s, text, office)


def _tree(root) -> set[str]:
    return {str(p.relative_to(root)) for p in root.rglob("*")}


def test_trusting_a_key_shows_its_id_and_fingerprint(sender, receiver, export, tmp_path):
    export()  # makes the sender's key
    row = _trust(receiver, sender, tmp_path)
    assert row.office_name == f"office with key {row.key_id}"
    assert len(row.fingerprint.split()) == 16
    with receiver.store.reader(receiver.actor) as s:
        assert [r.key_id for r in trusted_offices(s)] == [row.key_id]
    # Trusting it again only names it.
    assert _trust(receiver, sender, tmp_path, "Gia Lai").office_name == "Gia Lai"


def test_only_an_administrator_may_trust_keys(sender, receiver, export, tmp_path, monkeypatch):
    from dataclasses import replace

    from hrdesk.domain.vocab import OfficerRole

    export()
    monkeypatch.setattr(receiver, "actor", replace(receiver.actor, role=OfficerRole.OFFICER))
    with pytest.raises(PermissionDenied):
        _trust(receiver, sender, tmp_path)


def test_import_keeps_the_verified_package_inside_the_encrypted_store(
    sender, receiver, export, tmp_path
):
    path = export()
    _trust(receiver, sender, tmp_path)
    result = import_package(receiver, path)
    assert result.outcome == IMPORTED, result.message
    with receiver.store.reader(receiver.actor) as s:
        (row,) = received_packages(s)
        assert row.office_name == SENDER  # named after its first package
        assert (row.sequence, row.period_label, row.sha512) == (1, "2026-Q3", signed_sha512(path))
        assert row.content.zip_bytes == path.read_bytes()
        petitions = json.loads(received_file(s, row, "data/records/petitions.json"))
        assert received_file(s, row, "data/report.pdf").startswith(b"%PDF")
        copy_out = unpack_received(s, row, tmp_path / "officer's copy")
    assert petitions["count"] == 4
    # Nothing of it stays as a plain file in the profile: only the store holds it.
    received = receiver.profile.root / "received"
    assert not [p for p in received.rglob("*") if p.is_file()]
    if BAGIT_PY:
        done = subprocess.run([BAGIT_PY, "--validate", str(copy_out)], capture_output=True)
        assert done.returncode == 0, done.stderr


def test_importing_the_same_file_twice_changes_nothing(sender, receiver, export, tmp_path):
    path = export()
    _trust(receiver, sender, tmp_path)
    assert import_package(receiver, path).outcome == IMPORTED
    before = _tree(receiver.profile.root / "received")
    again = import_package(receiver, copy(path, tmp_path / "again"))
    assert again.outcome == ALREADY and "nothing to do" in again.message
    assert _tree(receiver.profile.root / "received") == before
    with receiver.store.reader(receiver.actor) as s:
        assert len(s.scalars(select(ReceivedPackage)).all()) == 1


def test_an_older_package_after_a_newer_one_is_refused(sender, receiver, export, tmp_path):
    first, second = export(), export()
    _trust(receiver, sender, tmp_path)
    assert import_package(receiver, second).ok
    result = import_package(receiver, first)
    assert result.outcome == REJECTED
    assert "chain: package 1 is not after the last one received, 2" in result.message


def test_a_gap_in_the_sequence_is_imported_with_a_warning(sender, receiver, export, tmp_path):
    first, _lost, third = export(), export(), export()
    _trust(receiver, sender, tmp_path)
    assert import_package(receiver, first).ok
    result = import_package(receiver, third)
    assert result.outcome == IMPORTED
    assert [str(w) for w in result.warnings] == ["Package(s) missing before this one: 2"]
    assert [w.text("vi") for w in result.warnings] == ["Thiếu (các) gói trước gói này: 2"]
    with receiver.store.reader(receiver.actor) as s:
        kept = s.scalars(select(ReceivedPackage.warnings).where(ReceivedPackage.sequence == 3))
        assert json.loads(kept.one()) == [{"code": "check.missing_before", "params": {"gap": "2"}}]


def test_a_package_that_does_not_follow_the_last_one_is_refused(sender, receiver, export, tmp_path):
    first = export()
    # The sender's ledger is tampered with: its next package names a wrong predecessor.
    with sender.store.transaction(sender.actor) as s:
        s.execute(update(Package).values(sha512="ab" * 64))
    second = export()
    _trust(receiver, sender, tmp_path)
    assert import_package(receiver, first).ok
    result = import_package(receiver, second)
    assert result.outcome == REJECTED and "previous hash differs" in result.message


def test_an_untrusted_or_damaged_package_is_not_kept(sender, receiver, export, tmp_path):
    path = export()
    other = new_desk(tmp_path / "other", "Quảng Ngãi", "Ban Chỉ đạo tỉnh Quảng Ngãi")
    try:
        from hrdesk.bundles.build import build_package
        from tests.bundles import records

        foreign = build_package(
            other, "2026-Q3", *records.report_files(tmp_path / "r2"), path.parent
        )
        write_pub(other, tmp_path / "other.pub")
    finally:
        other.close(backup=False)
    _trust(receiver, sender, tmp_path)
    result = import_package(receiver, foreign)
    assert result.outcome == REJECTED and "not trusted here" in result.message
    damaged = tmp_path / "damaged.zip"
    data = bytearray(path.read_bytes())
    data[len(data) // 3] ^= 0x40
    damaged.write_bytes(bytes(data))
    assert import_package(receiver, damaged).outcome == REJECTED
    assert _tree(receiver.profile.root / "received") == set()
    with receiver.store.reader(receiver.actor) as s:
        assert s.scalars(select(ReceivedPackage)).all() == []


def test_import_without_any_trusted_key_says_what_to_do(receiver, export):
    with pytest.raises(ValidationError, match="hrdesk key trust"):
        import_package(receiver, export())


def test_nothing_is_written_outside_the_profile(sender, receiver, export, tmp_path, monkeypatch):
    path = export()
    _trust(receiver, sender, tmp_path)
    watched = tmp_path / "system-temp"
    watched.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(watched))
    outside = {p: _tree(p) for p in (tmp_path / "stick", watched)}
    assert import_package(receiver, path).ok
    assert {p: _tree(p) for p in outside} == outside


def test_a_replaced_key_continues_the_chain_when_trusted_under_the_same_name(
    sender, receiver, export, tmp_path
):
    first = export()
    _trust(receiver, sender, tmp_path)
    assert import_package(receiver, first).ok
    with sender.store.transaction(sender.actor) as s:
        replace_office_key(s)
    second = export()
    assert import_package(receiver, second).outcome == REJECTED  # new key not trusted yet
    _trust(receiver, sender, tmp_path, SENDER)
    result = import_package(receiver, second)
    assert result.outcome == IMPORTED and result.report.checks[-1].detail == "Follows package 1"
