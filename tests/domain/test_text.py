"""Vietnamese text: normalisation, search folding and Vietnamese sort order."""

import sqlite3
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hrdesk.domain.text import (
    clean,
    clean_multiline,
    collation_key,
    fold,
    name_collation_key,
    nfc,
    vi_sorted,
)


def nfd(value: str) -> str:
    return unicodedata.normalize("NFD", value)


# --- nfc, clean, clean_multiline -------------------------------------------------------


def test_nfc_composes_decomposed_text_and_keeps_none():
    assert nfc(nfd("Nguyễn Văn Đức")) == "Nguyễn Văn Đức"
    assert len(nfc(nfd("ễ"))) == 1
    assert nfc(None) is None


def test_clean_trims_collapses_and_composes():
    assert clean("  Nguyễn \t Văn\u00a0\u00a0Đức \n") == "Nguyễn Văn Đức"
    assert clean(nfd("Hoà Bình")) == "Hoà Bình"


def test_clean_turns_blank_into_none():
    assert clean(None) is None
    assert clean("") is None
    assert clean(" \t\n ") is None
    assert clean("\u200b\ufeff") is None


def test_clean_drops_zero_width_space_and_bom_from_pasted_text():
    assert clean("\ufeffAn\u200bGiang") == "AnGiang"


def test_clean_multiline_keeps_lines_but_cuts_trailing_spaces():
    text = "\r\n  Dòng một   \r\n\r\nDòng\u00a0 hai\t\rba\n\n"
    assert clean_multiline(text) == "  Dòng một\n\nDòng\u00a0 hai\nba"


def test_clean_multiline_composes_and_turns_blank_into_none():
    assert clean_multiline(nfd("Khiếu nại\nTố cáo")) == "Khiếu nại\nTố cáo"
    assert clean_multiline(None) is None
    assert clean_multiline(" \n \r\n\t") is None


@given(st.text())
def test_clean_is_idempotent_and_nfc(value):
    once = clean(value)
    assert clean(once) == once
    if once is not None:
        assert once == unicodedata.normalize("NFC", once)
        assert once == once.strip()
        assert "  " not in once


@given(st.text())
def test_clean_multiline_is_idempotent(value):
    once = clean_multiline(value)
    assert clean_multiline(once) == once
    if once is not None:
        assert all(line == line.rstrip() for line in once.split("\n"))


# --- fold -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "folded"),
    [
        ("Nguyễn Văn Đức", "nguyen van duc"),
        ("hoà", "hoa"),
        ("hòa", "hoa"),
        ("  ĐẶNG   thị  Ánh ", "dang thi anh"),
        ("Thừa Thiên Huế", "thua thien hue"),
        ("Ðức", "duc"),  # Icelandic eth typed for Đ by legacy converters
    ],
)
def test_fold_finds_names_without_marks(value, folded):
    assert fold(value) == folded
    assert fold(nfd(value)) == folded


@given(st.text())
def test_fold_ignores_normalisation_form(value):
    assert fold(nfd(value)) == fold(value)
    assert fold(unicodedata.normalize("NFC", value)) == fold(value)


@given(st.text())
def test_fold_is_idempotent(value):
    assert fold(fold(value)) == fold(value)


@given(st.text())
def test_fold_leaves_no_marks_no_d_with_stroke_and_single_spaces(value):
    folded = fold(value)
    assert not any(unicodedata.category(ch).startswith("M") for ch in folded)
    assert "đ" not in folded and "Đ" not in folded
    assert folded == " ".join(folded.split())


# --- collation_key: examples ----------------------------------------------------------


def test_vietnamese_alphabet_order():
    letters = list("aăâbcdđeêghiklmnoôơpqrstuưvxy")
    assert sorted(letters, key=collation_key) == letters
    assert vi_sorted(list(reversed(letters))) == letters


def test_tones_are_a_secondary_level_below_letters():
    words = ["ma", "mà", "mả", "mã", "má", "mạ", "mb"]
    assert vi_sorted(reversed(words)) == words


