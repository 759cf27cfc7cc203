"""Bad usage (argparse's own messages) in the officer's language.

argparse writes its messages through gettext, keyed by their English text; for Vietnamese
the command line gives it the Vietnamese of each while it reads the arguments, as gettext
would with a catalogue installed. Help texts are left as they are.
"""

from __future__ import annotations

import argparse
import contextlib
from collections.abc import Iterator, Sequence

# argparse's message ids (Python 3.11–3.13) that a user can meet, and their Vietnamese.
VIETNAMESE = {
    "the following arguments are required: %s": "Thiếu đối số bắt buộc: %s",
    "unrecognized arguments: %s": "Đối số không nhận ra: %s",
    "argument %(argument_name)s: %(message)s": "Đối số %(argument_name)s: %(message)s",
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "Lựa chọn không hợp lệ: %(value)r (chọn một trong: %(choices)s)"
    ),
    "invalid %(type)s value: %(value)r": "Giá trị %(type)s không hợp lệ: %(value)r",
    "expected one argument": "Cần đúng một giá trị",
    "expected at most one argument": "Cần nhiều nhất một giá trị",
    "expected at least one argument": "Cần ít nhất một giá trị",
    "expected %s argument": "Cần %s giá trị",
    "expected %s arguments": "Cần %s giá trị",
    "ignored explicit argument %r": "Đối số %r bị bỏ qua",
    "not allowed with argument %s": "Không được dùng cùng đối số %s",
    "one of the arguments %s is required": "Cần một trong các đối số %s",
    "ambiguous option: %(option)s could match %(matches)s": (
        "Tùy chọn không rõ: %(option)s có thể là %(matches)s"
    ),
    "can't open '%(filename)s': %(error)s": "Không mở được '%(filename)s': %(error)s",
}


def chosen_lang(argv: Sequence[str]) -> str:
    """The --lang given anywhere in `argv` ("vi" unless "en")."""
    for index, arg in enumerate(argv):
        if arg == "--lang" and index + 1 < len(argv):
            return "en" if argv[index + 1] == "en" else "vi"
        if arg.startswith("--lang="):
            return "en" if arg.partition("=")[2] == "en" else "vi"
    return "vi"


@contextlib.contextmanager
def usage_language(lang: str) -> Iterator[None]:
    """While the arguments are read, argparse speaks `lang`."""
    if lang != "vi":
        yield
        return
    module = vars(argparse)
    plain, plural = module["_"], module["ngettext"]
    module["_"] = lambda text: VIETNAMESE.get(text, plain(text))
    module["ngettext"] = lambda one, many, n: VIETNAMESE.get(
        one if n == 1 else many, plural(one, many, n)
    )
    try:
        yield
    finally:
        module["_"], module["ngettext"] = plain, plural
