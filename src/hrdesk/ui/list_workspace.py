"""A workspace over one kind of record, made of panels: the filter bar over the action
bar and the record table, the chosen record's details beside them.

Each workspace makes the panels it needs in its own `__init__`, once its own state
exists, and hands them to `ListWorkspace.assemble`, which lays them out and wires them by
their signals: the filters narrow the table; the table's choice drives the action bar and
the details; the buttons (and Enter, a double click, Ctrl+N) reach the record forms; a
record saved is chosen in the list; a change made elsewhere reads the list again.
Nothing here calls back into a workspace while it is being built.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from itertools import pairwise
from typing import Any, Protocol

from PySide6.QtCore import Qt, SignalInstance
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from hrdesk.ui.context import UiContext
from hrdesk.ui.filters import FilterBar
from hrdesk.ui.panels.action_bar import ActionBar
from hrdesk.ui.panels.record_table import RecordTable
from hrdesk.ui.table_model import RecordTableModel

# The narrowest a details pane may be and still read as lines of text, not a letter a line.
DETAILS_MIN_WIDTH = 260


class Forms(Protocol):
    """What New, Edit, Enter, a double click and Archive open (panels.record_forms)."""

    @property
    def saved(self) -> SignalInstance: ...  # the uid of a record just saved

    def new(self) -> Any: ...

    def edit(self, uid: str | None) -> Any: ...

    def read(self, uid: str | None) -> Any: ...

    def archive(self, uid: str | None, name: str) -> Any: ...


class ListWorkspace(QWidget):
    """The panels of a list workspace, once assembled, and what the window and the
    workspace's own buttons ask of them: the chosen record, a reload, New/Edit/Archive."""

    filters: FilterBar
    table: RecordTable
    model: RecordTableModel
    action_bar: ActionBar
    details: QWidget
    forms: Forms

    def __init__(self, ctx: UiContext, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.kind = kind
        self.setObjectName(f"workspace_{kind}")

    def assemble(
        self,
        *,
        filters: FilterBar,
        table: RecordTable,
        action_bar: ActionBar,
        details: QWidget,
        show_details: Callable[[str | None], None],
        forms: Forms,
        details_focus: Sequence[QWidget] = (),
        sizes: tuple[int, int] = (640, 400),
        follows: Sequence[str] = (),
    ) -> None:
        """Lay the panels out and wire them. `show_details(uid)` shows a record (None:
        nothing chosen) in `details`; `details_focus`: the details' controls in the order
        Tab reaches them (by default the details as one); `follows`: the kinds whose
        changes read the list again besides its own (members show their agency's name)."""
        start = filters.value()
        if start != table.records.filter:
            table.records.set_filter(start)  # the list starts as the bar says (active only)
        self.filters, self.table, self.model = filters, table, table.records
        self.action_bar, self.details, self.forms = action_bar, details, forms
        self._show_details = show_details
        bar = action_bar
        self.new_button, self.edit_button = bar.new_button, bar.edit_button
        self.archive_button, self.history_button = bar.archive_button, bar.history_button
        filters.changed.connect(self.apply_filter)
        table.counted.connect(action_bar.show_count)
        table.chosen.connect(action_bar.follow)
        table.chosen.connect(self._follow)
        # A double click opens the record to read (Edit one action away); Enter edits it.
        table.open_requested.connect(self.open_to_read)
        table.edit_requested.connect(self.edit)
        action_bar.new_clicked.connect(self.new)
        action_bar.edit_clicked.connect(self.edit)
        action_bar.archive_clicked.connect(self.archive)
        action_bar.history_clicked.connect(self.history)
        forms.saved.connect(self._saved)
        table.follow_changes(self.ctx.changes, (self.kind, *follows))
        self._lay_out(sizes)
        self._tab_in_reading_order(list(details_focus) or [details])
        table.announce()

    def _lay_out(self, sizes: tuple[int, int]) -> None:
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.filters)
        left_layout.addWidget(self.action_bar)
        left_layout.addWidget(self.table)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes(list(sizes))
        # Neither side is squeezed to nothing on a small screen: the details keep a
        # readable width, and a drag cannot hide either.
        splitter.setChildrenCollapsible(False)
        self.details.setMinimumWidth(DETAILS_MIN_WIDTH)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def _tab_in_reading_order(self, details_focus: list[QWidget]) -> None:
        """Tab goes as the workspace reads: the filters, the buttons over the list, the
        list, then the details."""
        chain = [*self.filters.focus_chain(), *self.action_bar.buttons(), self.table]
        for first, second in pairwise([*chain, *details_focus]):
            QWidget.setTabOrder(first, second)

    # -- the choice
    def selected_uid(self) -> str | None:
        return self.table.selected_uid()

    def select_uid(self, uid: str) -> bool:
        """Choose a record in the list; False when the list does not hold it."""
        return self.table.select_uid(uid)

    def reload(self, select: str | None = None) -> None:
        """Read the list again, choosing `select` (or the record shown) if it holds it."""
        self.table.reload(select)

    def apply_filter(self) -> None:
        self.model.set_filter(self.filters.value())

    def _follow(self, uid: str | None) -> None:
        try:
            self._show_details(uid)
        except Exception as exc:  # details must never take the list down with them
            self.ctx.report_error(exc)

    def _saved(self, uid: str) -> None:
        self.reload(select=uid)

    # -- actions
    def new(self) -> None:
        self.forms.new()

    def edit(self) -> None:
        self.forms.edit(self.selected_uid())

    def open_to_read(self) -> None:
        """The chosen record in its form, read-only until Edit (for an officer who may)."""
        self.forms.read(self.selected_uid())

    def archive(self) -> None:
        uid = self.selected_uid()
        if uid:
            self.forms.archive(uid, self.table.record_name(uid))

    def history(self) -> None:
        from hrdesk.ui.history_dialog import HistoryDialog

        uid = self.selected_uid()
        if uid:
            HistoryDialog(self.ctx, uid, self).exec()
