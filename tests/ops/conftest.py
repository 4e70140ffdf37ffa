"""Fixtures for the operations tests: stored articles in given states, a clean test queue."""
from __future__ import annotations

import hashlib
from datetime import UTC, date, datetime, timedelta

import pytest
from e2e.harness import purge_queue, queue_keys

from shared.models import Article


@pytest.fixture
def make_article(database):
    """Store an article in the given state; return its id."""
    counter = iter(range(1, 10**6))

    def make(*, status="pending", age=0.0, enqueued_age=None, version=None, attempts=0,
             text="Russian President Vladimir Putin and Chinese President Xi Jinping held a "
                  "video call last Friday.", anchor_date=date(2023, 1, 3)) -> int:
        now = datetime.now(UTC)
        number = next(counter)
        with database.session() as session:
            article = Article(
                dedup_key=f"test:{number}", title=f"Article {number}", text=text,
                content_hash=hashlib.sha256(f"{number}{text}".encode()).hexdigest(),
                received_at=now - timedelta(seconds=age), anchor_date=anchor_date,
                anchor="published_at", status=status, attempts=attempts,
                extractor_version=version,
                enqueued_at=None if enqueued_age is None else now - timedelta(seconds=enqueued_age),
            )
            session.add(article)
            session.flush()
            return article.id

    return make


@pytest.fixture
def clean_queue(settings, redis_url):
    """The test's settings; afterwards no Redis key of its queue is left."""
    yield settings
    purge_queue(redis_url, settings.queue)
    import redis

    client = redis.Redis.from_url(redis_url)
    assert queue_keys(client, settings.queue) == []
    client.close()
