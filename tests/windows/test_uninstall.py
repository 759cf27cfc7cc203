"""The uninstaller's "delete my data": the office key's secret and the remembered sign-ins
leave the OS keyring (Windows' Credential Manager) along with the profile folder. The
installer script is read here too: it must name what the program really is."""

from __future__ import annotations

import re
from pathlib import Path

from hrdesk.app_mutex import APP_MUTEX
from hrdesk.bundles.keys import ensure_signer
from hrdesk.cli import main
from hrdesk.keyring_cleanup import forget_secrets
from hrdesk.profile import APP_NAME
from hrdesk.signin import sign_in
from tests.security.conftest import PASSWORD

INSTALLER = Path(__file__).resolve().parents[2] / "installer"
ISS = (INSTALLER / "hrdesk.iss").read_text(encoding="utf-8")


def _define(name: str) -> str:
    found = re.search(rf'^#define {name} "([^"]*)"', ISS, re.MULTILINE)
    assert found, name
    return found.group(1)


def test_forget_secrets_removes_this_profiles_office_key_and_sign_ins(
    desk, memory_keyring, tmp_path, capsys
):
    with desk.store.transaction(desk.actor) as s:
        ensure_signer(s)
    desk.close(backup=False)
    sign_in(desk.profile, "quantri", PASSWORD, remember=True).close(backup=False)
    memory_keyring.set_password("HR Desk", "office-signing-key:another-profile:ABCD", "keep")
    assert len(memory_keyring.secrets) == 3

    assert main(["forget-secrets", "--profile", str(desk.profile.root)]) == 0
    assert "Đã xóa 2 bí mật khỏi kho khóa" in capsys.readouterr().out
    assert list(memory_keyring.secrets) == [("HR Desk", "office-signing-key:another-profile:ABCD")]
    assert forget_secrets(desk.profile) == []  # a second run finds nothing, and says so


def test_forget_secrets_on_a_folder_without_a_profile_does_nothing(tmp_path, memory_keyring):
    assert main(["forget-secrets", "--profile", str(tmp_path / "gone")]) == 0


def test_the_installer_builds_with_the_vietnamese_messages_kept_beside_it():
    files = re.findall(r'MessagesFile: "([^"]+)"', ISS)
    assert files[0] == "Vietnamese.isl"  # not compiler:Languages\…: 6.5-6.7 lack it there
    local = [name for name in files if not name.startswith("compiler:")]
    for name in local:
        assert (INSTALLER / name).is_file(), name
    text = (INSTALLER / "Vietnamese.isl").read_text(encoding="utf-8")
    assert "LanguageID=$042A" in text and "SetupAppTitle=Cài đặt" in text


def test_the_installer_knows_the_programs_mutex_data_folder_and_console_program():
    assert _define("MyAppMutex") == APP_MUTEX
    assert re.search(r"^AppMutex=\{#MyAppMutex\}$", ISS, re.MULTILINE)
    assert _define("MyDataFolder") == APP_NAME
    assert _define("MyCliExeName") == "hrdesk-cli.exe"
    assert "forget-secrets --profile" in ISS
