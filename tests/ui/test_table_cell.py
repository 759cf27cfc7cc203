"""The dialogs' tables are read through `cell`, which never answers None."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QTableWidget, QTableWidgetItem

from hrdesk.ui.table_cell import cell


def test_a_filled_cell_gives_its_item(qtbot):
    table = QTableWidget(1, 2)
    qtbot.addWidget(table)
    item = QTableWidgetItem("Nguyễn Văn An")
    table.setItem(0, 1, item)
    assert cell(table, 0, 1) is item


def test_an_empty_cell_is_a_bug_that_names_the_table_and_the_cell(qtbot):
    table = QTableWidget(2, 2)
    qtbot.addWidget(table)
    table.setObjectName("attendance_table")
    with pytest.raises(LookupError, match="attendance_table: no item at row 1, column 0"):
        cell(table, 1, 0)
