"""The end of a document and its tables: signature blocks, "Nơi nhận:", figure tables.

Decree 30/2020/NĐ-CP, Appendix I: the authority (TM., KT., …) and the signer's title in
bold capitals, room to sign, the signer's name in bold; "Nơi nhận:" bold italic 12 at the
left, each recipient on a line "- …;" in 11, the last "- Lưu: VT, …".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from hrdesk.documents.layout import MM, TEXT_WIDTH, Kit, caps
from hrdesk.domain.formatting import format_number

# Room for a handwritten signature and the seal over it.
SIGNING_SPACE = 26 * MM
RECIPIENTS_COLUMN = 78 * MM

_NO_PADDING = [
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("LEFTPADDING", (0, 0), (-1, -1), 0),
    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
    ("TOPPADDING", (0, 0), (-1, -1), 0),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
]


@dataclass(frozen=True)
class Signature:
    """Who signs: authority lines ("TM. BAN CHỈ ĐẠO", "TRƯỞNG BAN") and the signer's name.

    A name of None leaves the line for the name empty, to be written by hand.
    """

    lines: tuple[str, ...]
    name: str | None = None


def signature_block(kit: Kit, signature: Signature) -> list[Flowable]:
    flowables: list[Flowable] = [
        kit.para(caps(line), style="sign_title") for line in signature.lines
    ]
    flowables.append(Spacer(1, SIGNING_SPACE))
    if signature.name:
        flowables.append(kit.para(signature.name, style="sign_name"))
    return flowables


def recipients_block(kit: Kit, recipients: Sequence[str], archive: str) -> list[Flowable]:
    """ "Nơi nhận:" with "- …;" lines and the closing "- Lưu: <archive>."."""
    flowables: list[Flowable] = [kit.para("Nơi nhận:", style="recipients_title")]
    flowables += [kit.para(f"- {name};", style="recipient") for name in recipients]
    flowables.append(kit.para(f"- Lưu: {archive}.", style="recipient"))
    return flowables


def _row(kit: Kit, cells: list[Any], widths: list[float]) -> Table:
    table = Table([cells], colWidths=widths, hAlign="LEFT")
    table.setStyle(TableStyle([*kit.table_font(), *_NO_PADDING]))
    return table


def closing(kit: Kit, signature: Signature, recipients: Sequence[str], archive: str) -> Flowable:
    """Recipients at the left and the signature at the right, on one row.

    One table row never splits across pages; a caller keeps it with the text before it.
    """
    return _row(
        kit,
        [recipients_block(kit, recipients, archive), signature_block(kit, signature)],
        [RECIPIENTS_COLUMN, TEXT_WIDTH - RECIPIENTS_COLUMN],
    )


def two_signatures(kit: Kit, left: Signature, right: Signature) -> Flowable:
    """Two signers side by side (minutes: THƯ KÝ left, CHỦ TỌA right)."""
    half = TEXT_WIDTH / 2
    return _row(kit, [signature_block(kit, left), signature_block(kit, right)], [half, half])


def figure_table(
    kit: Kit,
    headers: Sequence[str],
    rows: Sequence[Sequence[object]],
    widths: Sequence[float],
    *,
    total_row: bool = False,
) -> Table:
    """A ruled table: bold centred headers (repeated on each page), text left, numbers centred.

    `widths` are relative; the table fills the text width. A cell may be a flowable.
    """
    data: list[list[Any]] = [[kit.para(h, style="cell_head") for h in headers]]
    for index, row in enumerate(rows):
        last = total_row and index == len(rows) - 1
        cells = []
        for value in row:
            if isinstance(value, Flowable):
                cells.append(value)
            elif isinstance(value, int):
                style = "cell_head" if last else "cell_centre"
                cells.append(kit.para(format_number(value), style=style))
            else:
                style = "cell_total" if last else "cell"
                cells.append(kit.para("" if value is None else str(value), style=style))
        data.append(cells)
    scale = TEXT_WIDTH / sum(widths)
    table = Table(data, colWidths=[w * scale for w in widths], repeatRows=1, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                *kit.table_font(),
                ("GRID", (0, 0), (-1, -1), 0.5, "black"),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 4),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return table
