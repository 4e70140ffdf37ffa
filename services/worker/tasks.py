"""What the worker's tasks do, as plain functions: article ids in, the extraction core called,
the store written. `services.worker.app` wraps them as Celery tasks (retries, acks, schedule).

Every function here is idempotent: running it twice leaves the store as running it once.
"""
from __future__ import annotations

import enum
import logging
from collections.abc import Callable, Iterable
from datetime import UTC, datetime, timedelta

import kombu.exceptions
import redis.exceptions
import sqlalchemy.exc
from sqlalchemy import func, or_, select, update

from shared.db import Database
from shared.models import Article

log = logging.getLogger(__name__)

#: Errors that say "try again later" (database or broker unreachable, locked, restarting),
#: as opposed to errors in the article or the code, which the same attempt would repeat.
TRANSIENT_ERRORS: tuple[type[BaseException], ...] = (
    sqlalchemy.exc.OperationalError,
    sqlalchemy.exc.InterfaceError,
    sqlalchemy.exc.DisconnectionError,
    sqlalchemy.exc.TimeoutError,
    redis.exceptions.ConnectionError,
    redis.exceptions.TimeoutError,
    kombu.exceptions.OperationalError,
)

#: An article whose task was started this many times without finishing is given up on:
#: a message that kills its worker every time must not loop forever.
MAX_ATTEMPTS = 25

#: Longest error text kept on an article.
MAX_ERROR_CHARS = 2000


class Outcome(enum.StrEnum):
    """What `process_article` did."""

    DONE = "done"  # events extracted and merged into the timeline
    SKIPPED = "skipped"  # already done by this extractor version (a duplicate delivery)
    MISSING = "missing"  # no such article (deleted since it was queued)
    GAVE_UP = "gave-up"  # started MAX_ATTEMPTS times without finishing


def utcnow() -> datetime:
    """The current time, timezone-aware in UTC."""
    return datetime.now(UTC)


def process_article(
    database: Database,
    article_id: int,
    *,
    extract: Callable,
    version: str,
    apply: Callable | None = None,
) -> Outcome:
    """Extract the events of one stored article and merge them into the timeline.

    Three short steps, so no transaction stays open while the core runs: mark the article
    processing; run `extract(text, anchor_date, title=)`; then, in ONE transaction with the
    article row locked, merge the events (`apply`, default `shared.timeline.apply_extraction`)
    and mark the article done. A crash between the steps leaves the article processing,
    for the sweep to re-send.
    """
    apply = apply or _apply_extraction()
    with database.session() as session:
        article = session.get(Article, article_id, with_for_update=True)
        if article is None:
            return Outcome.MISSING
        if _is_current(article, version):
            return Outcome.SKIPPED
        if article.attempts >= MAX_ATTEMPTS:
            _mark_failed(article, f"gave up after {article.attempts} attempts that never finished")
            return Outcome.GAVE_UP
        article.status = "processing"
        article.attempts += 1
        text, anchor_date, title = article.text, article.anchor_date, article.title

    events = extract(text, anchor_date, title=title)

    with database.session() as session:
        article = session.get(Article, article_id, with_for_update=True)
        if article is None:
            return Outcome.MISSING
        if _is_current(article, version):  # a duplicate delivery finished first
            return Outcome.SKIPPED
        apply(session, article, list(events), version)
        article.status = "done"
        article.error = None
        article.extractor_version = version
        article.processed_at = utcnow()
    log.info("article %s: %d events (extractor %s)", article_id, len(events), version)
    return Outcome.DONE


def _apply_extraction() -> Callable:
    """The default `apply`, `shared.timeline.apply_extraction`, imported when first needed."""
    from shared.timeline import apply_extraction

    return apply_extraction


def _is_current(article: Article, version: str) -> bool:
    """Whether `article` is already done by extractor `version`."""
    return article.status == "done" and article.extractor_version == version


def _mark_failed(article: Article, error: str) -> None:
    """Mark `article` failed with `error`, cut to MAX_ERROR_CHARS."""
    article.status = "failed"
    article.error = error[:MAX_ERROR_CHARS]


def record_failure(database: Database, article_id: int, error: BaseException | str) -> None:
    """Mark the article failed with `error`, unless it was done in the meantime."""
    text = error if isinstance(error, str) else describe_error(error)
    with database.session() as session:
        article = session.get(Article, article_id, with_for_update=True)
        if article is not None and article.status != "done":
            _mark_failed(article, text)


def describe_error(exc: BaseException) -> str:
    """`Type: message`, one line, as kept on the article and shown by the API."""
    message = " ".join(str(exc).split())
    return f"{type(exc).__name__}: {message}" if message else type(exc).__name__


def stale_article_ids(
    database: Database, *, grace: float, now: datetime | None = None, limit: int = 1000
) -> list[int]:
    """Ids of articles pending or processing for longer than `grace` seconds since they were
    last sent to the queue (or received, if never sent), oldest first."""
    cutoff = (now or utcnow()) - timedelta(seconds=grace)
    last_sent = func.coalesce(Article.enqueued_at, Article.received_at)
    with database.session() as session:
        return list(
            session.scalars(
                select(Article.id)
                .where(Article.status.in_(("pending", "processing")), last_sent < cutoff)
                .order_by(last_sent, Article.id)
                .limit(limit)
            )
        )


def mark_enqueued(
    database: Database, article_ids: Iterable[int], *, now: datetime | None = None
) -> None:
    """Record that these articles are (about to be) sent to the queue now."""
    ids = list(article_ids)
    if not ids:
        return
    with database.session() as session:
        session.execute(
            update(Article).where(Article.id.in_(ids)).values(enqueued_at=now or utcnow())
        )


def sweep_pending(
    database: Database,
    send: Callable[[int], None],
    *,
    grace: float,
    now: datetime | None = None,
    limit: int = 1000,
) -> list[int]:
    """Re-send every article left pending or processing too long (broker down when it was
    posted, worker lost mid-task); return their ids.

    The articles are marked sent before they are sent: if sending fails half way, the rest
    wait one more grace period rather than being sent twice by the next sweep.
    """
    ids = stale_article_ids(database, grace=grace, now=now, limit=limit)
    mark_enqueued(database, ids, now=now)
    for article_id in ids:
        send(article_id)
    if ids:
        log.warning("sweep: re-sent %d stale articles: %s", len(ids), ids[:20])
    return ids


def articles_to_reprocess(
    database: Database, *, version: str, everything: bool = False
) -> list[int]:
    """Ids of the processed (or failed) articles an extractor other than `version` read,
    or of all of them with `everything`. Pending and processing ones are on their way already."""
    query = select(Article.id).where(Article.status.in_(("done", "failed"))).order_by(Article.id)
    if not everything:
        query = query.where(
            or_(Article.extractor_version.is_(None), Article.extractor_version != version)
        )
    with database.session() as session:
        return list(session.scalars(query))


def requeue(database: Database, article_ids: Iterable[int], *, now: datetime | None = None) -> None:
    """Put these articles back to pending (attempts reset), as sent to the queue now.

    Their events stay on the timeline until the new extraction replaces them.
    """
    ids = list(article_ids)
    if not ids:
        return
    with database.session() as session:
        session.execute(
            update(Article)
            .where(Article.id.in_(ids))
            .values(status="pending", attempts=0, error=None, enqueued_at=now or utcnow())
        )
