"""The board says why a package was refused, and what a package kept was warned of, in its
own language (Vietnamese first, English when chosen), from the codes and parameters the
centre keeps; a refusal or a warning kept as English text before those codes stays
readable (shown as written)."""

from __future__ import annotations

import html
import re
from datetime import UTC, datetime
from pathlib import Path

import pytest
from alembic import command
from alembic.config import Config
from sqlalchemy import select, text

from hrdesk.central.database import MIGRATIONS, make_engine, migrate
from hrdesk.central.models import Package, Refusal
from hrdesk.central.service import Centre
from tests.central.board_setup import PERIOD, Scene, build_scene
from tests.central.conftest import LiveServer
from tests.central.test_board import sign_in

CA_MAU = 4  # the office the scene's forged package came from
HUE = 3  # the office whose first package to arrive is its second
VI_REASON = "tệp dữ liệu: Tệp data/report.pdf đã bị thay đổi (mã SHA-512 khác)"
EN_REASON = "payload: The file data/report.pdf was changed (SHA-512 differs)"


@pytest.fixture
def scene(centre: Centre, tmp_path: Path) -> Scene:
    return build_scene(centre, tmp_path / "packages")


def _title(board: str, province: str) -> str:
    row = re.search(rf'data-province="{province}".*?</tr>', board, re.S)
    assert row is not None
    title = re.search(r'title="([^"]*)"', row[0])
    assert title is not None
    return html.unescape(title[1])


def _refusals(page: str) -> list[str]:
    table = re.search(r'<table id="refusals">(.*?)</table>', page, re.S)
    assert table is not None
    return [html.unescape(cell) for cell in re.findall(r"<td>([^<]*)</td></tr>", table[1])]


def test_a_refusal_reads_in_vietnamese_then_in_english(server: LiveServer, scene: Scene) -> None:
    client = sign_in(server, "lan")
    board = client.get("/board", params={"period": PERIOD}).text
    assert _title(board, "Cà Mau") == VI_REASON
    assert _refusals(client.get(f"/board/provinces/{CA_MAU}").text) == [VI_REASON]
    client.get("/board/lang/en")
    board = client.get("/board", params={"period": PERIOD}).text
    assert _title(board, "Cà Mau") == EN_REASON
    assert _refusals(client.get(f"/board/provinces/{CA_MAU}").text) == [EN_REASON]


def test_a_refusal_kept_without_a_code_stays_readable(
    server: LiveServer, scene: Scene, centre: Centre
) -> None:
    with centre.sessions.begin() as session:
        kept = session.scalars(select(Refusal)).one()
        kept.reason_code = kept.reason_params = None
        kept.reason = "the file data/report.pdf was changed (SHA-512 differs)"
    client = sign_in(server, "lan")
    # The check's name in the board's language, the reason as the older centre wrote it.
    written = "tệp dữ liệu: the file data/report.pdf was changed (SHA-512 differs)"
    assert _refusals(client.get(f"/board/provinces/{CA_MAU}").text) == [written]


def test_revision_0003_keeps_older_refusals(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'central.sqlite3'}")
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.connect() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0002")
        connection.execute(
            text(
                "INSERT INTO refusals (sha512, check_name, reason, size, received_at) "
                "VALUES (:sha, 'signature', 'no office is registered here', 10, :at)"
            ),
            {"sha": "ab" * 64, "at": datetime(2026, 10, 6, tzinfo=UTC)},
        )
        connection.commit()
    migrate(engine)
    with engine.connect() as connection:
        row = connection.execute(
            text("SELECT check_name, reason, reason_code, reason_params FROM refusals")
        ).one()
    engine.dispose()
    assert tuple(row) == ("signature", "no office is registered here", None, None)


def _package_warnings(page: str) -> list[str]:
    table = re.search(r'<table id="packages">(.*?)</table>', page, re.S)
    assert table is not None
    rows = re.findall(r"<code>[^<]*</code></td>\s*<td>([^<]*)</td>", table[1])
    return [html.unescape(cell) for cell in rows]


def test_a_packages_warning_reads_in_the_boards_language(
    server: LiveServer, scene: Scene, centre: Centre
) -> None:
    client = sign_in(server, "lan")
    assert _package_warnings(client.get(f"/board/provinces/{HUE}").text) == [
        "Đây là gói số 2; ở đây chưa biết gói nào trước đó của văn phòng này"
    ]
    client.get("/board/lang/en")
    assert _package_warnings(client.get(f"/board/provinces/{HUE}").text) == [
        "This is package 2; no earlier package of this office is known here"
    ]
    # A package kept before the codes: its English sentences, as written.
    with centre.sessions.begin() as session:
        kept = session.scalars(select(Package).where(Package.office_id == HUE)).one()
        kept.warnings = '["package(s) missing before this one: 1"]'
    assert _package_warnings(client.get(f"/board/provinces/{HUE}").text) == [
        "package(s) missing before this one: 1"
    ]
