"""Names from a package, made safe to print in a one-line message.

A name in a hostile zip or manifest may hold terminal controls (ESC, U+009B CSI) that
repaint a terminal, or bidi overrides (U+202E) that make `fdp.exe` read as `exe.pdf`.
Every such character is shown as an escape (`\\u202e`); letters of every script, with
their marks, stay as they are, so a Vietnamese name reads as written.
"""

from __future__ import annotations

import unicodedata

MAX_SHOWN = 120  # characters of a name shown in a message; the rest is elided

# Control, format (bidi marks and overrides, zero-width), separators of lines and
# paragraphs, surrogates, private use and unassigned code points.
_HIDDEN = {"Cc", "Cf", "Zl", "Zp", "Cs", "Co", "Cn"}


def _escape(char: str) -> str:
    if char == "\\":
        return "\\\\"
    if char == " ":
        return char
    code = ord(char)
    if 0xDC80 <= code <= 0xDCFF:  # a byte that is not UTF-8 (surrogateescape)
        return f"\\x{code - 0xDC00:02x}"
    if unicodedata.category(char) in _HIDDEN or char.isspace():
        if code < 0x100:
            return f"\\x{code:02x}"
        return f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"
    return char


def shown(name: str | bytes, limit: int = MAX_SHOWN) -> str:
    """`name` with every control, bidi or invisible character escaped, at most `limit`
    characters of it (bytes that are not UTF-8 are shown as \\x escapes)."""
    if isinstance(name, bytes):
        name = name.decode("utf-8", errors="surrogateescape")
    cut = len(name) > limit
    text = "".join(_escape(c) for c in name[:limit])
    return text + "…" if cut else text
