"""The Vietnamese translation is complete and keeps every placeholder; the vocabulary the
window shows from the domain is bilingual too."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from hrdesk.resources_path import resource_path

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources/translations/hrdesk_vi.ts"
PLACEHOLDER = re.compile(r"%(?:\d+|n)")


def _messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(path).getroot()
    return {
        (context.findtext("name") or "", message.findtext("source") or ""): message
        for context in root.iter("context")
        for message in context.iter("message")
    }


def _lupdate() -> Path:
    tool = Path(sys.executable).with_name("pyside6-lupdate")
    if not tool.exists():
        found = shutil.which("pyside6-lupdate")
        if not found:
            pytest.skip("pyside6-lupdate is not installed")
        tool = Path(found)
    return tool


def test_every_string_in_the_window_has_a_vietnamese_translation(tmp_path):
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [
            str(_lupdate()),
            "-silent",
            "-extensions",
            "py",
            str(ROOT / "src/hrdesk/ui"),
            "-ts",
            str(fresh),
        ],
        check=True,
        capture_output=True,
    )
    committed = _messages(TS)
    missing = sorted(set(_messages(fresh)) - set(committed))
    assert not missing, f"not in hrdesk_vi.ts (run make translations): {missing[:10]}"
    untranslated = [
        key
        for key, message in committed.items()
        if (t := message.find("translation")) is None
        or t.get("type") in ("unfinished", "obsolete", "vanished")
        or not ("".join(t.itertext()).strip())
    ]
    assert not untranslated, f"no Vietnamese for: {untranslated[:10]}"


def test_translations_keep_their_placeholders():
    for (context, source), message in _messages(TS).items():
        translation = message.find("translation")
        forms = translation.findall("numerusform") if translation is not None else []
        texts = [f.text or "" for f in forms] or ["".join(translation.itertext())]
        for text in texts:
            assert sorted(set(PLACEHOLDER.findall(text))) == sorted(
                set(PLACEHOLDER.findall(source))
            ), f"{context}: {source!r} → {text!r}"


def test_the_compiled_translation_is_shipped_and_current():
    qm = resource_path("translations", "hrdesk_vi.qm")
    assert qm.exists(), "run make translations"
    assert qm.stat().st_mtime >= TS.stat().st_mtime - 1, "hrdesk_vi.qm is older than the .ts"


def test_every_choice_and_field_has_both_languages():
    import hrdesk.domain.vocab as vocab
    from hrdesk.domain.petition_flow import Action
    from hrdesk.services import (
        agencies,
        meetings,
        members,
        office,
        petitions,
        tasks,
        trainings,
    )

    choices = [
        c
        for c in vars(vocab).values()
        if isinstance(c, type) and issubclass(c, vocab.Choice) and c is not vocab.Choice
    ]
    for choice in [*choices, Action]:
        for member in choice:
            assert member.label_vi and member.label_en and member.label_vi != member.value, member
    for module in (agencies, meetings, members, office, petitions, tasks, trainings):
        for name in dir(module):
            fields = getattr(module, name)
            if name.endswith("FIELDS") and isinstance(fields, dict):
                for field in fields.values():
                    assert field.label_vi and field.label_en, (module.__name__, field.name)


def test_the_window_speaks_vietnamese_by_default(qtbot, demo_desk, ui_settings):
    from PySide6.QtWidgets import QApplication

    from hrdesk.ui.i18n import install_translators
    from hrdesk.ui.main_window import MainWindow

    translators = install_translators(QApplication.instance(), "vi")
    try:
        window = MainWindow(demo_desk, ui_settings, "vi")
        qtbot.addWidget(window)
        titles = [window.nav.item(i).text() for i in range(window.nav.count())]
        assert titles[:4] == ["Tổng quan", "Thành viên & cơ quan", "Nhiệm vụ", "Đơn thư"]
        window._backed_up = True  # nothing to back up in a test
        window.close()
    finally:
        for translator in translators:
            QApplication.instance().removeTranslator(translator)
