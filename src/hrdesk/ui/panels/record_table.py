"""The record table: one kind of record, a row each, one chosen at a time.

It answers for the choice: a reset of its model (a filter, a search, a sort, a reload)
empties Qt's selection without a selectionChanged, so the table chooses the record again
when the list still holds it, and says what is chosen (`chosen`) either way; the details
and the actions follow that one signal.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QItemSelection, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from hrdesk.ui.changes import Change, ChangeNotices
from hrdesk.ui.table_model import RecordTableModel

# (column name, width in pixels or None for the column's own)
KeyColumns = Sequence[tuple[str, int | None]]


class RecordTable(QTableView):
    """A `RecordTableModel` shown as a table named `table_<kind>`.

    `chosen(uid or None)` after every change of the choice and after every reset;
    `counted(rows)` after every reset; `open_requested` on a double click (to read the
    record) and `edit_requested` on Enter.
    """

    chosen = Signal(object)  # the chosen record's uid, or None
    counted = Signal(int)
    open_requested = Signal()
    edit_requested = Signal()

    def __init__(
        self,
        model: RecordTableModel,
        key_columns: KeyColumns = (),
        parent: QWidget | None = None,
    ) -> None:
        """`key_columns`: the columns an officer must see without scrolling, first and in
        this order; the others follow as the list has them."""
        super().__init__(parent)
        self.records = model
        self.setObjectName(f"table_{model.kind}")
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # The indicator first: enabling sorting sorts at once by whatever it shows.
        self.horizontalHeader().setSortIndicator(
            model.sort_column(),
            Qt.SortOrder.DescendingOrder if model.descending else Qt.SortOrder.AscendingOrder,
        )
        self.setSortingEnabled(True)
        self.setWordWrap(False)
        self.verticalHeader().setDefaultSectionSize(24)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for index, column in enumerate(model.columns):
            header.resizeSection(index, min(max(column.width, 8), 40) * 7)
        header.setStretchLastSection(True)
        self._arrange_columns(header, key_columns)
        for index in range(model.columnCount()):
            # Never narrower than its title (and the sort arrow): no clipped header.
            needed = header.sectionSizeFromContents(index).width()
            header.resizeSection(index, max(header.sectionSize(index), needed))
        self.selectionModel().selectionChanged.connect(self._selection_changed)
        self._shown_uid: str | None = None  # the record last said to be chosen
        self._wanted_uid: str | None = None  # the record to choose after the next reset
        self._keep_uid: str | None = None
        self._told = False  # whether the choice was told since the reset began
        model.modelAboutToBeReset.connect(self._before_reset)
        model.modelReset.connect(self._after_reset)
        self.doubleClicked.connect(self._double_clicked)
        self._kinds: tuple[str, ...] = ()

    # -- columns
    def column_of(self, name: str) -> int:
        """The logical index of a column by its name (the list's, then the computed)."""
        names = [c.name for c in self.records.columns] + [e.name for e in self.records.extra]
        return names.index(name)

    def _arrange_columns(self, header: QHeaderView, key_columns: KeyColumns) -> None:
        for visual, (name, width) in enumerate(key_columns):
            logical = self.column_of(name)
            header.moveSection(header.visualIndex(logical), visual)
            if width is not None:
                header.resizeSection(logical, width)

    def fit_text(self, name: str, sample: str, padding: int = 32) -> None:
        """Widen a column to show `sample` whole (a date and time the spec's width cuts)."""
        index = self.column_of(name)
        wide = self.fontMetrics().horizontalAdvance(sample) + padding
        header = self.horizontalHeader()
        header.resizeSection(index, max(header.sectionSize(index), wide))

    # -- the choice
    def selected_uid(self) -> str | None:
        rows = self.selectionModel().selectedRows()
        return self.records.uid_at(rows[0].row()) if rows else None

    def chosen_row(self) -> dict[str, Any] | None:
        """The chosen record's row as the list shows it."""
        rows = self.selectionModel().selectedRows()
        return self.records.row(rows[0].row()) if rows else None

    def select_uid(self, uid: str) -> bool:
        """Choose a record in the list; False when the list does not hold it."""
        number = self.records.find(uid)
        if number is None:
            return False
        self.selectRow(number)
        self.scrollTo(self.records.index(number, 0))
        return True

    def announce(self) -> None:
        """Say how many rows there are and which is chosen, for panels that follow."""
        self.counted.emit(self.records.rowCount())
        self._selection_changed()

    def reload(self, select: str | None = None) -> None:
        """Read the list again, choosing `select` (or the record chosen) if it holds it."""
        self._wanted_uid = select
        self.records.reload()

    def record_name(self, uid: str) -> str:
        """How a confirmation names the record: its first column as the list shows it."""
        number = self.records.find(uid)
        row = self.records.row(number) if number is not None else None
        name = str(row.get(self.records.columns[0].name) or "") if row else ""
        return name if len(name) <= 80 else name[:79] + "…"

    def _selection_changed(self, *_args: QItemSelection) -> None:
        uid = self.selected_uid()
        self._shown_uid = uid
        self._told = True
        self.chosen.emit(uid)

    def _before_reset(self) -> None:
        self._keep_uid = self._wanted_uid or self._shown_uid
        self._wanted_uid = None

    def _after_reset(self) -> None:
        self.counted.emit(self.records.rowCount())
        keep, self._keep_uid = self._keep_uid, None
        self._told = False
        if keep is not None:
            self.select_uid(keep)
        if not self._told:
            # Not chosen again (or nothing was chosen): the followers hear so.
            self._selection_changed()

    # -- changes made elsewhere
    def follow_changes(self, changes: ChangeNotices, kinds: Sequence[str]) -> None:
        """Read the list again when a change touches any of `kinds`. The connection is
        this table's own, so it goes when the table (and its workspace) goes."""
        self._kinds = tuple(kinds)
        changes.changed.connect(self._changed_elsewhere)

    def _changed_elsewhere(self, change: Change) -> None:
        if change.touches(*self._kinds):
            self.reload()

    # -- keys and the mouse
    def _double_clicked(self, _index: QModelIndex) -> None:
        self.open_requested.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if (
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
        ):
            self.edit_requested.emit()
            return
        super().keyPressEvent(event)
