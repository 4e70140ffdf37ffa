"""The worker's Celery application: the shared app definition plus the two tasks, thin.

The tasks take ids, call `services.worker.tasks`, and leave retries, acknowledgement and
scheduling to Celery: acks_late and reject-on-worker-lost come from `shared.celery_app`, so a
task whose worker dies is delivered again; transient errors (database or broker away) are
retried with exponential backoff and jitter; anything else, or a transient error that
outlives the retries, is recorded on the article.
"""
from __future__ import annotations

import logging
from functools import cache

import redis
from celery import Celery
from celery.signals import worker_process_init

from shared.celery_app import PROCESS_ARTICLE, SWEEP_PENDING, make_celery
from shared.config import Settings
from shared.db import Database

from . import tasks

log = logging.getLogger(__name__)

#: Retry policy for transient errors: 1 s, 2 s, 4 s ... capped at 5 min, each jittered,
#: which rides out about a quarter of an hour of database or broker outage.
RETRY_POLICY = dict(
    autoretry_for=tasks.TRANSIENT_ERRORS,
    retry_backoff=1,
    retry_backoff_max=300,
    retry_jitter=True,
    max_retries=10,
)
#: An extraction runs in milliseconds; one that runs for minutes is stuck on its input.
TIME_LIMITS = dict(soft_time_limit=120, time_limit=150)


def create_worker_app(settings: Settings | None = None) -> Celery:
    """The Celery app with the worker's tasks registered, configured from `settings`."""
    settings = settings or Settings.from_env()
    app = make_celery(settings)
    database = Database(settings)  # connects lazily, in each pool process (see below)
    # A sweep still waiting after one interval is superseded by the next one: drop it.
    for entry in app.conf.beat_schedule.values():
        entry.setdefault("options", {}).setdefault("expires", settings.sweep_interval)

    @worker_process_init.connect(weak=False)
    def _fresh_connections(**_):
        """Drop the connection pool inherited from the parent, leaving its connections open."""
        # A forked pool process must not share the parent's database connections.
        database.engine.dispose(close=False)

    def on_failure(task, exc, task_id, args, kwargs, einfo):
        """Log a task's final failure and record it on its article."""
        article_id = kwargs.get("article_id")
        log.error("article %s failed: %s", article_id, tasks.describe_error(exc))
        if article_id is not None:
            tasks.record_failure(database, article_id, exc)

    # shared=False: the tasks close over this app's settings, so no other app may adopt them.
    @app.task(name=PROCESS_ARTICLE, bind=True, shared=False, on_failure=on_failure,
              **RETRY_POLICY, **TIME_LIMITS)
    def process_article(self, article_id: int) -> str:
        """Extract one stored article's events and merge them into the timeline."""
        from services.worker.extraction import extract, extractor_version

        outcome = tasks.process_article(
            database, article_id, extract=extract, version=extractor_version()
        )
        return outcome.value

    @app.task(name=SWEEP_PENDING, shared=False, **RETRY_POLICY)
    def sweep_pending() -> int:
        """Re-send the articles left pending or processing too long; one sweep at a time."""
        lock = _redis(settings.redis_url).lock(
            f"eventline:sweep:{settings.queue}", timeout=300, blocking=False
        )
        if not lock.acquire():
            log.info("sweep: another sweep is running; skipped")
            return 0
        try:
            sent = tasks.sweep_pending(
                database, lambda article_id: send_article(app, article_id),
                grace=settings.pending_grace,
            )
        finally:
            lock.release()
        return len(sent)

    return app


def load_core() -> str:
    """Load the extraction core's rules and word lists now, in the worker's main process:
    bad data fails the start rather than the first task, and the pool processes forked
    afterwards share what was loaded instead of each paying seconds on its first article."""
    from services.worker.extraction import extractor_version, prepare
    from shared.places import gazetteer

    prepare()
    gazetteer()  # the place index the extractor and the merge both read
    return extractor_version()


def send_article(app: Celery, article_id: int) -> None:
    """Queue one article for processing (by task name: the same message the API sends)."""
    app.send_task(PROCESS_ARTICLE, kwargs={"article_id": article_id})


@cache
def _redis(url: str) -> redis.Redis:
    """One Redis client per URL, for the sweep's lock (short timeouts: a dead Redis fails fast)."""
    return redis.Redis.from_url(url, socket_timeout=5, socket_connect_timeout=5)
