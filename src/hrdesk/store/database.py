"""The open store: an engine on the profile's file, sessions bound to an officer."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from datetime import UTC, datetime

from sqlalchemy import Engine, text
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from hrdesk.domain.access import SYSTEM, Actor
from hrdesk.domain.errors import DamagedStore, StoreError
from hrdesk.profile import Profile
from hrdesk.store import backup, events, migrate, restore_journal
from hrdesk.store.backup_space import profile_store_bytes, require_room, upgrade_reserve
from hrdesk.store.engine import create_store_engine
from hrdesk.store.files import part_path, reserve_unique
from hrdesk.store.in_use import InUse
from hrdesk.store.options import DEFAULTS, StoreOptions

# A write that changes nothing: SQLite opens the write transaction (waiting on the busy
# timeout while another connection holds it) before it finds no row to delete.
TAKE_WRITE_LOCK = "DELETE FROM settings WHERE 0"


class StoreSession(Session):
    """A session whose flushes write the audit log and the search index."""


events.install(StoreSession)


class Store:
    """One profile's store, open. Use `transaction(actor)` for changes, `reader(actor)` to read."""

    def __init__(
        self,
        profile: Profile,
        engine: Engine,
        key: bytes | None = None,
        options: StoreOptions = DEFAULTS,
    ) -> None:
        self.profile = profile
        self.engine = engine
        self.key = key
        self.options = options
        self._sessions = sessionmaker(bind=engine, class_=StoreSession, expire_on_commit=False)
        self._in_use: InUse | None = None

    @classmethod
    def open(
        cls,
        profile: Profile,
        key: bytes | None = None,
        *,
        migrate_schema: bool = True,
        options: StoreOptions = DEFAULTS,
    ) -> Store:
        """Open (creating if need be) the profile's store and bring its schema up to date."""
        profile.ensure()
        # A restore a crash interrupted is finished before the store is read.
        restore_journal.finish_pending(profile)
        engine = create_store_engine(profile.store_path, key)
        store = cls(profile, engine, key, options)
        try:
            with engine.connect() as connection:
                connection.execute(text("SELECT count(*) FROM sqlite_master")).scalar_one()
            if migrate_schema:
                migrate.migrate(engine, store._backup_before_migration)
        except (DatabaseError, OperationalError) as exc:
            engine.dispose()
            raise open_error(profile, exc) from exc
        except BaseException:
            engine.dispose()
            raise
        # Seen by a restore run from another window or command (store.in_use).
        store._in_use = InUse(profile.root)
        return store

    def _backup_before_migration(self, revision: str) -> None:
        folder = self.profile.backups_dir
        folder.mkdir(parents=True, exist_ok=True)
        needed = profile_store_bytes(self.profile)
        require_room(folder, needed, upgrade_reserve(self), "upgrade.no_space")
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        target = reserve_unique(folder, f"before-upgrade-{revision}-{stamp}", ".db")
        try:
            backup.copy_store(self.engine, target, self.key)
        finally:
            part_path(target).unlink(missing_ok=True)

    def session(self, actor: Actor = SYSTEM) -> Session:
        session = self._sessions()
        session.info["actor"] = actor
        session.info["profile_root"] = str(self.profile.root)
        # Services read the store's clock and costs from the session they are given.
        session.info["options"] = self.options
        return session

    @contextlib.contextmanager
    def transaction(self, actor: Actor) -> Iterator[Session]:
        """A session whose work is committed at the end, or rolled back on any error.

        It holds the store's write lock from its first statement: another process (the
        window and a command line) writing at the same time waits its turn (up to the
        busy timeout) instead of reading the audit log's head before the other's commit
        and chaining a duplicate entry after it."""
        try:
            with self.session(actor) as session, session.begin():
                session.execute(text(TAKE_WRITE_LOCK))
                yield session
        except OperationalError as exc:
            if sqlite_code(exc) in (SQLITE_BUSY, SQLITE_LOCKED):
                # Another process held the lock past the busy timeout (a long import):
                # nothing of this transaction was written; say so, not "database is locked".
                raise StoreError("store.busy", path=self.profile.store_path) from exc
            raise

    @contextlib.contextmanager
    def reader(self, actor: Actor) -> Iterator[Session]:
        """A session for reading; what it loaded stays readable after it closes."""
        with self.session(actor) as session:
            yield session

    def close(self) -> None:
        self.engine.dispose()
        if self._in_use is not None:
            self._in_use.release()
            self._in_use = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


# SQLite's result codes (https://sqlite.org/rescode.html); an extended code keeps the
# primary one in its low byte.
SQLITE_BUSY, SQLITE_LOCKED, SQLITE_CORRUPT, SQLITE_NOTADB = 5, 6, 11, 26


def open_error(profile: Profile, exc: Exception) -> StoreError:
    """The error to show for a store SQLite would not open: damaged (or encrypted with
    another key), in use, or other. Chosen by SQLite's result code, which sqlite3 and
    sqlcipher3 both carry, never by the message, whose words change between versions
    ("file is encrypted or is not a database" in older SQLCipher)."""
    cause = getattr(exc, "orig", None) or exc
    primary = sqlite_code(exc)
    if primary in (SQLITE_NOTADB, SQLITE_CORRUPT):
        return DamagedStore("store.unreadable", path=profile.store_path)
    if primary in (SQLITE_BUSY, SQLITE_LOCKED):
        return StoreError("store.in_use", path=profile.store_path)
    return StoreError("store.cannot_open", path=profile.store_path, reason=str(cause))


def sqlite_code(exc: Exception) -> int | None:
    """SQLite's primary result code carried by `exc` (or the driver error it wraps)."""
    cause = getattr(exc, "orig", None) or exc
    code = getattr(cause, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None
