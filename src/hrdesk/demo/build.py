"""`build_demo`: fill an empty store with a deterministic, realistic demo of one committee.

The office is set up through its service, like any office; everything else is written
in bulk with raw SQL inside the same transaction, so a failed build leaves the store as
empty as it was. The search index is rebuilt at the end; every record an officer can open
the history of gets its "created" audit entry, and one more entry records the whole
load, so the audit chain stays whole.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import Connection, select
from sqlalchemy.orm import Session

from hrdesk.demo.bulk import Writer, create_indexes, drop_indexes, secondary_indexes
from hrdesk.demo.committee import build_committees
from hrdesk.demo.context import Demo, Progress, SizeSpec, pick, spec_for
from hrdesk.demo.contributions import ContributionBuilder
from hrdesk.demo.history import log_created
from hrdesk.demo.meetings import MeetingBuilder
from hrdesk.demo.petitions import PetitionBuilder
from hrdesk.demo.tasks import TaskBuilder
from hrdesk.demo.trainings import TrainingBuilder
from hrdesk.demo.words import all_places, place
from hrdesk.domain.access import SYSTEM
from hrdesk.domain.errors import StoreError, ValidationError
from hrdesk.services.common import today
from hrdesk.services.office import calendar, setup_office
from hrdesk.services.rules import deadline_rules
from hrdesk.store import search_index
from hrdesk.store.audit_log import append_entry
from hrdesk.store.base import Base
from hrdesk.store.database import Store
from hrdesk.store.models import (
    Agency,
    Meeting,
    Member,
    Office,
    Officer,
    Petition,
    Petitioner,
    PetitionStep,
    Task,
    TrainingEvent,
)

# The page cache during the load (KiB, as SQLite takes a negative cache_size): the uid
# indexes of five million steps are written in random order and want to stay in memory.
BULK_CACHE_KIB = 512 * 1024
STAFF_ACTORS = 3


@dataclass(frozen=True)
class DemoSummary:
    """What `build_demo` wrote, and how long it took."""

    size: str
    seed: int
    as_of: date
    agencies: int
    members: int
    tasks: int
    petitions: int
    petition_steps: int
    trainings: int
    meetings: int
    seconds: float


def _with_petitions(spec: SizeSpec, petitions: int) -> SizeSpec:
    """The size with another number of petitions; tasks, trainings and meetings keep their
    proportion to the petitions (at least one of each), so a quick test of the national
    path is quick."""
    ratio = petitions / spec.petitions

    def scaled(n: int) -> int:
        return max(1, round(n * ratio))

    return replace(
        spec,
        petitions=petitions,
        tasks=scaled(spec.tasks),
        trainings=scaled(spec.trainings),
        meetings=scaled(spec.meetings),
    )


def _share(total: int, index: int, parts: int) -> int:
    return total // parts + (1 if index < total % parts else 0)


def _check_empty(session: Session) -> None:
    """Refuse a store that has an office or records: demo data is never mixed with real."""
    for model in (Office, Petition, Agency, Member, Task, Meeting, TrainingEvent):
        if session.scalar(select(model.id).limit(1)) is not None:
            raise StoreError("demo.store_not_empty", table=model.__tablename__)


def _actors(session: Session, demo: Demo, handler_officer_id: int | None) -> list[str]:
    """Who the timeline says acted: the handling officer, or made-up office staff."""
    if handler_officer_id is None:
        rng = demo.rng("staff")
        return [demo.people.name(rng) for _ in range(STAFF_ACTORS)]
    officer = session.get(Officer, handler_officer_id)
    if officer is None:
        raise ValidationError(
            "handler_officer_id", "record.no_such_officer", name=handler_officer_id
        )
    return [officer.full_name or officer.username]


def build_demo(
    store: Store,
    *,
    size: str = "small",
    seed: int = 1,
    as_of: date | None = None,
    handler_officer_id: int | None = None,
    province: str = "Gia Lai",
    petitions: int | None = None,
    progress: Progress | None = None,
) -> DemoSummary:
    """Fill the open, migrated, empty `store` with a demo of `size` (one of `SIZES`).

    The same `seed`, `as_of` (default: today in Vietnam) and `size` give the same records,
    uids included. `petitions` overrides the size's number of petitions (tasks, trainings
    and meetings keep their proportion to it). `handler_officer_id` names the officer
    account that handles every petition. `progress(stage, fraction)` is called between
    stages and after each chunk of petitions.

    Raises ValidationError for an unknown size or province, StoreError if the store is
    not empty.
    """
    started = time.perf_counter()
    spec = spec_for(size)
    if petitions is not None and (isinstance(petitions, bool) or petitions < 0):
        raise ValidationError("petitions", "demo.bad_petition_count")
    own = place(province)
    as_of = as_of or today()
    if petitions is not None:
        spec = _with_petitions(spec, petitions)
    with store.transaction(SYSTEM) as session:
        _check_empty(session)
        connection = session.connection()
        writer = Writer(connection)
        demo = Demo(
            spec,
            seed,
            as_of,
            all_places(own.name),
            writer,
            lambda day: deadline_rules(session, day),
            calendar(session),
            handler_officer_id,
            progress,
        )
        _set_up_office(session, demo)
        actors = _actors(session, demo, handler_officer_id)
        (previous_cache,) = connection.exec_driver_sql("PRAGMA cache_size").one()
        connection.exec_driver_sql(f"PRAGMA cache_size = -{BULK_CACHE_KIB}")
        try:
            _load(demo, connection, actors)
            # Each record's "created" entry, before the entry below that names the whole
            # load; inside the big page cache, which the audit log's uid indexes want.
            log_created(session)
        finally:
            connection.exec_driver_sql(f"PRAGMA cache_size = {int(previous_cache)}")
            writer.close()
        counts = dict(writer.counts)
        facts = {"size": spec.name, "seed": seed, "as_of": as_of.isoformat(), "province": own.name}
        append_entry(session, "demo", "demo", None, {**facts, **dict(sorted(counts.items()))})
        demo.progress("Saving", 0.99)
    demo.progress("Done", 1.0)
    return DemoSummary(
        size=spec.name,
        seed=seed,
        as_of=as_of,
        agencies=counts.get("agencies", 0),
        members=counts.get("members", 0),
        tasks=counts.get("tasks", 0),
        petitions=counts.get("petitions", 0),
        petition_steps=counts.get("petition_steps", 0),
        trainings=counts.get("training_events", 0),
        meetings=counts.get("meetings", 0),
        seconds=time.perf_counter() - started,
    )


def _set_up_office(session: Session, demo: Demo) -> None:
    """The office, through its service like any office: the standing office of the
    committee, housed (as in most provinces) at the provincial police."""
    own = demo.places[0]
    rng = demo.rng("office")
    street = pick(rng, demo.words["streets"])
    ward = pick(rng, demo.people.wards)
    setup_office(
        session,
        province=own.name,
        name=own.office_name,
        parent_body=own.parent_body,
        symbol="BCĐ",
        address=f"Số {rng.randrange(1, 200)} đường {street}, {ward.label}, {own.unit}",
        phone=demo.people.landline(rng, own),
    )


def _load(demo: Demo, connection: Connection, actors: list[str]) -> None:
    spec = demo.spec
    count = spec.petitions
    demo.progress("Agencies and members", 0.0)
    build_committees(demo)
    demo.progress("Meetings, tasks and trainings", 0.03)
    tasks, trainings = TaskBuilder(demo), TrainingBuilder(demo)
    meetings = MeetingBuilder(demo, tasks)
    parts = len(demo.committees)
    for index, committee in enumerate(demo.committees):
        meetings.build(committee, _share(spec.meetings, index, parts))
        tasks.fill(committee, _share(spec.tasks, index, parts))
        trainings.build(committee, _share(spec.trainings, index, parts))
    tasks.write()
    meetings.write()
    trainings.write()
    # Maintaining a dozen indexes row by row costs more than building them once at the end.
    indexes = (
        secondary_indexes(
            Base.metadata.tables[m.__tablename__] for m in (Petition, PetitionStep, Petitioner)
        )
        if spec.bulk
        else []
    )
    drop_indexes(connection, indexes)
    demo.progress("Petitions", 0.1)
    PetitionBuilder(demo, actors).build(
        count, lambda done: demo.progress("Petitions", 0.1 + 0.7 * done / max(1, count))
    )
    ContributionBuilder(demo).build()
    demo.progress("Indexes", 0.8)
    create_indexes(connection, indexes)
    demo.progress("Search index", 0.88)
    search_index.rebuild(connection)
