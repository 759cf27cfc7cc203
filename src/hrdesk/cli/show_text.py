"""A read model as the lines `hrdesk show` prints: label and value, then each list under
its heading, in the officer's language (the catalogue's texts)."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

from hrdesk.domain.formatting import format_date, format_datetime, local_datetime
from hrdesk.domain.vocab import PetitionKind
from hrdesk.messages import render
from hrdesk.services.read_models import (
    AgencyView,
    CaseView,
    MeetingView,
    MemberView,
    TaskView,
    TrainingView,
    View,
)

Say = Callable[..., str]


def lines_of(view: View, lang: str) -> list[str]:
    say: Say = lambda code, **params: render(code, params, lang)  # noqa: E731
    for kind, fn in _RENDERERS:
        if isinstance(view, kind):
            return fn(view, say, lang)
    raise TypeError(type(view).__name__)


def _facts(say: Say, rows: list[tuple[str, object]]) -> list[str]:
    """`Label: value` for each fact that has a value."""
    return [f"{say(code)}: {value}" for code, value in rows if value not in (None, "", ())]


def _heading(say: Say, code: str, items: list[str]) -> list[str]:
    return ["", say(code), *(f"  {item}" for item in items or [say("show.none")])]


def _day(value: Any) -> str:
    return format_date(value) if value else ""


def _member(view: MemberView, say: Say, lang: str) -> list[str]:
    lines = [view.full_name]
    lines += _facts(
        say,
        [
            ("show.title", view.title),
            ("show.agency", view.agency),
            ("show.role", view.role.label(lang)),
            ("show.phone", view.phone),
            ("show.email", view.email),
            ("show.active", say("show.yes") if view.active else say("show.no")),
        ],
    )
    terms = []
    for a in reversed(view.appointments):
        term = f"{format_date(a.term_start)} – {_day(a.term_end) or '…'}"
        decision = f"{a.decision_number} {_day(a.decision_date)}".strip()
        terms.append(f"{a.role.label(lang)}: {term}" + (f" ({decision})" if decision else ""))
    lines += _heading(say, "show.appointments", terms)
    absent = say("show.absent")
    trained = [
        f"{format_date(r.starts_on)} — {r.title}" + ("" if r.present else f" ({absent})")
        for r in view.training
    ]
    return lines + _heading(say, "show.training_history", trained)


def _agency(view: AgencyView, say: Say, lang: str) -> list[str]:
    lines = [view.name]
    lines += _facts(
        say,
        [
            ("show.short_name", view.short_name),
            ("show.agency_kind", view.kind.label(lang)),
            ("show.address", view.address),
            ("show.phone", view.phone),
            ("show.email", view.email),
            ("show.notes", view.notes),
        ],
    )
    lines += _heading(say, "agency_record.heading", _contributions(view, say))
    people = [f"{m.full_name} — {m.role.label(lang)}" for m in view.members]
    lines += _heading(say, "show.members", people)
    trained = [
        f"{format_date(t.starts_on)} — {t.title}: " + say("show.participants", count=t.participants)
        for t in view.training
    ]
    return lines + _heading(say, "show.training_history", trained)


_STATES = {
    "on_time": "agency_record.on_time",
    "late": "agency_record.late",
    "missing": "agency_record.missing",
    "excused": "agency_record.excused",
    "waiting": "agency_record.waiting",
}


def _contributions(view: AgencyView, say: Say) -> list[str]:
    """The tally, then one line a period (newest first), as the details pane's table."""
    tally = view.contribution_tally
    if not tally.periods:
        return []
    counts = dataclasses.asdict(tally)
    waiting = counts.pop("waiting")
    lines = [say("agency_record.tally", **counts)]
    if waiting:
        lines.append(say("agency_record.tally_waiting", waiting=waiting))
    for c in view.contributions:
        state = say(_STATES[c.state], days=c.days_late)
        due = format_date(c.due_on)
        if c.received_on is None:
            line = say(
                "agency_record.row_not_received", period=c.period_label, due=due, state=state
            )
        else:
            received = format_date(c.received_on)
            line = say(
                "agency_record.row", period=c.period_label, due=due, received=received, state=state
            )
        lines.append(line)
    return lines


def _task(view: TaskView, say: Say, lang: str) -> list[str]:
    lines = [view.title]
    lines += _facts(
        say,
        [
            ("show.source", view.source.label(lang)),
            ("show.source_ref", view.source_ref),
            ("show.lead_agency", view.lead_agency),
            ("show.supporting_agencies", ", ".join(view.supporting_agencies)),
            ("show.responsible_member", view.responsible_member),
            ("show.due", _day(view.due_on)),
            ("show.status", view.status.label(lang)),
            ("show.completed", _day(view.completed_on)),
            ("show.description", view.description),
        ],
    )
    notes = [
        f"{format_date(n.noted_on)} {n.author}: {n.text}".replace(" :", ":")
        for n in reversed(view.notes)
    ]
    return lines + _heading(say, "show.progress", notes)


