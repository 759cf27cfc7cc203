"""Revision 0014 moves the office's decisions on expected holidays from the undeclared
setting `holidays.expected_decisions` (a JSON list) into rows of `holiday_decisions`,
once and in their order; the holiday page reads them back as they were."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime

import pytest
from alembic import command
from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError

from hrdesk.profile import Profile
from hrdesk.services import holidays
from hrdesk.services import office as office_service
from hrdesk.store import migrate
from hrdesk.store.database import Store
from hrdesk.store.engine import create_store_engine
from hrdesk.store.models import HolidayDecision, Setting
from tests.conftest import ADMIN

# As services/holidays.py wrote them before this revision.
KEPT = [
    {"action": "confirmed", "year": 2026, "day": None, "new_day": None, "announcement": "",
     "by": "admin", "by_name": "Quản trị viên", "at": "2026-11-02T03:04:05+00:00"},
    {"action": "removed", "year": 2027, "day": "2027-05-03", "new_day": None,
     "announcement": "Thông báo 12/TB-BNV", "by": "quantri", "by_name": "Nguyễn Quản Trị",
     "at": "2026-11-10T08:00:00+00:00"},
    {"action": "replaced", "year": 2027, "day": "2027-02-12", "new_day": "2027-02-15",
     "announcement": "Thông báo 12/TB-BNV", "by": "quantri",
     "at": "2026-11-10T08:01:00+00:00"},
]  # fmt: skip


def _store_at_0012(profile: Profile, kept: object) -> None:
    profile.ensure()
    engine = create_store_engine(profile.store_path)
    migrate.upgrade_to(engine, "0012")
    with engine.begin() as connection:
        connection.execute(
            text("INSERT INTO settings (key, value) VALUES (:key, :value)"),
            {"key": "holidays.expected_decisions", "value": json.dumps(kept)},
        )
    engine.dispose()


def test_the_kept_decisions_become_rows_in_their_order(tmp_path):
    profile = Profile(tmp_path / "old")
    _store_at_0012(profile, KEPT)
    with Store.open(profile) as store, store.reader(ADMIN) as s:
        assert s.get(Setting, "holidays.expected_decisions") is None
        made = holidays.decisions(s)
        assert [(d.action, d.year, d.day, d.new_day) for d in made] == [
            ("confirmed", 2026, None, None),
            ("removed", 2027, date(2027, 5, 3), None),
            ("replaced", 2027, date(2027, 2, 12), date(2027, 2, 15)),
        ]
        assert [(d.by, d.by_name) for d in made] == [
            ("admin", "Quản trị viên"),
            ("quantri", "Nguyễn Quản Trị"),
            ("quantri", "quantri"),  # an entry without a name is named by its account
        ]
        assert made[1].at == datetime(2026, 11, 10, 8, 0, tzinfo=UTC)
        assert made[1].announcement == "Thông báo 12/TB-BNV"
        assert holidays.withdrawn_days(s) == {date(2027, 5, 3), date(2027, 2, 12)}
        assert office_service.calendar(s).is_working_day(date(2027, 5, 3))
        [removed] = [d for d in holidays.shipped_days(s) if d.day == date(2027, 5, 3)]
        assert removed.state == "removed" and removed.decision == made[1]


def test_a_store_without_decisions_upgrades_to_an_empty_table(tmp_path):
    profile = Profile(tmp_path / "old")
    profile.ensure()
    engine = create_store_engine(profile.store_path)
    migrate.upgrade_to(engine, "0012")
    engine.dispose()
    with Store.open(profile) as store, store.reader(ADMIN) as s:
        assert s.scalars(select(HolidayDecision)).all() == []


def test_a_downgrade_puts_the_list_back_as_it_was(tmp_path):
    profile = Profile(tmp_path / "old")
    _store_at_0012(profile, KEPT)
    Store.open(profile).close()
    engine = create_store_engine(profile.store_path)
    config = migrate.alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0012")
        value = connection.execute(
            text("SELECT value FROM settings WHERE key = 'holidays.expected_decisions'")
        ).scalar_one()
    engine.dispose()
    back = json.loads(value)
    assert [(e["action"], e["day"], e["new_day"], e["by"]) for e in back] == [
        (e["action"], e["day"], e["new_day"], e["by"]) for e in KEPT
    ]
    assert [datetime.fromisoformat(e["at"]) for e in back] == [
        datetime.fromisoformat(e["at"]) for e in KEPT
    ]


@pytest.mark.parametrize(
    "row",
    [
        {"action": "moved", "day": date(2027, 5, 3), "new_day": None},
        {"action": "removed", "day": None, "new_day": None},
        {"action": "removed", "day": date(2027, 5, 3), "new_day": date(2027, 5, 4)},
        {"action": "replaced", "day": date(2027, 5, 3), "new_day": None},
    ],
)
def test_the_table_refuses_a_decision_that_cannot_be(store, row):
    with pytest.raises(IntegrityError), store.transaction(ADMIN) as s:
        s.add(
            HolidayDecision(
                year=2027,
                announcement="",
                decided_by="admin",
                decided_by_name="Quản trị viên",
                decided_at=datetime.now(UTC),
                **row,
            )
        )
        s.flush()
