"""The document tests use the bundled font, so that output is the same on every machine."""

from __future__ import annotations

import pytest

from hrdesk.documents.fonts import ENV_FONT


@pytest.fixture(autouse=True)
def bundled_font(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV_FONT, "bundled")
