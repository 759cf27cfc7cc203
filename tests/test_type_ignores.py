"""Every `# type: ignore` names its error code and says why on its own line (issue 12)."""

from __future__ import annotations

import re
from pathlib import Path

SOURCE = Path(__file__).resolve().parents[1] / "src" / "hrdesk"
# `# type: ignore[code]` followed by `  # the reason`.
EXPLAINED = re.compile(r"# type: ignore\[[a-z-]+(, *[a-z-]+)*\]  # \S.{4,}")


def unexplained(text: str) -> list[int]:
    return [
        number
        for number, line in enumerate(text.splitlines(), start=1)
        if "type: ignore" in line and not EXPLAINED.search(line)
    ]


def test_an_ignore_without_a_code_or_a_reason_is_found():
    assert unexplained("x = f()  # type: ignore\n") == [1]
    assert unexplained("x = f()  # type: ignore[arg-type]\n") == [1]
    assert unexplained("x = f()  # type: ignore[arg-type]  # the stubs want a str\n") == []


def test_no_type_ignore_in_the_sources_goes_unexplained():
    found = {
        f"{path.relative_to(SOURCE)}:{number}"
        for path in SOURCE.rglob("*.py")
        for number in unexplained(path.read_text("utf-8"))
    }
    assert not found, sorted(found)
