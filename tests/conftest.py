"""Fixtures shared by the whole suite: real stores (SQLite and PostgreSQL) and a real Redis."""
from __future__ import annotations

import os
import uuid
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from bench import shared_dir as locate_shared
from shared.config import Settings
from shared.db import Database

ROOT = Path(__file__).resolve().parents[1]
#: The read-only data and tools that sit beside the checkout.
SHARED = locate_shared()
POSTGRES_URL = os.environ.get(
    "EVENTLINE_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)
REDIS_URL = os.environ.get("EVENTLINE_TEST_REDIS_URL", "redis://127.0.0.1:6379/0")


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """`../shared`: data sets and scoring tools."""
    if not SHARED.is_dir():
        pytest.fail(f"{SHARED} not found (set EVENTLINE_SHARED_DIR)")
    return SHARED


def _fresh_postgres_database() -> tuple[str, callable]:
    """Create an empty database of its own for one test; return its URL and a dropper."""
    admin_url = make_url(POSTGRES_URL)
    name = f"eventline_t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))

    def drop() -> None:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()

    return admin_url.set(database=name).render_as_string(hide_password=False), drop


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def database_url(request, tmp_path) -> str:
    """The URL of an empty store, once on SQLite and once on PostgreSQL."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'eventline.db'}"
        return
    url, drop = _fresh_postgres_database()
    yield url
    drop()


@pytest.fixture
def postgres_url() -> str:
    """The URL of an empty PostgreSQL database (for tests that need PostgreSQL only)."""
    url, drop = _fresh_postgres_database()
    yield url
    drop()


@pytest.fixture
def redis_url() -> str:
    """The real Redis the suite runs against (EVENTLINE_TEST_REDIS_URL)."""
    import redis

    client = redis.Redis.from_url(REDIS_URL)
    try:
        client.ping()
    except redis.ConnectionError as exc:
        pytest.fail(f"Redis at {REDIS_URL} is not reachable: {exc}")
    finally:
        client.close()
    return REDIS_URL


@pytest.fixture
def settings(database_url) -> Settings:
    """Settings for an empty, migrated store; a queue of its own so parallel runs never meet."""
    return Settings(
        database_url=database_url,
        redis_url=REDIS_URL,
        api_tokens=("test-token",),
        queue=f"eventline-test-{uuid.uuid4().hex[:8]}",
    )


@pytest.fixture
def database(settings) -> Database:
    """The migrated store of `settings`."""
    db = Database(settings)
    db.upgrade()
    yield db
    db.dispose()
