"""The chain links packages by their signed content: a padded copy is refused and cannot
poison it, a copy zipped anew is the same package, rows kept by earlier versions (which
linked by the zip file's hash) still link; received packages copied out land in a folder
with a portable name inside the folder chosen."""

from __future__ import annotations

import os
import time
import zipfile
from pathlib import Path, PureWindowsPath

import pytest
from sqlalchemy import select, update

from hrdesk.bundles.receive import (
    ALREADY,
    IMPORTED,
    REJECTED,
    import_package,
    received_packages,
    suggested_name,
    unpack_received,
)
from hrdesk.bundles.registry import trust_key
from hrdesk.bundles.verify import file_sha512, signed_sha512
from hrdesk.store.models import Package, ReceivedPackage
from tests.bundles.conftest import members_of, write_pub


def _trust(receiver, sender, tmp_path, office: str | None = None):
    text = write_pub(sender, tmp_path / "office.pub").read_text()
    with receiver.store.transaction(receiver.actor) as s:
        return trust_key(s, text, office)


def _stored_copy(source: Path, target: Path) -> Path:
    """The same members, stored instead of deflated and in reverse order: another zip of
    the same signed content."""
    with zipfile.ZipFile(target, "w", zipfile.ZIP_STORED) as archive:
        for name, data in reversed(list(members_of(source).items())):
            archive.writestr(name, data)
    return target


def test_a_padded_copy_is_refused_and_the_next_genuine_package_still_imports(
    sender, receiver, export, tmp_path
):
    first, second = export(), export()
    _trust(receiver, sender, tmp_path)
    poisoned = tmp_path / "poisoned.zip"
    poisoned.write_bytes(first.read_bytes() + os.urandom(16))
    result = import_package(receiver, poisoned)
    assert result.outcome == REJECTED
    assert result.message == "Not imported: zip: there are 16 bytes after the zip's end record"
    assert result.text("vi") == (
        "Chưa nhập: tệp zip: có 16 byte nằm sau bản ghi kết thúc của tệp zip"
    )
    assert import_package(receiver, first).outcome == IMPORTED
    result = import_package(receiver, second)
    assert result.outcome == IMPORTED, result.message
    assert result.report.checks[-1].detail == "Follows package 1"


def test_a_copy_zipped_anew_is_the_same_package_with_the_same_link(
    sender, receiver, export, tmp_path
):
    first, second = export(), export()
    _trust(receiver, sender, tmp_path)
    anew = _stored_copy(first, tmp_path / "anew.zip")
    assert file_sha512(anew) != file_sha512(first)
    assert signed_sha512(anew) == signed_sha512(first)
    assert import_package(receiver, anew).outcome == IMPORTED
    again = import_package(receiver, first)
    assert again.outcome == ALREADY and "nothing to do" in again.message
    result = import_package(receiver, second)
    assert result.outcome == IMPORTED, result.message
    with receiver.store.reader(receiver.actor) as s:
        rows = {r.sequence: r for r in received_packages(s)}
    assert rows[1].sha512 == signed_sha512(first) == rows[2].previous_sha512


def test_a_sender_whose_ledger_kept_the_zip_hash_still_links(sender, receiver, export, tmp_path):
    first = export()
    # The sender's ledger row as an earlier version wrote it: the zip file's hash.
    with sender.store.transaction(sender.actor) as s:
        s.execute(update(Package).values(sha512=file_sha512(first)))
    second = export()
    _trust(receiver, sender, tmp_path)
    assert import_package(receiver, first).outcome == IMPORTED
    result = import_package(receiver, second)
    assert result.outcome == IMPORTED, result.message
    assert result.report.checks[-1].detail == "Follows package 1"


def test_a_row_kept_by_an_earlier_version_is_still_read(sender, receiver, export, tmp_path):
    first, second = export(), export()
    _trust(receiver, sender, tmp_path)
    assert import_package(receiver, first).outcome == IMPORTED
    # The receiver's row as an earlier version kept it: the zip file's hash.
    with receiver.store.transaction(receiver.actor) as s:
        s.execute(update(ReceivedPackage).values(sha512=file_sha512(first)))
    assert import_package(receiver, first).outcome == ALREADY
    result = import_package(receiver, second)
    assert result.outcome == IMPORTED, result.message
    assert result.report.checks[-1].detail == "Follows package 1"


HOSTILE_OFFICES = [
    "..\\..\\..\\Windows\\System32",
    'Gia Lai: "quý" <3> | * ?',
    "CON",
    "Ban Chỉ đạo " * 40,
    "\u202egpj.exe",
]


@pytest.mark.parametrize("office", HOSTILE_OFFICES)
def test_a_received_package_is_copied_out_into_a_portable_folder_inside_the_one_chosen(
    sender, receiver, export, tmp_path, office
):
    path = export()
    _trust(receiver, sender, tmp_path, office)
    assert import_package(receiver, path).outcome == IMPORTED
    chosen = tmp_path / "chosen"
    chosen.mkdir()
    with receiver.store.reader(receiver.actor) as s:
        (row,) = s.scalars(select(ReceivedPackage)).all()
        assert row.office_name == " ".join(office.split())
        name = suggested_name(row, ".pdf")
        bag = unpack_received(s, row, chosen)
    assert bag.parent.parent == chosen and (bag / "data" / "report.pdf").is_file()
    for candidate in (bag.parent.name, name):
        windows = PureWindowsPath("C:/Users/officer/Documents", candidate)
        assert windows.parent == PureWindowsPath("C:/Users/officer/Documents")
        assert len(candidate) <= 255 and not set(candidate) & set('\\/:*?"<>|')
        assert candidate.isascii() and candidate.split(".")[0].upper() != "CON"
    # Nothing of the import is left as a file in the profile.
    assert not [p for p in (receiver.profile.root / "received").rglob("*") if p.is_file()]


def test_a_public_key_saved_by_notepad_with_a_byte_order_mark_is_read(
    sender, receiver, export, tmp_path
):
    export()
    text = write_pub(sender, tmp_path / "office.pub").read_text()
    with_bom = tmp_path / "notepad.pub"
    with_bom.write_text(text.replace("\n", "\r\n"), encoding="utf-8-sig")
    assert with_bom.read_bytes().startswith(b"\xef\xbb\xbf")
    with receiver.store.transaction(receiver.actor) as s:
        row = trust_key(s, with_bom.read_text(encoding="utf-8"), "Gia Lai")
    assert row.office_name == "Gia Lai"


def test_a_package_behind_a_large_prefix_is_refused_before_it_is_copied(receiver, tmp_path):
    from tests.bundles import corpus
    from tests.bundles.zipwriter import Hole

    raw = corpus.genuine()
    raw.prefix = Hole(512 << 20)  # sparse: the file is half a gigabyte, the disk holds little
    path = raw.write(tmp_path / "prefixed.zip")
    received = receiver.profile.root / "received"
    started = time.perf_counter()
    result = import_package(receiver, path)
    assert time.perf_counter() - started < 2.0
    assert result.outcome == REJECTED
    assert result.message == (
        "Not imported: zip: bytes before the first entry (the file does not start with one)"
    )
    assert not received.exists() or not [p for p in received.rglob("*") if p.is_file()]
