"""Reading the part of the stored timeline one merge can change: its neighbourhood.

A new or withdrawn report can only change the grouping of reports `linked` to it, then of
those linked to these, and so on; an event's other reports come along so that it is always
recomputed whole. `gather` follows those links through the store (by type, overlapping span
and shared entity, on the indexed `mentions` columns) until nothing new is reached.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from services.worker.extraction.model import event_from_dict

from ..models import Article, Entity, Mention, MentionParticipant
from .merge import EntityInfo, MentionInfo

#: Probes per statement: keeps each query's size bounded on either backend.
_CHUNK = 200


@dataclass(frozen=True)
class StoredReport:
    """A report already in the store, and the event it is in."""

    mention_id: int
    event_id: int
    info: MentionInfo


def gather(
    session: Session,
    probes: Iterable[MentionInfo],
    *,
    events: Iterable[int] = (),
    entities: Iterable[int] = (),
) -> dict[int, StoredReport]:
    """Every stored report (by mention id) that a change to `probes`, to `events` or to
    `entities` may regroup: linked to them, transitively, with all reports of every event
    reached."""
    found: dict[int, StoredReport] = {}
    seen_events: set[int] = set()
    frontier, new_events = list(probes), set(events)
    ids = set(_reports_of_entities(session, set(entities)))
    while True:
        ids |= _linked(session, frontier)
        if new_events:
            ids |= set(session.scalars(select(Mention.id).where(Mention.event_id.in_(new_events))))
            seen_events |= new_events
        ids -= found.keys()
        if not ids:
            return found
        loaded = _load(session, ids)
        found.update(loaded)
        frontier = [r.info for r in loaded.values()]
        new_events = {r.event_id for r in loaded.values()} - seen_events
        ids = set()


def _reports_of_entities(session: Session, entity_ids: set[int]) -> list[int]:
    """Ids of the stored reports naming any of `entity_ids`."""
    if not entity_ids:
        return []
    return list(
        session.scalars(
            select(MentionParticipant.mention_id).where(
                MentionParticipant.entity_id.in_(sorted(entity_ids))
            )
        )
    )


def _linked(session: Session, probes: list[MentionInfo]) -> set[int]:
    """Ids of stored reports of the probes' types, overlapping their spans, naming one of
    their participants."""
    shapes = sorted(
        {
            (p.event.type, p.event.date.start, p.event.date.end, tuple(sorted(p.entities)))
            for p in probes
            if p.entities
        }
    )
    ids: set[int] = set()
    for n in range(0, len(shapes), _CHUNK):
        conditions = [
            and_(
                Mention.type == type_,
                Mention.date_start <= end,
                Mention.date_end >= start,
                MentionParticipant.entity_id.in_(entities),
            )
            for type_, start, end, entities in shapes[n : n + _CHUNK]
        ]
        ids.update(
            session.scalars(
                select(Mention.id)
                .join(MentionParticipant, MentionParticipant.mention_id == Mention.id)
                .where(or_(*conditions))
                .distinct()
            )
        )
    return ids


def _load(session: Session, ids: set[int]) -> dict[int, StoredReport]:
    """The stored reports `ids`, as the clustering sees them."""
    ordered = sorted(ids)
    participants: dict[int, set[int]] = {}
    for mention_id, entity_id in session.execute(
        select(MentionParticipant.mention_id, MentionParticipant.entity_id).where(
            MentionParticipant.mention_id.in_(ordered)
        )
    ):
        participants.setdefault(mention_id, set()).add(entity_id)
    found = {}
    for mention_id, event_id, article_id, ordinal, data, anchor, source in session.execute(
        select(
            Mention.id,
            Mention.event_id,
            Mention.article_id,
            Mention.ordinal,
            Mention.data,
            Article.anchor_date,
            Article.content_hash,
        )
        .join(Article, Article.id == Mention.article_id)
        .where(Mention.id.in_(ordered))
    ):
        info = MentionInfo(
            article_id,
            ordinal,
            anchor,
            event_from_dict(data),
            frozenset(participants.get(mention_id, ())),
            source,
        )
        found[mention_id] = StoredReport(mention_id, event_id, info)
    return found


def entity_infos(session: Session, ids: Iterable[int]) -> dict[int, EntityInfo]:
    """What merging needs of the entities `ids`."""
    wanted = sorted(set(ids))
    if not wanted:
        return {}
    return {
        eid: EntityInfo(eid, kind, name, key)
        for eid, kind, name, key in session.execute(
            select(Entity.id, Entity.kind, Entity.name, Entity.key).where(Entity.id.in_(wanted))
        )
    }
