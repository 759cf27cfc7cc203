"""`build_demo`: what it writes, how it leaves the store, and what it refuses."""

from __future__ import annotations

import unicodedata
import uuid
from datetime import datetime

import pytest
from sqlalchemy import text

from hrdesk.demo import SIZES, build_demo
from hrdesk.domain.access import SYSTEM
from hrdesk.domain.errors import StoreError, ValidationError
from hrdesk.domain.text import collation_key, name_collation_key
from hrdesk.profile import Profile
from hrdesk.services.audit import history
from hrdesk.services.search import search
from hrdesk.store.audit_log import verify_chain
from hrdesk.store.database import Store
from hrdesk.store.models import AuditEntry, Office, Officer

from .support import AS_OF, count


def test_sizes_are_the_three_the_command_line_offers():
    assert SIZES == ("small", "province", "national")


def test_small_demo_has_the_records_of_one_committee_over_two_years(small):
    _, summary = small
    assert (summary.size, summary.seed, summary.as_of) == ("small", 1, AS_OF)
    assert 20 <= summary.agencies <= 30
    assert 30 <= summary.members <= 45
    assert summary.tasks == 80
    assert summary.petitions == 400
    assert 4 <= summary.petition_steps / summary.petitions <= 6
    assert (summary.trainings, summary.meetings) == (12, 16)
    assert summary.seconds > 0


def test_summary_counts_match_the_tables(small):
    store, summary = small
    assert count(store, "agencies") == summary.agencies
    assert count(store, "members") == summary.members
    assert count(store, "tasks") == summary.tasks
    assert count(store, "petitions") == summary.petitions
    assert count(store, "petition_steps") == summary.petition_steps
    assert count(store, "training_events") == summary.trainings
    assert count(store, "meetings") == summary.meetings


def test_office_is_set_up_for_the_province(reader):
    office = reader.query(Office).one()
    assert office.province == "Gia Lai"
    assert office.name == "Ban Chỉ đạo về quyền con người tỉnh Gia Lai"
    assert office.parent_body == "ỦY BAN NHÂN DÂN TỈNH GIA LAI"
    assert office.symbol == "BCĐ"


def test_a_city_office_is_named_as_a_city(make_demo):
    store, _ = make_demo(size="small", province="đà nẵng", petitions=5)
    with store.reader(SYSTEM) as session:
        office = session.query(Office).one()
    assert office.name == "Ban Chỉ đạo về quyền con người thành phố Đà Nẵng"
    assert office.parent_body == "ỦY BAN NHÂN DÂN THÀNH PHỐ ĐÀ NẴNG"


def test_audit_chain_stays_valid_with_one_entry_for_the_whole_load(reader):
    report = verify_chain(reader)
    assert report.ok, report.reason
    demo_entries = reader.query(AuditEntry).filter(AuditEntry.action == "demo").all()
    assert len(demo_entries) == 1
    assert '"petitions": 400' in demo_entries[0].changes


