"""Engines, sessions and migrations for the store (SQLite by default, PostgreSQL by URL)."""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from .config import Settings

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def make_engine(database_url: str) -> Engine:
    """An engine for `database_url`; SQLite gets WAL, a busy timeout and enforced foreign keys."""
    url = make_url(database_url)
    if url.get_backend_name() == "sqlite":
        if url.database and url.database != ":memory:":
            Path(url.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": 30})
        event.listen(engine, "connect", _sqlite_pragmas)
        # SQLAlchemy, not pysqlite, opens transactions: BEGIN IMMEDIATE then takes the write lock.
        event.listen(engine, "begin", lambda conn: conn.exec_driver_sql("BEGIN IMMEDIATE"))
        return engine
    if url.get_backend_name() == "postgresql" and url.get_driver_name() in ("", "psycopg2"):
        url = url.set(drivername="postgresql+psycopg")
    # A server that never answers must not hold a request or a probe forever.
    return create_engine(url, pool_pre_ping=True, connect_args={"connect_timeout": 10})


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    """Set up a new SQLite connection: WAL, foreign keys, busy timeout, Unicode lower()."""
    dbapi_conn.isolation_level = None  # transactions are begun explicitly (see make_engine)
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=30000")
    cur.close()
    # SQLite's own lower() folds ASCII only; the filters compare lower-cased text as
    # PostgreSQL's lower() does, so "ÉLYSÉE" finds "Élysée" on both stores.
    dbapi_conn.create_function("lower", 1, _lower, deterministic=True)


def _lower(text):
    """Python's Unicode-aware lower case, for SQLite's lower(); non-text as it is."""
    return text.lower() if isinstance(text, str) else text


class Database:
    """The store's engine and session factory, built from settings."""

    def __init__(self, settings: Settings):
        """The engine and session factory for `settings.database_url`."""
        self.url = settings.database_url
        self.engine = make_engine(settings.database_url)
        self.sessions = sessionmaker(self.engine, expire_on_commit=False)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session in one transaction: committed on success, rolled back on error."""
        with self.sessions() as session, session.begin():
            yield session

    def upgrade(self, revision: str = "head") -> None:
        """Run the Alembic migrations up to `revision`."""
        from alembic import command

        command.upgrade(alembic_config(self.url), revision)

    def dispose(self) -> None:
        """Close the engine's pooled connections."""
        self.engine.dispose()


def alembic_config(database_url: str):
    """An Alembic config pointing at the packaged migrations (no alembic.ini needed)."""
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.set_main_option("sqlalchemy.url", database_url.replace("%", "%%"))
    return cfg
