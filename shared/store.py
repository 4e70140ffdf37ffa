"""Reading and writing the store: article ingest and the timeline queries the services share.

Functions take a session and run inside the caller's transaction; none commits.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import Select, and_, exists, func, or_, select, tuple_, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session, selectinload, undefer

from .entities import country_code, name_key
from .models import Article, Entity, EntityAlias, Event, EventParticipant, Mention
from .urls import url_key

_SPACE = re.compile(r"\s+")


# ---------------------------------------------------------------- articles


@dataclass(frozen=True)
class NewArticle:
    """An article as a client posts it, its text already plain."""

    title: str
    text: str
    url: str | None = None
    source: str | None = None
    published_at: datetime | None = None  # aware; its own offset gives the local date


def content_hash(title: str, text: str) -> str:
    """SHA-256 of title and text with Unicode and whitespace normalised (re-posts hash the same)."""
    canonical = "\n".join(
        _SPACE.sub(" ", unicodedata.normalize("NFC", part)).strip() for part in (title, text)
    )
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def dedup_key(new: NewArticle) -> str:
    """What makes a re-post the same article: its normalised URL, else its content."""
    if new.url:
        return f"url:{url_key(new.url)}"[:600]
    return f"sha256:{content_hash(new.title, new.text)}"


def ingest_article(
    session: Session, new: NewArticle, received_at: datetime
) -> tuple[Article, bool]:
    """Store `new` unless the same article is already there; return (article, created).

    Race-free: the insert skips on the unique dedup_key (ON CONFLICT DO NOTHING), so two
    identical posts at the same moment give one row, and the loser reads the winner's.
    """
    if new.published_at is not None:
        anchor, anchor_date = "published_at", new.published_at.date()
    else:
        anchor, anchor_date = "received_at", received_at.astimezone(UTC).date()
    key = dedup_key(new)
    values = dict(
        dedup_key=key,
        url=new.url,
        source=new.source,
        title=new.title,
        text=new.text,
        content_hash=content_hash(new.title, new.text),
        # In UTC: SQLite keeps no offset, and the local date is already in anchor_date.
        published_at=as_utc(new.published_at),
        received_at=as_utc(received_at),
        anchor=anchor,
        anchor_date=anchor_date,
        status="pending",
        attempts=0,
    )
    dialect = sqlite if session.get_bind().dialect.name == "sqlite" else postgresql
    statement = (
        dialect.insert(Article)
        .values(**values)
        .on_conflict_do_nothing(index_elements=["dedup_key"])
        .returning(Article.id)
    )
    inserted = session.execute(statement).scalar_one_or_none()
    article = session.scalars(select(Article).where(Article.dedup_key == key)).one()
    return article, inserted is not None


def mark_enqueued(session: Session, article_id: int, at: datetime) -> None:
    """Record that the article's processing task reached the broker."""
    session.execute(update(Article).where(Article.id == article_id).values(enqueued_at=at))


def get_article(session: Session, article_id: int) -> Article | None:
    """The article with its mentions and the timeline events they belong to."""
    return session.scalars(
        select(Article)
        .where(Article.id == article_id)
        .options(
            selectinload(Article.mentions)
            .selectinload(Mention.event)
            .selectinload(Event.participants)
        )
    ).one_or_none()


def timeline_changed_at(session: Session) -> datetime | None:
    """When processing last changed the timeline: the latest article processing time.

    Every change to events (added, moved, merged or deleted) is written in the transaction
    that marks an article processed, so this moves whenever any feed may have changed.
    """
    return as_utc(session.scalar(select(func.max(Article.processed_at))))


# ---------------------------------------------------------------- events


@dataclass(frozen=True)
class EventFilter:
    """What a client asks of the timeline; empty fields do not filter."""

    start: date | None = None  # events ending on or after this day
    end: date | None = None  # events starting on or before this day
    types: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()
    participants: tuple[str, ...] = ()  # names or aliases; an event must have each
    location: str | None = None  # substring of the location, any case
    q: str | None = None  # words that must each appear in the title or an evidence


