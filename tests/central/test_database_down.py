"""A database that is down: 503 with Retry-After, nothing half-stored, and back after."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from hrdesk.central.service import Centre
from tests.central.conftest import LiveServer, PostgresServer
from tests.central.factory import Office


@pytest.mark.parametrize("database", ["postgresql"], indirect=True)
def test_database_down_answers_503_with_retry_after_then_recovers(
    server: LiveServer, centre: Centre, gia_lai: Office, outbox: Path, postgres: PostgresServer
) -> None:
    package = gia_lai.package(outbox)
    postgres.stop()
    try:
        answer = httpx.post(
            f"{server.url}/api/v1/packages",
            content=package.read_bytes(),
            headers={"Content-Type": "application/zip"},
            timeout=60,
        )
        assert answer.status_code == 503
        assert int(answer.headers["Retry-After"]) > 0
        assert "database" in answer.json()["error"] and "Traceback" not in answer.text
        assert list(centre.settings.packages_dir.rglob("*.zip")) == []
        assert list(centre.files.incoming.iterdir()) == []
        lookup = httpx.get(f"{server.url}/api/v1/receipts/{'0' * 128}")
        assert lookup.status_code == 503
    finally:
        postgres.start()
    again = httpx.post(
        f"{server.url}/api/v1/packages",
        content=package.read_bytes(),
        headers={"Content-Type": "application/zip"},
        timeout=60,
    )
    assert again.status_code == 201, again.text
