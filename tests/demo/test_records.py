"""The demo's committee, tasks, meetings and trainings."""

from __future__ import annotations

import re

from sqlalchemy import select

from hrdesk.domain.vocab import AgencyKind, MemberRole
from hrdesk.services.listing import ListFilter, count
from hrdesk.store.models import (
    Agency,
    AgendaItem,
    Appointment,
    Conclusion,
    Meeting,
    MeetingAttendance,
    Member,
    Task,
    TaskNote,
    TrainingAttendance,
    TrainingEvent,
    TrainingTopic,
)

from .support import AS_OF


def test_agencies_are_a_provinces_member_agencies_of_known_kinds(reader):
    agencies = reader.scalars(select(Agency)).all()
    names = {a.name for a in agencies}
    assert {
        "Công an tỉnh Gia Lai",
        "Sở Tư pháp tỉnh Gia Lai",
        "Tòa án nhân dân tỉnh Gia Lai",
    } <= names
    assert {a.kind for a in agencies} <= {k.value for k in AgencyKind}
    assert all(a.address and a.address.endswith("tỉnh Gia Lai") for a in agencies)


def test_committee_has_one_head_one_standing_deputy_and_one_secretary_serving(reader):
    active = reader.scalars(select(Member).where(Member.active)).all()
    roles = [m.role for m in active]
    assert roles.count(MemberRole.HEAD) == 1
    assert roles.count(MemberRole.STANDING_DEPUTY) == 1
    assert roles.count(MemberRole.SECRETARY) == 1
    assert 2 <= roles.count(MemberRole.DEPUTY) <= 4
    assert roles.count(MemberRole.MEMBER) >= 15


def test_every_member_has_an_appointing_decision_and_some_terms_ended(reader):
    members = reader.scalars(select(Member)).all()
    for member in members:
        appointments = member.appointments
        assert appointments
        assert appointments[-1].role == member.role
        assert member.active == (appointments[-1].term_end is None)
        for a in appointments:
            assert re.fullmatch(r"\d+/QĐ-UBND", a.decision_number)
            assert a.decision_date <= a.term_start
            assert a.term_end is None or a.term_start <= a.term_end
    ended = reader.scalars(select(Appointment).where(Appointment.term_end.is_not(None))).all()
    assert ended and not all(m.active for m in members)


def test_tasks_have_sources_lead_agencies_due_dates_and_progress_notes(reader):
    tasks = reader.scalars(select(Task)).all()
    assert {t.source for t in tasks} == {"plan", "directive", "meeting", "other"}
    assert all(t.lead_agency_id for t in tasks)
    assert any(t.supporting_agencies for t in tasks)
    for task in tasks:
        assert (task.status == "done") == (task.completed_on is not None)
        assert task.completed_on is None or task.completed_on <= AS_OF
        if task.status == "open":
            assert not task.notes
    notes = reader.scalars(select(TaskNote)).all()
    assert notes and all(n.noted_on <= AS_OF for n in notes)


def test_some_open_tasks_are_overdue(reader):
    assert count(reader, "tasks", ListFilter(overdue=True)) > 0


def test_meetings_are_held_in_the_past_and_planned_ahead(reader):
    meetings = reader.scalars(select(Meeting)).all()
    for meeting in meetings:
        day = meeting.starts_at.date()
        if meeting.status == "planned":
            assert day > AS_OF and not meeting.attendance and not meeting.conclusions
        else:
            assert day <= AS_OF
    held = [m for m in meetings if m.status == "held"]
    assert held and any(m.status == "planned" for m in meetings)
    for meeting in held:
        assert meeting.chair_name and meeting.secretary_name
        assert meeting.agenda and meeting.conclusions and meeting.attendance


def test_absences_from_meetings_give_a_reason(reader):
    absent = reader.scalars(select(MeetingAttendance).where(~MeetingAttendance.present)).all()
    assert absent and all(a.absence_reason for a in absent)
    present = reader.scalars(select(MeetingAttendance).where(MeetingAttendance.present)).all()
    assert all(a.absence_reason is None for a in present)


def test_some_conclusions_became_tasks_from_their_meeting(reader):
    linked = reader.scalars(select(Conclusion).where(Conclusion.task_id.is_not(None))).all()
    assert linked
    for conclusion in linked:
        task = conclusion.task
        assert task.source == "meeting" and task.title == conclusion.text
        assert conclusion.meeting.title in task.source_ref
    assert reader.scalars(select(AgendaItem).where(AgendaItem.discussion.is_not(None))).first()


def test_trainings_have_topics_with_presenters_and_a_roster(reader):
    for event in reader.scalars(select(TrainingEvent)):
        assert event.starts_on <= event.ends_on <= AS_OF
        assert event.topics and all(t.presenter for t in event.topics)
        assert any(a.member_id for a in event.attendance)
        assert any(a.member_id is None and a.agency_name for a in event.attendance)
    absent = reader.scalars(select(TrainingAttendance).where(~TrainingAttendance.present)).all()
    assert absent
    assert reader.scalars(select(TrainingTopic)).first()
