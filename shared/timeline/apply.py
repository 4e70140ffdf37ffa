"""Merging one article's extracted events into the stored timeline, safely under concurrency.

Several workers merge at once. Each merge takes its locks in one global order, so none can
wait on another in a cycle (see `locks`):
0. the article row (FOR UPDATE): two deliveries of one article run one after the other;
1. advisory locks on the names its participants could be matched by, then the entity upserts
   (INSERT ... ON CONFLICT DO NOTHING, then SELECT);
2. advisory locks on (type, participant) for every report: two reports that could be one
   event share a participant, so they share a lock, and no event of that type with that
   participant can be created or gain that participant meanwhile;
3. FOR UPDATE, in one statement in id order, on every event of those types with those
   participants (and on the events the article's earlier reports were in); these rows are
   then read afresh, so what another worker committed before is seen, and nothing changes
   them until this transaction ends.
SQLite runs one writer at a time (BEGIN IMMEDIATE): the same code is simply serial there.
"""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import UTC, datetime, timedelta

from sqlalchemy import and_, delete, insert, or_, select
from sqlalchemy.orm import Session

from services.worker.extraction.model import (
    EVENT_STATUSES,
    EVENT_TYPES,
    Event,
    Location,
    event_from_dict,
)

from ..entities import (
    MAX_NAME,
    complete_lone_names,
    entity_lock_keys,
    entity_ref,
    resolve_entities,
)
from ..models import (
    Article,
    Entity,
    EventParticipant,
    EventRevision,
    Mention,
    MentionParticipant,
    utcnow,
)
from ..models import Event as EventRow
from .locks import lock_all
from .merge import EntityInfo, EventFields, MentionInfo, compatible, match_score, merge_fields

_TICK = timedelta(microseconds=1)


def apply_extraction(
    session: Session,
    article: Article,
    events: Sequence[Event],
    extractor_version: str,
    *,
    now: datetime | None = None,
) -> list[int]:
    """Merge `article`'s extracted `events` into the timeline; return the ids of events touched.

    Runs in the caller's transaction. Idempotent: the article's earlier mentions are replaced,
    unchanged ones kept as they are, and an event left with no mention is deleted. Events it
    still supports keep their ids and UIDs; a change to a feed-visible field moves SEQUENCE,
    updated_at and adds an EventRevision naming this article.
    """
    events = [_fit(e) for e in events]
    now = _aware(now or utcnow())
    # Phase 0: the article row, so that two deliveries of one article never interleave.
    session.execute(select(Article.id).where(Article.id == article.id).with_for_update())
    if article.extractor_version != extractor_version:
        article.extractor_version = extractor_version
    existing = session.scalars(
        select(Mention)
        .where(Mention.article_id == article.id)
        .order_by(Mention.ordinal)
        .execution_options(populate_existing=True)
    ).all()
    wanted = [e.to_dict() for e in events]
    kept = {
        m.ordinal: m for m in existing if m.ordinal < len(wanted) and m.data == wanted[m.ordinal]
    }
    stale = [m for m in existing if m.ordinal not in kept]
    fresh = [i for i in range(len(events)) if i not in kept]
    if not stale and not fresh:
        return sorted({m.event_id for m in existing})

    # Phase 1: canonical entities, under locks on every name they could be matched by.
    refs = {
        i: [entity_ref(p.name, p.kind, p.aliases, p.code) for p in events[i].participants]
        for i in fresh
    }
    all_refs = {r for rs in refs.values() for r in rs}
    lock_all(session, (k for r in all_refs for k in entity_lock_keys(r)))
    renamed = complete_lone_names(session, all_refs, article.anchor_date)
    ids = resolve_entities(session, all_refs)
    participants = {i: frozenset(ids[r] for r in refs[i]) for i in fresh}

    # Phase 2: one lock per (type, participant): reports that could be one event share one.
    lock_all(session, (f"event:{events[i].type}:{e}" for i in fresh for e in participants[i]))

    # Phase 3: every event a fresh report could join or a stale one leaves, locked in id order.
    retitled = (
        set(
            session.scalars(
                select(EventParticipant.event_id).where(EventParticipant.entity_id.in_(renamed))
            )
        )
        if renamed
        else set()
    )
    rows = _lock_candidates(
        session,
        {(events[i].type, e) for i in fresh for e in participants[i]},
        {m.event_id for m in stale} | retitled,
    )
    timeline = _Timeline(session, rows, stale, now, retitled)
    timeline.load()
    if stale:
        session.execute(delete(Mention).where(Mention.id.in_([m.id for m in stale])))

    taken = {m.event_id for m in kept.values()}  # one article reports distinct events
    for i in fresh:
        info = MentionInfo(article.id, i, article.anchor_date, events[i], participants[i])
        target = timeline.best_target(info, exclude=taken, linked={m.event_id for m in stale})
        event_id = timeline.add(info, target)
        taken.add(event_id)
        _insert_mention(
            session, article.id, i, event_id, events[i], wanted[i], participants[i], now
        )
    return timeline.commit(article.id, extra=taken)


