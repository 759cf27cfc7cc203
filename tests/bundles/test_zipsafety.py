"""Hostile zips are refused from their directory, before anything is unpacked, without
writing outside a temporary folder and without much memory."""

from __future__ import annotations

import io
import os
import tracemalloc
import zlib
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hrdesk.bundles import zipsafety, zipstream
from hrdesk.bundles.minisign import PublicKey
from hrdesk.bundles.verify import verify_package
from tests.bundles.hostile import SYMLINK, Raw, deflate_stream, write_zip

KEY = PublicKey(b"\x01" * 8, b"\x02" * 32)
MAX_PEAK = 8 << 20  # bytes of Python memory any of these may take


def _tree(root: Path) -> set[str]:
    return {str(p.relative_to(root)) for p in root.rglob("*")}


def _refused(tmp_path: Path, path: Path) -> tuple[str, str, int]:
    """Verify `path` with its temporary folder under tmp/work; return (check, why, peak)."""
    work = tmp_path / "work"
    work.mkdir(exist_ok=True)
    before = _tree(tmp_path)
    tracemalloc.start()
    try:
        report = verify_package(path, [KEY], workdir=work)
        _size, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert not report.ok
    assert _tree(tmp_path) == before, "something was left behind"
    assert peak < MAX_PEAK, f"peak memory {peak:,} bytes"
    return report.failure.name, report.failure.detail, peak


@pytest.mark.parametrize(
    ("name", "why"),
    [
        (b"bag/../../evil.txt", "'..'"),
        (b"../evil.txt", "'..'"),
        (b"bag/./data/x", "'.'"),
        (b"/tmp/evil.txt", "absolute path"),
        (b"C:/Windows/evil.txt", "absolute path"),
        (b"bag\\..\\evil.txt", "backslash"),
        (b"bag//data", "empty"),
        (b"bag/data/\x01bell", "control characters"),
        (b"bag/data/CON.txt", "Windows"),
        (b"bag/data/report.pdf.", "Windows"),
        (b"bag/data/a:b", "Windows"),
    ],
)
def test_unsafe_names_are_refused_before_unpacking(tmp_path, name, why):
    path = write_zip(tmp_path / "in.zip", [Raw(b"bag/bagit.txt", b"x"), Raw(name, b"evil")])
    check, detail, _ = _refused(tmp_path, path)
    assert check == "zip" and why in detail
    assert not (tmp_path.parent / "evil.txt").exists() and not (tmp_path / "evil.txt").exists()


def test_a_symbolic_link_entry_is_refused(tmp_path):
    path = write_zip(
        tmp_path / "in.zip", [Raw(b"bag/data/link", b"/etc/passwd", external_attr=SYMLINK)]
    )
    check, detail, _ = _refused(tmp_path, path)
    assert (check, detail) == ("zip", "Entry bag/data/link: symbolic links are not accepted")


@pytest.mark.parametrize("flags", [0x800, 0])
def test_names_that_are_not_utf8_are_refused(tmp_path, flags):
    path = write_zip(tmp_path / "in.zip", [Raw(b"bag/data/\xff\xfe.txt", b"x", flags=flags)])
    check, detail, _ = _refused(tmp_path, path)
    assert check == "zip" and "not valid UTF-8" in detail


def test_a_zip_bomb_is_refused_by_its_compression_ratio(tmp_path):
    packed, size, crc = deflate_stream(b"\0" * (1 << 20), 64)  # 64 MiB of zeros
    path = write_zip(
        tmp_path / "in.zip", [Raw(b"bag/data/zeros.bin", deflated=packed, size=size, crc=crc)]
    )
    check, detail, _ = _refused(tmp_path, path)
    assert check == "zip" and "zip bomb" in detail


def test_a_header_that_lies_about_the_size_cannot_make_it_write_more(tmp_path):
    packed, _size, _crc = deflate_stream(b"\0" * (1 << 20), 64)
    declared = 1000
    path = write_zip(
        tmp_path / "in.zip",
        [Raw(b"bag/data/zeros.bin", deflated=packed, size=declared, crc=0)],
    )
    with open(path, "rb") as handle:
        entries = zipsafety.read_directory(handle, path.stat().st_size)
        dest = tmp_path / "dest"
        dest.mkdir()
        with pytest.raises(zipsafety.UnsafeZip):
            zipsafety.extract(handle, entries, dest)
    written = sum(p.stat().st_size for p in dest.rglob("*") if p.is_file())
    assert written <= declared
    _refused(tmp_path, path)


def _many(count: int):
    return (Raw(b"bag/data/f%06d" % i) for i in range(count))


