"""Where a profile's files live.

A profile is one folder: the store, its backups, the logs, the records of exported files
and the wrapped keys. The default is under the user's data folder; `--profile DIR` or
`HRDESK_HOME` choose another.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from hrdesk.domain.errors import StoreError

APP_NAME = "HRDesk"
ENV_HOME = "HRDESK_HOME"


def default_root() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


@dataclass(frozen=True)
class Profile:
    root: Path

    def __post_init__(self) -> None:
        # Accept a plain string too: scripts pass folder names as text.
        object.__setattr__(self, "root", Path(self.root))

    @classmethod
    def resolve(cls, explicit: str | os.PathLike[str] | None = None) -> Profile:
        """`--profile DIR` first, then `HRDESK_HOME`, then the user's data folder."""
        if explicit:
            return cls(Path(explicit).expanduser().absolute())
        env = os.environ.get(ENV_HOME)
        if env:
            return cls(Path(env).expanduser().absolute())
        return cls(default_root())

    @property
    def store_path(self) -> Path:
        return self.root / "hrdesk.db"

    @property
    def backups_dir(self) -> Path:
        return self.root / "backups"

    @property
    def logs_dir(self) -> Path:
        return self.root / "logs"

    @property
    def exports_dir(self) -> Path:
        return self.root / "exports"

    @property
    def keys_path(self) -> Path:
        return self.root / "keys.json"

    @property
    def exists(self) -> bool:
        return self.store_path.exists()

    def account_names(self) -> list[str]:
        """The officer accounts with a key slot, read without any cryptography (the
        sign-in screen shows them before anything heavy is loaded)."""
        import json

        try:
            data = json.loads(self.keys_path.read_text(encoding="utf-8"))
            return sorted(data.get("slots", {}))
        except (OSError, ValueError, AttributeError):
            return []

    def ensure(self) -> Profile:
        """Create the folders; refuse clearly if the profile cannot be written."""
        try:
            for folder in (self.root, self.backups_dir, self.logs_dir, self.exports_dir):
                folder.mkdir(parents=True, exist_ok=True)
            with tempfile.NamedTemporaryFile(dir=self.root, prefix=".write-test-"):
                pass
        except OSError as exc:
            from hrdesk.messages.reasons import os_reason

            raise StoreError("profile.not_writable", path=self.root, reason=os_reason(exc)) from exc
        return self
