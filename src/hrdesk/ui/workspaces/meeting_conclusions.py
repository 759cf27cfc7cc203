"""A meeting's conclusions: adding one (tied to an agenda item or to the whole meeting),
and turning one into a task through the task form, filled in from the conclusion."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QFormLayout, QPlainTextEdit, QWidget

from hrdesk.domain.vocab import TaskStatus
from hrdesk.services import meetings, tasks
from hrdesk.ui.context import UiContext
from hrdesk.ui.record_form import RecordForm
from hrdesk.ui.store_thread import StoreOp
from hrdesk.ui.workspaces.meeting_common import EditorDialog

ITEM_LABEL_CHARS = 90


class ConclusionDialog(EditorDialog):
    """One new conclusion of a meeting."""

    def __init__(
        self, ctx: UiContext, meeting_uid: str, data: Any, parent: QWidget | None = None
    ) -> None:
        """`data`: what the editors read model gives for the record, read before."""
        super().__init__(self.tr("Add conclusion"), parent)
        self.setObjectName("conclusion_dialog")
        self.ctx = ctx
        self.meeting_uid = meeting_uid
        agenda = data
        self.text = QPlainTextEdit()
        self.text.setObjectName("conclusion_text")
        self.text.setTabChangesFocus(True)
        self.item = QComboBox()
        self.item.setObjectName("conclusion_item")
        self.item.addItem(self.tr("The meeting as a whole"), None)
        for position, title in agenda:
            short = " ".join(title.split())
            if len(short) > ITEM_LABEL_CHARS:
                short = short[: ITEM_LABEL_CHARS - 1] + "…"
            self.item.addItem(f"{position}. {short}", position)
        self.item.setMinimumContentsLength(30)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.addRow(self.tr("Conclusion *"), self.text)
        form.addRow(self.tr("On agenda item"), self.item)
        self.body.addLayout(form)
        self.fit_to_screen(620, 360)
        self.text.setFocus()
        self.remember()

    def snapshot(self) -> tuple[str, Any]:
        return self.text.toPlainText(), self.item.currentData()

    def choose_item(self, position: int | None) -> None:
        self.item.setCurrentIndex(max(0, self.item.findData(position)))

    def save(self) -> Any:
        text, position = self.text.toPlainText(), self.item.currentData()
        return StoreOp(
            self.ctx,
            lambda s: meetings.add_conclusion(s, self.meeting_uid, text, position).uid,
            changes="meetings",
        )

    def show_error(self, text: str) -> None:
        super().show_error(text)
        self.text.setFocus()


def task_form(
    ctx: UiContext,
    conclusion_uid: str,
    values: dict[str, Any],
    options: dict[str, list[tuple[str, str]]],
    title: str,
    parent: QWidget | None = None,
) -> RecordForm:
    """The new-task form filled in from a conclusion (`values`: read before by
    meetings.task_values_from_conclusion); saving it creates the task and ties the
    conclusion to it in one transaction. Call `exec()` on it; `result_value` is the new
    task's uid."""
    values.setdefault("status", TaskStatus.OPEN.value)  # a new task is open, not a guess

    def save(entered: dict[str, Any]) -> StoreOp[str]:
        return StoreOp(
            ctx,
            lambda s: meetings.task_from_conclusion(s, conclusion_uid, **entered).uid,
            changes=("tasks", "meetings"),
        )

    form = RecordForm(
        title,
        list(tasks.FIELDS.values()),
        save,
        lang=ctx.lang,
        values=values,
        options=options,
        parent=parent,
    )
    form.setObjectName("task_from_conclusion_form")
    return form
