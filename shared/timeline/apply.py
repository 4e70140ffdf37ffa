"""Merging one article's extracted events into the stored timeline, safely under concurrency.

The timeline is a function of the set of reports it holds (`cluster`). Applying an article
replaces its reports, gathers every stored report the change could regroup (`neighbourhood`),
groups them afresh with the new ones, and writes the difference (`identity`): events created;
updated in place (same id and UID; SEQUENCE, updated_at and a revision when a visible field
changes); merged, when a new report shows two events to be one (the older keeps its id, the
other is deleted, its reports move); split, when a withdrawn report no longer holds them
together; deleted, when no report is left.

Locks, always taken in this order, so that no two merges can wait on each other in a cycle:
0. the article row (FOR UPDATE): two deliveries of one article run one after the other;
1. advisory locks on the names its participants could be matched by (`entity_lock_keys`),
   under which the entities are planned (read-only: which known ones will be renamed);
2. one advisory lock per event type: the types of the article's new and withdrawn reports,
   and of every report naming an entity it renames (titles change with names). A
   neighbourhood can reach any event of its type, so merges of one type run one after the
   other; they take milliseconds, and extraction, the slow part, runs outside them. Entities
   are written only after this, so no merge changes an entity row and then waits.
SQLite runs one writer at a time (BEGIN IMMEDIATE): the same code is simply serial there.
"""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from datetime import UTC, datetime, timedelta

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from services.worker.extraction.model import (
    EVENT_STATUSES,
    EVENT_TYPES,
    Event,
    Location,
    event_from_dict,
)

from ..entities import MAX_NAME, entity_lock_keys, entity_ref, plan_entities, resolve_entities
from ..models import (
    Article,
    EventParticipant,
    EventRevision,
    Mention,
    MentionParticipant,
    utcnow,
)
from ..models import Event as EventRow
from .cluster import cluster, overlaps
from .identity import assign
from .locks import lock_all
from .merge import EntityInfo, EventFields, MentionInfo, merge_fields
from .neighbourhood import StoredReport, entity_infos, gather

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

    Runs in the caller's transaction. Idempotent: the article's earlier reports are replaced,
    unchanged ones kept as they are. Whatever order articles come in, the timeline ends the
    same (up to ids): events it still supports keep their ids and UIDs; a change to a
    feed-visible field moves SEQUENCE, updated_at and adds an EventRevision naming this article.
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

    # Phase 1: the entities, planned under locks on every name they could be matched by.
    refs = {
        i: [entity_ref(p.name, p.kind, p.aliases, p.code) for p in events[i].participants]
        for i in fresh
    }
    all_refs = {r for rs in refs.values() for r in rs}
    lock_all(session, (k for r in all_refs for k in entity_lock_keys(r)))
    plan = plan_entities(session, all_refs, article.anchor_date)

    # Phase 2: the event types whose groups this merge may change, then the entity writes.
    types = {events[i].type for i in fresh} | {m.type for m in stale}
    types |= _types_reported(session, plan.renamed)
    lock_all(session, (f"timeline:{t}" for t in sorted(types)))
    resolution = resolve_entities(session, all_refs, plan)

    new = [
        MentionInfo(
            article.id,
            i,
            article.anchor_date,
            events[i],
            frozenset(resolution.ids[r] for r in refs[i]),
            article.content_hash,
        )
        for i in fresh
    ]
    withdrawn = _stale_reports(session, article, stale)
    if stale:
        session.execute(delete(Mention).where(Mention.id.in_([m.id for m in stale])))
    stored = gather(
        session,
        new + [w for _, w in withdrawn],
        events={m.event_id for m in stale},
        entities=resolution.renamed,
    )
    merge = _Merge(session, article.id, stored, withdrawn, now)
    merge.regroup(new)
    merge.write(wanted)
    reported = session.scalars(select(Mention.event_id).where(Mention.article_id == article.id))
    return sorted(set(merge.touched) | set(reported))


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


def _types_reported(session: Session, entity_ids: Iterable[int]) -> set[str]:
    """The event types of the reports naming any of `entity_ids`."""
    ids = sorted(set(entity_ids))
    if not ids:
        return set()
    return set(
        session.scalars(
            select(Mention.type)
            .join(MentionParticipant, MentionParticipant.mention_id == Mention.id)
            .where(MentionParticipant.entity_id.in_(ids))
            .distinct()
        )
    )


