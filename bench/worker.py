"""The worker's path on one core: real news articles through `process_article` (mark
processing, extract, merge into the timeline, mark done) on a fresh store, no broker.

Prints articles/s for the whole task and how its time splits between the extraction core
and the store; on SQLite, and on PostgreSQL when EVENTLINE_TEST_POSTGRES_URL (or the local
default) answers.
"""
from __future__ import annotations

import json
import os
import tempfile
import time
import uuid
from datetime import UTC, date, datetime

from sqlalchemy import create_engine, func, select, text
from sqlalchemy.engine import make_url

from bench import corpus_path
from services.worker import tasks
from services.worker.extraction import extract, extractor_version, prepare
from shared import store
from shared.config import Settings
from shared.db import Database
from shared.models import Event

ARTICLES = corpus_path()
COUNT = 200
POSTGRES_URL = os.environ.get(
    "EVENTLINE_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)


def _articles(limit: int) -> list[dict]:
    """The corpus's first `limit` articles."""
    with ARTICLES.open(encoding="utf-8") as lines:
        return [json.loads(line) for line, _ in zip(lines, range(limit), strict=False)]


def _run(database: Database, articles: list[dict]) -> dict:
    """Ingest `articles`, then process each as the task does; the timings."""
    ids = []
    for i, article in enumerate(articles):
        published = datetime.combine(date.fromisoformat(article["published_at"][:10]),
                                     datetime.min.time(), UTC)
        new = store.NewArticle(title=article.get("title") or f"Article {i}",
                               text=article["text"], published_at=published)
        with database.session() as session:
            stored, _ = store.ingest_article(session, new, datetime.now(UTC))
            ids.append(stored.id)

    extracting = 0.0

    def timed_extract(*args, **kwargs):
        """`extract`, its wall time added to `extracting`."""
        nonlocal extracting
        start = time.perf_counter()
        try:
            return extract(*args, **kwargs)
        finally:
            extracting += time.perf_counter() - start

    version = extractor_version()
    start = time.perf_counter()
    for article_id in ids:
        tasks.process_article(database, article_id, extract=timed_extract, version=version)
    total = time.perf_counter() - start
    with database.session() as session:
        events = session.scalar(select(func.count()).select_from(Event))
    return {"total": total, "extract": extracting, "events": events}


def _report(backend: str, articles: int, result: dict) -> None:
    """Print one worker line: articles/s, and the per-article split into extract and store."""
    store_time = result["total"] - result["extract"]
    print(f"worker[{backend}]: {articles / result['total']:.1f} articles/s "
          f"({articles} articles, {result['events']} timeline events); "
          f"per article {1000 * result['total'] / articles:.1f} ms = "
          f"extract {1000 * result['extract'] / articles:.1f} ms + "
          f"store {1000 * store_time / articles:.1f} ms", flush=True)


def main() -> None:
    """Time the worker's path on SQLite, then on a throwaway PostgreSQL database if one answers."""
    articles = _articles(COUNT)
    prepare()  # load the core's data before timing

    with tempfile.TemporaryDirectory() as tmp:
        database = Database(Settings(database_url=f"sqlite:///{tmp}/bench.db"))
        database.upgrade()
        _report("sqlite", len(articles), _run(database, articles))
        database.dispose()

    admin = create_engine(make_url(POSTGRES_URL), isolation_level="AUTOCOMMIT")
    name = f"eventline_bench_{uuid.uuid4().hex[:8]}"
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    except Exception as exc:  # no server here: the SQLite line stands alone
        print(f"worker[postgresql]: skipped ({type(exc).__name__})")
        admin.dispose()
        return
    try:
        url = make_url(POSTGRES_URL).set(database=name).render_as_string(hide_password=False)
        database = Database(Settings(database_url=url))
        database.upgrade()
        _report("postgresql", len(articles), _run(database, articles))
        database.dispose()
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


if __name__ == "__main__":
    main()
