"""Texts about report sections written over a draft whose figures have changed since."""

from __future__ import annotations

from hrdesk.messages.text import Text

TEXTS: dict[str, Text] = {
    "report.no_drafted_section": Text(
        "The report has no section '{heading}' drafted from the records",
        "Báo cáo không có mục '{heading}' được dự thảo từ số liệu",
    ),
    "report.draft_stale": Text(
        "The figures have changed since the last draft (add --replace-edited to redraft): "
        "{sections}",
        "Số liệu đã thay đổi từ lần soạn trước (thêm --replace-edited để soạn lại): {sections}",
    ),
    "report.draft_change": Text(
        "Was: {before} — now: {after}",
        "Trước: {before} — nay: {after}",
    ),
}
