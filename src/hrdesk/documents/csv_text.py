"""The text of a CSV file, in whichever encoding Excel saved it.

Excel's plain "CSV (Comma delimited)" on a Vietnamese Windows is saved in the ANSI code
page, 1258, not UTF-8. Code page 1258 writes most Vietnamese letters as a base letter and
a combining tone mark ("ế" is "ê" + U+0301), so the text is normalised to NFC, the form
the store keeps. UTF-8 (with or without Excel's byte-order mark) and UTF-16 ("Unicode
Text") are read as they are. A file in any other encoding (another country's code page,
the old TCVN3 or VNI font encodings) is refused with how to save it again, rather than
imported with wrong letters.
"""

from __future__ import annotations

import codecs
import unicodedata

from hrdesk.domain.errors import ValidationError

# Every letter Vietnamese is written with, besides ASCII.
VIETNAMESE_LETTERS = frozenset(
    "ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúýĂăĐđĨĩŨũƠơƯư" + "".join(chr(c) for c in range(0x1EA0, 0x1EFA))
)


def _refuse(name: str) -> ValidationError:
    return ValidationError("file", "document.csv_not_utf8", name=name)


def _plausible_vietnamese(text: str) -> bool:
    """Every letter is ASCII or Vietnamese, no tone mark is left uncombined, and no symbol
    sits inside a word (TCVN3 writes "Người" as "Ng\xadêi", "nại" as "n¹i")."""
    for index, ch in enumerate(text):
        if ord(ch) < 0x80:
            continue
        category = unicodedata.category(ch)
        if category.startswith("M"):
            return False  # a tone mark on nothing: not Vietnamese in code page 1258
        if category.startswith("L"):
            if ch not in VIETNAMESE_LETTERS:
                return False
        elif text[index - 1 : index].isalpha() and text[index + 1 : index + 2].isalpha():
            return False
    return True


def decode_csv(data: bytes, name: str) -> str:
    """The file's text in NFC; ValidationError saying how to save it if it cannot be known."""
    if data.startswith(codecs.BOM_UTF8):
        encodings: tuple[str, ...] = ("utf-8-sig",)
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encodings = ("utf-16",)
    else:
        encodings = ("utf-8", "cp1258")
    for encoding in encodings:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        text = unicodedata.normalize("NFC", text)
        if encoding == "cp1258" and not _plausible_vietnamese(text):
            break
        return text
    raise _refuse(name)
