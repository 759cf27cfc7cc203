"""The details pane: the chosen record as text beside the list, or a word saying that
nothing is chosen; with the buttons that act on that record above the text, where a
record has more to do than New/Edit/Archive (a meeting's attendance, a training's roster)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial
from typing import Any

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtWidgets import QGridLayout, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from hrdesk.services import read_models
from hrdesk.ui.context import UiContext
from hrdesk.ui.details_html import blank_details
from hrdesk.ui.store_thread import StoreOp


def read_view(ctx: UiContext, kind: str, uid: str, parent: QObject) -> StoreOp[Any]:
    """Reading a record's read model (what its details show) on the store thread; the
    caller says with `.success(...)` what to do with it and then `.run()`s it."""
    return StoreOp(ctx, partial(read_models.read, kind=kind, uid=uid, lang=ctx.lang), parent=parent)


class DetailsPane(QTextBrowser):
    def __init__(
        self, ctx: UiContext, kind: str, render: Callable[[Any], str], parent: QWidget | None = None
    ) -> None:
        """`render(view)` gives a record's details as HTML, from its read model."""
        super().__init__(parent)
        self.setObjectName("details")
        self.setOpenLinks(False)
        self.ctx = ctx
        self.kind = kind
        self._render = render
        self._wanted: str | None = None

    def show_record(self, uid: str | None) -> None:
        """Show the record the list chose; its details come from the store thread."""
        self._wanted = uid
        if not uid:
            self.setHtml(blank_details())
            return
        read_view(self.ctx, self.kind, uid, self).success(lambda view: self._show(uid, view)).run()

    def _show(self, uid: str, view: Any) -> None:
        if uid == self._wanted:  # not another record chosen while this one was read
            self.setHtml(self._render(view))


BUTTON_COLUMNS = 2


class DetailsWithButtons(QWidget):
    """The chosen record's details (`browser`, named "details"), with the buttons that act
    on that record above them in two columns. `link` says a link in the text was clicked."""

    link = Signal(QUrl)

    def __init__(self, buttons: Sequence[QPushButton], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.buttons = list(buttons)
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        for number, button in enumerate(self.buttons):
            grid.addWidget(button, number // BUTTON_COLUMNS, number % BUTTON_COLUMNS)
        self.browser = QTextBrowser()
        self.browser.setObjectName("details")
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self.link)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(grid)
        layout.addWidget(self.browser, 1)

    def set_html(self, html: str) -> None:
        # Keep the reader's place when the same record is shown again after an edit.
        bar = self.browser.verticalScrollBar()
        where = bar.value()
        self.browser.setHtml(html)
        bar.setValue(where)

    def focus_chain(self) -> list[QWidget]:
        """The buttons, then the text, in the order Tab reaches them."""
        return [*self.buttons, self.browser]
