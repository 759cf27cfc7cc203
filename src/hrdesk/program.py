"""The name an officer types to run HR Desk's commands on this computer.

Installed with pip it is `hrdesk` everywhere. The Windows (and macOS) bundle has two
programs, the windowed HRDesk.exe and the console hrdesk-cli.exe (Windows file names
ignore case, so a console `hrdesk.exe` would be HRDesk.exe): there a message saying
"run `hrdesk init`" names a command that does not exist. Messages are written with
`hrdesk`; `name_commands` puts the real name in before they are shown.
"""

from __future__ import annotations

import re
import sys

WRITTEN = "hrdesk"
BUNDLED_CLI = "hrdesk-cli"

_COMMANDS = (
    "init|demo|check|search|list|import|export|backup|restore|minutes|report|"
    "training-sheet|package|key|forget-secrets|--help|--version"
)
_IN_TEXT = re.compile(rf"(?<![\w./\\-]){WRITTEN}(?= (?:{_COMMANDS})(?![\w-]))")


def command_name(frozen: bool | None = None, platform: str | None = None) -> str:
    """`hrdesk-cli` in the Windows and macOS bundles, `hrdesk` otherwise."""
    frozen = bool(getattr(sys, "frozen", False)) if frozen is None else frozen
    platform = sys.platform if platform is None else platform
    if frozen and platform in ("win32", "darwin"):
        return BUNDLED_CLI
    return WRITTEN


def name_commands(text: str, name: str | None = None) -> str:
    """`text` with every "hrdesk <command>" naming the program as this computer has it."""
    name = name or command_name()
    if name == WRITTEN:
        return text
    return _IN_TEXT.sub(name, text)
