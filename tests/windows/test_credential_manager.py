"""Windows' Credential Manager fails with pywintypes.error, not KeyringError: signing in
with "remember on this computer" must still say so, and leave no store open behind it.

pywin32 does not exist here; the error classes are made with the module and name that
pywin32 and pywin32-ctypes give theirs, which is all the sign-in looks at.
"""

from __future__ import annotations

import os
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend

from hrdesk.domain.errors import StoreError
from hrdesk.signin import forget, is_keyring_failure, sign_in, sign_in_remembered
from tests.security.conftest import PASSWORD
from tests.tools import needs_proc

PYWIN32_ERROR = type("error", (Exception,), {"__module__": "pywintypes"})
CTYPES_ERROR = type("error", (Exception,), {"__module__": "win32ctypes.pywin32.pywintypes"})


def _failing_backend(error: type[Exception]) -> KeyringBackend:
    """Credential Manager as a locked-down account sees it: every call fails."""

    def fail(*_args: object) -> None:
        # (winerror, funcname, strerror), as pywintypes.error carries them.
        raise error(1312, "CredWrite", "A specified logon session does not exist.")

    methods = {"priority": 1, "get_password": fail, "set_password": fail, "delete_password": fail}
    return type("CredentialManager", (KeyringBackend,), methods)()


@pytest.fixture(params=[PYWIN32_ERROR, CTYPES_ERROR], ids=["pywin32", "pywin32-ctypes"])
def credential_manager(request: pytest.FixtureRequest, memory_keyring):
    keyring.set_keyring(_failing_backend(request.param))
    yield request.param
    keyring.set_keyring(memory_keyring)


def _open_handles(path: Path) -> int:
    """How many of this process's file descriptors are on `path` (Linux's /proc)."""
    folder = Path("/proc/self/fd")
    count = 0
    for fd in folder.iterdir():
        try:
            if os.readlink(fd) == str(path):
                count += 1
        except OSError:
            continue
    return count


def test_windows_credential_errors_count_as_keyring_failures(credential_manager):
    assert is_keyring_failure(credential_manager(1312, "CredWrite", "no session"))
    assert not is_keyring_failure(ValueError("something else"))


@needs_proc
def test_remember_with_a_failing_credential_manager_says_so_and_closes_the_store(
    desk, credential_manager
):
    desk.close(backup=False)
    before = _open_handles(desk.profile.store_path)
    with pytest.raises(StoreError, match="no working keyring"):
        sign_in(desk.profile, "quantri", PASSWORD, remember=True)
    assert _open_handles(desk.profile.store_path) == before
    # Without "remember", the same officer signs in on the same computer.
    sign_in(desk.profile, "quantri", PASSWORD).close(backup=False)


def test_remembered_sign_in_and_forget_survive_a_failing_credential_manager(
    desk, credential_manager
):
    desk.close(backup=False)
    assert sign_in_remembered(desk.profile, "quantri") is None
    forget(desk.profile, "quantri")  # nothing to forget that can be reached: no error
