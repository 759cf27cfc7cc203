"""The window's Vietnamese reads right: an accelerator's underline never sits under a
vowel, where it reads as the dot below of the heavy tone ("T&iêu đề" showed "Tịêu"), and
dates are asked for as "ngày/tháng/năm"."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources/translations/hrdesk_vi.ts"
# Letters whose underline cannot be taken for a tone mark: the consonants, and digits.
SAFE = set("bcdghklmnpqrstvxBCDGHKLMNPQRSTVX0123456789")


def _translations() -> list[tuple[str, str, str]]:
    root = ET.parse(TS).getroot()
    return [
        (
            context.findtext("name") or "",
            m.findtext("source") or "",
            m.findtext("translation") or "",
        )
        for context in root.iter("context")
        for m in context.iter("message")
    ]


def test_no_accelerator_underlines_a_vowel():
    wrong = []
    for context, source, text in _translations():
        # "&&" is a literal ampersand, "& " one in running text (a title in the list).
        for marked in re.finditer(r"&([^&\s])", text.replace("&&", "")):
            if marked.group(1) not in SAFE:
                wrong.append((context, source, text))
    assert not wrong


def test_accelerators_in_one_dialog_do_not_collide():
    keys: dict[str, dict[str, str]] = {}
    clashes = []
    for context, _source, text in _translations():
        for marked in re.finditer(r"&([^&\s])", text.replace("&&", "")):
            letter = marked.group(1).lower()
            seen = keys.setdefault(context, {})
            if letter in seen and seen[letter] != text:
                clashes.append((context, seen[letter], text))
            seen[letter] = text
    # Qt's own dialogs keep their translators' choices; ours must not clash.
    assert not [c for c in clashes if not c[0].startswith("Q")]


def test_date_fields_ask_for_ngay_thang_nam(vi_window):
    from hrdesk.services.tasks import FIELDS
    from hrdesk.ui.record_form import FieldEditor

    editor = FieldEditor(FIELDS["due_on"], "vi", None)
    assert editor.widget.placeholderText() == "ngày/tháng/năm"
    tasks = vi_window.page("tasks")
    assert tasks.filters.date_from.placeholderText() == "từ ngày/tháng/năm"


def test_a_quarter_is_written_one_way(vi_window):
    from hrdesk.domain.periods import Period
    from hrdesk.ui.workspaces.reports_period import period_name

    dashboard = vi_window.page("dashboard")
    assert dashboard.quarter_label(2026, 4) == "Quý IV/2026"
    assert period_name(Period.quarter(2026, 4)) == "Quý IV/2026"
