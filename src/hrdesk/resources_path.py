"""Where the files shipped in `hrdesk/resources/` are, installed, editable or frozen.

PyInstaller unpacks a frozen application's data under `sys._MEIPASS`; the installer adds
the `resources/` folder there as `hrdesk/resources`. Everywhere else `importlib.resources`
finds the package's own folder (the resources are plain files, never zipped).
"""

from __future__ import annotations

import sys
from importlib.resources import files
from pathlib import Path


def resources_root() -> Path:
    """The `hrdesk/resources` folder."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and frozen_root:
        return Path(frozen_root) / "hrdesk" / "resources"
    return Path(str(files("hrdesk").joinpath("resources")))


def resource_path(*parts: str) -> Path:
    """A file or folder under `hrdesk/resources`, e.g. `resource_path("fonts", "x.ttf")`.

    The path is returned whether or not it exists: callers say what was missing.
    """
    return resources_root().joinpath(*parts)
