"""The item of a QTableWidget cell that the dialog itself filled."""

from __future__ import annotations

from PySide6.QtWidgets import QTableWidget, QTableWidgetItem


def cell(table: QTableWidget, row: int, column: int) -> QTableWidgetItem:
    """The item at `row`, `column` of a table whose every row is filled with items when it is
    added. Qt answers None for an empty cell; here that is a bug, so it says which cell."""
    item = table.item(row, column)
    if item is None:
        raise LookupError(f"{table.objectName()}: no item at row {row}, column {column}")
    return item
