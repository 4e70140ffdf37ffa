"""Which stored event each recomputed group of reports is: ids and UIDs that subscribers keep.

After a merge the groups of reports are computed afresh (`cluster`); the store's events must
then follow them without losing their ids where they still stand for the same thing:
- each stored event follows the majority of its reports: its home is the group holding most of
  them (an event whose reports were all replaced by the reprocessed article's new reports
  follows those, so reprocessing keeps ids);
- where several events share a home, the reports of one real event had been split: the oldest
  (smallest id) keeps its id and UID, the others are merged into it and deleted;
- a group no stored event calls home is a new event; an event with no home left is deleted.
Pure: identities in, decisions out.
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass, field


@dataclass
class Assignment:
    """What becomes of the stored events after recomputing a neighbourhood."""

    event_of: list[int | None]  # for each group: the stored event it is, or None (new)
    absorbed: dict[int, list[int]] = field(default_factory=dict)  # survivor -> merged into it
    dropped: list[int] = field(default_factory=list)  # stored events with no report left


def assign(
    groups: Sequence[Sequence[Hashable]],
    stored: Mapping[Hashable, int],
    standing_in: Mapping[int, frozenset[Hashable]] | None = None,
    events: Sequence[int] = (),
) -> Assignment:
    """Map recomputed `groups` (of report identities, in content order) to stored events.

    `stored`: the event each already stored report was in. `standing_in`: for an event whose
    reports the article being applied replaced, the article's new reports that stand in for
    them (weaker than its own surviving reports). `events`: every stored event concerned,
    including those with no report left.
    """
    standing_in = standing_in or {}
    group_of = {report: g for g, reports in enumerate(groups) for report in reports}
    strong: dict[int, dict[int, int]] = {}
    for report, event_id in stored.items():
        g = group_of.get(report)
        if g is not None:
            counts = strong.setdefault(event_id, {})
            counts[g] = counts.get(g, 0) + 1
    home: dict[int, int] = {}
    for event_id in sorted(set(events) | set(strong) | set(standing_in)):
        weak: dict[int, int] = {}
        for report in standing_in.get(event_id, ()):
            if report in group_of:
                weak[group_of[report]] = weak.get(group_of[report], 0) + 1
        votes = strong.get(event_id, {})
        candidates = set(votes) | set(weak)
        if candidates:
            home[event_id] = min(candidates, key=lambda g: (-votes.get(g, 0), -weak.get(g, 0), g))
    result = Assignment(event_of=[None] * len(groups))
    for event_id in sorted(home):  # oldest first: it keeps the group, later ones merge into it
        g = home[event_id]
        survivor = result.event_of[g]
        if survivor is None:
            result.event_of[g] = event_id
        else:
            result.absorbed.setdefault(survivor, []).append(event_id)
    result.dropped = sorted(set(events) - set(home))
    return result
