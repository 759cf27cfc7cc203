"""The centre as one object: settings, database, key and package folder, opened together."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from hrdesk.central import centre_key, database, recipient_key
from hrdesk.central.centre_key import CentreKey
from hrdesk.central.config import Settings
from hrdesk.central.recipient_key import CentreRecipient
from hrdesk.central.storage import PackageFiles


@dataclass
class Centre:
    settings: Settings
    engine: Engine
    sessions: sessionmaker[Session]
    key: CentreKey
    files: PackageFiles
    recipient: CentreRecipient  # opens the packages sealed to the centre
    # Serialises the short write that keeps a package within this process; PostgreSQL's
    # row lock on the office does it across processes.
    write_lock: threading.Lock = field(default_factory=threading.Lock)

    @classmethod
    def open(cls, settings: Settings, *, migrate: bool = True) -> Centre:
        data = Path(settings.data_dir)
        data.mkdir(parents=True, exist_ok=True)
        engine = database.make_engine(database.database_url(data, settings.database))
        try:
            if migrate:
                database.migrate(engine)
            key = centre_key.load_or_create(data, settings.passphrase, settings.scrypt)
            recipient = recipient_key.load_or_create(data, settings.passphrase, settings.scrypt)
        except BaseException:
            engine.dispose()
            raise
        files = PackageFiles(settings.packages_dir, settings.incoming_dir)
        files.sweep_incoming()
        return cls(settings, engine, database.session_factory(engine), key, files, recipient)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Centre:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()
