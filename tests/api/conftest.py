"""Fixtures for the API: the app on a migrated store, a client, and a small real timeline."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime

import pytest
import redis

from services.api import create_app
from shared import models

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


def at(text: str) -> datetime:
    """An aware UTC datetime from 'YYYY-MM-DD HH:MM'."""
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


@dataclass
class Story:
    """What `add_event` needs to write one timeline event and the article mentions reporting it."""

    type: str
    status: str
    value: str
    start: date
    end: date
    precision: str
    participants: list[tuple[str, str]]  # (name, kind)
    location: str | None = None
    mod: str | None = None
    evidence: list[str] = field(default_factory=list)
    sequence: int = 0
    updated: str = "2023-01-03 12:00"


def add_article(session, title: str, url: str | None, published: str, text: str) -> models.Article:
    """A processed article row."""
    article = models.Article(
        dedup_key=f"url:{url}" if url else f"sha256:{abs(hash((title, text)))}",
        url=url, source="Test Wire", title=title, text=text,
        content_hash="0" * 64, published_at=at(published), received_at=at(published),
        anchor_date=at(published).date(), anchor="published_at", status="done",
        extractor_version="test", processed_at=at(published),
    )
    session.add(article)
    session.flush()
    return article


#: Other names the news uses for the test entities.
ALIASES = {"Xi Jinping": ["Xi", "President Xi"], "Vladimir Putin": ["Putin"],
           "Recep Tayyip Erdoğan": ["Erdoğan"]}


def entity(session, name: str, kind: str) -> models.Entity:
    """The entity called `name`, created with its aliases if new."""
    found = session.query(models.Entity).filter_by(kind=kind, key=name.lower()).one_or_none()
    if found:
        return found
    found = models.Entity(kind=kind, key=name.lower(), name=name,
                          code={"Russia": "RUS", "China": "CHN"}.get(name))
    for alias in ALIASES.get(name, []):
        found.aliases.append(models.EntityAlias(alias=alias, key=alias.lower()))
    session.add(found)
    session.flush()
    return found


def add_event(session, story: Story, articles: list[models.Article], uid: str) -> models.Event:
    """A timeline event that `articles` report (evidence i in article i), revisions 0..SEQUENCE."""
    updated = at(story.updated)
    event = models.Event(
        uid=uid, type=story.type, status=story.status, date_value=story.value,
        date_start=story.start, date_end=story.end, precision=story.precision, mod=story.mod,
        title=f"{story.type}: " + " – ".join(n for n, _ in story.participants),
        location=story.location, sequence=story.sequence,
        created_at=at("2023-01-03 12:00"), updated_at=updated,
    )
    event.participants = [entity(session, n, k) for n, k in story.participants]
    session.add(event)
    session.flush()
    for article, evidence in zip(articles, story.evidence, strict=True):
        start = article.text.index(evidence)
        data = {
            "type": story.type, "status": story.status,
            "date": {"value": story.value, "start": story.start.isoformat(),
                     "end": story.end.isoformat(), "precision": story.precision, "mod": story.mod},
            "participants": [{"name": n, "kind": k} for n, k in story.participants],
            "location": {"name": story.location} if story.location else None,
            "title": event.title,
            "evidence": [{"text": evidence, "start": start, "end": start + len(evidence)}],
        }
        ordinal = session.query(models.Mention).filter_by(article_id=article.id).count()
        session.add(models.Mention(
            article_id=article.id, event_id=event.id, ordinal=ordinal, evidence=evidence,
            start=start, end=start + len(evidence), data=data,
        ))
    for seq in range(story.sequence + 1):
        session.add(models.EventRevision(
            event_id=event.id, sequence=seq, article_id=articles[min(seq, len(articles) - 1)].id,
            changed_at=updated, snapshot={"status": story.status, "date": story.value},
        ))
    session.flush()
    return event


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
    ids = {}
    with database.session() as session:
        seed = add_article(session, "Putin, Xi discuss ties", "https://news.example/putin-xi",
                           "2023-01-03 09:00", SEED_TEXT)
        follow = add_article(session, "Xi and Putin held call", "https://news.example/xi-putin",
                             "2023-01-04 10:00", FOLLOW_TEXT)
        hostile = add_article(session, 'Hostile; title, with "quotes" \\ and ünïcödé', None,
                              "2023-02-02 08:00", HOSTILE_TEXT)
        putin, xi = ("Vladimir Putin", "person"), ("Xi Jinping", "person")
        ids["call"] = add_event(session, Story(
            "call", "occurred", "2022-12-30", date(2022, 12, 30), date(2022, 12, 30), "day",
            [putin, xi], evidence=["The discussions held via video link last Friday (December 30)",
                                   "held a video call on December 30"],
            sequence=1, updated="2023-01-04 10:05",
        ), [seed, follow], "call-putin-xi").id
        ids["meeting"] = add_event(session, Story(
            "meeting", "occurred", "2022-W51", date(2022, 12, 19), date(2022, 12, 25), "week",
            [("Dmitry Medvedev", "person"), xi], location="Beijing",
            evidence=["Dmitry Medvedev met with Xi Jinping in Beijing"],
        ), [seed], "meeting-medvedev-xi").id
        ids["visit"] = add_event(session, Story(
            "visit", "planned", "2023-SP", date(2023, 3, 1), date(2023, 5, 31), "season",
            [xi], location="Moscow",
            evidence=[
                "The Chinese President is expected to pay a state visit to Moscow next spring"
            ],
        ), [seed], "visit-xi-moscow").id
        ids["summit"] = add_event(session, Story(
            "summit", "occurred", "2022-09", date(2022, 9, 1), date(2022, 9, 30), "month",
            [("Shanghai Cooperation Organization", "organisation")], mod="MID",
            evidence=["the Shanghai Cooperation Organization summit"],
        ), [seed], "summit-sco-2022").id
        ids["hostile"] = add_event(session, Story(
            "meeting", "cancelled", "2023-02-01", date(2023, 2, 1), date(2023, 2, 1), "day",
            [("Recep Tayyip Erdoğan", "person"), ("Volodymyr Zelensky", "person")],
            location="Ankara; Turkey, \\ \"centre\"", evidence=[HOSTILE_TEXT.strip()],
        ), [hostile], "meeting-hostile").id
        ids["articles"] = {"seed": seed.id, "follow": follow.id, "hostile": hostile.id}
    return ids
