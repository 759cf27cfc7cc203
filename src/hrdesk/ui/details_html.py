"""The HTML of a details pane: label–value rows, and what it says while nothing is chosen."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication


def esc(value: object) -> str:
    return html.escape("" if value is None else str(value))


def detail_rows(rows: list[tuple[str, object]]) -> str:
    """Label–value pairs as a compact HTML table for the details panel."""
    cells = "".join(
        f"<tr><td style='color:#555;padding-right:10px;vertical-align:top'>{esc(label)}</td>"
        f"<td>{esc(value)}</td></tr>"
        for label, value in rows
        if value not in (None, "")
    )
    return f"<table cellspacing='2'>{cells}</table>"


def blank_details() -> str:
    """What a details pane says while no row is chosen."""
    text = QCoreApplication.translate("ListWorkspace", "Select a row to see its details.")
    return f"<p style='color:#6b6b6b' align='center'><br><br>{esc(text)}</p>"
