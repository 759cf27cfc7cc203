"""Training events (tập huấn): topics with presenters, and a roster of committee members
and officials from the communes, a few of whom did not come."""

from __future__ import annotations

from datetime import date, timedelta

from hrdesk.demo.bulk import columns
from hrdesk.demo.context import Committee, Demo, pick

EVENT_COLUMNS = columns(
    "id uid created_at updated_at archived_at title title_key starts_on ends_on place "
    "organiser_agency_id materials"
)
TOPIC_COLUMNS = columns("id uid created_at updated_at event_id position title presenter")
ATTENDANCE_COLUMNS = columns(
    "id uid created_at updated_at event_id member_id full_name title agency_id agency_name present"
)

ORGANISERS = ("tuphap", "police", "vpubnd", "chinhtri", "thanhtra")
DEGREES = ("TS.", "ThS.", "PGS.TS.")


class TrainingBuilder:
    def __init__(self, demo: Demo) -> None:
        self.demo = demo
        self.rng = demo.rng("trainings")
        writer = demo.writer
        self.ids = {
            t: writer.next_id(t)
            for t in ("training_events", "training_topics", "training_attendance")
        }
        self.rows: dict[str, list[tuple]] = {t: [] for t in self.ids}

    def _id(self, table: str) -> int:
        value = self.ids[table]
        self.ids[table] = value + 1
        return value

    def build(self, committee: Committee, count: int) -> None:
        days = self.demo.working_days[:-1]
        for day in sorted(pick(self.rng, days) for _ in range(count)):
            self._event(committee, day)

    def _event(self, committee: Committee, day: date) -> None:
        demo, rng, words, place = self.demo, self.rng, self.demo.words, committee.place
        event_id = self._id("training_events")
        ends = demo.add_working_days(day, 1) if rng.random() < 0.4 else day
        ends = min(ends, demo.as_of)
        title = pick(rng, words["training_titles"]).format(year=day.year)
        organisers = [committee.by_code[c] for c in ORGANISERS if c in committee.by_code]
        organiser = pick(rng, organisers)
        commune = demo.people.commune(rng, place)
        created = demo.stamps.any(day - timedelta(days=rng.randrange(10, 30)))
        stamp = demo.stamps.any(ends)
        self.rows["training_events"].append(
            (
                event_id,
                demo.uid(),
                created,
                stamp,
                None,
                title,
                demo.keys.text(title),
                day.isoformat(),
                ends.isoformat(),
                place.fill(pick(rng, words["training_places"]), place=commune.label),
                organiser.id,
                pick(rng, words["materials"]) or None,
            )
        )
        serving = committee.serving(day)
        for position, topic in enumerate(
            rng.sample(words["training_topics"], rng.randrange(2, 5)), start=1
        ):
            if serving and rng.random() < 0.5:
                member = pick(rng, serving)
                presenter = f"{member.full_name}, {member.title}"[:200]
            else:
                body = place.fill(pick(rng, words["presenter_bodies"]))
                presenter = f"{pick(rng, DEGREES)} {demo.people.name(rng)}, {body}"
            self.rows["training_topics"].append(
                (
                    self._id("training_topics"),
                    demo.uid(),
                    created,
                    created,
                    event_id,
                    position,
                    topic,
                    presenter,
                )
            )
        attendance = self.rows["training_attendance"]
        for member in rng.sample(serving, min(len(serving), rng.randrange(4, 11))):
            attendance.append(
                (
                    self._id("training_attendance"),
                    demo.uid(),
                    stamp,
                    stamp,
                    event_id,
                    member.id,
                    member.full_name,
                    member.title,
                    member.agency.id,
                    member.agency.name,
                    int(rng.random() < 0.9),
                )
            )
        for _ in range(rng.randrange(10, 31)):
            commune = demo.people.commune(rng, place)
            attendance.append(
                (
                    self._id("training_attendance"),
                    demo.uid(),
                    stamp,
                    stamp,
                    event_id,
                    None,
                    demo.people.name(rng),
                    pick(rng, words["outside_titles"]),
                    None,
                    f"UBND {commune.label}",
                    int(rng.random() < 0.92),
                )
            )

    def write(self) -> None:
        writer = self.demo.writer
        for table, names in (
            ("training_events", EVENT_COLUMNS),
            ("training_topics", TOPIC_COLUMNS),
            ("training_attendance", ATTENDANCE_COLUMNS),
        ):
            writer.insert(table, names, self.rows[table])
