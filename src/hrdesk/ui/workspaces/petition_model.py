"""The petitions list's model: days left on each visible row, and the "due this week" list
the dashboard opens.

Days left come from `services.petitions.deadline_state` with today and the office's
working calendar read once per reload, so scrolling a long list reads nothing per row.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from types import SimpleNamespace
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from sqlalchemy.orm import Session

from hrdesk.domain.calendar import WorkingCalendar
from hrdesk.domain.text import collation_key
from hrdesk.domain.vocab import PETITION_RUNNING
from hrdesk.services import listing
from hrdesk.services.common import today
from hrdesk.services.office import calendar
from hrdesk.services.petitions import DeadlineState, deadline_state
from hrdesk.ui.table_model import RecordTableModel

# The list's colour names (table_model.COLOURS) for each deadline state.
STATE_COLOURS = {"overdue": "red", "due_soon": "amber"}
# The same colours as text on the details panel.
STATE_HTML = {"overdue": "#b3261e", "due_soon": "#8a5a00"}
FIRST_PAGE = 200


@dataclass(frozen=True)
class DeadlineClock:
    """Today and the working calendar as they stood at the last reload.

    `deadline_state` takes its calendar from `session.info` (where services.office caches
    it), so this snapshot stands in for a session: the state is the service's own, without
    a round trip to the store for every row painted.
    """

    today: date
    calendar: WorkingCalendar
    _states: dict[tuple[str, date | None], DeadlineState] = field(
        default_factory=dict, compare=False, repr=False
    )

    @classmethod
    def read(cls, session: Session) -> DeadlineClock:
        return cls(today(session), calendar(session))

    @property
    def info(self) -> dict[str, Any]:
        return {"today": self.today, "calendar": self.calendar}

    def state(self, status: str, deadline: date | None) -> DeadlineState:
        key = (status, deadline)
        found = self._states.get(key)
        if found is None:
            case = SimpleNamespace(status=status, deadline=deadline)
            found = deadline_state(self, case, self.today)  # type: ignore[arg-type]  # a clock posing as a Session (issue 12: the rules branch ends it)
            self._states[key] = found
        return found


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


def due_rows(session: Session, flt: listing.ListFilter, days: int) -> list[dict[str, Any]]:
    """Open petitions whose deadline falls from today to `days` days on (as the dashboard
    counts "due this week"), with the list's other filters applied.

    The list filters know "overdue" but not a deadline range, so this reads each running
    status sorted by deadline, starting past its overdue rows, until the range ends.
    """
    first, last = today(session), today(session) + timedelta(days=days)
    rows: list[dict[str, Any]] = []
    for status in PETITION_RUNNING:
        if flt.status and flt.status != status.value:
            continue
        by_status = replace(flt, status=status.value, overdue=False)
        # Rows before the first one due (no deadline, or overdue) sort first: skip them.
        offset = listing.count(session, "petitions", replace(by_status, overdue=True))
        size = FIRST_PAGE
        while True:
            page = listing.fetch(
                session, "petitions", by_status, sort="deadline", offset=offset, limit=size
            )
            rows.extend(r for r in page if r["deadline"] and first <= r["deadline"] <= last)
            if len(page) < size or (page[-1]["deadline"] and page[-1]["deadline"] > last):
                break
            offset += size
            size *= 2  # few queries even when many cases fall due together
    return rows


def _sort_key(value: Any) -> tuple[bool, Any]:
    if isinstance(value, str):
        value = collation_key(value)
    return (value is None, value if value is not None else 0)


class PetitionTableModel(RecordTableModel):
    """The petitions list, which can also hold only the cases due within some days."""

    due_within: int | None = None

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.clock: DeadlineClock | None = None
        self._due: list[dict[str, Any]] | None = None
        super().__init__(*args, **kwargs)

    def set_due_within(self, days: int | None) -> None:
        """Show only open cases due within `days` calendar days, or (None) every case."""
        self.due_within = days
        self.reload()

    def reload(self) -> None:
        self.clock = self.ctx.read(DeadlineClock.read)
        if self.due_within is None:
            self._due = None
            super().reload()
            return
        self.beginResetModel()
        self._pages.clear()
        rows = self.ctx.read(lambda s: due_rows(s, self.filter, self.due_within or 0))
        rows.sort(key=lambda r: _sort_key(r.get(self.sort_name)), reverse=self.descending)
        self._due = rows
        self._count = len(rows)
        self.endResetModel()

    def row(self, number: int) -> dict[str, Any] | None:
        if self._due is None:
            return super().row(number)
        return self._due[number] if 0 <= number < len(self._due) else None

    def holds(self, uid: str) -> bool:
        if self._due is None:
            return super().holds(uid)
        return any(row["uid"] == uid for row in self._due)

    def state_of(self, row: dict[str, Any]) -> DeadlineState:
        if self.clock is None:
            self.clock = self.ctx.read(DeadlineClock.read)
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
