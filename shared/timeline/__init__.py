"""The timeline: one event per real-world event, merged from every article that reports it.

`apply_extraction(session, article, events, extractor_version)` merges one article's
extracted events into the store inside the caller's transaction. `merge` holds the pure
policy (when two reports are one event, what the event then says), `locks` the lock order
that keeps concurrent workers from splitting or deadlocking a merge.
"""

from .apply import apply_extraction

__all__ = ["apply_extraction"]
