"""The pure extraction core: text and a publication date in, dated events out. No I/O.

Everything that turns an article into events (the worker, the CLI, tests, benchmarks)
calls `extract`.
"""
from __future__ import annotations

from datetime import date

from .model import Event, EventDate, Evidence, Location, Participant, Timex
from .version import extractor_version

__all__ = [
    "Event", "EventDate", "Evidence", "Location", "Participant", "Timex",
    "extract", "extractor_version",
]


def extract(text: str, published_at: date, *, title: str | None = None) -> list[Event]:
    """Dated events reported in `text`, with relative dates resolved against `published_at`."""
    from .events import extract_events  # the event stage imports the temporal tagger

    return extract_events(text, published_at, title=title)
