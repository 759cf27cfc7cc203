"""The centre's database: an engine for SQLite (embedded default) or PostgreSQL, migrated
to the latest revision on open.

SQLite runs in WAL mode with synchronous=FULL (a committed receipt survives a crash);
PostgreSQL through psycopg 3. Several processes may migrate at once on PostgreSQL: an
advisory lock lets one do it while the others wait.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.engine.interfaces import DBAPIConnection
from sqlalchemy.orm import Session, sessionmaker

from hrdesk.domain.errors import ValidationError

MIGRATIONS = Path(__file__).with_name("migrations")
DB_FILE = "central.sqlite3"
_MIGRATE_LOCK = 0x48524443  # "HRDC": the advisory lock id for migrations on PostgreSQL


class DatabaseUnavailable(Exception):
    """The database cannot be reached; the request may be tried again later."""


def database_url(data_dir: Path, url: str | None) -> str:
    """The URL given (postgresql://… is read as psycopg 3's), or the data folder's SQLite."""
    if not url:
        return f"sqlite:///{Path(data_dir) / DB_FILE}"
    parsed = make_url(url)
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed.render_as_string(hide_password=False)


def _sqlite_pragmas(dbapi_connection: DBAPIConnection, _record: object) -> None:
    cursor = dbapi_connection.cursor()
    for pragma in (
        "journal_mode=WAL",
        "synchronous=FULL",
        "foreign_keys=ON",
        "busy_timeout=30000",
    ):
        cursor.execute(f"PRAGMA {pragma}")
    cursor.close()


def make_engine(url: str) -> Engine:
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    if parsed.get_backend_name() != "postgresql":
        raise ValidationError(
            "database", "centre.database_unsupported", backend=parsed.get_backend_name()
        )
    return create_engine(
        url,
        pool_pre_ping=True,
        pool_size=10,
        max_overflow=20,
        connect_args={"connect_timeout": 5},
    )


def migrate(engine: Engine) -> None:
    """Bring the schema to the latest revision (each revision in its own transaction)."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.connect() as connection:
        postgres = engine.dialect.name == "postgresql"
        if postgres:
            connection.execute(text("SELECT pg_advisory_lock(:id)"), {"id": _MIGRATE_LOCK})
            connection.commit()
        try:
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
            connection.commit()
        finally:
            if postgres:
                connection.execute(text("SELECT pg_advisory_unlock(:id)"), {"id": _MIGRATE_LOCK})
                connection.commit()


def session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)
