"""The report's chart page is drawn from the dashboard's figures, in the document font."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator

import pytest
from pypdf import PdfReader

from hrdesk.documents.report import build_report_pdf
from hrdesk.domain.periods import Period
from hrdesk.domain.vocab import TaskStatus
from hrdesk.profile import Profile
from hrdesk.services.dashboard import chart_series
from hrdesk.store.database import Store
from tests.conftest import ADMIN, TODAY, pinned
from tests.documents.builders import pdftotext

QUARTER = Period.quarter(2026, 3)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    from hrdesk.demo import build_demo

    store = Store.open(Profile(tmp_path_factory.mktemp("charts") / "profile"), options=pinned())
    build_demo(store, size="small", seed=5, as_of=TODAY)
    yield store
    store.close()


def test_the_chart_page_shows_the_dashboard_figures_at_the_period_end(demo, tmp_path):
    with demo.transaction(ADMIN) as s:
        pdf = build_report_pdf(s, QUARTER, tmp_path / "bao-cao.pdf")
        charts = chart_series(s, QUARTER.end)
    last = len(PdfReader(str(pdf)).pages)
    page = pdftotext(pdf, last)
    assert "BIỂU ĐỒ" in page and "SỐ LIỆU ĐẾN NGÀY 30/09/2026" in page
    assert "Đơn thư tiếp nhận và giải quyết theo tháng" in page
    assert "09/26" in page and "10/25" in page  # the twelve months to the period's end
    assert "Tiếp nhận" in page and "Đã giải quyết" in page
    for status in TaskStatus:
        assert status.label_vi in page
    numbers = page.split()
    for value in charts.tasks_by_status.values():
        assert str(value) in numbers
    received = [sum(v[i] for v in charts.received.values()) for i in range(12)]
    assert all(str(n) in numbers for n in received if n)
    assert f"Q{charts.training_by_quarter[-1].quarter}/2026" in page


@pytest.mark.skipif(shutil.which("pdffonts") is None, reason="needs pdffonts")
def test_every_font_of_the_report_is_embedded(demo, tmp_path):
    with demo.transaction(ADMIN) as s:
        pdf = build_report_pdf(s, QUARTER, tmp_path / "bao-cao.pdf")
    listing = subprocess.run(
        ["pdffonts", str(pdf)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    assert listing and all(line.split()[-5] == "yes" for line in listing), listing