def test_tone_matters_less_than_a_later_letter():
    assert collation_key("mạ") < collation_key("mab")
    assert collation_key("bá") < collation_key("ban")


def test_case_is_ignored_before_letters_and_tones():
    assert collation_key("An") < collation_key("b")
    assert collation_key("a") < collation_key("B")
    assert collation_key("Ma") < collation_key("mà")
    assert collation_key("ma") < collation_key("Ma") < collation_key("MA")


def test_digits_come_before_letters_and_spaces_before_both():
    assert vi_sorted(["b", "a", "9", "10", "1"]) == ["1", "10", "9", "a", "b"]
    assert collation_key("le an") < collation_key("lean")


def test_both_tone_placements_and_nfd_give_one_key():
    assert collation_key("hoà") == collation_key("hòa")
    assert collation_key("Thuý") == collation_key("Thúy")
    assert collation_key(nfd("Nguyễn Văn Đức")) == collation_key("Nguyễn Văn Đức")


def test_whitespace_is_collapsed_in_the_key():
    assert collation_key("  Lê   Văn\tAn ") == collation_key("Lê Văn An")


def test_d_with_stroke_sorts_after_d():
    assert vi_sorted(["Đức", "Dung", "Đào", "Duy"]) == ["Dung", "Duy", "Đào", "Đức"]


def test_foreign_letters_and_symbols_have_a_place():
    assert collation_key("-") < collation_key("1") < collation_key("a") < collation_key("ж")
    assert collation_key("façade") != collation_key("facade")
    assert collation_key("facade") < collation_key("façade") < collation_key("facadf")


def test_keys_order_the_same_in_sqlite_binary_collation():
    words = ["Đức", "dung", "Ánh", "an", "Ân", "ăn", "mạ", "ma", "Mb", "10", "2", "ơi", "ôi"]
    con = sqlite3.connect(":memory:")
    con.execute("create table t (word text, k text)")
    con.executemany("insert into t values (?, ?)", [(w, collation_key(w)) for w in words])
    in_sql = [row[0] for row in con.execute("select word from t order by k")]
    assert in_sql == vi_sorted(words)


# --- collation_key: arbitrary input ---------------------------------------------------

ANY_TEXT = st.text(st.characters(codec=None, exclude_categories=()))


@given(ANY_TEXT)
def test_key_never_raises_and_is_printable_ascii(value):
    key = collation_key(value)
    assert all(0x21 <= ord(ch) <= 0x7E for ch in key)
    name_key = name_collation_key(value)
    assert all(0x20 <= ord(ch) <= 0x7E for ch in name_key)


def test_lone_surrogates_and_controls_do_not_break_the_key():
    assert collation_key("a\ud800b").isascii()
    assert collation_key("a\x00b") == collation_key("ab")
    assert collation_key("\u0301") != collation_key("")


@given(ANY_TEXT)
def test_key_ignores_normalisation_form(value):
    assert collation_key(nfd(value)) == collation_key(unicodedata.normalize("NFC", value))


# --- collation_key against a reference comparison -------------------------------------

ALPHABET = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"
TONE_ROWS = {
    "a": "aàảãáạ",
    "ă": "ăằẳẵắặ",
    "â": "âầẩẫấậ",
    "e": "eèẻẽéẹ",
    "ê": "êềểễếệ",
    "i": "iìỉĩíị",
    "o": "oòỏõóọ",
    "ô": "ôồổỗốộ",
    "ơ": "ơờởỡớợ",
    "u": "uùủũúụ",
    "ư": "ưừửữứự",
    "y": "yỳỷỹýỵ",
}
# precomposed letter -> (letter, tone): built from the table, not from Unicode data
REVERSE = {ch: (base, tone) for base, row in TONE_ROWS.items() for tone, ch in enumerate(row)}
REVERSE.update({letter: (letter, 0) for letter in ALPHABET if letter not in TONE_ROWS})


