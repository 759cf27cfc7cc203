"""Which error the store opener gives is chosen by SQLite's result code, not by the
words of its message: a wrong key and a damaged file are a damaged store, a file held
by another program is "in use", whatever SQLite or SQLCipher calls them."""

from __future__ import annotations

import sqlite3

import pytest

from hrdesk.domain.errors import DamagedStore, StoreError
from hrdesk.profile import Profile
from hrdesk.store.database import Store, open_error

KEY = b"\x11" * 32


def test_a_store_opened_with_a_wrong_key_is_refused_as_damaged(tmp_path):
    profile = Profile(tmp_path / "p")
    Store.open(profile, KEY).close()
    with pytest.raises(DamagedStore) as refused:
        Store.open(profile, b"\x22" * 32)
    assert refused.value.code == "store.unreadable"
    assert "mã hóa bằng khóa khác" in refused.value.text("vi")


def test_a_damaged_file_is_refused_as_damaged(tmp_path):
    profile = Profile(tmp_path / "p").ensure()
    profile.store_path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 8000)
    with pytest.raises(DamagedStore) as refused:
        Store.open(profile)
    assert refused.value.code == "store.unreadable"


def test_a_file_locked_by_another_program_is_in_use(tmp_path):
    path = tmp_path / "held.db"
    holder = sqlite3.connect(path)
    holder.execute("CREATE TABLE t (a)")
    holder.execute("BEGIN EXCLUSIVE")
    other = sqlite3.connect(path, timeout=0)
    try:
        with pytest.raises(sqlite3.OperationalError) as raised:
            other.execute("SELECT count(*) FROM t").fetchall()
    finally:
        other.close()
        holder.rollback()
        holder.close()
    error = open_error(Profile(tmp_path / "p"), raised.value)
    assert type(error) is StoreError and error.code == "store.in_use"


def test_the_words_of_the_message_do_not_choose_the_error(tmp_path):
    """Older SQLCipher says "file is encrypted or is not a database"; an error that only
    says the words, without SQLite's code, is not taken for a damaged store."""
    profile = Profile(tmp_path / "p")
    worded = open_error(profile, sqlite3.DatabaseError("file is not a database (locked)"))
    assert type(worded) is StoreError and worded.code == "store.cannot_open"
