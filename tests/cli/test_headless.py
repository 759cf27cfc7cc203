"""The real `hrdesk` program in a child process, as a script would run it: no terminal (stdin
closed), no keyring, secrets from the environment, messages in the officer's language."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

# No keyring at all: the backend that refuses every secret (as on a server without D-Bus).
NO_KEYRING = "keyring.backends.fail.Keyring"


def hrdesk(*argv: str, **env: str) -> subprocess.CompletedProcess[str]:
    environment = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith("HRDESK_") and k not in ("DISPLAY", "WAYLAND_DISPLAY")
    }
    environment.update(PYTHON_KEYRING_BACKEND=NO_KEYRING, **env)
    return subprocess.run(
        [sys.executable, "-m", "hrdesk", *argv],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        env=environment,
        timeout=600,
    )


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Path:
    """A small demo profile made by `hrdesk demo` on a computer with no keyring."""
    profile = tmp_path_factory.mktemp("headless") / "demo"
    made = hrdesk("--profile", str(profile), "demo", "--no-window")
    assert made.returncode == 0, made.stderr
    # The demo says how to run its commands headless, the key's passphrase included.
    assert "HRDESK_PASSPHRASE=demo HRDESK_KEY_PASSPHRASE=demo" in made.stderr
    return profile


def test_package_export_runs_headless_on_the_demo_without_a_keyring(demo, tmp_path):
    stick = tmp_path / "stick"
    stick.mkdir()
    argv = ("--profile", str(demo), "package", "export", "--period", "2026-Q2", "--to", str(stick))
    done = hrdesk(*argv, HRDESK_PASSPHRASE="demo", HRDESK_KEY_PASSPHRASE="demo")
    assert done.returncode == 0, done.stderr
    package = Path(done.stdout.strip().splitlines()[-1])
    assert package.parent == stick and package.suffix == ".zip" and package.stat().st_size > 0
    key = tmp_path / "office.pub"
    exported = hrdesk(
        "--profile", str(demo), "key", "export", "--out", str(key),
        HRDESK_PASSPHRASE="demo", HRDESK_KEY_PASSPHRASE="demo",
    )  # fmt: skip
    assert exported.returncode == 0, exported.stderr
    checked = hrdesk("package", "verify", str(package), "--key", str(key))
    assert checked.returncode == 0, checked.stdout + checked.stderr


def test_without_the_key_passphrase_export_says_which_variable_to_set(demo, tmp_path):
    stick = tmp_path / "stick"
    stick.mkdir()
    argv = ("--profile", str(demo), "package", "export", "--period", "2026-Q2", "--to", str(stick))
    done = hrdesk(*argv, HRDESK_PASSPHRASE="demo")
    assert done.returncode == 2
    assert done.stderr == (
        "hrdesk: Trên máy này khóa của văn phòng được bảo vệ bằng cụm mật khẩu: hãy nhập cụm "
        "mật khẩu đó (HRDESK_KEY_PASSPHRASE trên dòng lệnh)\n"
    )
    wrong = hrdesk(*argv, HRDESK_PASSPHRASE="demo", HRDESK_KEY_PASSPHRASE="not the one")
    assert (wrong.returncode, wrong.stderr) == (
        2,
        "hrdesk: Cụm mật khẩu của khóa văn phòng không đúng\n",
    )
    assert not list(stick.iterdir())


@pytest.mark.parametrize(
    ("argv", "env", "vietnamese", "english"),
    [
        (
            ("list", "tasks"),
            {"HRDESK_PASSPHRASE": "wrong password"},
            "Tên cán bộ hoặc mật khẩu không đúng",
            "The officer name or the password is not right",
        ),
        (
            ("list", "petitions", "--from", "31/02/2026"),
            {"HRDESK_PASSPHRASE": "demo"},
            "Không phải là ngày: '31/02/2026' (ghi theo ngày/tháng/năm)",
            "Not a date: '31/02/2026' (write dd/mm/yyyy)",
        ),
        (
            ("list", "tasks"),
            {},
            "Hãy đặt biến môi trường HRDESK_PASSPHRASE hoặc chạy trong cửa sổ dòng lệnh",
            "Set HRDESK_PASSPHRASE or run in a terminal",
        ),
        (
            ("report", "--period", "2026-Q5", "--out", "r.pdf"),
            {"HRDESK_PASSPHRASE": "demo"},
            "Quý phải từ 1 đến 4, không phải 5",
            "A quarter is 1 to 4, not 5",
        ),
        (
            ("list", "petitions", "--status", "lost"),
            {"HRDESK_PASSPHRASE": "demo"},
            "Giá trị 'lost' không có trong danh sách:",
            "Not one of",
        ),
    ],
)
def test_bad_input_is_told_in_the_chosen_language(demo, argv, env, vietnamese, english):
    for lang, expected in (("vi", vietnamese), ("en", english), (None, vietnamese)):
        chosen = ("--lang", lang) if lang else ()
        done = hrdesk("--profile", str(demo), *chosen, *argv, **env)
        assert done.returncode == 2, done.stderr
        assert done.stderr.startswith(f"hrdesk: {expected}"), done.stderr
        assert done.stderr.count("\n") == 1
