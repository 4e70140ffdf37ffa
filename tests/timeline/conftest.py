"""Builders for timeline tests: stored articles and extracted events written for the purpose."""

from __future__ import annotations

import hashlib
from datetime import date

import pytest

from services.worker.extraction.model import Event, EventDate, Evidence, Location, Participant
from shared.models import Article

XI = Participant("Xi Jinping", "person", ("Xi", "President Xi", "the Chinese President"))
PUTIN = Participant("Vladimir Putin", "person", ("Putin",))
BIDEN = Participant("Joe Biden", "person", ("Biden",))


def span(
    value: str, start: str, end: str | None = None, precision: str = "day", mod=None
) -> EventDate:
    """An EventDate from ISO strings (end defaults to start)."""
    return EventDate(
        value, date.fromisoformat(start), date.fromisoformat(end or start), precision, mod
    )


DAY = span  # readability: DAY("2022-12-30", "2022-12-30")


def event(
    type_: str,
    when: EventDate,
    *people: Participant,
    status: str = "occurred",
    location: str | Location | None = None,
    evidence: str = "",
) -> Event:
    """An extracted event as the extraction core would give it."""
    names = " – ".join(p.name for p in people)
    return Event(
        type=type_,
        status=status,
        date=when,
        participants=tuple(people),
        location=Location(location) if isinstance(location, str) else location,
        title=f"{type_.title()}: {names}",
        evidence=(Evidence(evidence or f"{names} {type_}", 0, len(evidence or names)),),
    )


@pytest.fixture
def add_article(database):
    """Store an article published on a day; returns its id."""
    counter = iter(range(1, 10_000))

    def add(published: str, text: str | None = None) -> int:
        n = next(counter)
        body = text or f"Article {n} published {published}."
        digest = hashlib.sha256(body.encode()).hexdigest()
        with database.session() as s:
            a = Article(
                dedup_key=f"sha256:{digest}",
                title=f"Article {n}",
                text=body,
                content_hash=digest,
                published_at=None,
                anchor_date=date.fromisoformat(published),
                anchor="published_at",
                status="processing",
            )
            s.add(a)
            s.flush()
            return a.id

    return add


@pytest.fixture
def apply(database):
    """Apply extracted events for an article in one transaction, as the worker does."""
    from shared.timeline import apply_extraction

    def run(article_id: int, events, version: str = "test+1", now=None) -> list[int]:
        with database.session() as s:
            article = s.get(Article, article_id)
            return apply_extraction(s, article, list(events), version, now=now)

    return run
