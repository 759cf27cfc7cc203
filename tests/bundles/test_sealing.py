"""A package with personal data is sealed to the centre's age recipient key: its bytes show
nothing, only the centre's identity opens it (HR Desk or stock `age`), and what it opens is
the signed package that stock minisign and bagit.py accept. A package without personal
data is the plain signed zip as before."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from hrdesk.bundles import sealing
from hrdesk.bundles.verify import file_sha512, verify_package
from hrdesk.domain.errors import HRDeskError, ValidationError
from hrdesk.outbox.link import centre_link, connect
from hrdesk.store.models import OutboxItem, Package
from tests.bundles import records
from tests.bundles.conftest import SENDER, members_of, opened, public_key, write_pub

HAS_AGE = shutil.which("age") is not None
HAS_MINISIGN = shutil.which("minisign") is not None
BAGIT_PY = shutil.which("bagit.py") or shutil.which(
    "bagit.py", path=str(Path(sys.executable).parent)
)


def _identity_file(identity: str, path: Path) -> Path:
    path.write_text(
        sealing.identity_file_text(identity, sealing.recipient_of(identity)), encoding="ascii"
    )
    return path


def test_sealed_package_shows_nothing_and_opens_to_the_signed_package(
    sender, export, centre_identity, stick
):
    sealed = export(include_personal_data=True)
    assert sealed.name.endswith(".zip.age") and sealed.parent == stick
    assert list(stick.iterdir()) == [sealed]
    data = sealed.read_bytes()
    assert data.startswith(sealing.MAGIC)
    for secret in (records.COMPLAINANT, records.COMPLAINANT_ADDRESS, records.RECOMMENDER, SENDER):
        assert secret.encode("utf-8") not in data
    assert b"PK\x03\x04" not in data and b"petitions.json" not in data
    inner = opened(sealed, centre_identity)
    text = "\n".join(v.decode("utf-8", "replace") for v in members_of(inner).values())
    assert records.COMPLAINANT in text and records.COMPLAINANT_ADDRESS in text
    report = verify_package(inner, [public_key(sender)])
    assert report.ok, report.lines()
    assert report.info is not None and report.info.personal_data is True
    with sender.store.reader(sender.actor) as s:
        package = s.scalars(select(Package)).one()
        assert package.file_name == sealed.name and package.includes_personal_data
        assert package.sha512 == report.signed_sha512  # the chain links the signed content
        item = s.scalars(select(OutboxItem)).one()
        # The outbox sends the sealed bytes, the very ones on the stick.
        assert item.zip_bytes == data and item.zip_sha512 == file_sha512(sealed)


def test_another_identity_cannot_open_it(export, centre_identity, tmp_path):
    sealed = export(include_personal_data=True)
    other, _ = sealing.new_identity()
    with pytest.raises(HRDeskError) as caught:
        sealing.unseal(sealed, tmp_path / "out.zip", other)
    assert caught.value.code == "sealing.cannot_open"
    assert "Không mở được gói đã mã hóa" in caught.value.text("vi")
    assert not (tmp_path / "out.zip").exists()


@pytest.mark.skipif(not HAS_AGE, reason="Debian's age is not installed")
def test_stock_age_opens_it_with_the_centre_key_only(sender, export, centre_identity, tmp_path):
    sealed = export(include_personal_data=True)
    wrong = subprocess.run(
        ["age", "-d", "-i", str(_identity_file(sealing.new_identity()[0], tmp_path / "x.key"))],
        input=sealed.read_bytes(),
        capture_output=True,
        check=False,
    )
    assert wrong.returncode != 0 and wrong.stdout == b""
    assert b"no identity matched" in wrong.stderr
    key = _identity_file(centre_identity, tmp_path / "centre.key")
    inner = tmp_path / "package.zip"
    done = subprocess.run(
        ["age", "-d", "-i", str(key), "-o", str(inner), str(sealed)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert verify_package(inner, [public_key(sender)]).ok
    with zipfile.ZipFile(inner) as archive:
        archive.extractall(tmp_path / "unzipped")
    (bag,) = list((tmp_path / "unzipped").iterdir())
    if HAS_MINISIGN:
        pub = write_pub(sender, tmp_path / "office.pub")
        checked = subprocess.run(
            ["minisign", "-Vm", "tagmanifest-sha512.txt", "-p", str(pub)],
            cwd=bag,
            capture_output=True,
            text=True,
            check=False,
        )
        assert checked.returncode == 0, checked.stderr
        assert f"office:{SENDER}" in checked.stdout
    if BAGIT_PY:
        valid = subprocess.run(
            [BAGIT_PY, "--validate", str(bag)], capture_output=True, text=True, check=False
        )
        assert valid.returncode == 0, valid.stderr


def test_plain_package_is_not_sealed_even_with_a_recipient_pinned(sender, export, centre_identity):
    path = export()
    assert path.name.endswith(".zip") and not sealing.is_sealed(path)
    assert zipfile.is_zipfile(path)
    assert verify_package(path, [public_key(sender)]).ok
    with sender.store.reader(sender.actor) as s:
        item = s.scalars(select(OutboxItem)).one()
        assert item.zip_bytes == path.read_bytes()


def test_no_recipient_pinned_means_no_package_with_personal_data(sender, export, stick):
    with pytest.raises(ValidationError) as caught:
        export(include_personal_data=True)
    assert caught.value.code == "sealing.no_recipient"
    assert "khóa nhận của trung tâm" in caught.value.text("vi")
    assert list(stick.iterdir()) == []
    with sender.store.reader(sender.actor) as s:
        assert s.scalars(select(Package)).all() == []
    assert export().name.endswith(".zip")  # a plain package is still made


@pytest.mark.parametrize(
    "text",
    ["", "age1notakey", "AGE-SECRET-KEY-1ABC", "ssh-ed25519 AAAA", "age1x\nage1y"],
)
def test_a_bad_recipient_is_refused_in_the_officers_language(sender, text):
    with pytest.raises(ValidationError) as caught, sender.store.transaction(sender.actor) as s:
        connect(s, "http://127.0.0.1:9", [public_key_text()], recipient=text or " ")
    assert caught.value.field == "recipient"
    assert "khóa nhận" in caught.value.text("vi").lower()


def test_recipient_read_from_a_recipients_file_and_kept(sender):
    _, recipient = sealing.new_identity()
    text = "\ufeff" + sealing.recipient_file_text(recipient)  # as Notepad saves it
    with sender.store.transaction(sender.actor) as s:
        connect(s, "http://127.0.0.1:9", [public_key_text()], recipient=text)
    with sender.store.reader(sender.actor) as s:
        link = centre_link(s)
    assert link is not None and link.recipient == recipient


def public_key_text() -> str:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from hrdesk.bundles.minisign import PublicKey

    raw = Ed25519PrivateKey.generate().public_key().public_bytes_raw()
    return PublicKey(b"centre02", raw).encoded()


def test_an_office_receiving_a_sealed_package_is_told_it_is_for_the_centre(
    export, centre_identity, receiver
):
    from hrdesk.bundles.receive import import_package
    from hrdesk.store.models import ReceivedPackage

    sealed = export(include_personal_data=True)
    with pytest.raises(ValidationError) as caught:
        import_package(receiver, sealed)
    assert caught.value.code == "sealing.for_the_centre"
    assert "chỉ trung tâm mở" in caught.value.text("vi")
    with receiver.store.reader(receiver.actor) as s:
        assert s.scalars(select(ReceivedPackage)).all() == []


@given(st.text(max_size=120))
@settings(max_examples=200, deadline=None)
def test_any_text_is_a_recipient_or_refused_with_a_message(text):
    try:
        recipient = sealing.parse_recipient(text)
    except ValidationError as exc:
        assert exc.field == "recipient" and exc.text("vi")
    else:
        assert recipient.startswith("age1") and sealing.parse_recipient(recipient) == recipient


@given(st.sampled_from(["", "\ufeff", "# a comment\n", "  "]), st.sampled_from(["\n", "\r\n"]))
def test_a_recipients_file_as_editors_save_it_is_read(prefix, newline):
    _, recipient = sealing.new_identity()
    text = prefix + sealing.recipient_file_text(recipient).replace("\n", newline)
    assert sealing.parse_recipient(text) == recipient
