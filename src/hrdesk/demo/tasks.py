"""Tasks (nhiệm vụ): from plans, directives and meeting conclusions, with progress notes.

Tasks whose due date has passed are mostly done, some cancelled, and some still open:
those are the overdue tasks a real office chases.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from hrdesk.demo.bulk import columns
from hrdesk.demo.context import AgencyRef, Committee, Demo, pick
from hrdesk.domain.vocab import TaskSource, TaskStatus

TASK_COLUMNS = columns(
    "id uid created_at updated_at archived_at title title_key description source "
    "source_ref lead_agency_id responsible_member_id due_on status completed_on"
)
NOTE_COLUMNS = columns("id uid created_at updated_at task_id noted_on text author")
SUPPORT_COLUMNS = columns("task_id agency_id")

QUARTERS = ("I", "II", "III", "IV")
# The last of the progress notes; only a task that is done ends with it.
_DONE_NOTE = "Đã hoàn thành, gửi báo cáo về Văn phòng thường trực"


def vn_date(day: date) -> str:
    return f"{day:%d/%m/%Y}"


class TaskBuilder:
    """Tasks of every province; meetings ask it for the tasks their conclusions call for."""

    def __init__(self, demo: Demo) -> None:
        self.demo = demo
        self.rng = demo.rng("tasks")
        self.next_id = demo.writer.next_id("tasks")
        self.next_note_id = demo.writer.next_id("task_notes")
        self.tasks: list[tuple] = []
        self.notes: list[tuple] = []
        self.supporting: list[tuple[int, int]] = []
        self.made: dict[int, int] = {}  # tasks per committee (by index)
        self._notes = [n for n in demo.words["task_notes"] if n != _DONE_NOTE]

    def add(
        self,
        committee: Committee,
        title: str,
        source: str,
        source_ref: str | None,
        lead: AgencyRef,
        created_on: date,
        due_on: date | None,
    ) -> int:
        """Write one task with its status, notes and supporting agencies; return its id."""
        demo, rng = self.demo, self.rng
        as_of = demo.as_of
        task_id = self.next_id
        self.next_id += 1
        key = id(committee)
        self.made[key] = self.made.get(key, 0) + 1
        status, completed = self._status(rng, created_on, due_on)
        members = committee.agency_members(lead, created_on)
        responsible = pick(rng, members) if members else None
        author = responsible.full_name if responsible else "Văn phòng thường trực"
        last = completed or as_of
        note_count = 0 if status == TaskStatus.OPEN else rng.randrange(1, 4)
        span = max(0, (last - created_on).days - 3)
        note_days = sorted(
            min(last, created_on + timedelta(days=3 + rng.randrange(span + 1)))
            for _ in range(note_count)
        )
        for n, day in enumerate(note_days):
            done_note = status == TaskStatus.DONE and n == note_count - 1
            text = _DONE_NOTE if done_note else pick(rng, self._notes)
            stamp = demo.stamps.any(day)
            self.notes.append(
                (
                    self.next_note_id,
                    demo.uid(),
                    stamp,
                    stamp,
                    task_id,
                    day.isoformat(),
                    text,
                    author,
                )
            )
            self.next_note_id += 1
        others = [a for a in committee.agencies if a.id != lead.id]
        for agency in rng.sample(others, min(len(others), rng.randrange(0, 4))):
            self.supporting.append((task_id, agency.id))
        created = demo.stamps.any(created_on)
        touched = max([created_on, *note_days, *([completed] if completed else [])])
        updated = created if touched == created_on else demo.stamps.any(touched)
        description = f"Thực hiện theo {source_ref}." if source_ref and rng.random() < 0.5 else None
        self.tasks.append(
            (
                task_id,
                demo.uid(),
                created,
                updated,
                None,
                title,
                demo.keys.text(title),
                description,
                source,
                source_ref,
                lead.id,
                responsible.id if responsible else None,
                due_on.isoformat() if due_on else None,
                status.value,
                completed.isoformat() if completed else None,
            )
        )
        return task_id

    def _status(
        self, rng: random.Random, created: date, due: date | None
    ) -> tuple[TaskStatus, date | None]:
        as_of = self.demo.as_of
        r = rng.random()
        past_due = due is not None and due < as_of
        if (past_due and r < 0.78) or (not past_due and r < 0.25):
            latest = min(as_of, (due or as_of) + timedelta(days=15))
            span = max(0, (latest - created).days - 5)
            done = created + timedelta(days=5 + rng.randrange(span + 1))
            return TaskStatus.DONE, min(done, latest)
        if past_due and r < 0.86:
            return TaskStatus.CANCELLED, None
        if rng.random() < 0.75:
            return TaskStatus.IN_PROGRESS, None
        return TaskStatus.OPEN, None

    def fill(self, committee: Committee, count: int) -> None:
        """Add plan, directive and other tasks until the committee has `count` tasks."""
        demo, rng, words = self.demo, self.rng, self.demo.words
        place = committee.place
        days = demo.working_days
        while self.made.get(id(committee), 0) < count:
            r = rng.random()
            created = pick(rng, days)
            if r < 0.45:
                source = TaskSource.PLAN
                # Yearly plans are issued early in the year.
                early = date(created.year, 1, 5) + timedelta(days=rng.randrange(50))
                created = demo.working_day_on_or_after(max(demo.start, min(early, demo.as_of)))
                ref = pick(rng, words["plan_sources"]).format(
                    num=rng.randrange(10, 400),
                    small=rng.randrange(1, 60),
                    date=vn_date(created),
                    year=created.year,
                )
            elif r < 0.80:
                source = TaskSource.DIRECTIVE
                ref = place.fill(
                    pick(rng, words["directive_sources"]),
                    num=rng.randrange(10, 4000),
                    small=rng.randrange(1, 30),
                )
            else:
                source, ref = TaskSource.OTHER, None
            quarter = QUARTERS[(created.month - 1) // 3]
            title = pick(rng, words["task_titles"]).format(year=created.year, quarter=quarter)
            due = None if rng.random() < 0.05 else created + timedelta(days=rng.randrange(30, 181))
            self.add(
                committee, title, source.value, ref, pick(rng, committee.agencies), created, due
            )

    def write(self) -> None:
        writer = self.demo.writer
        writer.insert("tasks", TASK_COLUMNS, self.tasks)
        writer.insert("task_notes", NOTE_COLUMNS, self.notes)
        writer.insert("task_supporting_agencies", SUPPORT_COLUMNS, self.supporting)
