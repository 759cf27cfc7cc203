"""A stick pulled out (lazily unmounted) in the middle of a write: a clear message, nothing
under a final name where the stick was, the store untouched and `hrdesk check` passing."""

from __future__ import annotations

import keyring
import pytest
from bench.torture import crash, pulled, stick
from keyring.backends.fail import Keyring as NoKeyring


@pytest.fixture
def template(tmp_path):
    if not stick.can_mount(tmp_path / "probe"):
        pytest.skip("no tmpfs can be mounted here (needs root)")
    keyring.set_keyring(NoKeyring())
    return crash.make_template(tmp_path)


def test_an_excel_export_whose_stick_is_pulled_after_the_rename_is_not_reported_done(
    template, tmp_path
):
    # The export used to say "exported" here: the file had gone with the stick.
    fault = pulled.pulled_stick(
        template, tmp_path, "excel-export",
        ["export", "petitions", "--out", "{to}/don-thu.xlsx"], ".xlsx", "renamed",
    )  # fmt: skip
    assert fault.handled, fault.problems
    assert "USB bị rút ra" in fault.message


def test_a_pdf_report_whose_stick_is_pulled_while_written_says_so(template, tmp_path):
    # The report used to end in a FileNotFoundError traceback here.
    fault = pulled.pulled_stick(
        template, tmp_path, "pdf-report",
        ["report", "--period", "2026", "--out", "{to}/bao-cao.pdf"], ".pdf", "writing",
    )  # fmt: skip
    assert fault.handled, fault.problems
    assert "Không ghi được bao-cao.pdf" in fault.message


@pytest.mark.slow
def test_a_package_a_backup_an_excel_export_and_a_pdf_with_the_stick_pulled(template, tmp_path):
    faults = pulled.pulled_faults(template, tmp_path)
    assert len(faults) == 8
    for fault in faults:
        assert fault.handled, (fault.name, fault.problems)
        assert fault.message
