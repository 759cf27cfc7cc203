"""The minutes of a fixed meeting, rendered, against reviewed reference images.

The references in golden/ were rendered with `pdftoppm -r 50 -png`, looked at page by
page and compared with Form 1.9 of Decree 30/2020/NĐ-CP before they were committed.
After a deliberate change of layout, look at the new pages, then regenerate with
HRDESK_UPDATE_GOLDEN=1 pytest tests/documents/test_golden.py and review the diff.

Two measures: the mean absolute difference over a page, and the worst of a grid of tiles,
so that a small element moved (the header, a signature) is noticed on a big page.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from hrdesk.documents import layout
from hrdesk.documents.minutes import build_minutes
from hrdesk.services.office import take_document_number
from tests.conftest import ADMIN
from tests.documents import builders

Image = pytest.importorskip("PIL.Image")
from PIL import ImageChops, ImageStat  # noqa: E402

GOLDEN = Path(__file__).parent / "golden"
DPI = 50
# Renders of one PDF by one poppler are identical; the margin absorbs anti-aliasing
# differences between poppler and FreeType versions, not moved text.
MAX_MEAN = 0.5
MAX_TILE = 4.0
TILES = (6, 8)

pytestmark = pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs pdftoppm")


def fixed_minutes(store, path: Path) -> Path:
    """Minutes of a fixed meeting numbered 05/BB-BCĐ: fixed people, times and text."""
    with store.transaction(ADMIN) as s:
        for n in range(1, 5):
            take_document_number(s, "TB", f"Thông báo {n}", date(2026, 2, n))
        meeting = builders.meeting(
            s,
            builders.committee(s),
            attendees=2,
            items=2,
            starts_at=datetime(2026, 3, 9, 1, 30, tzinfo=UTC),
            ends_at=datetime(2026, 3, 9, 4, 15, tzinfo=UTC),
            title="Họp Ban Chỉ đạo về quyền con người tỉnh triển khai nhiệm vụ năm 2026",
        )
    with store.transaction(ADMIN) as s:
        return build_minutes(s, meeting.uid, path)


def render(pdf: Path, folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        ["pdftoppm", "-r", str(DPI), "-png", str(pdf), str(folder / "minutes")], check=True
    )
    return sorted(folder.glob("minutes-*.png"))


def difference(actual: Path, reference: Path) -> tuple[float, float]:
    """(mean, worst tile) absolute grey-level difference, 0–255; 255 if sizes differ."""
    a = Image.open(actual).convert("L")
    b = Image.open(reference).convert("L")
    if a.size != b.size:
        return 255.0, 255.0
    diff = ImageChops.difference(a, b)
    columns, rows = TILES
    width, height = diff.size
    tiles = [
        ImageStat.Stat(
            diff.crop(
                (
                    c * width // columns,
                    r * height // rows,
                    (c + 1) * width // columns,
                    (r + 1) * height // rows,
                )
            )
        ).mean[0]
        for r in range(rows)
        for c in range(columns)
    ]
    return ImageStat.Stat(diff).mean[0], max(tiles)


def matches(pages: list[Path]) -> list[str]:
    """What differs from the references; empty when every page is within tolerance."""
    references = sorted(GOLDEN.glob("minutes-*.png"))
    problems = []
    if [p.name for p in pages] != [r.name for r in references]:
        problems.append(f"pages {[p.name for p in pages]} != {[r.name for r in references]}")
    for page, reference in zip(pages, references, strict=False):
        mean, worst = difference(page, reference)
        if mean > MAX_MEAN or worst > MAX_TILE:
            problems.append(f"{page.name}: mean {mean:.2f}, worst tile {worst:.2f}")
    return problems


def test_minutes_look_like_the_reviewed_reference(office, tmp_path):
    pages = render(fixed_minutes(office, tmp_path / "minutes.pdf"), tmp_path / "png")
    if os.environ.get("HRDESK_UPDATE_GOLDEN"):
        GOLDEN.mkdir(exist_ok=True)
        for old in GOLDEN.glob("minutes-*.png"):
            old.unlink()
        for page in pages:
            shutil.copy(page, GOLDEN / page.name)
    assert len(pages) == 2, "the fixed meeting fills two pages (page number on the second)"
    assert matches(pages) == []


@pytest.mark.parametrize(
    ("constant", "change"),
    [
        ("LEFT_COLUMN", 6 * layout.MM),  # the letterhead's columns shifted by 6 mm
        ("TOP_MARGIN", 3 * layout.MM),  # the whole page moved down by 3 mm
        ("FIRST_LINE_INDENT", -0.27 * layout.CM),  # paragraphs indented 1 cm, not 1.27
    ],
)
def test_the_comparison_notices_a_changed_layout(office, tmp_path, monkeypatch, constant, change):
    monkeypatch.setattr(layout, constant, getattr(layout, constant) + change)
    pages = render(fixed_minutes(office, tmp_path / "minutes.pdf"), tmp_path / "png")
    assert matches(pages) != []
