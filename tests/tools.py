"""Markers for tests that need something only some machines have.

The suite also runs on Windows (.github/workflows/build.yml), which has none of Debian's
tools (poppler's pdftotext, minisign, mount) and no /proc. Such a test is skipped there
with the reason, never left to fail.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest


def needs_tool(name: str) -> pytest.MarkDecorator:
    """Skip unless the program `name` is on PATH."""
    return pytest.mark.skipif(shutil.which(name) is None, reason=f"needs {name} on PATH")


needs_proc = pytest.mark.skipif(
    not Path("/proc/self/fd").is_dir(), reason="reads a file descriptor's path in /proc (Linux)"
)
linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux only")
