"""The request and reminder letters (công văn) to member agencies, rendered, against
reviewed reference images in golden/ (Decree 30/2020/NĐ-CP: letterhead, "Số: 01/BCĐ",
the "V/v …" line under it, "Kính gửi:", text, signature and "Nơi nhận:").

After a deliberate change of layout, look at the new pages, then regenerate with
HRDESK_UPDATE_GOLDEN=1 pytest tests/documents/test_letters_golden.py and review the diff.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest

from hrdesk.documents.contribution_letters import build_reminder_letter, build_request_letter
from hrdesk.services import agencies
from hrdesk.services import contributions as contrib
from tests.conftest import ADMIN, set_today
from tests.documents import builders
from tests.documents.builders import flat, pdftotext
from tests.documents.test_golden import DPI, GOLDEN, MAX_MEAN, MAX_TILE, difference

pytestmark = pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs pdftoppm")

ASKED, DUE, LATER = date(2026, 10, 1), date(2026, 10, 15), date(2026, 10, 22)


def letters(store, folder: Path) -> tuple[Path, Path]:
    """Three agencies asked on 01/10 for Q3 by 15/10; one answered; reminded on 22/10."""
    set_today(store, ASKED)
    with store.transaction(ADMIN) as s:
        builders.committee(s)
        agencies.create_agency(s, name="Sở Giáo dục và Đào tạo", kind="department")
        asked = contrib.request_contributions(s, "2026-Q3", due_on=DUE)
        request = build_request_letter(s, "2026-Q3", folder / "request.pdf")
    set_today(store, LATER)
    with store.transaction(ADMIN) as s:
        police = next(v for v in asked if v.agency_name == "Công an tỉnh")
        contrib.record_received(s, police.uid, on=date(2026, 10, 14))
        reminder, named = build_reminder_letter(s, "2026-Q3", folder / "reminder.pdf")
    assert [v.agency_name for v in named] == ["Sở Giáo dục và Đào tạo", "Sở Tư pháp"]
    return request, reminder


def render(pdf: Path, stem: str, folder: Path) -> Path:
    subprocess.run(
        ["pdftoppm", "-r", str(DPI), "-png", "-singlefile", str(pdf), str(folder / stem)],
        check=True,
    )
    return folder / f"{stem}.png"


def test_request_and_reminder_letters_look_like_the_reviewed_references(office, tmp_path):
    request, reminder = letters(office, tmp_path)
    text = flat(pdftotext(request))
    for expected in ("Số: 01/BCĐ", "V/v đề nghị báo cáo", "Kính gửi:", "trước ngày 15/10/2026"):
        assert expected in text, expected
    text = flat(pdftotext(reminder))
    for expected in (
        "Số: 02/BCĐ",
        "Thực hiện Công văn số 01/BCĐ ngày 01/10/2026",
        "- Sở Tư pháp (hạn 15/10/2026, chậm 7 ngày).",
        "trước ngày 29/10/2026",
    ):
        assert expected in text, expected
    assert "Công an tỉnh (hạn" not in text
    problems = []
    for pdf, stem in ((request, "letter-request"), (reminder, "letter-reminder")):
        page = render(pdf, stem, tmp_path)
        if os.environ.get("HRDESK_UPDATE_GOLDEN"):
            shutil.copy(page, GOLDEN / page.name)
        mean, worst = difference(page, GOLDEN / page.name)
        if mean > MAX_MEAN or worst > MAX_TILE:
            problems.append(f"{stem}: mean {mean:.2f}, worst tile {worst:.2f}")
    assert problems == []


def test_a_reminder_with_nobody_late_is_refused(office, tmp_path):
    from hrdesk.domain.errors import ValidationError

    set_today(office, ASKED)
    with office.transaction(ADMIN) as s:
        contrib.request_contributions(s, "2026-Q3", due_on=DUE)
        with pytest.raises(ValidationError) as problem:
            build_reminder_letter(s, "2026-Q3", tmp_path / "r.pdf")
    assert problem.value.problems[0].code == "contribution.none_late"
