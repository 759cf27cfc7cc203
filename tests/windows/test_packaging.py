"""What an installation on Windows pulls in: the time-zone database zoneinfo lacks there."""

from __future__ import annotations

import tomllib
from pathlib import Path

from packaging.requirements import Requirement

PYPROJECT = Path(__file__).resolve().parents[2] / "pyproject.toml"


def _requirements() -> dict[str, Requirement]:
    data = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))
    found = [Requirement(text) for text in data["project"]["dependencies"]]
    return {req.name: req for req in found}


def test_tzdata_is_installed_on_windows_and_only_there():
    tzdata = _requirements()["tzdata"]
    assert tzdata.marker is not None
    assert tzdata.marker.evaluate({"sys_platform": "win32"})
    assert not tzdata.marker.evaluate({"sys_platform": "linux"})


def test_the_windows_workflow_runs_the_whole_suite_before_building_the_installer():
    workflow = (PYPROJECT.parent / ".github" / "workflows" / "build.yml").read_text("utf-8")
    assert "runs-on: windows-latest" in workflow
    suite = workflow.index("run: python -m pytest -q -ra")  # every test, not tests\installer
    freeze = workflow.index("installer\\hrdesk.spec")
    bundle = workflow.index("run: python -m pytest tests\\installer")
    setup = workflow.index("installer\\hrdesk.iss")
    assert suite < freeze < bundle < setup
    assert "QT_QPA_PLATFORM: offscreen" in workflow[:freeze]
