"""The petitions list's model: days left on each visible row, coloured by the one
"due soon" rule (`domain.deadline_state`).

Today, the office's working calendar and the rule are read once per reload (a
`DeadlineClock`), so scrolling a long list reads nothing per row.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from hrdesk.domain.deadline_state import DeadlineClock, DeadlineState
from hrdesk.services.rules import deadline_clock
from hrdesk.ui.table_model import RecordTableModel

# The list's colour names (table_model.COLOURS) for each deadline state.
STATE_COLOURS = {"overdue": "red", "due_soon": "amber"}
# The same colours as text on the details panel.
STATE_HTML = {"overdue": "#b3261e", "due_soon": "#8a5a00"}


def days_left_text(state: DeadlineState) -> str:
    """ "5 working days", "overdue by 3 working days", "—" when the clock has stopped."""
    if state.state == "stopped" or state.days_left is None:
        return "—"
    if state.state == "overdue":
        late = -state.days_left
        # Past a Friday deadline on the Saturday: late, but by no working day yet.
        if late > 0:
            return QCoreApplication.translate(
                "PetitionDeadline", "overdue by %n working day(s)", None, late
            )
        return QCoreApplication.translate("PetitionDeadline", "overdue")
    if state.days_left == 0:
        return QCoreApplication.translate("PetitionDeadline", "due today")
    days = state.days_left  # a plain name: lupdate skips a call whose count is an attribute
    return QCoreApplication.translate("PetitionDeadline", "%n working day(s)", None, days)


class PetitionTableModel(RecordTableModel):
    """The petitions list; its "due soon" filter is the list filter's `due_soon`."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.clock: DeadlineClock | None = None
        super().__init__(*args, **kwargs)

    def reload(self) -> None:
        # Waits, as RecordTableModel's own reload does (ui/table_model.py): rows and colours.
        self.clock = self.ctx.read(deadline_clock)
        super().reload()

    def state_of(self, row: dict[str, Any]) -> DeadlineState:
        if self.clock is None:  # waits: data() must colour the row at once (one small read)
            self.clock = self.ctx.read(deadline_clock)
        return self.clock.state(row["status"], row["deadline"])

    def days_left(self, row: dict[str, Any]) -> str:
        return days_left_text(self.state_of(row))

    def colour(self, row: dict[str, Any]) -> str | None:
        return STATE_COLOURS.get(self.state_of(row).state)

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Days left read better right-aligned, like the numbers they are.
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() >= len(self.columns):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return super().data(index, role)
