"""Every model, imported here so that the metadata is complete wherever it is used."""

from hrdesk.store.models.agencies import Agency, Appointment, Member
from hrdesk.store.models.audit import AuditEntry
from hrdesk.store.models.contributions import Contribution, ContributionFile
from hrdesk.store.models.meetings import AgendaItem, Conclusion, Meeting, MeetingAttendance
from hrdesk.store.models.office import (
    DocumentNumber,
    HolidayDecision,
    Office,
    OfficeHoliday,
    Setting,
)
from hrdesk.store.models.officers import Officer
from hrdesk.store.models.outbox import OutboxItem, Receipt
from hrdesk.store.models.petitions import Petition, Petitioner, PetitionStep
from hrdesk.store.models.received import ReceivedPackage, ReceivedPackageFile, TrustedOffice
from hrdesk.store.models.reports import Package, Report, ReportSection
from hrdesk.store.models.tasks import Task, TaskNote, task_supporting_agencies
from hrdesk.store.models.training import TrainingAttendance, TrainingEvent, TrainingTopic

__all__ = [
    "Agency",
    "AgendaItem",
    "Appointment",
    "AuditEntry",
    "Conclusion",
    "Contribution",
    "ContributionFile",
    "DocumentNumber",
    "HolidayDecision",
    "Meeting",
    "MeetingAttendance",
    "Member",
    "Office",
    "OfficeHoliday",
    "Officer",
    "OutboxItem",
    "Package",
    "Petition",
    "PetitionStep",
    "Petitioner",
    "Receipt",
    "ReceivedPackage",
    "ReceivedPackageFile",
    "Report",
    "ReportSection",
    "Setting",
    "Task",
    "TaskNote",
    "TrainingAttendance",
    "TrainingEvent",
    "TrainingTopic",
    "TrustedOffice",
    "task_supporting_agencies",
]
