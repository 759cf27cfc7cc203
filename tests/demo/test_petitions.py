"""The demo's petitions: timelines the workflow could have produced, deadlines the law
gives, and a reception book an office would recognise."""

from __future__ import annotations

import re
from collections import defaultdict
from datetime import date

from sqlalchemy import select

from hrdesk.domain.vocab import PETITION_RUNNING, PetitionStatus, StepKind
from hrdesk.services.listing import ListFilter, count
from hrdesk.services.office import calendar
from hrdesk.services.petitions import recompute_deadline
from hrdesk.services.rules import deadline_rules
from hrdesk.store.models import Petition, Petitioner, PetitionStep

from .support import AS_OF

RUNNING = {s.value for s in PETITION_RUNNING}


def _steps_by_petition(session) -> dict[int, list[PetitionStep]]:
    steps = defaultdict(list)
    for step in session.scalars(select(PetitionStep).order_by(PetitionStep.id)):
        steps[step.petition_id].append(step)
    return steps


def test_every_timeline_starts_with_receipt_and_runs_in_date_order(reader):
    steps = _steps_by_petition(reader)
    for petition in reader.scalars(select(Petition)):
        timeline = steps[petition.id]
        assert timeline[0].kind == StepKind.RECEIVED
        assert timeline[0].occurred_on == petition.received_on
        days = [s.occurred_on for s in timeline]
        assert days == sorted(days)
        stamps = [s.created_at for s in timeline]
        assert stamps == sorted(stamps)
        assert petition.created_at == stamps[0] and petition.updated_at == stamps[-1]
        assert days[-1] <= AS_OF
        assert timeline[-1].deadline_after == petition.deadline


def test_dates_of_the_case_follow_its_steps(reader):
    steps = _steps_by_petition(reader)
    for petition in reader.scalars(select(Petition)):
        on = {s.kind: s.occurred_on for s in steps[petition.id]}
        assert petition.accepted_on == on.get(StepKind.ACCEPTED)
        assert petition.decided_on == on.get(StepKind.DECIDED)
        assert petition.closed_on == on.get(StepKind.CLOSED)
        if petition.decided_on and petition.closed_on:
            assert petition.accepted_on <= petition.decided_on <= petition.closed_on
        if petition.status == PetitionStatus.DECIDED:
            assert petition.outcome and petition.closed_on is None
        if petition.status == PetitionStatus.TRANSFERRED:
            assert petition.transferred_to


def test_deadlines_are_the_statutory_ones(reader):
    cal = calendar(reader)
    for petition in reader.scalars(select(Petition)):
        rules = deadline_rules(reader, petition.received_on)
        if petition.accepted_on is None:
            due = rules.acceptance(petition.kind, petition.received_on, cal)
            expected = due.due
        else:
            due = rules.resolution(
                petition.kind,
                petition.accepted_on,
                cal,
                round=petition.complaint_round,
                complex=petition.complex,
                remote=petition.remote_area,
            )
            expected = due.due
            if petition.extension_days:
                extension = rules.rule("denunciation.extension")
                expected = extension.due_from(due.due, cal, petition.extension_days)
        assert (petition.deadline, petition.deadline_rule) == (expected, due.rule.key)


def test_running_petitions_keep_the_deadline_the_service_recomputes(reader):
    running = reader.scalars(select(Petition).where(Petition.status.in_(RUNNING))).all()
    assert running
    for petition in running:
        stored = (petition.deadline, petition.deadline_rule)
        recompute_deadline(reader, petition)
        assert (petition.deadline, petition.deadline_rule) == stored
    reader.rollback()


def test_only_complex_denunciations_are_extended_and_within_the_limits(reader):
    extended = reader.scalars(select(Petition).where(Petition.extensions > 0)).all()
    assert extended
    for petition in extended:
        assert petition.kind == "denunciation" and petition.complex
        assert petition.extensions <= (2 if petition.especially_complex else 1)
        assert petition.extension_days <= 30 * petition.extensions
    steps = reader.scalars(select(PetitionStep).where(PetitionStep.kind == "extended")).all()
    assert len(steps) == sum(p.extensions for p in extended)


def test_some_petitions_are_overdue_and_many_are_not(reader):
    overdue = count(reader, "petitions", ListFilter(overdue=True))
    running = sum(count(reader, "petitions", ListFilter(status=s)) for s in sorted(RUNNING))
    assert 0 < overdue < running


def test_the_newest_petitions_are_still_waiting_for_acceptance(reader):
    recent = reader.scalars(select(Petition).where(Petition.received_on >= date(2026, 11, 10)))
    statuses = {p.status for p in recent}
    assert statuses & {"received", "classified"}


def test_most_petitions_went_all_the_way_to_closing(reader):
    total = count(reader, "petitions")
    closed = count(reader, "petitions", ListFilter(status="closed"))
    assert closed > total / 2
    answered = reader.scalars(
        select(Petition).where(Petition.kind == "recommendation", Petition.outcome.is_not(None))
    ).all()
    assert answered and all(p.outcome == "answered" for p in answered)


def test_reception_book_numbers_each_year_from_one(reader):
    by_year = defaultdict(list)
    for petition in reader.scalars(select(Petition).order_by(Petition.id)):
        year, number = petition.reference.split("/")
        assert re.fullmatch(r"\d{4}", number)
        assert int(year) == petition.received_on.year
        by_year[year].append(int(number))
    for numbers in by_year.values():
        assert numbers == list(range(1, len(numbers) + 1))


def test_reception_book_has_channels_prior_agencies_and_group_petitions(reader):
    petitions = reader.scalars(select(Petition)).all()
    assert {p.channel for p in petitions} >= {"direct", "post", "transferred"}
    assert any(p.prior_agency for p in petitions)
    assert all(p.prior_agency for p in petitions if p.channel == "transferred")
    groups = [p for p in petitions if p.people_count > 1]
    assert groups and all(p.kind != "denunciation" for p in groups)


def test_petitioners_have_an_address_in_the_province_a_citizen_id_and_mostly_a_phone(reader):
    people = reader.scalars(select(Petitioner)).all()
    assert len(people) >= count(reader, "petitions")
    for person in people:
        assert len(person.full_name.split()) >= 3
        assert person.address.endswith("tỉnh Gia Lai")
        assert re.fullmatch(r"064[0-3]\d{8}", person.id_number)
    phones = [p.phone for p in people if p.phone]
    assert len(phones) > len(people) / 2
    assert all(re.fullmatch(r"0\d{9}", phone) for phone in phones)


def test_summaries_name_the_matter(reader):
    summaries = [p.summary for p in reader.scalars(select(Petition))]
    assert any(s.startswith("Khiếu nại") for s in summaries)
    assert any(s.startswith("Tố cáo") for s in summaries)
    assert len(set(summaries)) > len(summaries) / 4
