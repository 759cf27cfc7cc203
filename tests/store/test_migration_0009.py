"""Revision 0009 recomputes every open petition's deadline under the rules this version
ships (the rule set in force on the day received, Civil Code Art. 148(5)) and records
each moved deadline in the petition's history; `hrdesk check` says how many moved."""

from __future__ import annotations

import json

from alembic import command
from sqlalchemy import text

from hrdesk.profile import Profile
from hrdesk.store import migrate
from hrdesk.store.audit_log import verify_chain
from hrdesk.store.database import Store
from hrdesk.store.engine import create_store_engine
from tests.conftest import ADMIN

COLUMNS = (
    "id, uid, created_at, updated_at, received_on, channel, kind, complaint_round, complex, "
    "especially_complex, remote_area, field, summary, summary_key, people_count, status, "
    "extensions, extension_days, deadline, deadline_rule, accepted_on"
)
# (id, received, status, deadline as 0008 kept it, rule, accepted)
PETITIONS = [
    # 24/06/2026 + 10 = Sat 04/07, kept unmoved before; now Mon 06/07 (Art. 148(5)).
    (1, "2026-06-24", "received", "2026-07-04", "complaint.acceptance", None),
    # 02/03/2026 + 10 = Thu 12/03: unchanged.
    (2, "2026-03-02", "received", "2026-03-12", "complaint.acceptance", None),
    # Set by hand from a paper book: left alone.
    (3, "2026-06-24", "received", "2026-07-04", "manual", None),
    # Closed: its clock has stopped.
    (4, "2026-06-24", "closed", "2026-07-04", "complaint.acceptance", None),
    # Accepted 05/11/2026: + 30 = Sat 05/12, now Mon 07/12.
    (5, "2026-11-02", "accepted", "2026-12-05", "complaint.resolution.first", "2026-11-05"),
]


def _insert(connection) -> None:
    for pid, received, status, deadline, rule, accepted in PETITIONS:
        connection.execute(
            text(
                f"INSERT INTO petitions ({COLUMNS}) VALUES (:id, :uid, '2026-06-24 00:00:00', "
                "'2026-06-24 00:00:00', :received, 'direct', 'complaint', 1, 0, 0, 0, 'land', "
                "'Khiếu nại', 'k', 1, :status, 0, 0, :deadline, :rule, :accepted)"
            ),
            {
                "id": pid,
                "uid": f"p-{pid}",
                "received": received,
                "status": status,
                "deadline": deadline,
                "rule": rule,
                "accepted": accepted,
            },
        )


def _store_at_0008(profile: Profile) -> None:
    profile.ensure()
    engine = create_store_engine(profile.store_path)
    migrate.upgrade_to(engine, "0008")
    with engine.begin() as connection:
        _insert(connection)
    engine.dispose()


def test_open_deadlines_are_recomputed_and_the_moves_recorded(tmp_path):
    profile = Profile(tmp_path / "old")
    _store_at_0008(profile)
    with Store.open(profile) as store, store.reader(ADMIN) as s:
        rows = {
            uid: (deadline, rule_set)
            for uid, deadline, rule_set in s.execute(
                text("SELECT uid, deadline, rule_set FROM petitions")
            )
        }
        history = {
            uid: json.loads(changes)
            for uid, changes in s.execute(
                text("SELECT record_uid, changes FROM audit_entries WHERE actor = 'system'")
            )
        }
        result = json.loads(
            s.execute(
                text("SELECT value FROM settings WHERE key = 'deadlines.recomputed'")
            ).scalar_one()
        )
        chain = verify_chain(s)
        triggers = {
            name
            for (name,) in s.execute(text("SELECT name FROM sqlite_master WHERE type='trigger'"))
            if name.startswith("petitions_live")
        }
    assert rows == {
        "p-1": ("2026-07-06", "2011"),
        "p-2": ("2026-03-12", "2011"),
        "p-3": ("2026-07-04", None),
        "p-4": ("2026-07-04", None),
        "p-5": ("2026-12-07", "136-2025"),
    }
    assert history == {
        "p-1": {"deadline": ["2026-07-04", "2026-07-06"], "rule_set": [None, "2011"]},
        "p-5": {"deadline": ["2026-12-05", "2026-12-07"], "rule_set": [None, "136-2025"]},
    }
    assert (result["open"], result["moved"]) == (3, 2)
    assert chain.ok and chain.entries == 2
    assert triggers == {"petitions_live_insert", "petitions_live_delete", "petitions_live_archive"}


def test_hrdesk_check_reports_how_many_deadlines_moved(tmp_path, monkeypatch, capsys):
    from hrdesk.cli import main
    from hrdesk.signin import sign_in

    home = tmp_path / "home"
    monkeypatch.setenv("HRDESK_HOME", str(home))
    monkeypatch.setenv("HRDESK_PASSPHRASE", "mật khẩu đủ dài")
    monkeypatch.delenv("HRDESK_USER", raising=False)
    assert main(["init", "--province", "gia lai", "--office", "Ban Chỉ đạo"]) == 0
    # Take the encrypted store back to 0008 and give it the petitions an earlier version
    # kept; `check` then opens it, which upgrades it.
    with sign_in(Profile(home), None, "mật khẩu đủ dài") as desk:
        config = migrate.alembic_config()
        with desk.store.engine.begin() as connection:
            config.attributes["connection"] = connection
            command.downgrade(config, "0008")
            _insert(connection)
    capsys.readouterr()
    code = main(["--lang", "en", "check"])
    out = capsys.readouterr().out
    assert code == 0, out
    assert "Deadlines: recomputed under the rules in force on" in out
    assert "2 of 3 open petitions moved" in out
    assert "chain intact" in out


def test_downgrade_removes_the_columns(tmp_path):
    profile = Profile(tmp_path / "old")
    _store_at_0008(profile)
    engine = create_store_engine(profile.store_path)
    migrate.upgrade_to(engine)
    config = migrate.alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0008")
    with engine.connect() as connection:
        names = {r[1] for r in connection.execute(text("PRAGMA table_info(petitions)"))}
    engine.dispose()
    assert "rule_set" not in names and "handling_level" not in names