@st.composite
def syllables(draw):
    letters = draw(st.lists(st.sampled_from(ALPHABET), min_size=1, max_size=4))
    tone = draw(st.integers(0, 5))
    vowels = [i for i, letter in enumerate(letters) if letter in TONE_ROWS]
    if tone and vowels:
        at = draw(st.sampled_from(vowels))  # the tone may sit on any vowel
        letters[at] = TONE_ROWS[letters[at]][tone]
    upper = draw(st.lists(st.booleans(), min_size=len(letters), max_size=len(letters)))
    return "".join(ch.upper() if up else ch for ch, up in zip(letters, upper, strict=True))


TOKENS = st.one_of(syllables(), st.text("0123456789", min_size=1, max_size=3))
PHRASES = st.lists(TOKENS, min_size=0, max_size=4).map(" ".join)


def reference(value: str) -> tuple[list[int], list[int], list[int]]:
    """Letters (space < digits < letters), then one tone per word, then upper case."""
    primary, tones, upper = [], [], []
    for word in value.split(" "):
        if not word:
            continue
        if primary:
            primary.append(0)
            tones.append(0)
            upper.append(0)
        if word.isdigit():
            primary.extend(1 + int(ch) for ch in word)
            tones.extend(0 for _ in word)
        else:
            word_tone = 0
            for ch in word:
                letter, tone = REVERSE[ch.lower()]
                primary.append(20 + ALPHABET.index(letter))
                word_tone = word_tone or tone
            tones.append(word_tone)
        upper.extend(1 if ch != ch.lower() else 0 for ch in word)
    return primary, tones, upper


def sign(a, b) -> int:
    return (a > b) - (a < b)


@given(PHRASES, PHRASES)
def test_key_order_matches_the_reference_comparison(a, b):
    assert sign(collation_key(a), collation_key(b)) == sign(reference(a), reference(b))


@given(st.lists(PHRASES, max_size=12))
def test_sorting_by_key_matches_sorting_by_reference(values):
    assert [reference(v) for v in vi_sorted(values)] == sorted(reference(v) for v in values)


@given(PHRASES, PHRASES, PHRASES)
def test_key_order_is_transitive(a, b, c):
    ka, kb, kc = sorted([collation_key(a), collation_key(b), collation_key(c)])
    assert ka <= kb <= kc and ka <= kc


# --- names ----------------------------------------------------------------------------


def test_names_sort_by_given_name_then_the_rest():
    names = ["Nguyễn Thị Bình", "Lê Văn Bình", "Trần Văn An", "Phạm Anh"]
    assert vi_sorted(names, key=name_collation_key) == [
        "Trần Văn An",
        "Phạm Anh",
        "Lê Văn Bình",
        "Nguyễn Thị Bình",
    ]


def test_shorter_given_name_sorts_first_whatever_the_surname():
    assert name_collation_key("Vũ An") < name_collation_key("An Anh")


def test_single_word_and_empty_names_have_keys():
    assert name_collation_key("Bình") < name_collation_key("Lê Bình")
    assert name_collation_key("") < name_collation_key("An")


@given(st.lists(syllables(), min_size=1, max_size=4).map(" ".join))
def test_name_key_ignores_extra_spaces_and_nfd(name):
    assert name_collation_key(f"  {nfd(name)}  ".replace(" ", "  ")) == name_collation_key(name)


def test_vi_sorted_with_key_function():
    rows = [{"name": "Đào"}, {"name": "Dung"}]
    assert vi_sorted(rows, key=lambda row: row["name"]) == [{"name": "Dung"}, {"name": "Đào"}]


def _reference_fold(value: str) -> str:
    """The definition: NFD of the case-folded NFD, marks dropped, đ as d, spaces collapsed."""
    text = unicodedata.normalize("NFD", unicodedata.normalize("NFD", value).casefold())
    text = "".join(ch for ch in text if unicodedata.category(ch)[0] != "M")
    return " ".join(text.replace("đ", "d").replace("ð", "d").split())


@given(st.text())
def test_fold_agrees_with_its_definition_on_any_text(value):
    assert fold(value) == _reference_fold(value)
