"""`python -m bench.torture.pull_child STICK CONTROL MOMENT hrdesk-args…`: the real command
line, paused once at a chosen moment of its write to STICK so the harness can pull the stick
(a lazy unmount) right then; nothing of the program is changed.

MOMENT `writing`: at the first fsync of a file on the stick (the file is open and written,
its name not yet final); `renamed`: just after a file was renamed into place on the stick.
The child says it is there by creating CONTROL/ready and waits for CONTROL/go.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path
from typing import Any

WAIT = 60.0


def main(argv: list[str]) -> int:
    stick, control, moment, *args = argv
    stick_path = os.path.realpath(stick) + os.sep
    paused = False

    def pause() -> None:
        nonlocal paused
        if paused:
            return
        paused = True
        (Path(control) / "ready").touch()
        deadline = time.monotonic() + WAIT
        while not (Path(control) / "go").exists() and time.monotonic() < deadline:
            time.sleep(0.01)

    real_fsync, real_replace = os.fsync, os.replace

    def fsync(fd: Any) -> None:
        if moment == "writing" and not paused:
            try:
                where = os.readlink(f"/proc/self/fd/{int(fd)}")
            except (OSError, ValueError, TypeError):
                where = ""
            if where.startswith(stick_path) and os.path.isfile(where):
                pause()
        real_fsync(fd)

    def replace(source: Any, target: Any, **kwargs: Any) -> None:
        real_replace(source, target, **kwargs)
        if moment == "renamed" and os.path.realpath(target).startswith(stick_path):
            pause()

    os.fsync = fsync  # type: ignore[assignment]
    os.replace = replace  # type: ignore[assignment]
    from hrdesk.cli import main as hrdesk

    return hrdesk(args)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
