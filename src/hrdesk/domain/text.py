"""Vietnamese text: normalisation on entry, search folding and Vietnamese sort order.

Every string should pass through `clean` (or `clean_multiline`) when it enters the
application: text from macOS, some web pages and some Windows keyboards arrives
decomposed (NFD), and NFD and NFC never compare equal.
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Callable, Iterable
from typing import TypeVar

T = TypeVar("T")

# Zero-width space and BOM arrive with pasted text, are invisible and break equality.
_INVISIBLE = str.maketrans("", "", "\u200b\ufeff")

# đ (U+0111) has no decomposition, so dropping marks alone would leave it; Icelandic
# eth (Ð/ð) is what legacy TCVN3 conversions and some keyboards produce for Đ/đ.
_FOLD_D = str.maketrans({"đ": "d", "ð": "d"})
_LOOKALIKES = str.maketrans({"\u00d0": "\u0110", "\u00f0": "\u0111"})


def nfc(value: str | None) -> str | None:
    """Return `value` in Unicode NFC; None stays None."""
    if value is None:
        return None
    return unicodedata.normalize("NFC", value)


def clean(value: str | None) -> str | None:
    """Single-line input: NFC, trimmed, inner whitespace runs collapsed; empty gives None."""
    if value is None:
        return None
    text = " ".join(unicodedata.normalize("NFC", value).translate(_INVISIBLE).split())
    return text or None


def clean_multiline(value: str | None) -> str | None:
    """Multi-line input: NFC, line breaks unified to "\\n", trailing spaces cut on each line.

    Leading and trailing blank lines are dropped; spacing inside a line is kept because
    it may be deliberate (indented lists). Empty gives None.
    """
    if value is None:
        return None
    text = unicodedata.normalize("NFC", value).translate(_INVISIBLE)
    lines = [line.rstrip() for line in text.splitlines()]
    result = "\n".join(lines).strip("\n")
    return result if result.strip() else None


def fold(value: str) -> str:
    """Search key: no marks, lower case, đ as d, whitespace collapsed.

    "Nguyễn Văn Đức" gives "nguyen van duc"; "hoà" and "hòa" both give "hoa".
    """
    if value.isascii():
        return " ".join(value.lower().split())
    # One table lookup per character (the search index folds millions of texts); the
    # table learns each character it has not seen, so a "·" costs one miss, not a slow path.
    return " ".join(value.translate(_FOLD_TABLE).split())


@functools.cache
def _fold_char(ch: str) -> str:
    # NFD(casefold(NFD(x))) is Unicode's canonical caseless form: NFC and NFD input agree.
    text = unicodedata.normalize("NFD", unicodedata.normalize("NFD", ch).casefold())
    return "".join(c for c in text if unicodedata.category(c)[0] != "M").translate(_FOLD_D)


# Latin letters with their marks (Latin-1 to Latin Extended-B, Latin Extended Additional,
# where every Vietnamese letter is) and the combining marks themselves.
class _FoldTable(dict[int, str]):
    def __missing__(self, code: int) -> str:
        folded = self[code] = _fold_char(chr(code))
        return folded


_FOLD_TABLE = _FoldTable(
    (code, _fold_char(chr(code)))
    for first, last in ((0x41, 0x5A), (0xC0, 0x24F), (0x300, 0x36F), (0x1E00, 0x1EFF))
    for code in range(first, last + 1)
)


# --- Vietnamese collation (CLDR "vi") -------------------------------------------------
#
# The key has up to four levels, each a string, joined by "!" (lower than every
# character used inside a level, so a shorter level sorts first):
#   primary    one unit per letter in Vietnamese alphabet order, case and tone ignored;
#   secondary  one tone per syllable (level < huyền < hỏi < ngã < sắc < nặng), so the
#              tone may sit on either vowel ("hoà" = "hòa");
#   tertiary   lower case before upper case, six letters packed per character;
#   marks      only when the text has marks Vietnamese does not use (ç, ü, ...).
# All characters are printable ASCII, so SQLite's BINARY collation orders the keys.

_ALPHABET = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"
_LETTER_WEIGHT = {letter: chr(0x41 + i) for i, letter in enumerate(_ALPHABET)}  # "A".."a"
_MODIFIED = {
    ("a", "\u0306"): "ă",
    ("a", "\u0302"): "â",
    ("e", "\u0302"): "ê",
    ("o", "\u0302"): "ô",
    ("o", "\u031b"): "ơ",
    ("u", "\u031b"): "ư",
}
_TONES = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}

_LEVEL_SEP = "!"
_SPACE = '"'
_SYMBOL = "#"  # punctuation, symbols, unassigned: before digits, as in CLDR
_OTHER_NUMBER = ":"  # digits of other scripts: after 0-9, before letters
_OTHER_LETTER = "~"  # letters of other scripts: after z
_UNIT_END = "/"  # ends one unit's list of extra marks (below every code character)
_NAME_SEP = " "  # below "!", so the given name's key compares first as a whole


def _code(ch: str) -> str:
    """Fixed-width, order-preserving ASCII spelling of a code point (4 x 6 bits)."""
    cp = ord(ch)
    return "".join(chr(0x30 + ((cp >> shift) & 63)) for shift in (18, 12, 6, 0))


def _split_units(value: str) -> list[tuple[str, list[str]]]:
    """Split into (base character, following combining marks), whitespace collapsed."""
    units: list[tuple[str, list[str]]] = []
    pending_space = False
    for ch in unicodedata.normalize("NFD", value.translate(_LOOKALIKES)):
        if ch.isspace():
            pending_space = bool(units)  # leading whitespace is dropped
            continue
        category = unicodedata.category(ch)
        if category in ("Cc", "Cf"):
            continue  # controls and zero-width format characters carry no order
        if pending_space:
            units.append((" ", []))
            pending_space = False
        if category[0] == "M" and units:
            units[-1][1].append(ch)
        else:
            units.append((ch, []))  # a mark with nothing before it stands for itself
    return units


def _primary(base: str, marks: list[str]) -> tuple[str, bool, list[str]]:
    """Primary weight, whether it is a Vietnamese letter, and the marks not absorbed."""
    lower = base.lower()
    if lower in _LETTER_WEIGHT:
        rest: list[str] = []
        for mark in marks:
            modified = _MODIFIED.get((lower, mark))
            if modified is not None:
                lower = modified  # ă, â, ê, ô, ơ, ư are letters of their own
            else:
                rest.append(mark)
        return _LETTER_WEIGHT[lower], True, rest
    if "0" <= base <= "9":
        return base, False, list(marks)
    if base == " ":
        return _SPACE, False, list(marks)
    key_char = lower if len(lower) == 1 else base
    category = unicodedata.category(base)
    if category[0] == "L":
        return _OTHER_LETTER + _code(key_char), False, list(marks)
    if category[0] == "N":
        return _OTHER_NUMBER + _code(base), False, list(marks)
    return _SYMBOL + _code(base), False, list(marks)


def collation_key(value: str) -> str:
    """A printable ASCII key whose plain (binary) order is Vietnamese alphabetical order.

    a < ă < â < b < … < d < đ < … < o < ô < ơ < … < u < ư < …; digits before letters;
    case is ignored unless everything else is equal (then lower case first); tones rank
    level < huyền < hỏi < ngã < sắc < nặng below letters, so "ma" < "mà" < "má" < "mb".
    NFD input and either tone placement give the same key. Never raises.
    """
    units = _split_units(value)
    weights: list[str] = []
    is_letter: list[bool] = []
    upper_bits: list[int] = []
    unit_marks: list[list[str]] = []
    for base, marks in units:
        weight, letter, rest = _primary(base, marks)
        weights.append(weight)
        is_letter.append(letter)
        upper_bits.append(1 if base.lower() != base else 0)
        unit_marks.append(rest)

    # A syllable is a run of Vietnamese letters; it carries one tone wherever it is written.
    tones: list[str] = []
    extra: list[list[str]] = [[] for _ in units]
    i = 0
    while i < len(units):
        j = i + 1
        if is_letter[i]:
            while j < len(units) and is_letter[j]:
                j += 1
        tone = 0
        for k in range(i, j):
            for mark in unit_marks[k]:
                if tone == 0 and mark in _TONES:
                    tone = _TONES[mark]
                else:
                    extra[k].append(mark)
        tones.append(chr(0x30 + tone))
        i = j

    # Trailing minimum weights can go: levels only compare between equal primaries,
    # which have the same number of units, so a cut-off tail means "all minimum".
    secondary = "".join(tones).rstrip("0")
    packed = []
    for start in range(0, len(upper_bits), 6):
        bits = upper_bits[start : start + 6]
        value_bits = sum(bit << (5 - n) for n, bit in enumerate(bits))
        packed.append(chr(0x30 + value_bits))
    tertiary = "".join(packed).rstrip("0")
    key = _LEVEL_SEP.join(("".join(weights), secondary, tertiary))
    if any(extra):
        marks_level = "".join("".join(_code(m) for m in ms) + _UNIT_END for ms in extra)
        key += _LEVEL_SEP + marks_level.rstrip(_UNIT_END)
    return key


def name_collation_key(full_name: str) -> str:
    """Key for a person's name: given name (the last word) first, then the rest in order.

    "Trần Văn An" < "Lê Văn Bình" < "Nguyễn Thị Bình" (same given name, then "Lê Văn"
    before "Nguyễn Thị").
    """
    words = (clean(full_name) or "").split(" ")
    given, rest = words[-1], " ".join(words[:-1])
    return collation_key(given) + _NAME_SEP + collation_key(rest)


def vi_sorted(items: Iterable[T], key: Callable[[T], str] | None = None) -> list[T]:
    """Items sorted in Vietnamese order of `key(item)` (the item itself by default)."""
    if key is None:
        return sorted(items, key=lambda item: collation_key(str(item)))
    return sorted(items, key=lambda item: collation_key(key(item)))
