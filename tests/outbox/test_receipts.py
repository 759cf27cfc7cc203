"""Receipts brought back on a stick (`hrdesk receipt import`), and forged ones refused:
another key, a changed text, another office's package, other bytes than those sent."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from hrdesk.bundles import minisign
from hrdesk.central.centre_key import load_or_create
from hrdesk.outbox.link import centre_link
from hrdesk.outbox.queue import entries
from hrdesk.outbox.receipts import ReceiptRefused, check_receipt, keep
from hrdesk.profile import Profile
from hrdesk.signin import sign_in
from tests.central.conftest import PASSPHRASE as CENTRE_PASSPHRASE
from tests.central.factory import Office as OtherOffice
from tests.outbox.conftest import DESK_PASSPHRASE, Office, run
from tests.outbox.test_round_trip import _connect, _export


def _receipts_on_a_stick(office: Office, *packages: Path) -> list[Path]:
    """The centre imports the packages from a stick and writes their receipts to it."""
    capsys = office.capsys  # type: ignore[attr-defined]
    imported = run(capsys, "central", "import", *map(str, packages))
    assert imported[0] == 0, imported[2]
    back = office.stick / "receipts"
    back.mkdir(exist_ok=True)
    assert run(capsys, "central", "receipts", "--office", "1", "--to", str(back))[0] == 0
    return sorted(back.glob("*.json"))


def _forge(receipt: Path, text: str, minisig: str, name: str) -> Path:
    forged = receipt.with_name(name)
    forged.write_text(text, encoding="utf-8")
    forged.with_name(name + ".minisig").write_text(minisig, encoding="utf-8")
    return forged


def test_a_receipt_from_a_stick_acknowledges_the_package(office: Office) -> None:
    _connect(office, office.centre.url)  # pins the key; the centre need not be running
    package = _export(office)
    [receipt] = _receipts_on_a_stick(office, package)
    code, out, err = office.run("receipt", "import", str(receipt))
    assert code == 0, err
    assert "package 1 (2026-Q3) acknowledged" in out
    assert "acknowledged" in office.run("--lang", "en", "package", "list")[1].lower()
    assert "arrived" in office.run("outbox")[1]
    # Taken twice: the same receipt, nothing changes.
    assert office.run("receipt", "import", str(receipt))[0] == 0


def test_forged_receipts_are_refused_and_say_why(office: Office) -> None:
    _connect(office, office.centre.url)
    package = _export(office)
    [receipt] = _receipts_on_a_stick(office, package)
    text = receipt.read_text(encoding="utf-8")
    minisig = Path(f"{receipt}.minisig").read_text(encoding="utf-8")
    document = json.loads(text)

    stranger = Ed25519PrivateKey.generate()
    other_key = _forge(
        receipt,
        text,
        minisign.sign(stranger, b"\x01" * 8, text.encode(), "hrdesk-receipt forged"),
        "other-key.json",
    )
    changed = _forge(
        receipt, text.replace(document["package_sha512"], "0" * 128), minisig, "changed.json"
    )
    # Truly signed by the centre, for bytes this office never sent under this package's uid.
    centre_key = load_or_create(office.centre.data, CENTRE_PASSPHRASE)
    other_bytes = json.dumps({**document, "package_sha512": "ab" * 64}, sort_keys=True)
    other_sha = centre_key.sign(other_bytes.encode(), f"hrdesk-receipt sha512:{'ab' * 64}")
    other_hash = _forge(receipt, other_bytes, other_sha, "other-bytes.json")
    # Another office's package, truly received and receipted by the same centre.
    lao_cai = OtherOffice("Lào Cai")
    pub = lao_cai.write_pub(office.stick / "lao-cai.pub")
    capsys = office.capsys  # type: ignore[attr-defined]
    added = run(capsys, "central", "office", "add", "--key", str(pub), "--province", "Lào Cai")
    assert added[0] == 0, added[2]
    assert run(capsys, "central", "import", str(lao_cai.package(office.stick)))[0] == 0
    theirs = office.stick / "theirs"
    theirs.mkdir()
    assert run(capsys, "central", "receipts", "--office", "2", "--to", str(theirs))[0] == 0
    [their_receipt] = theirs.glob("*.json")

    expected = {
        other_key: "không phải khóa đã ghim của trung tâm",
        changed: "Chữ ký không khớp với nội dung biên nhận",
        other_hash: "Biên nhận dành cho nội dung khác",
        their_receipt: "không phải gói văn phòng này đã gửi",
    }
    for forged, why in expected.items():
        code, _out, err = office.run("receipt", "import", str(forged))
        assert code == 2 and why in err, (forged.name, err)
        assert err.count("\n") == 1
    assert "acknowledged" not in office.run("--lang", "en", "package", "list")[1]
    assert "waiting" in office.run("outbox")[1]
    # The true receipt still does.
    assert office.run("receipt", "import", str(receipt))[0] == 0


def test_a_receipt_naming_another_of_our_packages_is_refused_for_an_upload(
    office: Office,
) -> None:
    _connect(office, office.centre.url)
    first, _second = _export(office), _export(office)
    [receipt, *_] = _receipts_on_a_stick(office, first)
    text = receipt.read_text(encoding="utf-8")
    minisig = Path(f"{receipt}.minisig").read_text(encoding="utf-8")
    desk = sign_in(Profile(office.profile), None, DESK_PASSPHRASE)
    try:
        with desk.store.reader(desk.actor) as session:
            link = centre_link(session)
            second_uid = entries(session)[1].uid
        assert link is not None
        checked = check_receipt(text, minisig, link.public_keys())
        with pytest.raises(ReceiptRefused) as refused, desk.store.transaction(desk.actor) as s:
            keep(s, checked, "upload", expected_uid=second_uid)
        assert refused.value.code == "receipt.other_package"
        with desk.store.reader(desk.actor) as session:
            assert [e.state for e in entries(session)] == ["waiting", "waiting"]
    finally:
        desk.close(backup=False)
