"""Where the shipped files are, installed, editable or frozen.

They live in the repository's top-level `resources/` folder, which pyproject.toml maps to
the package `hrdesk.resources`. PyInstaller unpacks a frozen application's data under
`sys._MEIPASS`; the installer adds the folder there as `hrdesk/resources`. Everywhere else
`importlib.resources` finds the package `hrdesk.resources` wherever the install put it: in
site-packages, or (editable) the repository's `resources/` (the files are never zipped).
"""

from __future__ import annotations

import sys
from importlib.resources import files
from pathlib import Path


def resources_root() -> Path:
    """The folder of the package `hrdesk.resources`."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and frozen_root:
        return Path(frozen_root) / "hrdesk" / "resources"
    return Path(str(files("hrdesk.resources")))


def resource_path(*parts: str) -> Path:
    """A file or folder under `hrdesk.resources`, e.g. `resource_path("fonts", "x.ttf")`.

    The path is returned whether or not it exists: callers say what was missing.
    """
    return resources_root().joinpath(*parts)