def _fit(e: Event) -> Event:
    """`e`, checked; a place name cut to what the store keeps (a longer one is a misreading)."""
    if e.type not in EVENT_TYPES or e.status not in EVENT_STATUSES:
        raise ValueError(f"not an event the timeline knows: type={e.type!r} status={e.status!r}")
    if e.date.start > e.date.end:
        raise ValueError(f"event date ends before it starts: {e.date}")
    if e.location and len(e.location.name) > MAX_NAME:
        return replace(e, location=replace(e.location, name=e.location.name[:MAX_NAME]))
    return e


def _aware(moment: datetime) -> datetime:
    """UTC-aware (SQLite hands datetimes back naive)."""
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _lock_candidates(
    session: Session, keys: set[tuple[str, int]], linked: set[int]
) -> list[EventRow]:
    """Lock (FOR UPDATE, ascending id, one statement) the events sharing a (type, participant)
    key with a fresh report, and the events `linked` to the article's stale reports."""
    by_type: dict[str, set[int]] = {}
    for type_, entity_id in keys:
        by_type.setdefault(type_, set()).add(entity_id)
    conditions = [EventRow.id.in_(sorted(linked))] if linked else []
    if by_type:
        sharing = (
            select(EventParticipant.event_id)
            .join(EventRow)
            .where(
                or_(
                    *(
                        and_(EventRow.type == t, EventParticipant.entity_id.in_(sorted(es)))
                        for t, es in sorted(by_type.items())
                    )
                )
            )
        )
        conditions.append(EventRow.id.in_(sharing))
    if not conditions:
        return []
    return list(
        session.scalars(
            select(EventRow)
            .where(or_(*conditions))
            .order_by(EventRow.id)
            .with_for_update()
            .execution_options(populate_existing=True)
        )
    )


def _insert_mention(
    session: Session,
    article_id: int,
    ordinal: int,
    event_id: int,
    event: Event,
    data: dict,
    participants: frozenset[int],
    now: datetime,
) -> None:
    evidence = event.evidence[0] if event.evidence else None
    mention_id = session.execute(
        insert(Mention).returning(Mention.id),
        {
            "article_id": article_id,
            "event_id": event_id,
            "ordinal": ordinal,
            "type": event.type,
            "date_start": event.date.start,
            "date_end": event.date.end,
            "evidence": evidence.text if evidence else "",
            "start": evidence.start if evidence else 0,
            "end": evidence.end if evidence else 0,
            "data": data,
            "created_at": now,
        },
    ).scalar_one()
    if participants:
        session.execute(
            insert(MentionParticipant),
            [{"mention_id": mention_id, "entity_id": e} for e in sorted(participants)],
        )


