"""The documents' typeface: Times New Roman where the machine has it, else Liberation Serif.

Decree 30/2020/NĐ-CP asks for Times New Roman. Windows always has it; elsewhere the
bundled Liberation Serif (SIL OFL 1.1) has the same metrics, so a page breaks the same
way. reportlab's built-in fonts drop Vietnamese letters silently, hence TrueType files,
and a check that every character drawn is in the font (`check_glyphs`).

Set HRDESK_DOCUMENT_FONT=bundled to always use the bundled font (reproducible output).
"""

from __future__ import annotations

import os
import sys
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from hrdesk.domain.errors import HRDeskError
from hrdesk.resources_path import resource_path

STYLES = ("regular", "bold", "italic", "bold_italic")
ENV_FONT = "HRDESK_DOCUMENT_FONT"

BUNDLED_FILES = {
    "regular": "LiberationSerif-Regular.ttf",
    "bold": "LiberationSerif-Bold.ttf",
    "italic": "LiberationSerif-Italic.ttf",
    "bold_italic": "LiberationSerif-BoldItalic.ttf",
}
# Windows' names first, then the Linux core-fonts package's, then macOS's.
TIMES_FILES = {
    "regular": ("times.ttf", "Times_New_Roman.ttf", "Times New Roman.ttf"),
    "bold": ("timesbd.ttf", "Times_New_Roman_Bold.ttf", "Times New Roman Bold.ttf"),
    "italic": ("timesi.ttf", "Times_New_Roman_Italic.ttf", "Times New Roman Italic.ttf"),
    "bold_italic": (
        "timesbi.ttf",
        "Times_New_Roman_Bold_Italic.ttf",
        "Times New Roman Bold Italic.ttf",
    ),
}
# Every letter Vietnamese writes with: a Times New Roman older than Windows 2000's (the
# Linux core-fonts package) lacks most of them and must not be chosen.
VIETNAMESE_LETTERS = "ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúýĂăĐđĨĩŨũƠơƯư" + "".join(
    chr(c) for c in range(0x1EA0, 0x1EFA)
)


class MissingGlyph(HRDeskError):
    """A text has a character the document font cannot draw."""


@dataclass(frozen=True)
class FontFamily:
    """A registered four-style family: reportlab font names and the files they came from."""

    label: str
    regular: str
    bold: str
    italic: str
    bold_italic: str
    files: dict[str, Path]
    # Characters present in all four styles: any text may be set in any style.
    covered: frozenset[int]

    def check(self, text: str) -> str:
        """`text` in NFC; MissingGlyph if the font lacks any of its characters."""
        text = unicodedata.normalize("NFC", text)
        missing = sorted({ch for ch in text if ord(ch) not in self.covered})
        if missing:
            shown = ", ".join(f"'{ch}' (U+{ord(ch):04X})" for ch in missing)
            sample = text if len(text) <= 60 else text[:57] + "…"
            raise MissingGlyph("document.missing_glyph", font=self.label, chars=shown, text=sample)
        return text


def font_folders() -> list[Path]:
    """Folders where Times New Roman may be installed on Windows, Linux and macOS."""
    home = Path.home()
    folders: list[Path] = []
    if sys.platform == "win32":
        windir = os.environ.get("WINDIR") or os.environ.get("SYSTEMROOT") or r"C:\Windows"
        folders.append(Path(windir) / "Fonts")
        local = os.environ.get("LOCALAPPDATA")
        if local:
            folders.append(Path(local) / "Microsoft" / "Windows" / "Fonts")
    elif sys.platform == "darwin":
        folders += [
            Path("/Library/Fonts"),
            Path("/System/Library/Fonts/Supplementary"),
            home / "Library" / "Fonts",
        ]
    else:
        for root in (Path("/usr/share/fonts"), Path("/usr/local/share/fonts")):
            folders += [
                root / "truetype" / "msttcorefonts",
                root / "msttcore",
                root / "corefonts",
                root / "TTF",
                root / "truetype",
                root,
            ]
        folders += [home / ".local" / "share" / "fonts", home / ".fonts"]
    return folders


def find_times_new_roman(folders: list[Path] | None = None) -> dict[str, Path] | None:
    """The four Times New Roman files, if one folder has them all."""
    for folder in font_folders() if folders is None else folders:
        try:
            # Font file names differ in letter case between installs; match case-insensitively.
            present = {p.name.lower(): p for p in folder.iterdir() if p.is_file()}
        except OSError:
            continue
        found = {}
        for style, names in TIMES_FILES.items():
            match = next((present[n.lower()] for n in names if n.lower() in present), None)
            if match is None:
                break
            found[style] = match
        else:
            return found
    return None


def bundled_files() -> dict[str, Path]:
    return {style: resource_path("fonts", name) for style, name in BUNDLED_FILES.items()}


def _register(label: str, files: dict[str, Path]) -> FontFamily:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    base = label.replace(" ", "")
    names = {
        "regular": base,
        "bold": f"{base}-Bold",
        "italic": f"{base}-Italic",
        "bold_italic": f"{base}-BoldItalic",
    }
    covered: set[int] | None = None
    for style in STYLES:
        font = TTFont(names[style], str(files[style]))
        pdfmetrics.registerFont(font)
        cmap = set(font.face.charToGlyph)
        covered = cmap if covered is None else covered & cmap
    # <b> and <i> in paragraphs pick the family's other styles.
    pdfmetrics.registerFontFamily(
        base,
        normal=names["regular"],
        bold=names["bold"],
        italic=names["italic"],
        boldItalic=names["bold_italic"],
    )
    return FontFamily(
        label,
        names["regular"],
        names["bold"],
        names["italic"],
        names["bold_italic"],
        dict(files),
        frozenset(covered or ()),
    )


def _writes_vietnamese(family: FontFamily) -> bool:
    return all(ord(ch) in family.covered for ch in VIETNAMESE_LETTERS)


@lru_cache(maxsize=2)
def _load(prefer_system: bool) -> FontFamily:
    if prefer_system:
        files = find_times_new_roman()
        if files is not None:
            try:
                family = _register("Times New Roman", files)
            except Exception:  # an unreadable or unusual file: the bundled font will do
                family = None
            if family is not None and _writes_vietnamese(family):
                return family
    files = bundled_files()
    missing = [str(p) for p in files.values() if not p.is_file()]
    if missing:
        raise HRDeskError("document.font_missing", files=missing)
    return _register("Liberation Serif", files)


def document_fonts() -> FontFamily:
    """The registered family every document uses (loaded once per process)."""
    prefer_system = os.environ.get(ENV_FONT, "").strip().lower() != "bundled"
    return _load(prefer_system)


def check_glyphs(text: str, family: FontFamily | None = None) -> str:
    """`text` in NFC, after checking that the document font has every character in it."""
    return (family or document_fonts()).check(text)
