"""'Remember on this computer' against a real Secret Service (gnome-keyring), when installed."""

from __future__ import annotations

import shutil
import subprocess
import sys
import textwrap

import pytest

from tests.security.conftest import PASSWORD

pytestmark = pytest.mark.skipif(
    not (shutil.which("dbus-run-session") and shutil.which("gnome-keyring-daemon")),
    reason="needs dbus-run-session and gnome-keyring-daemon (Debian: dbus, gnome-keyring)",
)

SCRIPT = textwrap.dedent(
    """
    import sys
    import keyring
    from hrdesk.profile import Profile
    from hrdesk.signin import forget, sign_in, sign_in_remembered

    backend = type(keyring.get_keyring()).__module__
    assert backend.endswith("SecretService"), backend
    profile = Profile(sys.argv[1])
    sign_in(profile, "quantri", sys.argv[2], remember=True).close(backup=False)
    desk = sign_in_remembered(profile, "quantri")
    assert desk is not None and desk.actor.username == "quantri"
    desk.close(backup=False)
    forget(profile, "quantri")
    assert sign_in_remembered(profile, "quantri") is None
    print("ok", backend)
    """
)


def test_remembered_key_round_trips_through_gnome_keyring(desk, tmp_path):
    desk.close(backup=False)
    script = tmp_path / "remember.py"
    script.write_text(SCRIPT)
    command = (
        "echo -n unlock | gnome-keyring-daemon --unlock --components=secrets >/dev/null; "
        f"'{sys.executable}' '{script}' '{desk.profile.root}' \"$HRDESK_TEST_PASSWORD\""
    )
    result = subprocess.run(
        ["dbus-run-session", "--", "sh", "-c", command],
        capture_output=True,
        text=True,
        timeout=120,
        env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "HRDESK_TEST_PASSWORD": PASSWORD},
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.startswith("ok")
