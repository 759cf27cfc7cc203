"""Meetings (họp): the committee's regular sessions and reviews, held or planned.

Past meetings are held, with attendance (absences give a reason, as the minutes must),
an agenda with discussion, and conclusions; some conclusions became tasks. Meetings after
the demo's date are planned, without attendance or conclusions yet.
"""

from __future__ import annotations

from datetime import date, timedelta

from hrdesk.demo.bulk import columns
from hrdesk.demo.context import Committee, Demo, pick
from hrdesk.demo.tasks import QUARTERS, TaskBuilder, vn_date
from hrdesk.domain.vocab import MeetingStatus, TaskSource

MEETING_COLUMNS = columns(
    "id uid created_at updated_at archived_at title title_key starts_at ends_at place "
    "chair_member_id chair_name secretary_member_id secretary_name discussion status"
)
ATTENDANCE_COLUMNS = columns(
    "id uid created_at updated_at meeting_id member_id full_name title agency_name "
    "present absence_reason"
)
AGENDA_COLUMNS = columns("id uid created_at updated_at meeting_id position title discussion")
CONCLUSION_COLUMNS = columns(
    "id uid created_at updated_at meeting_id agenda_item_id position text task_id"
)

# Morning and afternoon sessions, 08:00 and 14:00 in Vietnam, as UTC.
_STARTS_UTC = ("01:00:00.000000", "07:00:00.000000")
_ENDS_UTC = ("04:30:00.000000", "10:00:00.000000")
# Planned meetings reach this far past the demo's date.
PLANNED_AHEAD_DAYS = 75


class MeetingBuilder:
    def __init__(self, demo: Demo, tasks: TaskBuilder) -> None:
        self.demo = demo
        self.tasks = tasks
        self.rng = demo.rng("meetings")
        writer = demo.writer
        self.ids = {
            t: writer.next_id(t)
            for t in ("meetings", "meeting_attendance", "agenda_items", "conclusions")
        }
        self.rows: dict[str, list[tuple]] = {t: [] for t in self.ids}

    def _id(self, table: str) -> int:
        value = self.ids[table]
        self.ids[table] = value + 1
        return value

    def build(self, committee: Committee, count: int) -> None:
        demo, rng = self.demo, self.rng
        first = demo.start + timedelta(days=20)
        span = (demo.as_of + timedelta(days=PLANNED_AHEAD_DAYS) - first).days
        for n in range(count):
            offset = span * n // max(1, count) + rng.randrange(0, max(1, span // max(1, count)))
            day = demo.working_day_on_or_after(first + timedelta(days=offset))
            self._meeting(committee, day)

    def _title(self, committee: Committee, day: date) -> str:
        words, place = self.demo.words["meeting_titles"], committee.place
        if day.month == 1:
            template = words["year"]
            year = day.year - 1
        elif day.month == 7:
            template, year = words["half"], day.year
        elif day.month in (3, 6, 9, 12):
            template, year = words["quarter"], day.year
        else:
            template = words["office"] if self.rng.random() < 0.6 else words["topic"]
            year = day.year
        quarter = QUARTERS[(day.month - 1) // 3]
        return place.fill(template, year=year, next=year + 1, quarter=quarter, month=day.month)

    def _meeting(self, committee: Committee, day: date) -> None:
        demo, rng, words = self.demo, self.rng, self.demo.words
        meeting_id = self._id("meetings")
        title = self._title(committee, day)
        if day > demo.as_of:
            status = MeetingStatus.PLANNED
        else:
            status = MeetingStatus.CANCELLED if rng.random() < 0.03 else MeetingStatus.HELD
        serving = committee.serving(min(day, demo.as_of))
        heads = [m for m in serving if m.role in ("head", "standing_deputy")]
        chair = heads[0] if heads and rng.random() < 0.7 else (pick(rng, heads) if heads else None)
        secretaries = [m for m in serving if m.role == "secretary"]
        secretary = secretaries[0] if secretaries else None
        session = int(rng.random() < 0.3)
        created_on = min(day - timedelta(days=rng.randrange(7, 21)), demo.as_of)
        created = demo.stamps.any(created_on)
        stamp = demo.stamps.any(day) if status == MeetingStatus.HELD else created
        held = status == MeetingStatus.HELD
        self.rows["meetings"].append(
            (
                meeting_id,
                demo.uid(),
                created,
                stamp,
                None,
                title,
                demo.keys.text(title),
                f"{day.isoformat()} {_STARTS_UTC[session]}",
                f"{day.isoformat()} {_ENDS_UTC[session]}",
                committee.place.fill(pick(rng, words["places"])),
                chair.id if chair else None,
                chair.full_name if chair else None,
                secretary.id if secretary else None,
                secretary.full_name if secretary else None,
                pick(rng, words["discussions"]) if held else None,
                status.value,
            )
        )
        items = rng.sample(words["agenda_items"], rng.randrange(2, 5))
        item_ids = []
        for position, (item, discussion) in enumerate(items, start=1):
            item_id = self._id("agenda_items")
            item_ids.append(item_id)
            self.rows["agenda_items"].append(
                (
                    item_id,
                    demo.uid(),
                    created,
                    created,
                    meeting_id,
                    position,
                    item,
                    discussion if held else None,
                )
            )
        if not held:
            return
        for member in serving:
            # The chair and the secretary were there: they sign the minutes.
            present = member in (chair, secretary) or rng.random() < 0.85
            reason = None if present else pick(rng, words["absence_reasons"])
            self.rows["meeting_attendance"].append(
                (
                    self._id("meeting_attendance"),
                    demo.uid(),
                    stamp,
                    stamp,
                    meeting_id,
                    member.id,
                    member.full_name,
                    member.title,
                    member.agency.name,
                    int(present),
                    reason,
                )
            )
        self._conclusions(committee, meeting_id, title, day, item_ids, stamp)

    def _conclusions(
        self,
        committee: Committee,
        meeting_id: int,
        title: str,
        day: date,
        item_ids: list[int],
        stamp: str,
    ) -> None:
        demo, rng = self.demo, self.rng
        for position in range(1, rng.randrange(2, 5)):
            agency = pick(rng, committee.agencies)
            by = day + timedelta(days=rng.randrange(30, 75))
            template = pick(rng, demo.words["conclusions"])
            text = template.format(short=agency.short, date=vn_date(by))
            task_id = None
            if template.startswith("Giao") and rng.random() < 0.5:
                ref = f"Kết luận cuộc họp {title} ({vn_date(day)})"
                task_id = self.tasks.add(
                    committee, text, TaskSource.MEETING.value, ref[:200], agency, day, by
                )
            item_id = pick(rng, item_ids) if rng.random() < 0.7 else None
            self.rows["conclusions"].append(
                (
                    self._id("conclusions"),
                    demo.uid(),
                    stamp,
                    stamp,
                    meeting_id,
                    item_id,
                    position,
                    text,
                    task_id,
                )
            )

    def write(self) -> None:
        writer = self.demo.writer
        writer.insert("meetings", MEETING_COLUMNS, self.rows["meetings"])
        writer.insert("meeting_attendance", ATTENDANCE_COLUMNS, self.rows["meeting_attendance"])
        writer.insert("agenda_items", AGENDA_COLUMNS, self.rows["agenda_items"])
        writer.insert("conclusions", CONCLUSION_COLUMNS, self.rows["conclusions"])
