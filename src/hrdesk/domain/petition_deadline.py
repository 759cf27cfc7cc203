"""The statutory deadline of a petition at its current stage, from the facts of its case.

Used by the petition services on every step and by the migration that recomputed every
open petition under Law 136/2025/QH15, so both count the same way.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from hrdesk.domain.calendar import WorkingCalendar
from hrdesk.domain.deadlines import Deadline, DeadlineRules
from hrdesk.domain.vocab import PetitionStatus

# While a complaint is temporarily suspended its clock stands: the deadline it had stays
# shown and moves only when resolution resumes (Law 136/2025/QH15, Art. 11a).
STAGES_ACCEPTANCE = (PetitionStatus.RECEIVED, PetitionStatus.CLASSIFIED)
STAGES_RESOLUTION = (PetitionStatus.ACCEPTED, PetitionStatus.SUSPENDED)


@dataclass(frozen=True)
class CaseFacts:
    """What the deadline depends on. `suspensions`: (suspended on, resumed on) of each
    temporary suspension that has ended; one still running is left out."""

    kind: str
    status: str
    received_on: date
    accepted_on: date | None = None
    complaint_round: int = 1
    complex: bool = False
    remote_area: bool = False
    extension_days: int = 0
    suspensions: tuple[tuple[date, date], ...] = ()


def due_for(rules: DeadlineRules, cal: WorkingCalendar, facts: CaseFacts) -> Deadline | None:
    """The deadline for the stage the case is in, or None once the clock has stopped.

    Acceptance is counted from receipt, resolution from acceptance (thụ lý). The days
    of an ended temporary suspension are not counted (Law 136/2025/QH15); a
    denunciation's extensions count from the end of the resolution period (Art. 30
    Law on Denunciations), as the extension rule's unit says.
    """
    status = PetitionStatus(facts.status)
    if status in STAGES_ACCEPTANCE:
        return rules.acceptance(facts.kind, facts.received_on, cal)
    if status not in STAGES_RESOLUTION or facts.accepted_on is None:
        return None
    limit = rules.resolution(
        facts.kind,
        facts.accepted_on,
        cal,
        round=facts.complaint_round or 1,
        complex=facts.complex,
        remote=facts.remote_area,
    )
    due = limit.due
    if facts.suspensions:
        paused = limit.rule.paused_days(facts.suspensions, cal)
        due = limit.rule.due_from(facts.accepted_on, cal, paused=paused)
    if facts.extension_days:
        extension = rules.rule("denunciation.extension")
        due = extension.due_from(due, cal, facts.extension_days)
    return Deadline(due, limit.rule)


def suspension_periods(steps: list[tuple[str, date]]) -> tuple[tuple[date, date], ...]:
    """(suspended, resumed) pairs from a timeline's (step kind, date) in order."""
    periods: list[tuple[date, date]] = []
    started: date | None = None
    for kind, on in steps:
        if kind == "suspended" and started is None:
            started = on
        elif kind == "resumed" and started is not None:
            periods.append((started, on))
            started = None
    return tuple(periods)
