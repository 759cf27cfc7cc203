"""Issue 13's hostile corpus (tests/bundles/corpus.py): every case refused by the check it
names, in under 2 s and 200 MB, with a one-line message and no traceback, or, for the
same signed content zipped anew, verified as the same package with the same link; and
whatever stock `unzip` or Python's zipfile see in a package HR Desk verified is exactly
what HR Desk verified."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
import time
import tracemalloc
import unicodedata
import zipfile
from pathlib import Path

import pytest

from hrdesk.bundles.verify import signed_sha512, verify_package
from hrdesk.cli import main
from tests.bundles.corpus import CASES, SAME, TRUSTED, Case, write_corpus, zipfile_genuine

MAX_SECONDS = 2.0
MAX_PEAK = 200 << 20
UNZIP = shutil.which("unzip")
BY_NAME = {case.name: case for case in CASES}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("corpus")
    paths = write_corpus(folder)
    paths["zipfile-genuine"] = zipfile_genuine(folder / "zipfile-genuine.zip")
    return paths


def _case(name: str) -> Case:
    return BY_NAME.get(name) or Case(name, "3 chain by signed content", SAME)


def _printable(text: str) -> bool:
    return not any(unicodedata.category(c) in ("Cc", "Cf", "Zl", "Zp") for c in text)


@pytest.mark.parametrize("name", [*BY_NAME, "zipfile-genuine"])
def test_each_case_is_refused_cheaply_or_is_the_same_package(corpus, name):
    case = _case(name)
    tracemalloc.start()
    started = time.perf_counter()
    try:
        report = verify_package(corpus[name], [TRUSTED.public])
        elapsed = time.perf_counter() - started
        _size, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    if case.expect == SAME:
        assert report.ok, report.lines()
        if case.copy_of is not None:
            assert report.signed_sha512 == signed_sha512(corpus[case.copy_of])
    else:
        assert not report.ok, f"{name} was accepted"
        assert report.failure.name == case.expect, report.failure.line()
        assert _printable(report.failure.line()), report.failure.line()
        assert [c for c in report.checks if not c.ok] == [report.checks[-1]]
    assert elapsed < MAX_SECONDS, f"{elapsed:.2f} s"
    assert peak < MAX_PEAK, f"{peak:,} bytes"


SHOWN = [
    "zip64-locator-second-directory",
    "name-bidi-override",
    "name-csi-control",
    "signature-huge",
    "untrusted-signer",
]


@pytest.mark.parametrize("name", SHOWN)
def test_the_command_line_says_one_line_and_no_traceback(corpus, capsys, name):
    key = corpus["genuine"].parent / "trusted.pub"
    code = main(["package", "verify", str(corpus[name]), "--key", str(key)])
    out, err = capsys.readouterr()
    assert code == 1
    assert "Traceback" not in out + err
    assert out.splitlines()[-1].startswith("Không hợp lệ: ")
    assert all(_printable(line) for line in out.splitlines()), out


def _tree(folder: Path) -> dict[str, str]:
    return {
        p.relative_to(folder).as_posix(): hashlib.sha512(p.read_bytes()).hexdigest()
        for p in folder.rglob("*")
        if p.is_file()
    }


def _unzip_sees(path: Path, folder: Path) -> dict[str, str] | None:
    if subprocess.run([UNZIP, "-tqq", str(path)], capture_output=True).returncode != 0:
        return None
    subprocess.run([UNZIP, "-qq", "-d", str(folder), str(path)], check=True, capture_output=True)
    return _tree(folder)


def _zipfile_sees(path: Path, folder: Path) -> dict[str, str] | None:
    test = [sys.executable, "-m", "zipfile", "-t", str(path)]
    if subprocess.run(test, capture_output=True).returncode != 0:
        return None
    with zipfile.ZipFile(path) as archive:
        archive.extractall(folder)
    return _tree(folder)


@pytest.mark.skipif(UNZIP is None, reason="Debian's unzip is not installed")
@pytest.mark.parametrize("name", [*BY_NAME, "zipfile-genuine"])
def test_what_stock_tools_accept_is_what_hr_desk_verified(corpus, tmp_path, name):
    verified = tmp_path / "hrdesk"
    verified.mkdir()
    report = verify_package(corpus[name], [TRUSTED.public], extract_to=verified)
    if not report.ok:
        # Refused: nothing was verified and nothing is kept (its folder is left empty).
        assert list(verified.iterdir()) == []
        return
    seen = _tree(verified)
    assert seen and all(n.startswith(f"{report.folder}/") for n in seen)
    assert _unzip_sees(corpus[name], tmp_path / "unzip") == seen
    assert _zipfile_sees(corpus[name], tmp_path / "zipfile") == seen


@pytest.mark.skipif(UNZIP is None, reason="Debian's unzip is not installed")
def test_the_second_directory_shows_stock_tools_another_report(corpus, tmp_path):
    """The attack of class 1 is real: what zipfile and unzip read is not what was signed."""
    path = corpus["zip64-locator-second-directory"]
    genuine = _zipfile_sees(corpus["genuine"], tmp_path / "genuine")
    theirs = _zipfile_sees(path, tmp_path / "zipfile") or _unzip_sees(path, tmp_path / "unzip")
    assert theirs is not None and genuine is not None
    pdf = next(n for n in genuine if n.endswith("/data/report.pdf"))
    assert theirs[pdf] != genuine[pdf]


def test_a_key_file_saved_with_a_byte_order_mark_verifies_from_the_command_line(
    corpus, capsys, tmp_path
):
    key = tmp_path / "notepad.pub"
    key.write_text(TRUSTED.public.encoded().replace("\n", "\r\n"), encoding="utf-8-sig")
    code = main(["package", "verify", str(corpus["genuine"]), "--key", str(key)])
    out, _err = capsys.readouterr()
    assert code == 0, out


def test_verifying_writes_nothing_anywhere(corpus, tmp_path, monkeypatch):
    """The bag is checked from the zip itself: no temporary folder, not even the system's."""
    import tempfile

    watched = tmp_path / "system-temp"
    watched.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(watched))
    before = sorted(corpus["genuine"].parent.iterdir())
    for name in ("genuine", "genuine-large", "payload-swapped-same-size"):
        verify_package(corpus[name], [TRUSTED.public])
    assert list(watched.iterdir()) == []
    assert sorted(corpus["genuine"].parent.iterdir()) == before


def test_every_case_has_a_name_of_its_own():
    assert len(BY_NAME) == len(CASES)