@pytest.mark.parametrize("end_record_says", [None, 7], ids=["honest", "lying"])
def test_a_hundred_thousand_entries_are_refused_in_little_memory(tmp_path, end_record_says):
    path = write_zip(tmp_path / "in.zip", _many(100_000), end_record_says)
    check, detail, peak = _refused(tmp_path, path)
    assert check == "zip" and "entries" in detail
    assert peak < 4 << 20  # zipfile.ZipFile alone would build 100,000 ZipInfo objects


def test_too_large_in_total_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(zipsafety, "MAX_TOTAL", 10_000)
    path = write_zip(
        tmp_path / "in.zip", [Raw(b"bag/data/a", b"x" * 6000), Raw(b"bag/data/b", b"y" * 6000)]
    )
    check, detail, _ = _refused(tmp_path, path)
    assert check == "zip" and "more than 10000 bytes" in detail


def test_overlapping_entries_are_refused(tmp_path):
    path = write_zip(
        tmp_path / "in.zip",
        [Raw(b"bag/data/a", b"x" * 100), Raw(b"bag/data/b", b"x" * 100, offset=0)],
    )
    check, detail, _ = _refused(tmp_path, path)
    assert check == "zip" and "overlaps" in detail


@pytest.mark.parametrize(
    ("entries", "why"),
    [
        ([Raw(b"bag/data/A.pdf"), Raw(b"bag/data/a.pdf")], "appears twice"),
        ([Raw(b"bag/data/x", flags=0x801)], "encrypted"),
        ([Raw(b"bag/data"), Raw(b"bag/data/x")], "under a file"),
    ],
)
def test_duplicates_encryption_and_file_folder_clashes_are_refused(tmp_path, entries, why):
    check, detail, _ = _refused(tmp_path, write_zip(tmp_path / "in.zip", entries))
    assert check == "zip" and why in detail


def test_more_than_one_top_folder_is_not_a_bag(tmp_path):
    path = write_zip(tmp_path / "in.zip", [Raw(b"bag/bagit.txt", b"x"), Raw(b"other/y", b"y")])
    check, detail, _ = _refused(tmp_path, path)
    assert check == "bag" and "exactly one bag folder" in detail


@pytest.mark.parametrize("content", [b"", b"not a zip at all", os.urandom(4096)])
def test_a_file_that_is_not_a_zip_is_refused(tmp_path, content):
    path = tmp_path / "in.zip"
    path.write_bytes(content)
    check, _detail, _ = _refused(tmp_path, path)
    assert check == "zip"


def test_a_safe_zip_unpacks_only_into_the_folder_given(tmp_path):
    path = write_zip(tmp_path / "in.zip", [Raw(b"bag/data/a.txt", b"hello")])
    dest = tmp_path / "dest"
    dest.mkdir()
    with open(path, "rb") as handle:
        entries = zipsafety.read_directory(handle, path.stat().st_size)
        zipsafety.extract(handle, entries, dest)
    assert (dest / "bag" / "data" / "a.txt").read_bytes() == b"hello"
    assert _tree(dest) == {"bag", "bag/data", "bag/data/a.txt"}


@pytest.mark.parametrize("size", [131_109, 131_294])
def test_a_long_run_ending_just_past_a_chunk_inflates_whole(size):
    """These sizes of one repeated byte end with a match zlib holds back once the input is
    all in; not draining it refused genuine entries as "cut short"."""
    data = b"a" * size
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    packed = packer.compress(data) + packer.flush()
    entry = zipsafety.Entry("bag/x", False, len(packed), size, 0, 8, zlib.crc32(data), 0)
    assert b"".join(zipstream.chunks(io.BytesIO(packed), entry)) == data


@settings(max_examples=40, deadline=None)
@given(
    pieces=st.lists(st.tuples(st.binary(min_size=1, max_size=300), st.integers(1, 3000)),
                    min_size=1, max_size=6),
    level=st.integers(0, 9),
)  # fmt: skip
def test_an_entry_inflates_to_exactly_its_bytes_however_it_was_compressed(pieces, level):
    """Long repeats make zlib hold output back past the last input byte: it must be drained."""
    data = b"".join(piece * times for piece, times in pieces)
    packer = zlib.compressobj(level, zlib.DEFLATED, -15)
    packed = packer.compress(data) + packer.flush()
    entry = zipsafety.Entry("bag/x", False, len(packed), len(data), 0, 8, zlib.crc32(data), 0)
    assert b"".join(zipstream.chunks(io.BytesIO(packed), entry)) == data
