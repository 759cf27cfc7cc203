"""Where file dialogs start: the officer's Documents folder.

A Save-as dialog given a bare file name starts in the process's current folder, which on
Windows is the program folder (%LOCALAPPDATA%\\Programs\\HR Desk) when HR Desk is started
from its shortcut: files saved there are lost on the next upgrade. platformdirs knows
each system's Documents folder (the shell's, on Windows: it may be redirected to OneDrive).
"""

from __future__ import annotations

from pathlib import Path


def documents_dir() -> Path:
    """The officer's Documents folder, or the home folder if there is none."""
    import platformdirs

    try:
        folder = Path(platformdirs.user_documents_dir())
    except Exception:  # a broken shell folder setting on Windows must not stop a save
        return Path.home()
    return folder if folder.is_dir() else Path.home()


def suggested_path(name: str | Path, folder: str | Path | None = None) -> str:
    """The path a Save-as dialog proposes: `name` in `folder`, or in Documents."""
    name = Path(name)
    if name.is_absolute():
        return str(name)
    return str((Path(folder) if folder else documents_dir()) / name.name)
