"""Read models: what a details pane and `hrdesk show` display of one record, built in one
session and returned as frozen dataclasses, so no stored object outlives its session and
the window and the command line show the same thing.

`read(session, kind, uid, lang)` gives any kind's view by its list name.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy.orm import Session

from hrdesk.domain.errors import ValidationError
from hrdesk.services.read_models.agency_record import ContributionTally, PastContribution
from hrdesk.services.read_models.events import (
    MeetingView,
    TrainingView,
    read_meeting,
    read_training,
)
from hrdesk.services.read_models.people import AgencyView, MemberView, read_agency, read_member
from hrdesk.services.read_models.petitions import CaseView, read_case
from hrdesk.services.read_models.tasks import TaskView, read_task

View = AgencyView | MemberView | TaskView | TrainingView | MeetingView | CaseView

READERS: dict[str, Callable[[Session, str], Any]] = {
    "agencies": read_agency,
    "members": read_member,
    "tasks": read_task,
    "trainings": read_training,
    "meetings": read_meeting,
}
KINDS = (*READERS, "petitions")


def read(session: Session, kind: str, uid: str, lang: str) -> View:
    """The view of the record `uid` of `kind` (a list name: "petitions", "members"…)."""
    if kind == "petitions":
        return read_case(session, uid, lang)
    if kind not in READERS:
        raise ValidationError("kind", "list.unknown_kind", kind=kind, kinds=list(KINDS))
    view: View = READERS[kind](session, uid)
    return view


__all__ = [
    "KINDS",
    "AgencyView",
    "CaseView",
    "ContributionTally",
    "MeetingView",
    "MemberView",
    "PastContribution",
    "TaskView",
    "TrainingView",
    "View",
    "read",
    "read_agency",
    "read_case",
    "read_meeting",
    "read_member",
    "read_task",
    "read_training",
]
