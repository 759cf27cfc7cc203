"""The service's settings: where its data lives, which database, and its limits."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from hrdesk.store.options import DEFAULT_COST, ScryptCost

DATABASE_ENV = "HRDESK_CENTRAL_DATABASE"
PASSPHRASE_ENV = "HRDESK_CENTRAL_PASSPHRASE"
DATA_ENV = "HRDESK_CENTRAL_DATA"

DEFAULT_MAX_UPLOAD = 200 << 20  # bytes; a package of a province's quarter is a few MB
DEFAULT_DUE_DAYS = 15  # a period's package is on time until this many days after it ends
RETRY_AFTER = 30  # seconds a client waits before trying again when the database is down


def default_data_dir() -> Path:
    """The service account's data folder (~/.local/share/hrdesk-central on Linux)."""
    import platformdirs

    return platformdirs.user_data_path("hrdesk-central", appauthor=False)


@dataclass(frozen=True)
class Settings:
    data_dir: Path
    database: str | None = None  # a URL; None means the SQLite file in data_dir
    max_upload: int = DEFAULT_MAX_UPLOAD
    due_days: int = DEFAULT_DUE_DAYS
    passphrase: str | None = None  # protects the centre's key where there is no keyring
    secure_cookies: bool = False  # set behind a TLS proxy
    scrypt: ScryptCost = DEFAULT_COST  # the cost of wrapping a new key under the passphrase

    @classmethod
    def from_env(
        cls,
        data_dir: str | Path | None = None,
        database: str | None = None,
        **overrides: Any,
    ) -> Settings:
        """Settings from the options given, falling back to the HRDESK_CENTRAL_* variables."""
        folder = data_dir or os.environ.get(DATA_ENV) or default_data_dir()
        return cls(
            data_dir=Path(folder).resolve(),
            database=database or os.environ.get(DATABASE_ENV) or None,
            passphrase=os.environ.get(PASSPHRASE_ENV) or None,
            **overrides,
        )

    @property
    def packages_dir(self) -> Path:
        return self.data_dir / "packages"

    @property
    def incoming_dir(self) -> Path:
        return self.data_dir / "incoming"

    @property
    def uploads_dir(self) -> Path:
        """Resumable (tus) uploads in progress."""
        return self.data_dir / "uploads"
