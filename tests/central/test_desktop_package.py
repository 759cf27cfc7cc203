"""A package built by the desktop itself (a real protected profile) is received, and its
report's figures are the ones the national tables count."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from hrdesk.bundles.build import build_package
from hrdesk.bundles.keys import office_key
from hrdesk.central.national import national_tables
from hrdesk.central.offices import add_office
from hrdesk.central.service import Centre
from hrdesk.documents.report_xlsx import write_report_xlsx
from hrdesk.domain.periods import parse_period
from hrdesk.services.statistics import period_statistics
from tests.bundles import records
from tests.bundles.conftest import PERIOD, SENDER, new_desk
from tests.central.conftest import LiveServer


@pytest.mark.parametrize("database", ["sqlite"], indirect=True)
def test_desktop_package_is_received_and_counted(
    server: LiveServer, centre: Centre, tmp_path: Path
) -> None:
    desk = new_desk(tmp_path / "gia-lai", "Gia Lai", SENDER)
    try:
        with desk.store.transaction(desk.actor) as session:
            records.fill(session)
        pdf, _generic = records.report_files(tmp_path / "rendered")
        xlsx = tmp_path / "rendered" / "figures.xlsx"
        with desk.store.transaction(desk.actor) as session:
            write_report_xlsx(session, PERIOD, xlsx)
            expected = period_statistics(session, parse_period(PERIOD))
        stick = tmp_path / "stick"
        stick.mkdir()
        package = build_package(desk, PERIOD, pdf, xlsx, stick)
        key = office_key(desk.profile)
        assert key is not None
    finally:
        desk.close(backup=False)
    with centre.sessions.begin() as session:
        add_office(session, key.public_key_text(), "Gia Lai")
    answer = httpx.post(
        f"{server.url}/api/v1/packages",
        content=package.read_bytes(),
        headers={"Content-Type": "application/zip"},
        timeout=60,
    )
    assert answer.status_code == 201, answer.text
    with centre.sessions() as session:
        national = national_tables(session, parse_period(PERIOD))
    assert national.provinces == ["Gia Lai"]
    assert national.stats.petitions.received == expected.petitions.received > 0
    assert national.stats.tasks == expected.tasks
    assert national.stats.by_field.keys() >= {k for k, f in expected.by_field.items() if f.received}
