"""Real processes for the end-to-end tests: an `eventline api` (gunicorn) and `eventline
worker` processes on a real Redis, over a fresh store, all stopped and cleaned up after."""
from __future__ import annotations

from dataclasses import replace

import pytest
import redis

from shared.db import Database

from .harness import purge_queue, queue_keys, start_api, start_worker


@pytest.fixture
def e2e_settings(settings, redis_url):
    """The test's settings with a sweep quick enough to watch; its queue removed after."""
    yield replace(settings, pending_grace=2.0, sweep_interval=1.0)
    purge_queue(redis_url, settings.queue)
    client = redis.Redis.from_url(redis_url)
    leftover = queue_keys(client, settings.queue)
    client.close()
    assert leftover == [], f"Redis keys left behind: {leftover}"


@pytest.fixture
def store(e2e_settings):
    """The migrated store the processes share."""
    database = Database(e2e_settings)
    database.upgrade()
    yield database
    database.dispose()


@pytest.fixture
def worker(e2e_settings, store, tmp_path):
    """One `eventline worker` process (with the sweep schedule)."""
    with start_worker(e2e_settings, tmp_path / "worker.log", beat=True) as process:
        yield process


@pytest.fixture
def api(e2e_settings, store, tmp_path):
    process, client = start_api(e2e_settings, tmp_path / "api.log")
    with process:
        yield client
