"""A workspace over one kind of record: the filtered list, the selected record's details,
and New / Edit / Archive / History. Each area's workspace fills in the hooks."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import Any, ClassVar

from PySide6.QtCore import QCoreApplication, QEvent, QItemSelection, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from hrdesk.domain.access import Permission
from hrdesk.services import read_models
from hrdesk.services.fields import Field
from hrdesk.services.read_models import editors
from hrdesk.ui.changes import Change
from hrdesk.ui.context import UiContext
from hrdesk.ui.details_html import blank_details
from hrdesk.ui.filters import FilterBar
from hrdesk.ui.flow_layout import FlowLayout
from hrdesk.ui.record_form import RecordForm
from hrdesk.ui.store_thread import StoreOp
from hrdesk.ui.table_model import ExtraColumn, RecordTableModel

# The narrowest a details pane may be and still read as lines of text, not a letter a line.
DETAILS_MIN_WIDTH = 260


@dataclass(frozen=True)
class RecordService:
    """The services one kind of record is edited through, for the shared New/Edit/Archive."""

    fields: dict[str, Field]
    create: Callable[..., Any]
    update: Callable[..., Any]
    archive: Callable[..., Any]


class ListWorkspace(QWidget):
    kind: ClassVar[str] = ""
    service: ClassVar[RecordService]
    # A workspace whose list needs more than the shared model gives (petitions) names its own.
    model_class: ClassVar[type[RecordTableModel]] = RecordTableModel
    # The columns an officer must see without scrolling, first and in this order, with a
    # width in pixels (None: the column's own); the others follow as the list has them.
    key_columns: ClassVar[tuple[tuple[str, int | None], ...]] = ()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName(f"workspace_{self.kind}")
        self.model = self.model_class(ctx, self.kind, self.extra_columns(), self)
        self.filters = FilterBar(self.model.spec, ctx.lang, self.agency_options, self)
        self.filters.changed.connect(self.apply_filter)
        if self.filters.inactive is not None:
            self.model.set_filter(self.filters.value())  # active members only, at first
        self.table = QTableView()
        self.table.setObjectName(f"table_{self.kind}")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # The indicator first: enabling sorting sorts at once by whatever it shows.
        self.table.horizontalHeader().setSortIndicator(
            self.model.sort_column(),
            Qt.SortOrder.DescendingOrder if self.model.descending else Qt.SortOrder.AscendingOrder,
        )
        self.table.setSortingEnabled(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for index, column in enumerate(self.model.columns):
            header.resizeSection(index, min(max(column.width, 8), 40) * 7)
        header.setStretchLastSection(True)
        self._arrange_columns(header)
        for index in range(self.model.columnCount()):
            # Never narrower than its title (and the sort arrow): no clipped header.
            needed = header.sectionSizeFromContents(index).width()
            header.resizeSection(index, max(header.sectionSize(index), needed))
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        # A model reset (a filter, a search, a sort, a reload) empties the selection without
        # a selectionChanged. The one place that answers it: the record shown is chosen again
        # if the list still holds it, and the details and actions follow either way.
        self._shown_uid: str | None = None  # the record the details pane shows
        self._wanted_uid: str | None = None  # the record to choose after the next reset
        self._keep_uid: str | None = None
        self._details_fresh = False
        self.model.modelAboutToBeReset.connect(self._before_reset)
        self.model.modelReset.connect(self._after_reset)
        # A double click opens the record to read (Edit one action away); Enter edits it.
        self.table.doubleClicked.connect(lambda _index: self.open_to_read())
        self.table.installEventFilter(self)
        self.count_label = QLabel()
        self.last_form: QDialog | None = None  # the record form opened last
        self.details = self.make_details()
        self._build(ctx)
        self._refresh_count()
        ctx.changes.changed.connect(self._changed_elsewhere)

    # -- layout
    def _arrange_columns(self, header: QHeaderView) -> None:
        names = [c.name for c in self.model.columns] + [e.name for e in self.model.extra]
        for visual, (name, width) in enumerate(self.key_columns):
            logical = names.index(name)
            header.moveSection(header.visualIndex(logical), visual)
            if width is not None:
                header.resizeSection(logical, width)

    def _build(self, ctx: UiContext) -> None:
        buttons = FlowLayout()  # onto a second line rather than squeezing the details
        self.new_button = QPushButton(self.tr("New"))
        self.new_button.setToolTip("Ctrl+N")
        self.new_button.clicked.connect(self.new)
        self.edit_button = QPushButton(self.tr("Edit"))
        self.edit_button.clicked.connect(self.edit)
        self.archive_button = QPushButton(self.tr("Archive"))
        self.archive_button.clicked.connect(self.archive)
        self.history_button = QPushButton(self.tr("History"))
        self.history_button.clicked.connect(self.history)
        self.record_buttons = self.extra_buttons()  # each acts on the chosen record
        for button in (
            self.new_button,
            self.edit_button,
            self.archive_button,
            *self.record_buttons,
            self.history_button,
        ):
            buttons.addWidget(button)
        buttons.addWidget(self.count_label)
        can_edit = ctx.can(Permission.EDIT_RECORDS)
        for button in (self.new_button, self.edit_button, self.archive_button):
            button.setEnabled(can_edit)
        QShortcut(QKeySequence.StandardKey.New, self).activated.connect(self.new)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.filters)
        left_layout.addLayout(buttons)
        left_layout.addWidget(self.table)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([640, 400])
        # Neither side is squeezed to nothing on a small screen: the details keep a
        # readable width, and a drag cannot hide either.
        splitter.setChildrenCollapsible(False)
        self.details.setMinimumWidth(DETAILS_MIN_WIDTH)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self._selection_changed()

    def make_details(self) -> QWidget:
        browser = QTextBrowser()
        browser.setObjectName("details")
        browser.setOpenLinks(False)
        return browser

    # -- hooks for each area
    def extra_columns(self) -> list[ExtraColumn]:
        return []

    def extra_buttons(self) -> list[QPushButton]:
        """Buttons that act on the chosen record: live only while one is, for an editor."""
        return []

    def form_fields(self) -> list[Field]:
        return list(self.service.fields.values())

    def form_title(self, new: bool) -> str:
        return self.tr("New record") if new else self.tr("Edit record")

    def form_options(self) -> dict[str, list[tuple[str, str]]]:
        """The choices of the form's agency and member fields, by field name."""
        return {}

    def new_values(self) -> dict[str, Any]:
        """What a new record's form starts with: only what is true of every new record (a
        new task is open); a required answer that needs the officer starts blank."""
        return {}

    def record_values(self, uid: str) -> dict[str, Any]:
        return self.ctx.read(partial(editors.form_values, kind=self.kind, uid=uid))

    # The store work of New, Edit and Archive, run by ctx.write in one transaction.
    def create_record(self, s: Session, values: dict[str, Any]) -> Any:
        return self.service.create(s, **values)

    def update_record(self, s: Session, uid: str, values: dict[str, Any]) -> Any:
        return self.service.update(s, uid, **values)

    def archive_record(self, s: Session, uid: str) -> Any:
        return self.service.archive(s, uid)

    def details_html(self, view: Any) -> str:
        """The details pane's HTML for a record's read model."""
        return ""

    def read_view(self, uid: str) -> Any:
        """The chosen record's read model, from its service."""
        return self.ctx.read(partial(read_models.read, kind=self.kind, uid=uid, lang=self.ctx.lang))

    def show_details(self, uid: str | None) -> None:
        if isinstance(self.details, QTextBrowser):
            html = self.details_html(self.read_view(uid)) if uid else blank_details()
            self.details.setHtml(html)

    # -- shared options
    def agency_options(self) -> list[tuple[str, str]]:
        return list(self.ctx.read(editors.agency_choices))

    def member_options(self) -> list[tuple[str, str]]:
        return list(self.ctx.read(editors.member_choices))

    # -- actions
    def selected_uid(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.uid_at(rows[0].row()) if rows else None

    def _selection_changed(self, *_args: QItemSelection) -> None:
        uid = self.selected_uid()
        self._shown_uid = uid
        self._details_fresh = True
        for button in (self.edit_button, self.archive_button, *self.record_buttons):
            button.setEnabled(uid is not None and self.ctx.can(Permission.EDIT_RECORDS))
        self.history_button.setEnabled(uid is not None)
        try:
            self.show_details(uid)
        except Exception as exc:  # details must never take the list down with them
            self.ctx.report_error(exc)

    def apply_filter(self) -> None:
        self.model.set_filter(self.filters.value())

    def _refresh_count(self) -> None:
        # Not self.tr: in a subclass, PySide's tr() takes the untranslated plural from the
        # subclass's context and never reaches this class's, where the translation is.
        count = self.model.rowCount()
        self.count_label.setText(
            QCoreApplication.translate("ListWorkspace", "%n record(s)", "", count)
        )
        self.count_label.setMinimumWidth(self.count_label.sizeHint().width())

    def reload(self, select: str | None = None) -> None:
        """Read the list again, choosing `select` (or the record shown) if it holds it."""
        self._wanted_uid = select
        self.model.reload()

    def _before_reset(self) -> None:
        self._keep_uid = self._wanted_uid or self._shown_uid
        self._wanted_uid = None

    def _after_reset(self) -> None:
        self._refresh_count()
        keep, self._keep_uid = self._keep_uid, None
        self._details_fresh = False
        if keep is not None:
            self.select_uid(keep)
        if not self._details_fresh:
            # Not chosen again (or nothing was chosen): the details and actions say so.
            self._selection_changed()

    def select_uid(self, uid: str) -> bool:
        """Choose a record in the list; False when the list does not hold it."""
        number = self.model.find(uid)
        if number is None:
            return False
        self.table.selectRow(number)
        self.table.scrollTo(self.model.index(number, 0))
        return True

    def _changed_elsewhere(self, change: Change) -> None:
        related = ("members", "agencies")  # members show their agency's name
        if change.touches(self.kind) or (self.kind in related and change.touches(*related)):
            self.reload()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
        ):
            self.edit()
            return True
        return super().eventFilter(watched, event)

    def open_to_read(self) -> None:
        """The chosen record in its form, read-only until Edit (for an officer who may)."""
        uid = self.selected_uid()
        if uid:
            self.open_form(uid, read=True)

    def open_form(
        self, uid: str | None, values: dict[str, Any] | None = None, read: bool = False
    ) -> Any:
        options = self.form_options()
        if uid is not None:
            values = self.record_values(uid)
        else:
            values = {**self.new_values(), **(values or {})}

        def save(entered: dict[str, Any]) -> Any:
            if uid is None:
                record = self.ctx.write(lambda s: self.create_record(s, entered).uid, self.kind)
            else:
                record = self.ctx.write(
                    lambda s: self.update_record(s, uid, entered).uid, self.kind
                )
            return record

        form = RecordForm(
            self.form_title(uid is None),
            self.form_fields(),
            save,
            lang=self.ctx.lang,
            values=values,
            options=options,
            parent=self,
        )
        self.last_form = form
        if read:
            form.open_to_read()
            assert form.read_mode is not None
            form.read_mode.edit_button.setEnabled(self.ctx.can(Permission.EDIT_RECORDS))
        if form.exec():
            self.reload(select=form.result_value)
            return form.result_value
        return None

    def new(self) -> None:
        if self.ctx.can(Permission.EDIT_RECORDS):
            self.open_form(None)

    def edit(self) -> None:
        uid = self.selected_uid()
        if uid and self.ctx.can(Permission.EDIT_RECORDS):
            self.open_form(uid)

    def archive(self) -> None:
        uid = self.selected_uid()
        if not uid:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Archive"),
            QCoreApplication.translate(
                "ListWorkspace", "Archive “%1”? It leaves the list but keeps its history."
            ).replace("%1", self.record_name(uid)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,  # the safe answer is the default
        )
        if answer == QMessageBox.StandardButton.Yes:

            def work(s: Session) -> None:
                self.archive_record(s, uid)

            # The change notice reloads the list; a refusal is reported by the operation.
            StoreOp(self.ctx, work, changes=self.kind, parent=self).run()

    def record_name(self, uid: str) -> str:
        """How a confirmation names the record: its first column as the list shows it."""
        number = self.model.find(uid)
        row = self.model.row(number) if number is not None else None
        name = str(row.get(self.model.columns[0].name) or "") if row else ""
        return name if len(name) <= 80 else name[:79] + "…"

    def history(self) -> None:
        from hrdesk.ui.history_dialog import HistoryDialog

        uid = self.selected_uid()
        if uid:
            HistoryDialog(self.ctx, uid, self).exec()
