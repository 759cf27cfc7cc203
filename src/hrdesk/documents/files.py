"""Saving a copy of a finished document somewhere else (the preview's "Save as PDF…").

Kept free of reportlab so the window can use it without loading the PDF machinery.
"""

from __future__ import annotations

from pathlib import Path

from hrdesk.store.files import atomic_write_bytes


def save_copy(data: bytes, target: Path) -> Path:
    """Write `data` to `target` atomically: a pulled USB stick leaves no half file."""
    target = Path(target)
    atomic_write_bytes(target, data)
    return target
