"""Timeline merge throughput: articles merged per second into a store, one core.

The news corpus is run through the extraction core first (not timed here; `bench/events.py`
times it), then every article's events are merged with `apply_extraction`, one transaction
per article as the worker does, in publication order, into a fresh SQLite store (or the
store at EVENTLINE_BENCH_DATABASE_URL, which must be empty). A second pass re-applies every
article unchanged, the cost of a duplicate delivery. The gazetteer, loaded once per process,
is timed on its own line.
"""

from __future__ import annotations

import json
import os
import statistics
import tempfile
import time
from datetime import date

from bench import corpus_path


def _articles() -> list[dict]:
    """The corpus's articles, in publication order (ties by id)."""
    with corpus_path().open(encoding="utf-8") as f:
        articles = [json.loads(line) for line in f if line.strip()]
    return sorted(articles, key=lambda a: (a["published_at"], a["id"]))


def _store(database, articles) -> list[int]:
    """Store the articles as the API would; their ids in order."""
    from shared.models import Article

    with database.session() as s:
        rows = [
            Article(
                dedup_key=f"bench:{n}",
                title=a["title"],
                text=a["text"],
                content_hash=f"{n:064d}",
                anchor_date=date.fromisoformat(a["published_at"][:10]),
                anchor="published_at",
                status="processing",
            )
            for n, a in enumerate(articles)
        ]
        s.add_all(rows)
        s.flush()
        return [r.id for r in rows]


def _apply_each(database, ids, extracted) -> list[float]:
    """Merge each article's events in a transaction of its own; seconds each one took."""
    from shared.models import Article
    from shared.timeline import apply_extraction

    took = []
    for article_id, events in zip(ids, extracted, strict=True):
        start = time.perf_counter()
        with database.session() as s:
            apply_extraction(s, s.get(Article, article_id), events, "bench")
        took.append(time.perf_counter() - start)
    return took


def _line(label: str, took: list[float]) -> str:
    """One result line: articles/s over the per-article times `took`, with p50 and p95."""
    p50 = statistics.median(took) * 1000
    p95 = statistics.quantiles(took, n=20)[-1] * 1000
    return (
        f"timeline {label}: {len(took)} articles in {sum(took):.2f} s = "
        f"{len(took) / sum(took):.0f} articles/s (p50 {p50:.1f} ms, p95 {p95:.1f} ms)"
    )


def main() -> None:
    """Time the gazetteer's load, then merging every article, then re-applying them unchanged."""
    from sqlalchemy import func, select

    from services.worker.extraction import extract
    from shared.config import Settings
    from shared.db import Database
    from shared.models import Event, Mention
    from shared.places import gazetteer

    started = time.perf_counter()
    gazetteer()  # a worker loads it once, at its first merge: timed apart from the merges
    print(f"timeline gazetteer: loaded in {time.perf_counter() - started:.2f} s (once a process)")
    articles = _articles()
    extracted = [
        extract(a["text"], date.fromisoformat(a["published_at"][:10]), title=a["title"])
        for a in articles
    ]
    with tempfile.TemporaryDirectory() as tmp:
        url = os.environ.get("EVENTLINE_BENCH_DATABASE_URL") or f"sqlite:///{tmp}/bench.db"
        database = Database(Settings(database_url=url))
        database.upgrade()
        backend = database.engine.dialect.name
        try:
            ids = _store(database, articles)
            print(_line(f"merge ({backend})", _apply_each(database, ids, extracted)))
            with database.session() as s:
                mentions = s.scalar(select(func.count()).select_from(Mention))
                events = s.scalar(select(func.count()).select_from(Event))
            print(f"timeline: {mentions} reported events -> {events} timeline events")
            again = _apply_each(database, ids, extracted)
            print(_line(f"re-apply unchanged ({backend})", again))
        finally:
            database.dispose()