class _Timeline:
    """The locked neighbourhood of the timeline one article's merge works on, in memory."""

    def __init__(
        self,
        session: Session,
        rows: list[EventRow],
        stale: list[Mention],
        now: datetime,
        retitled: set[int] = frozenset(),
    ):
        self.session = session
        self.rows = {r.id: r for r in rows}
        self.stale_ids = {m.id for m in stale}
        self.now = now
        self.members: dict[int, list[MentionInfo]] = {}
        self.fields: dict[int, EventFields] = {}
        self.before: dict[int, EventFields] = {}
        self.entities: dict[int, EntityInfo] = {}
        # Events this article's stale reports leave, and those of people it renamed.
        self.changed: set[int] = {m.event_id for m in stale} | (set(retitled) & set(self.rows))
        self.created: set[int] = set()
        self.sources_before: dict[int, Counter] = {}

    def load(self) -> None:
        """Read the locked events' participants (fresh: after the locks), and the reports of the
        events this article's stale reports leave; the others are matched by their stored fields."""
        ids = list(self.rows)
        event_entities: dict[int, set[int]] = {i: set() for i in ids}
        if ids:
            for event_id, entity_id in self.session.execute(
                select(EventParticipant.event_id, EventParticipant.entity_id).where(
                    EventParticipant.event_id.in_(ids)
                )
            ):
                event_entities[event_id].add(entity_id)
        self.need_entities(set().union(*event_entities.values()))
        for i, row in self.rows.items():
            self.before[i] = self.fields[i] = _row_fields(row, event_entities[i])
        self._read_members(sorted(self.changed))
        for i in self.changed:
            # An event losing its last report keeps its old face while fresh reports may claim it.
            if self.members[i]:
                self.fields[i] = merge_fields(self.members[i], self.entities)

    def _read_members(self, ids: list[int]) -> None:
        """Load the current reports (but this article's stale ones) of events `ids`."""
        ids = [i for i in ids if i not in self.members]
        if not ids:
            return
        mention_entities: dict[int, set[int]] = {}
        for mention_id, entity_id in self.session.execute(
            select(MentionParticipant.mention_id, MentionParticipant.entity_id)
            .join(Mention)
            .where(Mention.event_id.in_(ids))
        ):
            mention_entities.setdefault(mention_id, set()).add(entity_id)
        self.need_entities(set().union(*mention_entities.values()))
        for i in ids:
            self.members[i] = []
            self.sources_before.setdefault(i, Counter())
        for m, anchor in self.session.execute(
            select(Mention, Article.anchor_date)
            .join(Article)
            .where(Mention.event_id.in_(ids))
            .order_by(Mention.id)
            .execution_options(populate_existing=True)
        ):
            info = MentionInfo(
                m.article_id,
                m.ordinal,
                anchor,
                event_from_dict(m.data),
                frozenset(mention_entities.get(m.id, ())),
            )
            self.sources_before[m.event_id][_source(info)] += 1
            if m.id not in self.stale_ids:
                self.members[m.event_id].append(info)

    def need_entities(self, ids: Iterable[int]) -> None:
        missing = set(ids) - set(self.entities)
        if missing:
            for eid, kind, name, key in self.session.execute(
                select(Entity.id, Entity.kind, Entity.name, Entity.key).where(
                    Entity.id.in_(missing)
                )
            ):
                self.entities[eid] = EntityInfo(eid, kind, name, key)

    def best_target(self, info: MentionInfo, *, exclude: set[int], linked: set[int]) -> int | None:
        """The id of the event `info` reports, or None for a new one."""
        self.need_entities(info.entities)
        # An event left with no report ranks below every supported one: it may keep its id for
        # this article's new report, but must not split it from an event others still report.
        supported = {i for i in self.fields if self.members.get(i) != []}  # [] = read, none left
        scored = [
            (i in supported, match_score(info, f, previously_linked=i in linked), -i)
            for i, f in self.fields.items()
            if i not in exclude
            and compatible(info, f, self.entities, previously_linked=i in linked)
        ]
        return -max(scored)[-1] if scored else None

    def add(self, info: MentionInfo, target: int | None) -> int:
        """Attach `info` to event `target` (or a new event); return the event id."""
        if target is None:
            fields = merge_fields([info], self.entities)
            row = EventRow(
                uid=str(uuid.uuid4()), sequence=0, created_at=self.now, updated_at=self.now
            )
            _set_fields(row, fields)
            self.session.add(row)
            self.session.flush()
            target = row.id
            self.rows[target] = row
            self.members[target] = []
            self.sources_before[target] = Counter()
            self.created.add(target)
        self._read_members([target])
        self.members[target].append(info)
        self.fields[target] = merge_fields(self.members[target], self.entities)
        self.changed.add(target)
        return target

    def commit(self, article_id: int, extra: set[int]) -> list[int]:
        """Write every changed event: delete the orphaned, move SEQUENCE on visible change."""
        touched = set(extra)
        for i in sorted(self.changed):
            row = self.rows[i]
            if not self.members[i]:
                self.session.execute(
                    delete(EventRow).where(EventRow.id == i),
                    execution_options={"synchronize_session": False},
                )
                self.session.expunge(row)
                touched.discard(i)
                continue
            touched.add(i)
            fields = self.fields[i]
            old = None if i in self.created else self.before[i]
            self._write_participants(
                i, set(old.participants) if old else set(), fields.participants
            )
            if old is None:
                _set_fields(row, fields)
                self._revise(row, fields, article_id, sequence=0)
            elif fields.visible() != old.visible():
                _set_fields(row, fields)
                self._revise(row, fields, article_id, sequence=row.sequence + 1)
            else:
                row.country = fields.country  # where it is, as far as known: not shown
                if Counter(map(_source, self.members[i])) != self.sources_before[i]:
                    row.updated_at = self._later(row.updated_at)  # the same event, other sources
        self.session.flush()
        return sorted(touched)

    def _later(self, previous: datetime) -> datetime:
        """Now, but strictly after `previous`, so LAST-MODIFIED always moves forward."""
        return max(self.now, _aware(previous) + _TICK)

    def _revise(self, row: EventRow, fields: EventFields, article_id: int, sequence: int) -> None:
        if sequence:
            row.sequence = sequence
            row.updated_at = self._later(row.updated_at)
        self.session.add(
            EventRevision(
                event_id=row.id,
                sequence=sequence,
                article_id=article_id,
                changed_at=row.updated_at,
                snapshot=fields.snapshot(self.entities),
            )
        )

    def _write_participants(self, event_id: int, old: set[int], new: Sequence[int]) -> None:
        gone, added = old - set(new), set(new) - old
        if gone:
            self.session.execute(
                delete(EventParticipant).where(
                    EventParticipant.event_id == event_id, EventParticipant.entity_id.in_(gone)
                )
            )
        if added:
            self.session.execute(
                insert(EventParticipant),
                [{"event_id": event_id, "entity_id": e} for e in sorted(added)],
            )


def _source(info: MentionInfo) -> tuple[int, Event]:
    """What a source shows of itself: its article and what the article reported."""
    return info.article_id, info.event


def _row_fields(row: EventRow, participants: set[int]) -> EventFields:
    return EventFields(
        type=row.type,
        status=row.status,
        date_value=row.date_value,
        date_start=row.date_start,
        date_end=row.date_end,
        precision=row.precision,
        mod=row.mod,
        location=Location(row.location, row.location_code) if row.location else None,
        title=row.title,
        participants=tuple(sorted(participants)),
        country=row.country,
    )


def _set_fields(row: EventRow, fields: EventFields) -> None:
    row.type = fields.type
    row.status = fields.status
    row.date_value = fields.date_value
    row.date_start = fields.date_start
    row.date_end = fields.date_end
    row.precision = fields.precision
    row.mod = fields.mod
    row.location = fields.location.name if fields.location else None
    row.location_code = fields.location.code if fields.location else None
    row.country = fields.country
    row.title = fields.title
