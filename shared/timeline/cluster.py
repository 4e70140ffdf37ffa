"""Which reports are one event: a deterministic clustering of a set of reports, pure.

The timeline is a function of the set of reports it holds, whatever order they arrived in:
this module computes that function. It is agglomerative and greedy, most certain merge first:

1. Every report starts as an event of its own.
2. Two events may merge when they are `compatible` (same type, overlapping dates, agreeing
   participants and places), no article reports both (one article's reports are distinct
   events), and some report of each names a participant of the other's on overlapping dates
   (`linked`: nothing is merged through a chain of mere compatibilities).
3. Of all pairs that may merge, the one with the highest `affinity` merges first: the coarser
   of the two dates is finest (two reports dated to the day before a year's report), then the
   same place named, then the most participants in common, then the closest dates, then the
   nearest in publication; exact ties go to the pair whose earliest reports come first in a
   content order (publication day, article content hash, position). Repeat until no pair may.

So precise reports gather first, and a vague one ("in 2005") joins the event it fits best,
late, rather than the first one it met. A vague report that fits several events equally well
on names, place and dates joins the one whose reports were published nearest its own: news
is about what just happened or is about to. It is not kept apart as an event of its own:
that would show a year-long duplicate of an event the timeline already has, while joining
changes none of the event's dates (a vaguer date never widens one) and, reported after the
days, cannot turn it back into a plan (`choose_status`).

Only linked events merge, so an event never reaches beyond the reports linked to one of its
own: clustering any set closed under `linked` gives what clustering the whole store would.
"""

from __future__ import annotations

import heapq
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from services.worker.extraction.model import PRECISIONS

from .merge import (
    EntityInfo,
    EventFields,
    MentionInfo,
    compatible,
    lone_names_covered,
    merge_fields,
    places_confirm,
)


def overlaps(a: MentionInfo, b: MentionInfo) -> bool:
    """Whether two reports' date spans overlap."""
    return a.event.date.start <= b.event.date.end and b.event.date.start <= a.event.date.end


def linked(a: MentionInfo, b: MentionInfo) -> bool:
    """Two reports that may speak of one event: same type, overlapping dates, a participant in
    common. Only events linked through such a pair merge."""
    return a.event.type == b.event.type and bool(a.entities & b.entities) and overlaps(a, b)


@dataclass(frozen=True)
class Cluster:
    """A set of reports taken for one event, with what merging it needs."""

    members: tuple[MentionInfo, ...]
    fields: EventFields
    articles: frozenset[int]
    key: tuple  # the smallest member key: where the cluster stands in the content order
    first_published: object
    last_published: object

    @classmethod
    def of(cls, members: Sequence[MentionInfo], entities: Mapping[int, EntityInfo]) -> Cluster:
        """The cluster of `members`, in content order, with their merged fields."""
        members = tuple(sorted(members, key=lambda m: m.key))
        return cls(
            members=members,
            fields=merge_fields(members, entities),
            articles=frozenset(m.article_id for m in members),
            key=members[0].key,
            first_published=min(m.published for m in members),
            last_published=max(m.published for m in members),
        )


def _precision_rank(precision: str) -> int:
    """Finer is smaller; a time of day counts as its day."""
    return max(PRECISIONS.index(precision), PRECISIONS.index("day"))


def mergeable(a: Cluster, b: Cluster, entities: Mapping[int, EntityInfo]) -> bool:
    """Whether two events may be one (their reports already known to be linked)."""
    return not (a.articles & b.articles) and compatible(a.fields, b.fields, entities)


def affinity(a: Cluster, b: Cluster, entities: Mapping[int, EntityInfo]) -> tuple:
    """How sure it is that two mergeable events are one: smaller sorts first (surer)."""
    fa, fb = a.fields, b.fields
    ours, theirs = frozenset(fa.participants), frozenset(fb.participants)
    same = lone_names_covered(ours | theirs, entities)
    ours = frozenset(same.get(i, i) for i in ours)
    theirs = frozenset(same.get(i, i) for i in theirs)
    overlap = (min(fa.date_end, fb.date_end) - max(fa.date_start, fb.date_start)).days + 1
    union = (max(fa.date_end, fb.date_end) - min(fa.date_start, fb.date_start)).days + 1
    published_apart = max(
        (b.first_published - a.last_published).days,
        (a.first_published - b.last_published).days,
        0,
    )
    return (
        max(_precision_rank(fa.precision), _precision_rank(fb.precision)),
        not places_confirm(fa, fb),
        -len(ours & theirs) / len(ours | theirs),
        -overlap / union,
        published_apart,
        min(a.key, b.key),
        max(a.key, b.key),
    )


def cluster(
    reports: Iterable[MentionInfo], entities: Mapping[int, EntityInfo]
) -> list[tuple[MentionInfo, ...]]:
    """Group `reports` into events (see the module docstring); each group in content order,
    the groups in the order of their first report."""
    ordered = sorted(reports, key=lambda m: m.key)
    clusters: dict[int, Cluster] = {i: Cluster.of([m], entities) for i, m in enumerate(ordered)}
    neighbours = _links(ordered)
    heap: list[tuple[tuple, int, int]] = []

    def consider(i: int, j: int) -> None:
        """Queue the pair by affinity if the two clusters may merge."""
        a, b = clusters[i], clusters[j]
        if mergeable(a, b, entities):
            heapq.heappush(heap, (affinity(a, b, entities), min(i, j), max(i, j)))

    for i, js in neighbours.items():
        for j in js:
            if i < j:
                consider(i, j)
    next_id = len(ordered)
    while heap:
        _, i, j = heapq.heappop(heap)
        if i not in clusters or j not in clusters:
            continue  # one of them has merged since
        merged = Cluster.of(clusters.pop(i).members + clusters.pop(j).members, entities)
        k, next_id = next_id, next_id + 1
        clusters[k] = merged
        around = (neighbours.pop(i) | neighbours.pop(j)) - {i, j}
        neighbours[k] = around
        for n in around:
            neighbours[n] -= {i, j}
            neighbours[n].add(k)
        for n in sorted(around):
            consider(n, k)
    return sorted((c.members for c in clusters.values()), key=lambda ms: ms[0].key)


def _links(reports: Sequence[MentionInfo]) -> dict[int, set[int]]:
    """For each report (by index), the reports it is `linked` to."""
    by_entity: dict[tuple[str, int], list[int]] = defaultdict(list)
    for i, m in enumerate(reports):
        for e in m.entities:
            by_entity[m.event.type, e].append(i)
    links: dict[int, set[int]] = {i: set() for i in range(len(reports))}
    for group in by_entity.values():
        for x, i in enumerate(group):
            for j in group[x + 1 :]:
                if j not in links[i] and overlaps(reports[i], reports[j]):
                    links[i].add(j)
                    links[j].add(i)
    return links
