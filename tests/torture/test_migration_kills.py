"""Kill -9 during the migration of an old store (schema 0008, hundreds of petitions): the
store on the disk is the old one exactly or one at the newest schema, and opening it then
(`hrdesk check`) finishes the migration with every petition there."""

from __future__ import annotations

import keyring
import pytest
from bench.torture import crash, migration
from keyring.backends.fail import Keyring as NoKeyring


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    previous = keyring.get_keyring()
    keyring.set_keyring(NoKeyring())
    # The harness's own commands pass a cheap scrypt cost (crash.cheap_options).
    made = crash.make_template(tmp_path_factory.mktemp("torture-migrate"))
    crash.old_template(made.parent, made)
    keyring.set_keyring(previous)
    return made


@pytest.fixture
def no_keyring():
    previous = keyring.get_keyring()
    keyring.set_keyring(NoKeyring())
    yield
    keyring.set_keyring(previous)


@pytest.mark.slow
def test_a_migration_killed_at_random_moments_leaves_the_old_store_or_the_new(no_keyring, template):
    outcomes = crash.crash_runs(
        template.parent, runs=4, seed=18, template=template, operations=("migrate",)
    )
    for outcome in outcomes:
        assert outcome.ok, outcome
    assert sum(o.killed for o in outcomes) >= 2


@pytest.mark.parametrize("delay", [0.0, 0.05, 0.15, 0.3])
def test_a_migration_killed_inside_its_transaction_leaves_the_old_store(
    no_keyring, template, delay
):
    base = template.parent
    home, work, log = crash.prepare_run(base, template, f"inside-{delay}", "migrate")
    killed = migration.kill_during_migration(home, work, log, delay)
    outcome = crash.judge("migrate", home, work, log, killed)
    assert outcome.ok, outcome


def test_the_judge_sees_an_old_store_that_was_changed(no_keyring, template):
    base = template.parent
    home, _work, log = crash.prepare_run(base, template, "changed-old", "migrate")
    log.write_text("start 0\n", encoding="utf-8")
    outcome = crash.Outcome("migrate", True, True, 0)
    migration.judge_before_opening(outcome, home, base, set(), crash.PASSWORD)
    assert outcome.ok  # the untouched old store
    from hrdesk.store.backup import connect

    connection = connect(home / "hrdesk.db", migration._key(home, crash.PASSWORD))
    connection.execute("DELETE FROM petitions WHERE id = (SELECT max(id) FROM petitions)")
    connection.commit()
    connection.close()
    migration.judge_before_opening(outcome, home, base, set(), crash.PASSWORD)
    assert outcome.torn == ["migration: at 0008 but not the old store's rows"]
