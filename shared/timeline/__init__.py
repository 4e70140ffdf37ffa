"""The timeline: one event per real-world event, merged from every article that reports it.

`apply_extraction(session, article, events, extractor_version)` merges one article's
extracted events into the store inside the caller's transaction; the timeline it leaves is a
function of the set of reports, whatever order they came in. Pure parts: `merge` (when two
events can be one, what an event then says), `cluster` (which reports are one event),
`identity` (which stored event each group is). Store parts: `neighbourhood` (the reports a
merge can regroup), `locks` (the lock order that keeps concurrent workers from losing updates
or deadlocking), `apply` (the merge itself).
"""

from .apply import apply_extraction

__all__ = ["apply_extraction"]
