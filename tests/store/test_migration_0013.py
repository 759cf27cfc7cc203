"""Revision 0013 turns a received package's warnings, kept as English sentences, into
message codes once: every sentence an earlier version wrote reads in the officer's
language after the upgrade (window and `package list`); any other text is kept and shown
as written; the kept packages' bytes stay."""

from __future__ import annotations

import json

import pytest
from alembic import command
from sqlalchemy import text

from hrdesk.bundles import kept_warnings
from hrdesk.profile import Profile
from hrdesk.store import migrate
from hrdesk.store.database import Store
from hrdesk.store.engine import create_store_engine
from tests.conftest import ADMIN

OFFICE = "Ban Chỉ đạo tỉnh Gia Lai; Kon Tum"  # "; " inside a name, as a sender may write it
NAME_TAKEN = (
    f"another key is already trusted for {OFFICE}: if this is that office's new key, "
    f"trust it under that name (hrdesk key trust FILE.pub --office '{OFFICE}')"
)
# (sequence, the warning as an earlier version kept it)
KEPT = [
    (1, None),
    (2, "Package(s) missing before this one: 2"),  # as written since the catalogue
    (3, "package(s) missing before this one: 4 to 6"),  # as written before it
    (4, "This is package 4; no earlier package of this office is known here"),
    (5, f"this is package 5; no earlier package of this office is known here; {NAME_TAKEN}"),
    (6, "Kiểm tra tay: gói đến muộn"),  # nothing an earlier version wrote: kept as written
    (7, "Package(s) missing before this one: 2; and a sentence nobody knows"),
]
VI = {
    2: "Thiếu (các) gói trước gói này: 2",
    3: "Thiếu (các) gói trước gói này: 4–6",
    4: "Đây là gói số 4; ở đây chưa biết gói nào trước đó của văn phòng này",
    5: "Đây là gói số 5; ở đây chưa biết gói nào trước đó của văn phòng này; "
    f"Đã có một khóa khác được tin cậy cho {OFFICE}: nếu đây là khóa mới của văn phòng đó, "
    f"hãy tin cậy nó dưới tên ấy (hrdesk key trust TỆP.pub --office '{OFFICE}')",
    6: "Kiểm tra tay: gói đến muộn",
    7: "Package(s) missing before this one: 2; and a sentence nobody knows",
}
EN = {
    2: "Package(s) missing before this one: 2",
    3: "Package(s) missing before this one: 4–6",
    4: "This is package 4; no earlier package of this office is known here",
    6: "Kiểm tra tay: gói đến muộn",
}


def _insert(connection) -> None:
    connection.execute(
        text(
            "INSERT INTO trusted_offices (id, uid, created_at, updated_at, office_name, key_id, "
            "public_key, fingerprint) VALUES (1, 't-1', '2026-10-01 00:00:00', "
            "'2026-10-01 00:00:00', :office, '0123456789ABCDEF', 'key', 'fingerprint')"
        ),
        {"office": OFFICE},
    )
    for sequence, warning in KEPT:
        connection.execute(
            text(
                "INSERT INTO received_packages (id, uid, created_at, updated_at, "
                "trusted_office_id, office_name, key_id, sequence, sha512, period_label, "
                "bagging_date, includes_personal_data, received_at, path, warning) VALUES "
                "(:n, :uid, '2026-10-06 00:00:00', '2026-10-06 00:00:00', 1, :office, "
                "'0123456789ABCDEF', :n, :sha, '2026-Q3', '2026-10-05', 0, "
                "'2026-10-06 01:00:00', 'bag', :warning)"
            ),
            {
                "n": sequence,
                "uid": f"r-{sequence}",
                "office": OFFICE,
                "sha": f"{sequence:02d}" * 64,
                "warning": warning,
            },
        )
        connection.execute(
            text(
                "INSERT INTO received_package_files (id, uid, created_at, updated_at, "
                "package_id, zip_bytes) VALUES (:n, :uid, '2026-10-06 00:00:00', "
                "'2026-10-06 00:00:00', :n, :bytes)"
            ),
            {"n": sequence, "uid": f"f-{sequence}", "bytes": b"PK zip %d" % sequence},
        )


