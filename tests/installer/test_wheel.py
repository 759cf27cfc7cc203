"""The top-level resources/ folder ships inside the package as `hrdesk.resources`.

pyproject.toml maps the package to the folder and lists the packages (a mapping cannot be
combined with automatic discovery), so a wheel is built here from a copy of the sources and
read back: every resource file and every package of src/hrdesk must be in it.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest

import hrdesk
from hrdesk.resources_path import resource_path, resources_root

ROOT = Path(__file__).resolve().parents[2]
RESOURCES = ROOT / "resources"
SOURCE = ROOT / "src" / "hrdesk"


def _resource_files() -> set[str]:
    return {
        path.relative_to(RESOURCES).as_posix()
        for path in RESOURCES.rglob("*")
        if path.is_file() and "__pycache__" not in path.parts
    }


def _source_packages() -> set[str]:
    return {
        ".".join(init.parent.relative_to(SOURCE.parent).parts)
        for init in SOURCE.rglob("__init__.py")
        if "__pycache__" not in init.parts
    }


def test_pyproject_lists_every_package_of_src_and_maps_resources() -> None:
    setuptools = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["tool"]["setuptools"]
    assert setuptools["package-dir"] == {"": "src", "hrdesk.resources": "resources"}
    assert set(setuptools["packages"]) == _source_packages() | {"hrdesk.resources"}


def test_the_resources_are_the_top_level_folder_in_the_editable_install() -> None:
    if Path(hrdesk.__file__).resolve().parent != SOURCE:
        pytest.skip("hrdesk is not installed from this source tree (editable)")
    assert resources_root().resolve() == RESOURCES
    assert resource_path("data", "holidays.json").is_file()
    assert not (SOURCE / "resources").exists()


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> zipfile.ZipFile:
    # A copy, so that no build/ folder left in the work tree by an earlier build can put a
    # file into the wheel that the sources no longer have.
    tree = tmp_path_factory.mktemp("tree")
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    for folder in ("src", "resources"):
        shutil.copytree(ROOT / folder, tree / folder, ignore=ignore)
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(ROOT / name, tree / name)
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", str(out), str(tree)],
        check=True,
        timeout=600,
    )
    (built,) = out.glob("hrdesk-*.whl")
    return zipfile.ZipFile(built)


@pytest.mark.slow
def test_the_wheel_holds_every_resource_file_under_hrdesk_resources(wheel) -> None:
    names = set(wheel.namelist())
    shipped = {name.removeprefix("hrdesk/resources/") for name in names}
    missing = sorted(_resource_files() - shipped)
    assert not missing, missing
    font = "hrdesk/resources/fonts/LiberationSerif-Regular.ttf"
    assert wheel.read(font) == (RESOURCES / "fonts" / "LiberationSerif-Regular.ttf").read_bytes()


@pytest.mark.slow
def test_the_wheel_holds_every_package(wheel) -> None:
    packages = {
        ".".join(Path(name).parent.parts)
        for name in wheel.namelist()
        if name.endswith("/__init__.py")
    }
    assert packages == _source_packages() | {"hrdesk.resources"}
    names = set(wheel.namelist())
    assert "hrdesk/store/migrations/script.py.mako" in names