def _training(view: TrainingView, say: Say, lang: str) -> list[str]:
    days = format_date(view.starts_on)
    if view.ends_on and view.ends_on != view.starts_on:
        days = f"{days} – {format_date(view.ends_on)}"
    lines = [view.title]
    lines += _facts(
        say,
        [
            ("show.dates", days),
            ("show.place", view.place),
            ("show.organiser", view.organiser),
            ("show.materials", view.materials),
        ],
    )
    topics = [
        f"{n}. {t.title}" + (f" — {t.presenter}" if t.presenter else "")
        for n, t in enumerate(view.topics, start=1)
    ]
    lines += _heading(say, "show.topics", topics)
    roster = []
    if view.roster:
        counts = say(
            "show.roster_counts",
            people=len(view.roster),
            members=view.members_on_roster,
            present=view.present,
        )
        roster.append(counts)
    for n, p in enumerate(view.roster, start=1):
        notes = [x for x in (p.agency, "" if p.member else say("show.outside")) if x]
        came = "" if p.present else " — " + say("show.absent")
        roster.append(f"{n}. {p.full_name}" + (f" ({', '.join(notes)})" if notes else "") + came)
    return lines + _heading(say, "show.roster", roster)


def _meeting(view: MeetingView, say: Say, lang: str) -> list[str]:
    when = format_datetime(view.starts_at)
    if view.ends_at is not None:
        end = format_datetime(view.ends_at)
        same_day = local_datetime(view.starts_at).date() == local_datetime(view.ends_at).date()
        when = f"{when} – {end[-5:] if same_day else end}"  # as the details pane gives it
    lines = [view.title]
    lines += _facts(
        say,
        [
            ("show.time", when),
            ("show.place", view.place),
            ("show.chair", view.chair),
            ("show.secretary", view.secretary),
            ("show.status", view.status.label(lang)),
            ("show.discussion", view.discussion),
        ],
    )
    people = []
    for p in view.attendance:
        outside = "" if p.member else " (" + say("show.outside") + ")"
        away = "" if p.present else " — " + say("show.absent_because", reason=p.absence_reason)
        people.append(f"{p.full_name}{outside}{away}".rstrip(": "))
    lines += _heading(say, "show.attendance", people)
    agenda = [
        f"{a.position}. {a.title}" + (f" — {a.discussion}" if a.discussion else "")
        for a in view.agenda
    ]
    lines += _heading(say, "show.agenda", agenda)
    concluded = []
    for n, c in enumerate(view.conclusions, start=1):
        line = f"{n}. {c.text}"
        if c.agenda_position is not None:
            line += " (" + say("show.on_agenda_item", position=c.agenda_position) + ")"
        if c.task is not None:
            status = c.task.status.label(lang)
            if c.task.due_on:
                status += ", " + say("show.due") + f" {format_date(c.task.due_on)}"
            line += " → " + say("show.became_task", title=c.task.title, status=status)
        concluded.append(line)
    return lines + _heading(say, "show.conclusions", concluded)


def _deadline(view: CaseView, say: Say) -> str:
    if view.deadline is None:
        return ""
    state, left = view.state.state, view.state.days_left
    if state == "stopped" or left is None:
        how = say("show.clock_stopped")
    elif state == "overdue":
        how = say("show.overdue_by", days=-left) if left < 0 else say("show.overdue")
    elif left == 0:
        how = say("show.due_today")
    else:
        how = say("show.days_left", days=left)
    return f"{format_date(view.deadline)} ({how})"


def _petition(view: CaseView, say: Say, lang: str) -> list[str]:
    kind = view.kind.label(lang)
    if view.kind is PetitionKind.COMPLAINT:
        kind += " · " + say("show.complaint_round") + f" {view.complaint_round}"
    rule = say("show.rule_manual") if view.rule_key == "manual" else view.rule
    lines = [view.reference or view.uid]
    lines += _facts(
        say,
        [
            ("show.petition_kind", kind),
            ("show.status", view.status.label(lang)),
            ("show.deadline", _deadline(view, say)),
            ("show.rule", rule),
            ("show.rule_set", view.rule_set),
            ("show.extensions", view.extensions or ""),
            ("show.classification", ", ".join(view.flags)),
            ("show.field", view.field.label(lang)),
            ("show.channel", view.channel.label(lang)),
            ("show.received_on", _day(view.received_on)),
            ("show.handling_agency", view.handling_agency),
            ("show.handler", view.handler),
            ("show.prior_agency", view.prior_agency),
            ("show.people_count", view.people_count),
            ("show.transferred_to", view.transferred_to),
            ("show.outcome", view.outcome.label(lang) if view.outcome else ""),
            ("show.outcome_note", view.outcome_note),
            ("show.decided_on", _day(view.decided_on)),
            ("show.summary", view.summary),
            ("show.next_steps", ", ".join(a.label(lang) for a in view.actions)),
        ],
    )
    if view.people is not None:
        people = []
        for p in view.people:
            more = [x for x in (p.address, p.id_number, p.phone) if x]
            if p.representative:
                more.insert(0, say("show.representative"))
            people.append(p.full_name + (f" ({'; '.join(more)})" if more else ""))
    elif view.denunciation:
        people = ["•••• — " + say("show.confidential")]
    else:
        people = ["•••• — " + say("show.hidden")]
    lines += _heading(say, "show.people", people)
    steps = []
    for step in view.steps:
        line = f"{format_date(step.on)} {step.kind.label(lang)}"
        line += "".join(f" · {x}" for x in (step.actor, step.note) if x)
        if step.deadline_after:
            line += " (" + say("show.deadline_after", day=format_date(step.deadline_after)) + ")"
        steps.append(line)
    return lines + _heading(say, "show.timeline", steps)


_RENDERERS: list[tuple[type, Callable[[Any, Say, str], list[str]]]] = [
    (MemberView, _member),
    (AgencyView, _agency),
    (TaskView, _task),
    (TrainingView, _training),
    (MeetingView, _meeting),
    (CaseView, _petition),
]
