"""The audit log is tamper-evident: `hrdesk check` names the first broken entry."""

from __future__ import annotations

import json

import pytest

from hrdesk.cli import main
from hrdesk.services import agencies
from tests.security.conftest import PASSWORD


@pytest.fixture
def logged(desk, monkeypatch):
    """A profile with a dozen audit entries, closed, and the CLI pointed at it."""
    with desk.store.transaction(desk.actor) as s:
        for n in range(5):
            a = agencies.create_agency(s, name=f"Cơ quan số {n}", kind="other")
            agencies.update_agency(s, a.uid, phone=f"0269 38{n}")
    desk.close(backup=False)
    monkeypatch.setenv("HRDESK_PASSPHRASE", PASSWORD)
    monkeypatch.setenv("HRDESK_HOME", str(desk.profile.root))
    return desk


def _tamper(desk, *statements: str) -> None:
    with desk.store.engine.begin() as connection:
        for sql in statements:
            connection.exec_driver_sql(sql)


def _check(capsys) -> tuple[int, str]:
    code = main(["--lang", "en", "check"])
    return code, capsys.readouterr().out


def test_an_untouched_log_passes(logged, capsys):
    code, out = _check(capsys)
    assert code == 0 and "chain intact" in out


def test_changing_an_entry_is_detected_and_named(logged, capsys):
    changed = json.dumps({"phone": ["x", "y"]})
    _tamper(logged, f"UPDATE audit_entries SET changes = '{changed}' WHERE seq = 7")
    code, out = _check(capsys)
    assert code == 1 and "broken at entry 7: its content was changed" in out


def test_changing_who_did_it_is_detected(logged, capsys):
    _tamper(logged, "UPDATE audit_entries SET actor = 'someone' WHERE seq = 4")
    code, out = _check(capsys)
    assert code == 1 and "broken at entry 4: its content was changed" in out


def test_deleting_an_entry_is_detected_and_named(logged, capsys):
    _tamper(logged, "DELETE FROM audit_entries WHERE seq = 5")
    code, out = _check(capsys)
    assert code == 1 and "broken at entry 5: entry 5 is missing" in out


def test_deleting_the_newest_entries_is_detected(logged, capsys):
    _tamper(logged, "DELETE FROM audit_entries WHERE seq >= 11")
    code, out = _check(capsys)
    assert code == 1 and "broken at entry 11" in out


def test_reordering_entries_is_detected(logged, capsys):
    _tamper(
        logged,
        "UPDATE audit_entries SET seq = -1 WHERE seq = 3",
        "UPDATE audit_entries SET seq = 3 WHERE seq = 4",
        "UPDATE audit_entries SET seq = 4 WHERE seq = -1",
    )
    code, out = _check(capsys)
    assert code == 1 and "broken at entry 3" in out


def test_the_log_cannot_be_changed_through_the_store(desk):
    """Entries are only ever appended: the store refuses to flush an edited or deleted one."""
    from sqlalchemy import select

    from hrdesk.domain.errors import StoreError
    from hrdesk.services.audit import check_chain
    from hrdesk.store.models import AuditEntry

    for change in (lambda s, e: setattr(e, "actor", "someone else"), lambda s, e: s.delete(e)):
        with (
            pytest.raises(StoreError, match="append-only"),
            desk.store.transaction(desk.actor) as s,
        ):
            change(s, s.scalars(select(AuditEntry)).first())
    with desk.store.reader(desk.actor) as s:
        assert check_chain(s).ok
