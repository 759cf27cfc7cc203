"""Tag files are parsed in linear time, and names from a package are shown escaped."""

from __future__ import annotations

import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hrdesk.bundles import bagit
from hrdesk.bundles.shown import shown


def test_two_million_continuation_lines_parse_in_linear_time():
    data = b"Source-Organization: Gia Lai\n" + b" x\n" * 2_000_000
    started = time.perf_counter()
    fields = bagit.parse_bag_info(data)
    elapsed = time.perf_counter() - started
    assert len(fields["Source-Organization"][0]) == len("Gia Lai") + 2 * 2_000_000
    # Adding to a string line by line took 86 s (4.5 s for a tenth of the lines): this is
    # about 1 s on a quiet machine; the bound leaves room for a busy one.
    assert elapsed < 8.0, f"{elapsed:.1f} s"


def test_continuation_lines_join_the_value_before_them():
    fields = bagit.parse_bag_info(b"A: one\n  two\n\tthree\nB: x\nA: again\n")
    assert fields == {"A": ["one two three", "again"], "B": ["x"]}


def test_a_manifest_of_the_largest_size_accepted_parses_quickly():
    line = b"a" * 128 + b"  data/records/file-%06d.json\n"
    data = b"".join(line % i for i in range((8 << 20) // len(line % 0)))
    started = time.perf_counter()
    entries = bagit.parse_manifest(data, "manifest")
    assert len(entries) > 50_000 and time.perf_counter() - started < 2.0


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("data/\u202efdp.exe", "data/\\u202efdp.exe"),
        ("data/\u009b31mred", "data/\\x9b31mred"),
        ("data/\x1b[2J", "data/\\x1b[2J"),
        ("a\nb\rc\td", "a\\x0ab\\x0dc\\x09d"),
        ("a\u2028b\u200fc\u2066d", "a\\u2028b\\u200fc\\u2066d"),
        (b"data/\xff\xfe", "data/\\xff\\xfe"),
        ("Ban Chỉ đạo tỉnh Gia Lai", "Ban Chỉ đạo tỉnh Gia Lai"),
        ("back\\slash", "back\\\\slash"),
    ],
)
def test_names_are_shown_with_controls_and_bidi_marks_escaped(name, expected):
    assert shown(name) == expected


def test_a_long_name_is_cut():
    assert shown("x" * 500) == "x" * 120 + "…"


@given(st.text(max_size=200))
def test_a_shown_name_is_one_printable_line(name):
    import unicodedata

    text = shown(name, limit=300)
    assert not any(unicodedata.category(c) in ("Cc", "Cf", "Zl", "Zp", "Cs") for c in text)
