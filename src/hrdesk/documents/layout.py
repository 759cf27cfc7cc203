"""The page of Decree 30/2020/NĐ-CP (Appendix I) in reportlab platypus.

A4 portrait; margins top and bottom 20 mm, left 30 mm, right 15 mm; page numbers centred
in the top margin from page 2; the two-column letterhead; the title with its summary line;
a justified body. Signature blocks and recipients are in `blocks.py`.

Every text reaches reportlab through `Kit.text`: NFC, checked against the font, escaped.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any, Literal
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from hrdesk.documents.fonts import FontFamily, document_fonts
from hrdesk.documents.written import said_if_not_written
from hrdesk.store.files import atomic_produce

MM = 72 / 25.4
CM = 10 * MM
PAGE_WIDTH, PAGE_HEIGHT = A4
TOP_MARGIN = 20 * MM
BOTTOM_MARGIN = 20 * MM
LEFT_MARGIN = 30 * MM
RIGHT_MARGIN = 15 * MM
TEXT_WIDTH = PAGE_WIDTH - LEFT_MARGIN - RIGHT_MARGIN
# The national title at 12 pt bold is 88 mm wide: the right column must hold it on one line.
LEFT_COLUMN = 72 * MM
RIGHT_COLUMN = TEXT_WIDTH - LEFT_COLUMN
FIRST_LINE_INDENT = 1.27 * CM
HANG = 0.8 * CM
PAGE_NUMBER_SIZE = 13

_CONTROL_SPACES = str.maketrans("\t\n\r\v\f", "     ")

NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"


class Bold(str):
    """A run of text set in bold inside a paragraph."""


class Italic(str):
    """A run of text set in italic inside a paragraph."""


@dataclass(frozen=True)
class Letterhead:
    """The top of page 1: bodies left, national title right, number and date line under them.

    `number` is the number and symbol ("05/BB-BCĐ"), None on forms without one;
    `date_line` the place-and-date line, None on forms without one (minutes).
    """

    parent_body: str
    issuing_body: str
    number: str | None = None
    date_line: str | None = None


def caps(text: str) -> str:
    """Capitals as the decree writes authorities and titles (NFC kept: "ĐẠO", "HÒA")."""
    return unicodedata.normalize("NFC", unicodedata.normalize("NFC", text).upper())


def one_line(text: str | None) -> str:
    """A record's text on one line (titles and names in lists, the summary line)."""
    return " ".join((text or "").split())


def date_words(d: date) -> str:
    """ "ngày 05 tháng 02 năm 2026": days below 10 and months 1–2 take a leading zero."""
    month = f"{d.month:02d}" if d.month <= 2 else str(d.month)
    return f"ngày {d.day:02d} tháng {month} năm {d.year:04d}"


class Rule(Flowable):
    """A solid horizontal line, centred in its column (the underlines of the letterhead)."""

    def __init__(self, length: float, thickness: float = 0.6, space: float = 2.0) -> None:
        super().__init__()
        self.length = length
        self.thickness = thickness
        self.space = space

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self._column = available_width
        return available_width, self.space + self.thickness

    def draw(self) -> None:
        x = (self._column - self.length) / 2
        self.canv.setLineWidth(self.thickness)
        self.canv.line(x, self.thickness / 2, x + self.length, self.thickness / 2)


def _style(
    name: str, font: str, size: float, align: Literal[0, 1, 2, 4] = TA_CENTER, **kw: Any
) -> ParagraphStyle:
    kw.setdefault("leading", round(size * 1.2, 1))
    return ParagraphStyle(name, fontName=font, fontSize=size, alignment=align, **kw)


