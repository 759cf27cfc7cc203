"""One small table model for the workspace's short lists (packages sent, trusted offices,
packages received): a few hundred rows at most, read whole from a service each reload."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    title: str
    text: Callable[[Any], str]
    # Sorts by this instead of the text (sequence numbers, dates), when given.
    key: Callable[[Any], Any] | None = None
    colour: Callable[[Any], str | None] | None = None


class RowsModel(QAbstractTableModel):
    """Rows of plain objects shown through `columns`; `SORT_ROLE` gives each cell's sort key
    and `OBJECT_ROLE` the row's object."""

    SORT_ROLE = Qt.ItemDataRole.UserRole + 1
    OBJECT_ROLE = Qt.ItemDataRole.UserRole + 2

    def __init__(self, columns: Sequence[Column], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row(self, number: int) -> Any:
        return self.rows[number]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].title
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return column.text(row)
        if role == self.SORT_ROLE:
            return column.key(row) if column.key else column.text(row)
        if role == self.OBJECT_ROLE:
            return row
        if role == Qt.ItemDataRole.ForegroundRole and column.colour:
            colour = column.colour(row)
            return QColor(colour) if colour else None
        return None


def table_view(model: RowsModel, name: str, parent: QWidget | None = None) -> QTableView:
    """A sortable, single-row-selecting view of `model` (through a sort proxy)."""
    view = QTableView(parent)
    view.setObjectName(name)
    # The view owns the proxy: a proxy nobody owns is collected, and the view crashes.
    proxy = QSortFilterProxyModel(view)
    proxy.setSourceModel(model)
    proxy.setSortRole(RowsModel.SORT_ROLE)
    view.setModel(proxy)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setSortingEnabled(True)
    view.setWordWrap(False)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(24)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setHighlightSections(False)
    return view


def selected_object(view: QTableView) -> Any:
    """The object of the selected row, or None."""
    rows = view.selectionModel().selectedRows()
    return rows[0].data(RowsModel.OBJECT_ROLE) if rows else None
