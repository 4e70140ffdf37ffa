"""The timeline store's tables (SQLAlchemy 2 ORM); the Alembic migrations in `shared/migrations`
build them."""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import (
    JSON,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    distinct,
    func,
    select,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, column_property, mapped_column, relationship

# Deterministic constraint names, so that migrations can name what they alter on every backend.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    """The current time, timezone-aware in UTC (the default of the timestamp columns)."""
    return datetime.now(UTC)


class Base(DeclarativeBase):
    """The declarative base: every table shares its naming convention for constraints."""
    metadata = MetaData(naming_convention=NAMING)


class Article(Base):
    """A posted news article and the state of its processing."""

    __tablename__ = "articles"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # "url:<normalised url>" or "sha256:<content hash>": what makes a re-post the same article.
    dedup_key: Mapped[str] = mapped_column(String(600), unique=True)
    url: Mapped[str | None] = mapped_column(String(2048))
    source: Mapped[str | None] = mapped_column(String(200))
    title: Mapped[str] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)
    content_hash: Mapped[str] = mapped_column(String(64), index=True)
    published_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    received_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    # The date relative expressions were resolved against: published_at, else received_at.
    anchor_date: Mapped[date] = mapped_column(Date)
    anchor: Mapped[str] = mapped_column(String(20))  # "published_at" | "received_at"
    status: Mapped[str] = mapped_column(String(20), default="pending", index=True)
    error: Mapped[str | None] = mapped_column(Text)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    extractor_version: Mapped[str | None] = mapped_column(String(64))
    enqueued_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    processed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))

    mentions: Mapped[list[Mention]] = relationship(back_populates="article")


class Entity(Base):
    """A person, country or organisation, one row however many ways the news names it."""

    __tablename__ = "entities"
    __table_args__ = (UniqueConstraint("kind", "key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))  # person | country | organisation | group
    key: Mapped[str] = mapped_column(String(300))  # normalised canonical name
    name: Mapped[str] = mapped_column(String(300))  # canonical name
    code: Mapped[str | None] = mapped_column(
        String(8), index=True
    )  # ISO 3166-1 alpha-3 for countries
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    aliases: Mapped[list[EntityAlias]] = relationship(
        back_populates="entity", cascade="all, delete-orphan", order_by="EntityAlias.id"
    )


class EntityAlias(Base):
    """Another name of an entity ("Xi", "President Xi", "the Chinese President")."""

    __tablename__ = "entity_aliases"
    __table_args__ = (UniqueConstraint("entity_id", "key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    entity_id: Mapped[int] = mapped_column(
        ForeignKey("entities.id", ondelete="CASCADE"), index=True
    )
    alias: Mapped[str] = mapped_column(String(300))
    key: Mapped[str] = mapped_column(String(300), index=True)

    entity: Mapped[Entity] = relationship(back_populates="aliases")


class EventParticipant(Base):
    """An entity taking part in a timeline event (the union of its mentions' participants)."""

    __tablename__ = "event_participants"

    event_id: Mapped[int] = mapped_column(
        ForeignKey("events.id", ondelete="CASCADE"), primary_key=True
    )
    entity_id: Mapped[int] = mapped_column(ForeignKey("entities.id"), primary_key=True, index=True)


class Event(Base):
    """One real-world event on the timeline, merged from every mention that reports it."""

    __tablename__ = "events"
    __table_args__ = (Index("ix_events_span", "date_start", "date_end"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(100), unique=True)  # iCalendar UID, never changes
    type: Mapped[str] = mapped_column(String(20), index=True)
    status: Mapped[str] = mapped_column(String(20), index=True)
    date_value: Mapped[str] = mapped_column(String(40))  # TIMEX3 value
    date_start: Mapped[date] = mapped_column(Date)  # inclusive
    date_end: Mapped[date] = mapped_column(Date)  # inclusive
    precision: Mapped[str] = mapped_column(String(20))
    mod: Mapped[str | None] = mapped_column(String(20))
    title: Mapped[str] = mapped_column(Text)
    location: Mapped[str | None] = mapped_column(String(300))
    location_code: Mapped[str | None] = mapped_column(String(8))  # ISO alpha-3 if a country
    # ISO alpha-3 of the country it takes place in, when any source says (also for a city).
    country: Mapped[str | None] = mapped_column(String(8))
    sequence: Mapped[int] = mapped_column(Integer, default=0)  # iCalendar SEQUENCE
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), default=utcnow, index=True
    )

    participants: Mapped[list[Entity]] = relationship(
        secondary="event_participants", order_by="Entity.name"
    )
    mentions: Mapped[list[Mention]] = relationship(back_populates="event", order_by="Mention.id")
    revisions: Mapped[list[EventRevision]] = relationship(
        back_populates="event", cascade="all, delete-orphan", order_by="EventRevision.sequence"
    )


class Mention(Base):
    """One article's report of an event: the extracted event as the article gives it, and its
    evidence."""

    __tablename__ = "mentions"
    __table_args__ = (
        UniqueConstraint("article_id", "ordinal"),
        # What the timeline looks reports up by: same type, overlapping dates.
        Index("ix_mentions_type_span", "type", "date_start", "date_end"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), index=True
    )
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    ordinal: Mapped[int] = mapped_column(Integer)  # position among the article's extracted events
    # The reported event's type and inclusive day span, as in `data` (kept apart to be indexed).
    type: Mapped[str] = mapped_column(String(20))
    date_start: Mapped[date] = mapped_column(Date)
    date_end: Mapped[date] = mapped_column(Date)
    evidence: Mapped[str] = mapped_column(Text)
    start: Mapped[int] = mapped_column(
        Integer
    )  # character offsets of the evidence in the article text
    end: Mapped[int] = mapped_column(Integer)
    data: Mapped[dict] = mapped_column(JSON)  # the extracted event, `Event.to_dict()`
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    article: Mapped[Article] = relationship(back_populates="mentions")
    event: Mapped[Event] = relationship(back_populates="mentions")
    participants: Mapped[list[Entity]] = relationship(
        secondary="mention_participants", order_by="Entity.name"
    )


class MentionParticipant(Base):
    """The canonical entities one mention names: the event's participants are their union."""

    __tablename__ = "mention_participants"

    mention_id: Mapped[int] = mapped_column(
        ForeignKey("mentions.id", ondelete="CASCADE"), primary_key=True
    )
    entity_id: Mapped[int] = mapped_column(ForeignKey("entities.id"), primary_key=True, index=True)


class EventRevision(Base):
    """What an event looked like at each SEQUENCE, and which article moved it there."""

    __tablename__ = "event_revisions"
    __table_args__ = (UniqueConstraint("event_id", "sequence"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    sequence: Mapped[int] = mapped_column(Integer)
    article_id: Mapped[int | None] = mapped_column(ForeignKey("articles.id", ondelete="SET NULL"))
    changed_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    snapshot: Mapped[dict] = mapped_column(
        JSON
    )  # type, status, date, title, location, participants

    event: Mapped[Event] = relationship(back_populates="revisions")


#: How many articles report the event; loaded only where asked for (`undefer`), since the
#: timeline merge, which loads events all the time, never needs it.
Event.source_count = column_property(
    select(func.count(distinct(Mention.article_id)))
    .where(Mention.event_id == Event.id)
    .correlate_except(Mention)
    .scalar_subquery(),
    deferred=True,
)
