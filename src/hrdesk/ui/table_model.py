"""The list behind every workspace: a table model that counts in SQL and fetches only the
pages of rows that are shown, caching a few (as Anki's browser does)."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from hrdesk.domain.formatting import display_value
from hrdesk.services import listing
from hrdesk.services.list_specs import Column
from hrdesk.ui.context import UiContext

PAGE = 100
CACHED_PAGES = 40
UID_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex


class ExtraColumn:
    """A column computed from a fetched row (days left on a petition, say); `sort` names
    the stored column that orders it (a petition's deadline for its days left), if any."""

    def __init__(
        self,
        label: str,
        text: Callable[[dict[str, Any]], str],
        colour: Callable[[dict[str, Any]], str | None] | None = None,
        sort: str | None = None,
        name: str = "",
    ) -> None:
        self.name = name  # what a workspace calls it (its key columns)
        self.label = label
        self.text = text
        self.colour = colour
        self.sort = sort


COLOURS = {"red": QColor("#b3261e"), "amber": QColor("#8a5a00"), "grey": QColor("#6b6b6b")}
BACKGROUNDS = {"red": QColor("#fbe4e2"), "amber": QColor("#fdf1d6")}


class RecordTableModel(QAbstractTableModel):
    def __init__(
        self, ctx: UiContext, kind: str, extra: list[ExtraColumn] | None = None, parent: Any = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.kind = kind
        self.spec = listing.spec_for(kind)
        self.columns: list[Column] = list(self.spec.columns)
        self.extra = extra or []
        self.filter = listing.ListFilter()
        self.sort_name = self.spec.default_sort
        # Dated lists open newest first; named lists in alphabetical order.
        self.descending = self.spec.column(self.sort_name).kind in ("date", "datetime")
        self._count = 0
        self._pages: OrderedDict[int, list[dict[str, Any]]] = OrderedDict()
        self.reload()

    # -- what the list shows
    def set_filter(self, flt: listing.ListFilter) -> None:
        self.filter = flt
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._pages.clear()
        # Waits on purpose: a Qt model answers rowCount/data at once; one indexed query.
        self._count = self.ctx.read(lambda s: listing.count(s, self.kind, self.filter))
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if column >= len(self.columns):
            by = self.extra[column - len(self.columns)].sort
            if by is None:
                return  # computed columns are not sortable in SQL
        else:
            by = self.columns[column].name
        descending = order == Qt.SortOrder.DescendingOrder
        if (by, descending) == (self.sort_name, self.descending):
            return  # the view announcing the order it already has: nothing to read again
        self.sort_name, self.descending = by, descending
        self.reload()

    def sort_column(self) -> int:
        return next(i for i, c in enumerate(self.columns) if c.name == self.sort_name)

    # -- rows, page by page
    def row(self, number: int) -> dict[str, Any] | None:
        if not 0 <= number < self._count:
            return None
        page = number // PAGE
        rows = self._pages.get(page)
        if rows is None:
            # Waits on purpose: data() answers at once; one indexed page of PAGE rows.
            rows = self.ctx.read(
                lambda s: listing.fetch(
                    s,
                    self.kind,
                    self.filter,
                    sort=self.sort_name,
                    descending=self.descending,
                    offset=page * PAGE,
                    limit=PAGE,
                    lang=self.ctx.lang,
                    total=self._count,
                )
            )
            self._pages[page] = rows
            while len(self._pages) > CACHED_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page)
        offset = number - page * PAGE
        return rows[offset] if offset < len(rows) else None

    def uid_at(self, number: int) -> str | None:
        row = self.row(number)
        return row["uid"] if row else None

    def row_of(self, uid: str) -> int | None:
        """The row number of a record among the cached pages, if it is there."""
        for page, rows in self._pages.items():
            for offset, row in enumerate(rows):
                if row["uid"] == uid:
                    return page * PAGE + offset
        return None

    def holds(self, uid: str) -> bool:
        """Whether the list (with its filter) holds the record, asked of the store."""
        # Waits on purpose: callers ask it as they choose a row; one indexed query.
        return bool(self.ctx.read(lambda s: listing.holds(s, self.kind, self.filter, uid)))

    def position(self, uid: str) -> int | None:
        """The row of a record as the store orders the list, asked of the store."""
        # Waits on purpose: find() gives a row to choose at once; one indexed query.
        return self.ctx.read(
            lambda s: listing.position(
                s,
                self.kind,
                self.filter,
                uid,
                sort=self.sort_name,
                descending=self.descending,
                lang=self.ctx.lang,
            )
        )

    def find(self, uid: str) -> int | None:
        """The row of a record, or None when the list does not hold it."""
        number = self.row_of(uid)
        return number if number is not None else self.position(uid)

    # -- Qt's model interface
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns) + len(self.extra)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section < len(self.columns):
            return self.columns[section].label(self.ctx.lang)
        return self.extra[section - len(self.columns)].label

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.row(index.row())
        if row is None:
            return None
        if role == UID_ROLE:
            return row["uid"]
        if role == ROW_ROLE:
            return row
        column = index.column()
        if column >= len(self.columns):
            extra = self.extra[column - len(self.columns)]
            colour = extra.colour(row) if extra.colour else None
            if role == Qt.ItemDataRole.DisplayRole:
                return extra.text(row)
            if role == Qt.ItemDataRole.ForegroundRole and colour in COLOURS:
                return QBrush(COLOURS[colour])
            if role == Qt.ItemDataRole.BackgroundRole and colour in BACKGROUNDS:
                return QBrush(BACKGROUNDS[colour])
            return None
        spec = self.columns[column]
        value = row.get(spec.name)
        if role == Qt.ItemDataRole.DisplayRole:
            return display_value(value, spec.choices, self.ctx.lang)
        if role == Qt.ItemDataRole.ToolTipRole and spec.kind == "text" and value:
            return str(value) if len(str(value)) > 40 else None
        if role == Qt.ItemDataRole.TextAlignmentRole and spec.kind in ("date", "datetime", "int"):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None
