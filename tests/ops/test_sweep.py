"""The sweep re-sends what was accepted but never processed, once per grace period, one sweep
at a time; reprocessing picks what another extractor version read."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta

import redis
from e2e.harness import queued_article_ids

from services.worker import tasks
from services.worker.app import create_worker_app
from shared.celery_app import SWEEP_PENDING
from shared.models import Article


def test_sweep_resends_only_articles_stuck_past_the_grace(database, make_article):
    never_sent = make_article(status="pending", age=700)  # the broker was down at POST time
    sent_long_ago = make_article(status="pending", age=900, enqueued_age=600)  # message lost
    worker_lost = make_article(status="processing", age=900, enqueued_age=400)
    make_article(status="pending", age=10, enqueued_age=10)  # just posted
    make_article(status="pending", age=900, enqueued_age=5)  # re-sent a moment ago
    make_article(status="done", age=900, enqueued_age=900, version="v1")
    make_article(status="failed", age=900, enqueued_age=900)

    sent = []
    assert tasks.sweep_pending(database, sent.append, grace=300) == sent
    assert sent == [never_sent, sent_long_ago, worker_lost]  # oldest first

    again = []
    tasks.sweep_pending(database, again.append, grace=300)
    assert again == []  # marked as sent: not sent twice within one grace period

    later = datetime.now(UTC) + timedelta(seconds=301)
    tasks.sweep_pending(database, again.append, grace=300, now=later)
    assert set(again) >= set(sent)  # still unprocessed after another grace period: sent again


def test_sweep_sends_at_most_limit_articles_a_time(database, make_article):
    ids = [make_article(age=1000 - i) for i in range(5)]
    sent = []
    tasks.sweep_pending(database, sent.append, grace=60, limit=2)
    assert sent == ids[:2]
    tasks.sweep_pending(database, sent.append, grace=60, limit=2)
    assert sent == ids[:4]


def test_a_sweep_runs_only_when_it_holds_the_lock(clean_queue, database, make_article, redis_url):
    settings = clean_queue
    app = create_worker_app(settings)
    stuck = make_article(age=settings.pending_grace + 60)
    client = redis.Redis.from_url(redis_url)
    other_sweep = client.lock(f"eventline:sweep:{settings.queue}", timeout=30)
    assert other_sweep.acquire(blocking=False)
    try:
        assert app.tasks[SWEEP_PENDING]() == 0
        assert queued_article_ids(client, settings.queue) == []
    finally:
        other_sweep.release()

    assert app.tasks[SWEEP_PENDING]() == 1
    assert queued_article_ids(client, settings.queue) == [stuck]
    assert app.tasks[SWEEP_PENDING]() == 0  # within the grace period: nothing more
    assert queued_article_ids(client, settings.queue) == [stuck]
    client.close()


def test_reprocess_picks_what_another_extractor_read(database, make_article):
    old = make_article(status="done", version="0.1.0+old")
    current = make_article(status="done", version="0.1.0+new")
    failed = make_article(status="failed")
    make_article(status="pending")  # on its way already
    make_article(status="processing")

    assert tasks.articles_to_reprocess(database, version="0.1.0+new") == [old, failed]
    assert tasks.articles_to_reprocess(database, version="0.1.0+new", everything=True) == [
        old, current, failed,
    ]


def test_requeue_makes_articles_pending_and_fresh(database, make_article):
    article_id = make_article(status="failed", attempts=7, version="0.1.0+old")
    with database.session() as session:
        session.get(Article, article_id).error = "OperationalError: gone"
    before = datetime.now(UTC)
    tasks.requeue(database, [article_id])
    with database.session() as session:
        article = session.get(Article, article_id)
        assert (article.status, article.attempts, article.error) == ("pending", 0, None)
        enqueued = article.enqueued_at
        if enqueued.tzinfo is None:  # SQLite keeps no offset
            enqueued = enqueued.replace(tzinfo=UTC)
        assert enqueued >= before - timedelta(seconds=1)
