"""The document font: Vietnamese in full, NFC, never a silently dropped character."""

from __future__ import annotations

import shutil
import sys
import unicodedata
from pathlib import Path

import pytest
import reportlab

from hrdesk.documents import fonts
from hrdesk.documents.fonts import MissingGlyph, check_glyphs, document_fonts
from hrdesk.resources_path import resource_path

LIBERATION = {style: resource_path("fonts", name) for style, name in fonts.BUNDLED_FILES.items()}


def test_the_bundled_font_and_its_licence_ship_with_the_package():
    for path in LIBERATION.values():
        assert path.is_file() and path.stat().st_size > 100_000
    licence = resource_path("fonts", "LICENSE-LiberationSerif.txt").read_text("utf-8")
    assert "SIL OPEN FONT LICENSE Version 1.1" in licence
    assert "Reserved Font Name Liberation" in licence


def test_resources_are_found_under_pyinstaller(monkeypatch, tmp_path):
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resource_path("fonts", "x.ttf") == tmp_path / "hrdesk" / "resources" / "fonts" / "x.ttf"


def test_with_the_bundled_setting_documents_use_liberation_serif():
    family = document_fonts()
    assert family.label == "Liberation Serif"
    assert family.files == LIBERATION


def test_every_vietnamese_letter_is_in_the_font():
    check_glyphs(fonts.VIETNAMESE_LETTERS + "ƯỚC ĐỊNH Ỹ ỹ ẞ „“”–—…№")


def test_a_character_outside_the_font_is_an_error_not_a_blank():
    with pytest.raises(MissingGlyph, match=r"U\+6F22"):
        check_glyphs("Nguyễn Văn 漢")
    with pytest.raises(MissingGlyph, match=r"U\+1F600"):
        check_glyphs("Họp 😀")


def test_text_is_drawn_in_nfc():
    decomposed = unicodedata.normalize("NFD", "Nguyễn Thị Hoà")
    assert decomposed != "Nguyễn Thị Hoà"
    assert check_glyphs(decomposed) == "Nguyễn Thị Hoà"


def _fake_times(folder: Path, source: dict[str, Path], names: dict[str, str]) -> Path:
    folder.mkdir()
    for style, name in names.items():
        shutil.copy(source[style], folder / name)
    return folder


def test_times_new_roman_is_found_whatever_the_letter_case(tmp_path):
    names = {"regular": "TIMES.TTF", "bold": "timesbd.ttf", "italic": "TimesI.ttf"}
    folder = _fake_times(tmp_path / "Fonts", LIBERATION, names)
    assert fonts.find_times_new_roman([folder]) is None  # bold italic missing
    shutil.copy(LIBERATION["bold_italic"], folder / "timesbi.ttf")
    found = fonts.find_times_new_roman([tmp_path / "missing", folder])
    assert found is not None and found["regular"].name == "TIMES.TTF"


def test_the_system_times_new_roman_is_preferred(tmp_path, monkeypatch):
    names = {s: n[0] for s, n in fonts.TIMES_FILES.items()}
    folder = _fake_times(tmp_path / "Fonts", LIBERATION, names)
    monkeypatch.setattr(fonts, "font_folders", lambda: [folder])
    family = fonts._load.__wrapped__(True)
    assert family.label == "Times New Roman"
    assert family.files["bold"] == folder / "timesbd.ttf"


def test_a_times_new_roman_without_vietnamese_is_passed_over(tmp_path, monkeypatch):
    # Bitstream Vera (shipped with reportlab) has no Vietnamese letters, like the old
    # Times New Roman of the Linux core-fonts package.
    vera = Path(reportlab.__file__).parent / "fonts"
    source = {
        "regular": vera / "Vera.ttf",
        "bold": vera / "VeraBd.ttf",
        "italic": vera / "VeraIt.ttf",
        "bold_italic": vera / "VeraBI.ttf",
    }
    names = {s: n[1] for s, n in fonts.TIMES_FILES.items()}
    folder = _fake_times(tmp_path / "msttcorefonts", source, names)
    monkeypatch.setattr(fonts, "font_folders", lambda: [folder])
    assert fonts._load.__wrapped__(True).label == "Liberation Serif"
