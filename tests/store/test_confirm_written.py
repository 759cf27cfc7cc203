"""A file renamed into place is looked up again by its name: gone (a pulled stick) or of
another size, it is not taken as written (what the tmpfs tests show where root can mount)."""

from __future__ import annotations

import pytest

from hrdesk.store.files import NotReadBack, confirm_written


def test_a_file_found_with_its_size_is_written(tmp_path):
    final = tmp_path / "don-thu.xlsx"
    final.write_bytes(b"x" * 10)
    confirm_written(final, 10)
    assert final.read_bytes() == b"x" * 10


def test_a_file_no_longer_there_is_not_written(tmp_path):
    with pytest.raises(NotReadBack) as caught:
        confirm_written(tmp_path / "don-thu.xlsx", 10)
    assert isinstance(caught.value, OSError)  # every handler of a failed write hears it


def test_a_file_of_another_size_is_removed(tmp_path):
    final = tmp_path / "don-thu.xlsx"
    final.write_bytes(b"x" * 4)
    with pytest.raises(NotReadBack):
        confirm_written(final, 10)
    assert not final.exists()
