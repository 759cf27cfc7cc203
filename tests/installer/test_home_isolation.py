"""The bundle tests give the frozen program a home of its own: on Windows too, where
platformdirs asks the shell for the folders and ignores LOCALAPPDATA and APPDATA. Checked
here with platformdirs' Windows rules and a Windows path."""

from __future__ import annotations

import ntpath
from pathlib import PureWindowsPath

import pytest
from platformdirs.windows import Windows

from hrdesk.profile import APP_NAME
from tests.installer.test_bundle import home_env

HOME = PureWindowsPath("C:/Users/runneradmin/AppData/Local/Temp/pytest-0/home0")


@pytest.fixture
def windows_home(monkeypatch):
    for name, value in home_env(HOME).items():  # type: ignore[arg-type]
        monkeypatch.setenv(name, value)
    # What the Windows shell answers whatever LOCALAPPDATA says: the real user's folders.
    # Here platformdirs would read these variables; only its overrides may win.
    monkeypatch.setenv("LOCALAPPDATA", "C:\\Users\\officer\\AppData\\Local")
    monkeypatch.setenv("APPDATA", "C:\\Users\\officer\\AppData\\Roaming")
    return HOME


def _inside(path: str, folder: PureWindowsPath) -> bool:
    return ntpath.normcase(path).startswith(ntpath.normcase(str(folder)) + "\\")


def test_the_profile_documents_and_settings_folders_are_inside_the_test_home(windows_home):
    dirs = Windows(APP_NAME, appauthor=False)
    assert ntpath.normpath(dirs.user_data_dir) == str(windows_home / "local" / APP_NAME)
    for path in (dirs.user_data_dir, dirs.user_config_dir, dirs.user_documents_dir):
        assert _inside(path, windows_home), path
    assert Windows(APP_NAME, appauthor=False, roaming=True).user_data_dir.startswith(
        str(windows_home / "roaming")
    )


def test_the_home_covers_the_linux_folders_too(tmp_path):
    env = home_env(tmp_path)
    for name in ("HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "USERPROFILE"):
        assert env[name].startswith(str(tmp_path))