def _stale_reports(
    session: Session, article: Article, stale: Sequence[Mention]
) -> list[tuple[Mention, MentionInfo]]:
    """The article's reports about to be replaced, as the clustering sees them."""
    if not stale:
        return []
    participants: dict[int, set[int]] = {}
    for mention_id, entity_id in session.execute(
        select(MentionParticipant.mention_id, MentionParticipant.entity_id).where(
            MentionParticipant.mention_id.in_([m.id for m in stale])
        )
    ):
        participants.setdefault(mention_id, set()).add(entity_id)
    return [
        (
            m,
            MentionInfo(
                article.id,
                m.ordinal,
                article.anchor_date,
                event_from_dict(m.data),
                frozenset(participants.get(m.id, ())),
                article.content_hash,
            ),
        )
        for m in stale
    ]


def _identity(m: MentionInfo) -> tuple[int, int]:
    """A report's identity across runs: its article and its ordinal there."""
    return m.article_id, m.ordinal


def _source(m: MentionInfo) -> tuple[int, Event]:
    """What a source shows of itself: its article and what the article reported."""
    return m.article_id, m.event


class _Merge:
    """One article's merge over the neighbourhood it can change, from regrouping to writing."""

    def __init__(
        self,
        session: Session,
        article_id: int,
        stored: Mapping[int, StoredReport],
        withdrawn: Sequence[tuple[Mention, MentionInfo]],
        now: datetime,
    ):
        """A merge for `article_id` over the `stored` neighbourhood and the `withdrawn` reports."""
        self.session = session
        self.article_id = article_id
        self.stored = stored
        self.by_identity = {_identity(r.info): r for r in stored.values()}
        self.withdrawn = withdrawn
        self.now = now
        self.touched: list[int] = []

    def regroup(self, new: Sequence[MentionInfo]) -> None:
        """Group the neighbourhood's reports afresh and decide which stored event each is."""
        self.new = {_identity(m): m for m in new}
        reports = [r.info for r in self.stored.values()] + list(new)
        event_ids = {r.event_id for r in self.stored.values()} | {
            m.event_id for m, _ in self.withdrawn
        }
        self.rows = {
            r.id: r
            for r in self.session.scalars(
                select(EventRow)
                .where(EventRow.id.in_(sorted(event_ids)))
                .execution_options(populate_existing=True)
            )
        }
        self.participants_before: dict[int, set[int]] = {i: set() for i in self.rows}
        for event_id, entity_id in self.session.execute(
            select(EventParticipant.event_id, EventParticipant.entity_id).where(
                EventParticipant.event_id.in_(sorted(self.rows))
            )
        ):
            self.participants_before[event_id].add(entity_id)
        self.entities: dict[int, EntityInfo] = entity_infos(
            self.session,
            {e for m in reports for e in m.entities}
            | {e for es in self.participants_before.values() for e in es},
        )
        self.groups = cluster(reports, self.entities)
        self.assignment = assign(
            [[_identity(m) for m in g] for g in self.groups],
            {_identity(r.info): r.event_id for r in self.stored.values()},
            self._standing_in(new),
            sorted(self.rows),
        )

    def _standing_in(self, new: Sequence[MentionInfo]) -> dict[int, frozenset]:
        """For each event the article's replaced reports were in, its new reports of the same
        type and overlapping dates: they keep the event's id if nothing else does."""
        standing: dict[int, set] = {}
        for mention, old in self.withdrawn:
            standing.setdefault(mention.event_id, set()).update(
                _identity(m) for m in new if m.event.type == old.event.type and overlaps(m, old)
            )
        return {e: frozenset(ids) for e, ids in standing.items()}

    def write(self, wanted: Sequence[dict]) -> None:
        """Store the new grouping: events, their reports and participants, revisions."""
        sources_before = self._sources_before()
        uids = {i: r.uid for i, r in self.rows.items()}
        touched = set()
        moves: dict[int, list[int]] = {}
        for group, event_id in zip(self.groups, self.assignment.event_of, strict=True):
            fields = merge_fields(group, self.entities)
            if event_id is None:
                event_id = self._create(fields)
                touched.add(event_id)
            else:
                absorbed = self.assignment.absorbed.get(event_id, [])
                changed = self._update(
                    event_id,
                    fields,
                    merged=[uids[i] for i in absorbed],
                    sources_moved=Counter(map(_source, group)) != sources_before[event_id],
                )
                if changed:
                    touched.add(event_id)
            for m in group:
                if _identity(m) in self.new:
                    self._insert_mention(m, event_id, wanted[m.ordinal])
                    touched.add(event_id)
                    continue
                r = self.by_identity[_identity(m)]
                if r.event_id != event_id:
                    moves.setdefault(event_id, []).append(r.mention_id)
        for event_id, mention_ids in sorted(moves.items()):
            self.session.execute(
                update(Mention)
                .where(Mention.id.in_(sorted(mention_ids)))
                .values(event_id=event_id)
                .execution_options(synchronize_session=False)
            )
        gone = sorted(
            set(self.assignment.dropped)
            | {i for ids in self.assignment.absorbed.values() for i in ids}
        )
        if gone:
            self.session.execute(
                delete(EventRow).where(EventRow.id.in_(gone)),
                execution_options={"synchronize_session": False},
            )
            for i in gone:
                self.session.expunge(self.rows[i])
        self.session.flush()
        self.touched = sorted(touched - set(gone))

    def _sources_before(self) -> dict[int, Counter]:
        """Each event's sources (article, report) before the merge, withdrawn reports included."""
        before: dict[int, Counter] = {i: Counter() for i in self.rows}
        for r in self.stored.values():
            before[r.event_id][_source(r.info)] += 1
        for mention, info in self.withdrawn:
            before[mention.event_id][_source(info)] += 1
        return before

    def _create(self, fields: EventFields) -> int:
        """Insert a new event with `fields`, its participants and first revision; its id."""
        row = EventRow(uid=str(uuid.uuid4()), sequence=0, created_at=self.now, updated_at=self.now)
        _set_fields(row, fields)
        self.session.add(row)
        self.session.flush()
        self._write_participants(row.id, set(), fields.participants)
        self._revise(row, fields, sequence=0)
        return row.id

    def _update(
        self, event_id: int, fields: EventFields, *, merged: list[str], sources_moved: bool
    ) -> bool:
        """Bring a stored event to `fields`; whether anything about it changed."""
        row = self.rows[event_id]
        before = _row_fields(row, self.participants_before[event_id])
        self._write_participants(event_id, set(before.participants), fields.participants)
        if fields.visible() != before.visible() or merged:
            _set_fields(row, fields)
            self._revise(row, fields, sequence=row.sequence + 1, merged=merged)
            return True
        row.country = fields.country  # where it is, as far as known: not shown
        if sources_moved:
            row.updated_at = self._later(row.updated_at)  # the same event, other sources
            return True
        return False

    def _later(self, previous: datetime) -> datetime:
        """Now, but strictly after `previous`, so LAST-MODIFIED always moves forward."""
        return max(self.now, _aware(previous) + _TICK)

    def _revise(
        self, row: EventRow, fields: EventFields, *, sequence: int, merged: Sequence[str] = ()
    ) -> None:
        """Record a revision at `sequence` (past 0 it also sets SEQUENCE and moves updated_at)."""
        if sequence:
            row.sequence = sequence
            row.updated_at = self._later(row.updated_at)
        snapshot = fields.snapshot(self.entities)
        if merged:
            snapshot["merged"] = list(merged)  # UIDs of the events found to be this one
        self.session.add(
            EventRevision(
                event_id=row.id,
                sequence=sequence,
                article_id=self.article_id,
                changed_at=row.updated_at,
                snapshot=snapshot,
            )
        )

    def _write_participants(self, event_id: int, old: set[int], new: Sequence[int]) -> None:
        """Change the event's participant rows from `old` to `new`, touching only the difference."""
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

    def _insert_mention(self, m: MentionInfo, event_id: int, data: dict) -> None:
        """Store a new report of the event, with its first evidence and its named entities."""
        evidence = m.event.evidence[0] if m.event.evidence else None
        mention_id = self.session.execute(
            insert(Mention).returning(Mention.id),
            {
                "article_id": m.article_id,
                "event_id": event_id,
                "ordinal": m.ordinal,
                "type": m.event.type,
                "date_start": m.event.date.start,
                "date_end": m.event.date.end,
                "evidence": evidence.text if evidence else "",
                "start": evidence.start if evidence else 0,
                "end": evidence.end if evidence else 0,
                "data": data,
                "created_at": self.now,
            },
        ).scalar_one()
        if m.entities:
            self.session.execute(
                insert(MentionParticipant),
                [{"mention_id": mention_id, "entity_id": e} for e in sorted(m.entities)],
            )


def _row_fields(row: EventRow, participants: set[int]) -> EventFields:
    """A stored event's fields in the form `merge_fields` gives, to compare with new ones."""
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
    """Write `fields` onto the event row (participants are written apart)."""
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
