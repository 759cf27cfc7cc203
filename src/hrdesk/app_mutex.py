"""The named mutex a running HR Desk holds on Windows, for the installer to see.

Inno Setup's `AppMutex` (installer/hrdesk.iss) names it: set-up and uninstall then ask the
officer to close HR Desk instead of replacing files under a running copy (a console
`hrdesk-cli` too, which the Restart Manager does not always find). Windows frees the mutex
when the process ends, however it ends. Elsewhere there is nothing to hold.
"""

from __future__ import annotations

import os
import sys

# Keep equal to MyAppMutex in installer/hrdesk.iss (a test compares them).
APP_MUTEX = "HRDesk-E1ED8555-running"

_handle: int | None = None


def hold_app_mutex() -> int | None:
    """Create (or open) the mutex and keep it until the process ends; its handle, or None."""
    global _handle
    # Both tests: sys.platform narrows the type checker, os.name is what runs (a test
    # that plays the Windows bundle changes sys.platform only).
    if sys.platform != "win32" or os.name != "nt" or _handle is not None:
        return _handle
    import ctypes

    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
    kernel32.CreateMutexW.restype = ctypes.c_void_p
    # Not owned: the installer only asks whether one exists (OpenMutex).
    _handle = kernel32.CreateMutexW(None, False, APP_MUTEX) or None
    return _handle
