"""The frozen one-folder bundle, run as an officer's laptop runs it: no Python, no source
tree, no HRDESK_HOME, no display. Slow, and skipped unless HRDESK_TEST_BUNDLE names a built
bundle folder, so the ordinary test run stays fast:

    make dist && HRDESK_TEST_BUNDLE=dist/hrdesk .venv/bin/pytest tests/installer

(`make dist` itself runs the shell equivalent, installer/check-bundle.sh.)
"""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

import hrdesk

BUNDLE_ENV = "HRDESK_TEST_BUNDLE"
ROOT = Path(__file__).resolve().parents[2]
SOURCE = ROOT / "src" / "hrdesk"
RESOURCES = ROOT / "resources"
DEMO_LOGIN = {"HRDESK_USER": "demo", "HRDESK_PASSPHRASE": "demo"}

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not os.environ.get(BUNDLE_ENV),
        reason=f"set {BUNDLE_ENV} to a built bundle folder (make dist) to test it",
    ),
]


def _files(folder: Path) -> set[str]:
    return {str(path.relative_to(folder)) for path in folder.rglob("*")}


@pytest.fixture(scope="module")
def bundle() -> Path:
    folder = Path(os.environ[BUNDLE_ENV]).resolve()
    assert (folder / "_internal").is_dir(), f"{folder} is not a PyInstaller one-folder bundle"
    return folder


@pytest.fixture(scope="module")
def executable(bundle: Path) -> Path:
    """The console executable: hrdesk on Linux, hrdesk-cli.exe on Windows."""
    return bundle / ("hrdesk-cli.exe" if sys.platform == "win32" else "hrdesk")


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("home")


def home_env(home: Path) -> dict[str, str]:
    """Variables that put every per-user folder the program may use under `home`.

    Linux reads HOME and XDG_*. On Windows platformdirs asks the shell for its folders
    (SHGetKnownFolderPath), which ignores LOCALAPPDATA and APPDATA; only its
    WIN_PD_OVERRIDE_* variables (platformdirs 4.3 and later) move them. Path.home() and
    the Documents folder follow USERPROFILE.
    """
    folders = {
        "LOCAL_APPDATA": home / "local",
        "APPDATA": home / "roaming",
        "PERSONAL": home / "Documents",
        "COMMON_APPDATA": home / "programdata",
    }
    env = {
        "HOME": str(home),
        "USERPROFILE": str(home),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_CACHE_HOME": str(home / "cache"),
        "XDG_DOCUMENTS_DIR": str(home / "Documents"),
        "LOCALAPPDATA": str(folders["LOCAL_APPDATA"]),
        "APPDATA": str(folders["APPDATA"]),
    }
    env.update({f"WIN_PD_OVERRIDE_{name}": str(path) for name, path in folders.items()})
    return env


def run(
    executable: Path, *args: str, home: Path, login: bool = False
) -> subprocess.CompletedProcess[str]:
    """The frozen program with a home of its own, offscreen, without HRDESK_HOME."""
    dropped = ("HRDESK_HOME", "PYTHONPATH", "PYTHONHOME", *DEMO_LOGIN)
    env = {name: value for name, value in os.environ.items() if name not in dropped}
    env.update(home_env(home), QT_QPA_PLATFORM="offscreen")
    if login:
        env.update(DEMO_LOGIN)
    return subprocess.run(
        [str(executable), *args],
        cwd=home,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=300,
        check=False,
    )


@pytest.fixture(scope="module")
def files_before(bundle: Path) -> set[str]:
    return _files(bundle)


@pytest.fixture(scope="module")
def demo_profile(
    executable: Path, home: Path, files_before: set[str], tmp_path_factory: pytest.TempPathFactory
) -> Path:
    profile = tmp_path_factory.mktemp("profiles") / "demo"
    result = run(executable, "demo", "--no-window", "--profile", str(profile), home=home)
    assert result.returncode == 0, result.stderr
    # The profile first, then the documents the demo wrote from it (minutes, report, package).
    lines = result.stdout.splitlines()
    assert lines[0] == str(profile)
    assert all(Path(line).is_file() for line in lines[1:]), lines
    return profile


def test_version_is_the_package_version(executable: Path, home: Path) -> None:
    result = run(executable, "--version", home=home)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"HR Desk {hrdesk.__version__}"


def test_demo_makes_an_encrypted_store_in_the_profile_it_is_given(demo_profile: Path) -> None:
    store = demo_profile / "hrdesk.db"
    assert (demo_profile / "keys.json").is_file()
    assert store.stat().st_size > 0
    assert not store.read_bytes().startswith(b"SQLite format 3\x00")  # SQLCipher, not plain


def test_the_demo_store_opens_at_the_bundled_schema_with_its_audit_chain_intact(
    executable: Path, demo_profile: Path, home: Path
) -> None:
    result = run(executable, "check", "--profile", str(demo_profile), home=home, login=True)
    assert result.returncode == 0, result.stderr
    assert "Kho dữ liệu: tốt, đã mã hóa" in result.stdout
    assert "chuỗi nguyên vẹn" in result.stdout


def test_report_pdf_embeds_the_fonts_shipped_in_the_bundle(
    executable: Path, demo_profile: Path, home: Path, tmp_path: Path
) -> None:
    from pypdf import PdfReader

    pdf = tmp_path / "report.pdf"
    period = str(date.today().year)
    args = ("report", "--period", period, "--out", str(pdf), "--profile", str(demo_profile))
    result = run(executable, *args, home=home, login=True)
    assert result.returncode == 0, result.stderr
    fonts = {
        str(font.get_object()["/BaseFont"])
        for page in PdfReader(pdf).pages
        for font in page["/Resources"]["/Font"].values()
    }
    # On Windows the program rightly prefers Times New Roman from C:\\Windows\\Fonts
    # (documents.fonts); elsewhere it uses the Liberation Serif it ships.
    expected = (
        ("TimesNewRoman", "LiberationSerif") if sys.platform == "win32" else ("LiberationSerif",)
    )
    assert any(face in name for name in fonts for face in expected), fonts


def test_resources_migrations_and_reportlab_data_are_inside_the_bundle(bundle: Path) -> None:
    internal = bundle / "_internal"
    for source in RESOURCES.rglob("*"):
        if source.is_file() and source.name != "__init__.py" and "__pycache__" not in source.parts:
            frozen = internal / "hrdesk" / "resources" / source.relative_to(RESOURCES)
            assert frozen.read_bytes() == source.read_bytes(), frozen
    migrations = internal / "hrdesk" / "store" / "migrations"
    assert (migrations / "env.py").is_file()
    assert (migrations / "script.py.mako").is_file()
    versions = sorted(p.name for p in (SOURCE / "store" / "migrations" / "versions").glob("0*.py"))
    assert sorted(p.name for p in (migrations / "versions").glob("0*.py")) == versions
    assert any((internal / "reportlab" / "fonts").iterdir())


def test_nothing_from_the_build_machines_gtk_is_bundled(bundle: Path) -> None:
    names = {path.name.lower() for path in bundle.rglob("*")}
    assert not any("qgtk" in name for name in names)
    assert not any(name.startswith(("libgtk-", "libgdk-")) for name in names)
    assert not any("keyrings" in name and "alt" in name for name in names)


def test_the_runs_write_nothing_next_to_the_executable(
    bundle: Path, demo_profile: Path, files_before: set[str]
) -> None:
    assert _files(bundle) == files_before