@pytest.mark.parametrize(
    "table", ["agencies", "members", "tasks", "meetings", "training_events", "petitions"]
)
def test_every_demo_record_has_a_created_entry_in_its_history(reader, table):
    rows = reader.execute(text(f"SELECT uid, created_at FROM {table}")).all()
    assert rows
    entries = {
        e.record_uid: e
        for e in reader.query(AuditEntry).filter(
            AuditEntry.action == "create", AuditEntry.table_name == table
        )
    }
    assert set(entries) == {uid for uid, _ in rows}
    uid, created_at = rows[len(rows) // 2]
    [entry] = history(reader, uid)[:1]
    assert (entry.action, entry.actor, entry.changes) == ("create", SYSTEM.username, {})
    assert entry.at.replace(tzinfo=None) == datetime.fromisoformat(created_at)


def test_search_finds_members_without_diacritics(reader):
    hits = search(reader, "nguyen", kind="member")
    assert hits
    assert all("Nguyễn" in hit.title for hit in hits)


def test_search_index_covers_every_kind(reader):
    for kind in ("agency", "member", "task", "petition", "training", "meeting"):
        indexed = reader.connection().exec_driver_sql(
            "SELECT count(*) FROM search_index WHERE kind = ?", (kind,)
        )
        assert indexed.scalar() > 0, kind


def test_text_is_nfc_and_sort_keys_are_those_the_orm_would_set(small):
    store, _ = small
    with store.engine.connect() as connection:
        for table, source, key, make_key in (
            ("petitions", "summary", "summary_key", collation_key),
            ("members", "full_name", "name_key", name_collation_key),
            ("tasks", "title", "title_key", collation_key),
            ("agencies", "name", "name_key", collation_key),
        ):
            for text, stored_key in connection.exec_driver_sql(
                f"SELECT {source}, {key} FROM {table}"
            ):
                assert unicodedata.normalize("NFC", text) == text
                assert stored_key == make_key(text)


def test_timestamps_and_dates_are_stored_as_sqlalchemy_stores_them(small):
    store, _ = small
    with store.engine.connect() as connection:
        created, received = connection.exec_driver_sql(
            "SELECT created_at, received_on FROM petitions LIMIT 1"
        ).one()
    assert len(created) == 26 and created[10] == " " and created[19] == "."
    assert len(received) == 10 and received[4] == received[7] == "-"


def test_uids_are_random_version_4_and_unique(small):
    store, _ = small
    with store.engine.connect() as connection:
        uids = [r[0] for r in connection.exec_driver_sql("SELECT uid FROM petition_steps")]
    assert len(set(uids)) == len(uids)
    for value in uids[:200]:
        parsed = uuid.UUID(value)
        assert parsed.version == 4 and parsed.variant == uuid.RFC_4122 and str(parsed) == value


def test_petitions_go_to_the_handling_officer_named_by_the_caller(tmp_path):
    store = Store.open(Profile.resolve(tmp_path))
    try:
        with store.transaction(SYSTEM) as session:
            officer = Officer(username="tiepdan", full_name="Đoàn Thị Hạnh", role="officer")
            session.add(officer)
            session.flush()
            officer_id = officer.id
        build_demo(store, petitions=20, as_of=AS_OF, handler_officer_id=officer_id)
        assert count(store, "petitions", f"handler_id = {officer_id}") == 20
        assert count(store, "petition_steps", "actor <> 'Đoàn Thị Hạnh'") == 0
    finally:
        store.close()


def test_progress_is_reported_up_to_the_end(make_demo):
    seen: list[tuple[str, float]] = []
    make_demo(size="small", petitions=30, progress=lambda stage, done: seen.append((stage, done)))
    fractions = [done for _, done in seen]
    assert fractions == sorted(fractions)
    assert seen[-1] == ("Done", 1.0)
    assert any(stage == "Petitions" for stage, _ in seen)


def test_unknown_size_is_refused(tmp_path):
    store = Store.open(Profile.resolve(tmp_path))
    try:
        with pytest.raises(ValidationError) as caught:
            build_demo(store, size="huge")
        assert caught.value.field == "size"
        assert count(store, "office") == 0
    finally:
        store.close()


def test_a_store_with_an_office_is_refused_and_left_as_it_was(small):
    store, summary = small
    with pytest.raises(StoreError):
        build_demo(store, size="small", as_of=AS_OF)
    assert count(store, "petitions") == summary.petitions
    assert count(store, "office") == 1


def test_every_text_value_is_stored_nfc(small):
    store, _ = small
    tables = [
        "agencies",
        "members",
        "appointments",
        "tasks",
        "task_notes",
        "petitions",
        "petition_steps",
        "petitioners",
        "meetings",
        "meeting_attendance",
        "agenda_items",
        "conclusions",
        "training_events",
        "training_topics",
        "training_attendance",
        "office",
    ]
    with store.engine.connect() as connection:
        for table in tables:
            for row in connection.exec_driver_sql(f"SELECT * FROM {table}"):
                for value in row:
                    if isinstance(value, str):
                        assert unicodedata.normalize("NFC", value) == value, (table, value)
