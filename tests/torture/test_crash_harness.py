"""The crash harness of `make torture`, short: one killed run of each kind of write work,
and the judge itself shown to see a lost operation and a torn file."""

from __future__ import annotations

import shutil

import keyring
import pytest
from bench.torture import crash
from bench.torture.report import crash_table
from keyring.backends.fail import Keyring as NoKeyring


@pytest.fixture
def no_keyring(monkeypatch):
    # As on a computer without one: the office key is wrapped by its passphrase, so the
    # child processes (which see no keyring either) can sign packages.
    keyring.set_keyring(NoKeyring())


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    """The harness's profile, made once for this file's tests."""
    previous = keyring.get_keyring()
    keyring.set_keyring(NoKeyring())
    made = crash.make_template(tmp_path_factory.mktemp("torture"))
    keyring.set_keyring(previous)
    return made


@pytest.mark.slow
def test_killed_write_work_loses_nothing_and_tears_nothing(no_keyring, template):
    outcomes = crash.crash_runs(
        template.parent, runs=len(crash.OPERATIONS), seed=7, template=template, calibration_ops=1
    )
    assert [o.op for o in outcomes] == list(crash.OPERATIONS)
    assert any(o.mid_operation for o in outcomes)  # the kills did land inside the work
    for outcome in outcomes:
        assert outcome.ok, outcome
    table = crash_table(outcomes, crash.OPERATIONS, 0.5)
    assert f"| **all** | {len(outcomes)} |" in table


def test_the_judge_sees_a_lost_import_and_a_torn_package(no_keyring, template):
    base = template.parent
    home, work, log = crash.prepare_run(base, template, "faked")
    # A child that said "done" for an import that never happened: one batch lost.
    log.write_text("start 0\ndone 0\n", encoding="utf-8")
    outcome = crash.judge("import", home, work, log, killed=True)
    assert outcome.lost == ["import 0: reported done, 0 rows"] and not outcome.torn
    # A package cut short under its final name: torn, even though never reported done.
    (package,) = (base / "first-package").glob("*.zip")
    (work / "package-0").mkdir()
    shutil.copy(package, work / "package-0" / package.name)
    with open(work / "package-0" / package.name, "r+b") as handle:
        handle.truncate(package.stat().st_size // 2)
    log.write_text("start 0\n", encoding="utf-8")
    outcome = crash.judge("package", home, work, log, killed=True)
    assert outcome.torn == ["package 0: a file under its final name does not verify"]
    assert outcome.mid_operation and not outcome.lost
    # The untouched package verifies: the judge does not call everything torn.
    shutil.copy(package, work / "package-0" / package.name)
    log.write_text("start 0\ndone 0\n", encoding="utf-8")
    assert crash.judge("package", home, work, log, killed=True).ok
