"""`hrdesk meeting attendance|agenda|conclude|task` and `hrdesk training attendance|topics`:
what the meeting and training workspaces record, through the same services.

A list (attendance, agenda, topics) is given whole and replaces the one kept, as the
window's table does when saved: the command prints the list as it now stands.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from hrdesk.cli.context import writing
from hrdesk.cli.printing import Column, records, say
from hrdesk.domain.errors import ValidationError
from hrdesk.messages import Localized

NAME = Column("full_name", Localized("Họ và tên", "Full name"))
PRESENT = Column("present", Localized("Có mặt", "Present"))
ATTENDANCE_COLUMNS = (
    NAME,
    Column("agency_name", Localized("Cơ quan", "Agency")),
    PRESENT,
    Column("absence_reason", Localized("Lý do vắng", "Reason absent")),
)
AGENDA_COLUMNS = (
    Column("position", Localized("STT", "No.")),
    Column("uid", Localized("Mã định danh", "Id")),
    Column("title", Localized("Nội dung", "Agenda item")),
)
TOPIC_COLUMNS = (
    Column("position", Localized("STT", "No.")),
    Column("title", Localized("Chuyên đề", "Topic")),
    Column("presenter", Localized("Báo cáo viên", "Presenter")),
)
UID_COLUMNS = (Column("uid", Localized("Mã định danh", "Id")),)


def _json_list(path: str) -> list[dict[str, Any]]:
    file = Path(path)
    try:
        data = json.loads(file.read_text(encoding="utf-8"))
    except OSError:
        raise ValidationError("from", "central.not_a_file", path=file) from None
    except ValueError as exc:
        raise ValidationError("from", "cli19.bad_json", path=file, reason=str(exc)) from None
    if not isinstance(data, list) or not all(isinstance(row, dict) for row in data):
        raise ValidationError("from", "cli19.json_not_a_list", path=file)
    return data


def _people(args: argparse.Namespace, absent: list[Any], agency: str | None) -> list[dict]:
    if args.source:
        return _json_list(args.source)
    people: list[dict[str, Any]] = [{"member": m, "present": True} for m in args.present]
    for entry in absent:
        if isinstance(entry, list):  # a meeting's absence has its reason
            people.append({"member": entry[0], "present": False, "absence_reason": entry[1]})
        else:
            people.append({"member": entry, "present": False})
    guest = {"agency": agency} if agency else {}
    people += [{"full_name": g, "present": True, **guest} for g in args.guests]
    return people


def run_meeting(args: argparse.Namespace) -> int:
    from hrdesk.services import meetings

    action = args.meeting_command
    with writing(args) as session:
        if action == "attendance":
            people = _people(args, args.absent, None)
            meeting = meetings.set_attendance(session, args.uid, people)
            rows = [
                {
                    "full_name": a.full_name,
                    "agency_name": a.agency_name,
                    "present": bool(a.present),
                    "absence_reason": a.absence_reason,
                }
                for a in meeting.attendance
            ]
            return records(args, ATTENDANCE_COLUMNS, rows)
        if action == "agenda":
            items = _json_list(args.source) if args.source else [{"title": t} for t in args.item]
            kept = meetings.set_agenda(session, args.uid, items)
            agenda: list[dict[str, Any]] = [
                {"position": i.position, "uid": i.uid, "title": i.title} for i in kept
            ]
            return records(args, AGENDA_COLUMNS, agenda)
        if action == "conclude":
            conclusion = meetings.add_conclusion(session, args.uid, args.text, args.agenda_item)
            return _uid(args, conclusion.uid, "cli19.conclusion_added")
        values = {
            name: getattr(args, name)
            for name in ("title", "due_on", "lead_agency", "responsible_member")
            if getattr(args, name) is not None
        }
        task = meetings.task_from_conclusion(session, args.conclusion, **values)
        return _uid(args, task.uid, "cli19.task_from_conclusion")


def _uid(args: argparse.Namespace, uid: str, code: str) -> int:
    if args.format == "json":
        return records(args, UID_COLUMNS, [{"uid": uid}])
    say(args, code, uid=uid)
    return 0


def run_training(args: argparse.Namespace) -> int:
    from hrdesk.services import trainings

    with writing(args) as session:
        if args.training_command == "attendance":
            people = _people(args, args.absent, args.agency)
            event = trainings.set_roster(session, args.uid, people)
            rows = [
                {
                    "full_name": a.full_name,
                    "agency_name": a.agency_name,
                    "present": bool(a.present),
                }
                for a in event.attendance
            ]
            return records(args, ATTENDANCE_COLUMNS[:3], rows)
        topics = [{"title": t[0], "presenter": " ".join(t[1:]) or None} for t in args.topic]
        kept = trainings.set_topics(session, args.uid, topics)
        programme: list[dict[str, Any]] = [
            {"position": t.position, "title": t.title, "presenter": t.presenter} for t in kept
        ]
        return records(args, TOPIC_COLUMNS, programme)