#: What a source link shows of an article: never its text, which is large.
_ARTICLE_REF = (Article.id, Article.url, Article.title, Article.source, Article.published_at)

#: Position of an event in timeline order; the keyset cursors are built from it.
EventKey = tuple[date, date, int]


def event_key(event: Event) -> EventKey:
    """The event's position in timeline order (start, end, id)."""
    return (event.date_start, event.date_end, event.id)


def find_events(
    session: Session,
    wanted: EventFilter,
    *,
    after: EventKey | None = None,
    limit: int | None = None,
    latest: bool = False,
    with_sources: bool = False,
) -> list[Event]:
    """Events matching `wanted` in timeline order, those after `after` only, at most `limit`.

    With `latest`, the `limit` events with the latest dates (still returned in timeline order).
    """
    order = (Event.date_start, Event.date_end, Event.id)
    statement = _filtered(select(Event), wanted)
    statement = statement.order_by(*(c.desc() for c in order) if latest else order)
    if after is not None:
        statement = statement.where(tuple_(*order) > tuple_(*after))
    if limit is not None:
        statement = statement.limit(limit)
    options = [selectinload(Event.participants), undefer(Event.source_count)]
    if with_sources:
        options.append(selectinload(Event.mentions).selectinload(Mention.article)
                       .load_only(*_ARTICLE_REF))
    events = list(session.scalars(statement.options(*options)))
    return events[::-1] if latest else events


def get_event(session: Session, event_id: int) -> Event | None:
    """The event with its participants, every source article and evidence, and its revisions."""
    return session.scalars(
        select(Event)
        .where(Event.id == event_id)
        .options(
            selectinload(Event.participants).selectinload(Entity.aliases),
            selectinload(Event.mentions).selectinload(Mention.article).load_only(*_ARTICLE_REF),
            selectinload(Event.revisions),
            undefer(Event.source_count),
        )
    ).one_or_none()


def _filtered(statement: Select, wanted: EventFilter) -> Select:
    """`statement` narrowed to the events `wanted` describes."""
    conditions = []
    if wanted.start is not None:
        conditions.append(Event.date_end >= wanted.start)
    if wanted.end is not None:
        conditions.append(Event.date_start <= wanted.end)
    if wanted.types:
        conditions.append(Event.type.in_(wanted.types))
    if wanted.statuses:
        conditions.append(Event.status.in_(wanted.statuses))
    for name in wanted.participants:
        conditions.append(_has_participant(name))
    if wanted.location:
        conditions.append(_contains(Event.location, _fold(wanted.location)))
    for word in _fold(wanted.q or "").split():
        in_evidence = exists().where(
            Mention.event_id == Event.id, _contains(Mention.evidence, word)
        )
        conditions.append(or_(_contains(Event.title, word), in_evidence))
    return statement.where(and_(*conditions)) if conditions else statement


def _has_participant(name: str):
    """The event has a participant called `name`, by canonical name, alias or country code.

    Names compare by the entity matching keys (case, accents, titles and spelling variants
    folded), so "president xi", "Xi" and "Erdogan" find what the news called them.
    """
    keys = {name_key(name, "person"), name_key(name, "organisation")}
    codes = {name.strip().upper(), country_code(name)} - {None}
    named = select(Entity.id).where(or_(Entity.key.in_(keys), Entity.code.in_(codes)))
    aliased = select(EntityAlias.entity_id).where(EntityAlias.key.in_(keys))
    return exists().where(
        EventParticipant.event_id == Event.id,
        EventParticipant.entity_id.in_(named.union(aliased)),
    )


def _contains(column, folded: str):
    """lower(`column`) contains `folded`; LIKE wildcards in it match literally."""
    escaped = folded.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return func.lower(column).like(f"%{escaped}%", escape="\\")


def _fold(text: str) -> str:
    """`text` as the filters compare it: spaces collapsed, lower-cased as the DB's lower()."""
    return _SPACE.sub(" ", text).strip().lower()


def as_utc(value: datetime | None) -> datetime | None:
    """`value` as an aware UTC datetime (SQLite hands back naive ones, stored in UTC)."""
    if value is None:
        return None
    if value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value.astimezone(UTC)
