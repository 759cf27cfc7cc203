"""Encryption at rest: a stolen laptop or a copied store file reveals nothing."""

from __future__ import annotations

import shutil
import sqlite3
import unicodedata
from pathlib import Path

import pytest

from hrdesk.domain.errors import DamagedStore
from hrdesk.profile import Profile
from hrdesk.signin import sign_in
from hrdesk.store.backup_files import auto_backup, write_backup
from hrdesk.store.database import Store
from hrdesk.store.keyfile import TryLater, WrongPassword
from tests.conftest import ADMIN, pinned
from tests.factories import petition
from tests.security.conftest import PASSWORD

NAMES = ["Nguyễn Thị Thuỳ Dương", "Đặng Văn Quyết", "Hoàng Thị Bích Ngọc"]


def _forms(name: str) -> list[bytes]:
    return [unicodedata.normalize(form, name).encode("utf-8") for form in ("NFC", "NFD")] + [
        unicodedata.normalize("NFC", name).encode("utf-16-le")
    ]


def test_no_name_appears_in_the_store_its_wal_or_any_backup(desk, tmp_path):
    with desk.store.transaction(desk.actor) as s:
        for name in NAMES:
            petition(s, summary=f"Đơn của {name}", petitioners=[{"full_name": name}])
    stick = tmp_path / "usb"
    stick.mkdir()
    write_backup(desk.store, stick / "copy.hrbackup")
    auto_backup(desk.store)
    files = [p for p in desk.profile.root.rglob("*") if p.is_file()] + [stick / "copy.hrbackup"]
    assert any(p.name.endswith("-wal") for p in files)
    assert len([p for p in files if p.suffix == ".hrbackup"]) == 2
    for path in files:
        data = path.read_bytes()
        for name in NAMES:
            for encoded in _forms(name):
                assert encoded not in data, f"{name} readable in {path.name}"


def test_a_wrong_password_is_refused_without_saying_which_part_was_wrong(desk):
    desk.close(backup=False)
    with pytest.raises(WrongPassword, match="officer name or the password"):
        sign_in(desk.profile, "quantri", "not the password")
    with pytest.raises(WrongPassword, match="officer name or the password"):
        sign_in(desk.profile, "nobody", PASSWORD)


def test_five_wrong_passwords_make_the_next_try_wait(desk):
    desk.close(backup=False)
    for _ in range(5):
        with pytest.raises(WrongPassword):
            sign_in(desk.profile, "quantri", "wrong")
    with pytest.raises(TryLater) as waiting:
        sign_in(desk.profile, "quantri", PASSWORD)
    assert waiting.value.seconds >= 1


def test_a_copied_store_without_its_key_is_refused(desk, tmp_path):
    desk.close(backup=False)
    thief = Profile(tmp_path / "thief").ensure()
    shutil.copy(desk.profile.store_path, thief.store_path)
    with pytest.raises(DamagedStore, match="encrypted with another key"):
        Store.open(thief)
    with pytest.raises(DamagedStore, match="encrypted with another key"):
        Store.open(thief, b"\x01" * 32)
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(thief.store_path).execute("SELECT * FROM sqlite_master").fetchall()


def test_a_store_from_before_encryption_is_converted_on_first_sign_in(tmp_path):
    profile = Profile(tmp_path / "old")
    store = Store.open(profile, options=pinned())  # no key: as the first versions wrote it
    with store.transaction(ADMIN) as s:
        petition(s, petitioners=[{"full_name": NAMES[0]}])
    store.close()
    assert profile.store_path.read_bytes().startswith(b"SQLite format 3")

    with sign_in(profile, "admin", "mật khẩu mới đủ dài") as desk:
        assert desk.actor.role == "admin"
        with desk.store.reader(desk.actor) as s:
            from hrdesk.services.listing import count

            assert count(s, "petitions") == 1
    leftovers = [p for p in profile.root.rglob("*") if p.is_file()]
    assert not profile.store_path.read_bytes().startswith(b"SQLite format 3")
    assert any(p.name.startswith("before-encryption-") for p in leftovers)
    for path in leftovers:
        for encoded in _forms(NAMES[0]):
            assert encoded not in path.read_bytes(), path.name
    with pytest.raises(WrongPassword):
        sign_in(profile, "other", "mật khẩu mới đủ dài")  # only the new administrator


def test_remember_on_this_computer_keeps_the_key_in_the_keyring(desk, memory_keyring):
    from hrdesk.signin import forget, sign_in_remembered

    desk.close(backup=False)
    sign_in(desk.profile, "quantri", PASSWORD, remember=True).close(backup=False)
    assert len(memory_keyring.secrets) == 1
    again = sign_in_remembered(desk.profile, "quantri")
    assert again is not None and again.actor.username == "quantri"
    again.close(backup=False)
    forget(desk.profile, "quantri")
    assert sign_in_remembered(desk.profile, "quantri") is None


def test_keys_file_holds_no_key_in_the_clear(desk):
    text = desk.profile.keys_path.read_text()
    assert desk.store.key.hex() not in text
    assert Path(desk.profile.keys_path).stat().st_size < 4096
