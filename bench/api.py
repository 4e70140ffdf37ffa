"""The API's own costs on one core: article ingest, event pages and calendar feeds.

SQLite in a temporary directory and Celery's in-memory broker, so the numbers are the web
layer and the store, not the network.
"""
from __future__ import annotations

import json
import tempfile
import time
from datetime import UTC, date, datetime, timedelta

from bench import corpus_path
from services.api import create_app
from shared import models
from shared.config import Settings

ARTICLES = corpus_path()
POSTS = 300
EVENTS = 2000
TYPES = ("call", "meeting", "visit", "summit")
HEADERS = {"Authorization": "Bearer bench"}


def _articles(limit: int) -> list[dict]:
    """Real news articles to post (the corpus), as POST /articles bodies."""
    bodies = []
    with ARTICLES.open(encoding="utf-8") as lines:
        for i, line in enumerate(lines):
            if i == limit:
                break
            article = json.loads(line)
            bodies.append({"title": article.get("title") or f"Article {i}",
                           "text": article["text"], "url": f"https://bench.example/{i}",
                           "published_at": str(article.get("published_at"))[:10]})
    return bodies


def _fill_timeline(database, count: int) -> None:
    """`count` events, each with two participants and a source, spread over three years."""
    now = datetime(2024, 1, 1, tzinfo=UTC)
    with database.session() as session:
        article = models.Article(
            dedup_key="sha256:bench", title="Bench", text="x" * 200, content_hash="0" * 64,
            received_at=now, anchor_date=now.date(), anchor="received_at", status="done",
            processed_at=now,
        )
        people = [models.Entity(kind="person", key=f"person {i}", name=f"Person {i}")
                  for i in range(50)]
        session.add_all([article, *people])
        session.flush()
        for i in range(count):
            day = date(2021, 1, 1) + timedelta(days=i % 1000)
            event = models.Event(
                uid=f"bench-{i}", type=TYPES[i % 4], status="occurred", date_value=day.isoformat(),
                date_start=day, date_end=day, precision="day", title=f"Event {i}",
                location="Geneva", sequence=0, created_at=now, updated_at=now,
                participants=[people[i % 50], people[(i * 7 + 1) % 50]],
            )
            session.add(event)
            session.flush()
            session.add(models.Mention(article_id=article.id, event_id=event.id, ordinal=i,
                                       type=event.type, date_start=day, date_end=day,
                                       evidence=f"Person {i} met someone in Geneva.", start=0,
                                       end=30, data={}))


def _rate(label: str, count: int, seconds: float, unit: str) -> None:
    """Print one API line: how many `unit`s a second `count` took in `seconds`."""
    print(f"api {label}: {count / seconds:,.0f} {unit}/s ({count} in {seconds:.2f} s)", flush=True)


def main() -> None:
    """Time POSTs, re-posts, event pages and calendar feeds on a temporary SQLite store."""
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(database_url=f"sqlite:///{tmp}/bench.db", redis_url="memory://",
                            api_tokens=("bench",), max_page_size=500)
        app = create_app(settings)
        database = app.extensions["eventline"].database
        database.upgrade()
        client = app.test_client()

        bodies = _articles(POSTS)
        started = time.perf_counter()
        for body in bodies:
            assert client.post("/articles", json=body, headers=HEADERS).status_code == 202
        _rate("POST /articles (new, real corpus texts)", len(bodies), time.perf_counter() - started,
              "articles")
        started = time.perf_counter()
        for body in bodies:
            assert client.post("/articles", json=body, headers=HEADERS).status_code == 200
        _rate("POST /articles (re-posts)", len(bodies), time.perf_counter() - started, "articles")

        _fill_timeline(database, EVENTS)
        started, pages, url = time.perf_counter(), 0, "/events?limit=50"
        while url:
            page = client.get(url).json
            pages += 1
            url = page["next"] and page["next"].removeprefix("http://localhost")
        _rate(f"GET /events (pages of 50 over {EVENTS} events)", pages,
              time.perf_counter() - started, "pages")

        started = time.perf_counter()
        feed = client.get("/calendar.ics")
        seconds = time.perf_counter() - started
        _rate(f"GET /calendar.ics ({len(feed.data) // 1024} KiB)", EVENTS, seconds, "events")
        started = time.perf_counter()
        assert client.get("/calendar.ics").data == feed.data
        print(f"api GET /calendar.ics again, no validators (cached render): "
              f"{time.perf_counter() - started:.2f} s", flush=True)
        started = time.perf_counter()
        assert client.get("/calendar.ics", headers={"If-None-Match": feed.headers["ETag"]}
                          ).status_code == 304
        print(f"api GET /calendar.ics revalidated (304): {time.perf_counter() - started:.2f} s",
              flush=True)
        database.dispose()


if __name__ == "__main__":
    main()