class Kit:
    """Styles and builders for one document, in the document font."""

    def __init__(self, fonts: FontFamily | None = None) -> None:
        self.fonts = fonts = fonts or document_fonts()
        r, b, i, bi = fonts.regular, fonts.bold, fonts.italic, fonts.bold_italic
        self.styles = {
            "parent": _style("parent", r, 12),
            "issuer": _style("issuer", b, 12),
            "national": _style("national", b, 12),
            "motto": _style("motto", b, 13),
            "number": _style("number", r, 13),
            "date_line": _style("date_line", i, 14),
            "doc_type": _style("doc_type", b, 14, spaceBefore=14),
            "summary": _style("summary", b, 14),
            "body": _style(
                "body", r, 14, TA_JUSTIFY, firstLineIndent=FIRST_LINE_INDENT, spaceAfter=6
            ),
            # Numbered lists: left-aligned, wrapped lines hang under the text, not the number.
            "item": _style(
                "item",
                r,
                14,
                TA_LEFT,
                leftIndent=FIRST_LINE_INDENT + HANG,
                firstLineIndent=-HANG,
                spaceAfter=3,
            ),
            "heading": _style(
                "heading", b, 14, TA_JUSTIFY, firstLineIndent=FIRST_LINE_INDENT, spaceAfter=6
            ),
            "centre": _style("centre", r, 14),
            "centre_italic": _style("centre_italic", i, 14),
            "sign_title": _style("sign_title", b, 14),
            "sign_name": _style("sign_name", b, 14),
            "recipients_title": _style("recipients_title", bi, 12, TA_LEFT),
            "recipient": _style("recipient", r, 11, TA_LEFT, leading=13),
            "cell": _style("cell", r, 13, TA_LEFT, leading=15.5),
            "cell_centre": _style("cell_centre", r, 13, leading=15.5),
            "cell_head": _style("cell_head", b, 13, leading=15.5),
            "cell_total": _style("cell_total", b, 13, TA_LEFT, leading=15.5),
        }

    def text(self, value: object) -> str:
        """Paragraph markup for plain text: NFC, every character in the font, escaped."""
        # Tabs and line breaks have no glyph; inside one paragraph they are spaces.
        return escape(self.fonts.check(str(value).translate(_CONTROL_SPACES)))

    def para(self, *parts: str, style: str = "body") -> Paragraph:
        """One paragraph from plain, `Bold` and `Italic` runs."""
        markup = []
        for part in parts:
            run = self.text(part)
            if isinstance(part, Bold):
                run = f"<b>{run}</b>"
            elif isinstance(part, Italic):
                run = f"<i>{run}</i>"
            markup.append(run)
        return Paragraph("".join(markup), self.styles[style])

    def paragraphs(self, text: str | None, style: str = "body") -> list[Paragraph]:
        """A paragraph per line of a multi-line text; blank lines are dropped."""
        lines = (line.strip() for line in (text or "").splitlines())
        return [self.para(line, style=style) for line in lines if line]

    def table_font(self) -> list[tuple[Any, ...]]:
        """Table style commands that keep reportlab from setting (and listing) Helvetica."""
        return [("FONT", (0, 0), (-1, -1), self.fonts.regular, 12)]

    def width(self, text: str, style: str) -> float:
        spec = self.styles[style]
        return stringWidth(unicodedata.normalize("NFC", text), spec.fontName, spec.fontSize)

    def letterhead(self, head: Letterhead) -> Table:
        """The two-column letterhead of page 1 (Appendix I, areas 1–4)."""
        issuer = caps(head.issuing_body)
        # The issuing body's underline is 1/3 to 1/2 of its line; 0.4 sits in that range.
        issuer_line = 0.4 * min(self.width(issuer, "issuer"), LEFT_COLUMN)
        left = [
            self.para(caps(head.parent_body), style="parent"),
            self.para(issuer, style="issuer"),
            Rule(issuer_line),
        ]
        right = [
            self.para(NATIONAL_TITLE, style="national"),
            self.para(MOTTO, style="motto"),
            Rule(self.width(MOTTO, "motto")),
        ]
        rows: list[list[Any]] = [[left, right]]
        if head.number is not None or head.date_line is not None:
            number = self.para(f"Số: {head.number}", style="number") if head.number else ""
            date_line: Paragraph | str = ""
            if head.date_line:
                # A long place name at 14 pt would wrap; the decree allows 13.
                fits = self.width(head.date_line, "date_line") <= RIGHT_COLUMN
                line = self.para(Italic(head.date_line), style="date_line")
                if not fits:
                    line.style = _style("date_line_13", self.fonts.italic, 13)
                date_line = line
            rows.append([number, date_line])
        table = Table(rows, colWidths=[LEFT_COLUMN, RIGHT_COLUMN], hAlign="LEFT")
        table.setStyle(
            TableStyle(
                [
                    *self.table_font(),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 0),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 1), (-1, 1), 6),
                ]
            )
        )
        return table

    def title(self, doc_type: str, summary: str | None) -> list[Flowable]:
        """BIÊN BẢN / BÁO CÁO, the summary line under it, and its short underline."""
        flowables: list[Flowable] = [self.para(caps(doc_type), style="doc_type")]
        if summary:
            flowables.append(self.para(summary, style="summary"))
            line = self.width(summary, "summary")
            flowables.append(Rule(0.4 * min(line, TEXT_WIDTH), space=3))
        flowables.append(Spacer(1, 10))
        return flowables


def _page_number(fonts: FontFamily, canvas: Any, doc: Any) -> None:
    # Page 1 carries the letterhead; numbers start on page 2 (Appendix I).
    if doc.page < 2:
        return
    canvas.saveState()
    canvas.setFont(fonts.regular, PAGE_NUMBER_SIZE)
    width, height = doc.pagesize
    baseline = height - TOP_MARGIN / 2 - PAGE_NUMBER_SIZE * 0.35
    canvas.drawCentredString(
        LEFT_MARGIN + (width - LEFT_MARGIN - RIGHT_MARGIN) / 2, baseline, str(doc.page)
    )
    canvas.restoreState()


def write_pdf(path: Path, story: list[Flowable], *, title: str, kit: Kit) -> Path:
    """Lay out `story` on Decree 30 pages and write it to `path` atomically."""
    path = Path(path)

    def produce(temp: Path) -> None:
        doc = BaseDocTemplate(
            str(temp),
            pagesize=A4,
            leftMargin=LEFT_MARGIN,
            rightMargin=RIGHT_MARGIN,
            topMargin=TOP_MARGIN,
            bottomMargin=BOTTOM_MARGIN,
            title=unicodedata.normalize("NFC", title),
            author="HR Desk",
            creator="HR Desk",
            lang="vi-VN",
            initialFontName=kit.fonts.regular,
            initialFontSize=14,
        )
        frame = Frame(
            LEFT_MARGIN,
            BOTTOM_MARGIN,
            TEXT_WIDTH,
            PAGE_HEIGHT - TOP_MARGIN - BOTTOM_MARGIN,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id="body",
        )
        doc.addPageTemplates(
            [PageTemplate(id="portrait", frames=[frame], onPage=partial(_page_number, kit.fonts))]
        )
        doc.build(story)

    with said_if_not_written(path):
        atomic_produce(path, produce)
    return path
