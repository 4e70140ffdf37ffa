"""Fixtures for the API: the app on a migrated store, a client, and a small real timeline."""
from __future__ import annotations

import threading
from datetime import UTC, date, datetime

import pytest
import redis
from sqlalchemy import select
from werkzeug.serving import make_server

from services.api import create_app
from services.worker.extraction.model import Event, EventDate, Evidence, Location, Participant
from shared import models, store
from shared.models import Article
from shared.timeline import apply_extraction

TOKEN_HEADERS = {"Authorization": "Bearer test-token"}


@pytest.fixture
def app(settings, database):
    """The API on the migrated store of `settings`; its queue is emptied afterwards."""
    application = create_app(settings)
    yield application
    application.extensions["eventline"].database.dispose()
    client = redis.Redis.from_url(settings.redis_url)
    client.delete(settings.queue)
    client.close()


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def live_server(app):
    """The app served over real HTTP on a free loopback port."""
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    thread.join(10)


def at(text: str) -> datetime:
    """An aware UTC datetime from 'YYYY-MM-DD HH:MM'."""
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


XI = Participant("Xi Jinping", "person", ("Xi", "President Xi", "the Chinese President"))
PUTIN = Participant("Vladimir Putin", "person", ("Putin",))
MEDVEDEV = Participant("Dmitry Medvedev", "person", ("Medvedev",))
SCO = Participant("Shanghai Cooperation Organization", "organisation", ("SCO",))
ERDOGAN = Participant("Recep Tayyip Erdoğan", "person", ("Erdoğan",))
ZELENSKY = Participant("Volodymyr Zelensky", "person", ("Zelensky",))


def when(value: str, start: str, end: str | None = None, precision: str = "day",
         mod: str | None = None) -> EventDate:
    """An EventDate from ISO strings (end defaults to start)."""
    return EventDate(value, date.fromisoformat(start), date.fromisoformat(end or start),
                     precision, mod)


def report(text: str, evidence: str, type_: str, date_: EventDate, *people: Participant,
           status: str = "occurred", location: str | None = None) -> Event:
    """An extracted event as the extraction core gives it, its evidence found in `text`."""
    start = text.index(evidence)
    return Event(
        type=type_, status=status, date=date_, participants=people,
        location=Location(location) if location else None,
        title=f"{type_.title()}: " + " – ".join(p.name for p in people),
        evidence=(Evidence(evidence, start, start + len(evidence)),),
    )


def add_article(session, title: str, url: str | None, published: str, text: str) -> Article:
    """An article stored as POST /articles stores it."""
    new = store.NewArticle(title=title, text=text, url=url, source="Test Wire",
                           published_at=at(published))
    article, _ = store.ingest_article(session, new, at(published))
    return article


def process(session, article: Article, events: list[Event], now: str) -> list[int]:
    """What the worker does with an article: merge its events, mark it done, at `now`."""
    touched = apply_extraction(session, article, events, "test+1", now=at(now))
    article.status, article.processed_at = "done", at(now)
    return touched


SEED_TEXT = (
    "MOSCOW, January 3. Russian President Vladimir Putin and Chinese President Xi Jinping "
    "discussed bilateral ties. The discussions held via video link last Friday (December 30) "
    "were constructive. Earlier, Dmitry Medvedev met with Xi Jinping in Beijing. "
    "The Chinese President is expected to pay a state visit to Moscow next spring. "
    "The leaders met in mid-September last year at the Shanghai Cooperation Organization summit."
)
FOLLOW_TEXT = (
    "BEIJING, January 4. Xi Jinping and Vladimir Putin held a video call on December 30, "
    "Chinese state media said."
)
#: Text a feed must carry safely: iCalendar delimiters, a line break, non-ASCII, a long line.
HOSTILE_TEXT = (
    "Talks; with, commas \\ backslashes\nand a new line: Erdoğan – Зеленский – 习近平 met "
    "in Ankara on 2023-02-01. " + "A very long sentence that goes on " * 8
)


@pytest.fixture
def timeline(database):
    """A small timeline: the seed story's events, one reported twice, and one hostile event."""
    with database.session() as session:
        seed = add_article(session, "Putin, Xi discuss ties", "https://news.example/putin-xi",
                           "2023-01-03 09:00", SEED_TEXT)
        follow = add_article(session, "Xi and Putin held call", "https://news.example/xi-putin",
                             "2023-01-04 10:00", FOLLOW_TEXT)
        hostile = add_article(session, 'Hostile; title, with "quotes" \\ and ünïcödé', None,
                              "2023-02-02 08:00", HOSTILE_TEXT)
        call_day = when("2022-12-30", "2022-12-30")
        seed_ids = process(session, seed, [
            report(SEED_TEXT, "The discussions held via video link last Friday (December 30)",
                   "call", call_day, PUTIN, XI),
            report(SEED_TEXT, "Dmitry Medvedev met with Xi Jinping in Beijing", "meeting",
                   when("2022-W51", "2022-12-19", "2022-12-25", "week"), MEDVEDEV, XI,
                   location="Beijing"),
            report(SEED_TEXT, "is expected to pay a state visit to Moscow next spring", "visit",
                   when("2023-SP", "2023-03-01", "2023-05-31", "season"), XI,
                   status="planned", location="Moscow"),
            report(SEED_TEXT, "the Shanghai Cooperation Organization summit", "summit",
                   when("2022-09", "2022-09-01", "2022-09-30", "month", "MID"), SCO),
        ], now="2023-01-03 09:05")
        process(session, follow, [
            report(FOLLOW_TEXT, "held a video call on December 30", "call", call_day, XI, PUTIN),
        ], now="2023-01-04 10:05")
        hostile_ids = process(session, hostile, [
            report(HOSTILE_TEXT, HOSTILE_TEXT.strip(), "meeting", when("2023-02-01", "2023-02-01"),
                   ERDOGAN, ZELENSKY, status="cancelled", location='Ankara; Turkey, \\ "centre"'),
        ], now="2023-02-02 08:05")
    ids = dict(zip(("call", "meeting", "visit", "summit"), seed_ids, strict=True))
    ids["hostile"] = hostile_ids[0]
    with database.session() as session:
        uids = dict(session.execute(select(models.Event.id, models.Event.uid)).all())
    return {**ids, "uids": {name: uids[event_id] for name, event_id in ids.items()},
            "articles": {"seed": seed.id, "follow": follow.id, "hostile": hostile.id}}
