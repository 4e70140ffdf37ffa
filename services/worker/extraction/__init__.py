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
    "extract", "extractor_version", "prepare",
]

#: An article with an event touches every word list, rule file and the gazetteer.
_WARM_UP = "President Hu Jintao met President Vladimir Putin in Beijing on Monday."


def extract(text: str, published_at: date, *, title: str | None = None) -> list[Event]:
    """Dated events reported in `text`, with relative dates resolved against `published_at`."""
    from .events import extract_events  # the event stage imports the temporal tagger

    return extract_events(text, published_at, title=title)


def prepare() -> None:
    """Load and compile everything the core reads (rules, word lists, the gazetteer, every
    gate of the tagger's grammar) now rather than on the first articles: a worker calls it
    once before it forks its pool, the benchmarks before they start the clock."""
    from .timex.rules import grammar

    grammar().compile_gates()
    extract(_WARM_UP, date(2006, 11, 20))