def _store_at_0012(profile: Profile) -> None:
    profile.ensure()
    engine = create_store_engine(profile.store_path)
    migrate.upgrade_to(engine, "0012")
    with engine.begin() as connection:
        _insert(connection)
    engine.dispose()


def _kept(store: Store) -> dict[int, str | None]:
    with store.reader(ADMIN) as s:
        rows = s.execute(text("SELECT sequence, warnings FROM received_packages"))
        return dict(rows.all())


def test_known_sentences_become_codes_and_read_in_the_officers_language(tmp_path):
    profile = Profile(tmp_path / "old")
    _store_at_0012(profile)
    with Store.open(profile) as store:
        kept = _kept(store)
        with store.reader(ADMIN) as s:
            files = dict(
                s.execute(text("SELECT package_id, zip_bytes FROM received_package_files")).all()
            )
            columns = {r[1] for r in s.execute(text("PRAGMA table_info(received_packages)"))}
    assert kept[1] is None
    assert json.loads(kept[2]) == [{"code": "check.missing_before", "params": {"gap": "2"}}]
    assert json.loads(kept[4]) == [{"code": "check.first_known", "params": {"sequence": 4}}]
    assert [e["code"] for e in json.loads(kept[5])] == ["check.first_known", "receive.name_taken"]
    assert json.loads(kept[6]) == [{"text": "Kiểm tra tay: gói đến muộn"}]
    assert json.loads(kept[7]) == [{"text": KEPT[6][1]}]
    assert {n: kept_warnings.text(kept[n], "vi") for n in VI} == VI
    assert {n: kept_warnings.text(kept[n], "en") for n in EN} == EN
    # Converted in place: every kept package's bytes stay (no copy of the table dropped them).
    assert files == {n: b"PK zip %d" % n for n, _ in KEPT}
    assert "warning" not in columns and "warnings" in columns


def test_downgrade_gives_the_english_back(tmp_path):
    profile = Profile(tmp_path / "old")
    _store_at_0012(profile)
    engine = create_store_engine(profile.store_path)
    migrate.upgrade_to(engine)
    config = migrate.alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0012")
    with engine.connect() as connection:
        rows = dict(
            connection.execute(text("SELECT sequence, warning FROM received_packages")).all()
        )
    engine.dispose()
    assert rows[2] == "Package(s) missing before this one: 2"
    assert rows[4] == KEPT[3][1]
    assert rows[6] == KEPT[5][1] and rows[7] == KEPT[6][1]


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("vi", "Thiếu (các) gói trước gói này: 4–6"),
        ("en", "Package(s) missing before this one: 4–6"),
    ],
)
def test_package_list_shows_a_migrated_warning_in_the_chosen_language(
    tmp_path, monkeypatch, capsys, lang, expected
):
    from hrdesk.cli import main
    from hrdesk.signin import sign_in

    home = tmp_path / "home"
    monkeypatch.setenv("HRDESK_HOME", str(home))
    monkeypatch.setenv("HRDESK_PASSPHRASE", "mật khẩu đủ dài")
    monkeypatch.delenv("HRDESK_USER", raising=False)
    assert main(["init", "--province", "gia lai", "--office", "Ban Chỉ đạo"]) == 0
    # Take the encrypted store back to 0012 and give it the rows an earlier version kept;
    # `package list` then opens it, which upgrades it.
    with sign_in(Profile(home), None, "mật khẩu đủ dài") as desk:
        config = migrate.alembic_config()
        with desk.store.engine.begin() as connection:
            config.attributes["connection"] = connection
            command.downgrade(config, "0012")
            _insert(connection)
    capsys.readouterr()
    assert main(["--lang", lang, "package", "list"]) == 0
    out = capsys.readouterr().out
    assert expected in out
    assert "Kiểm tra tay: gói đến muộn" in out
