"""The temporal tagger: TIMEX3 time expressions in English news text, normalised.

    tag(text, dct) -> list[Timex]
        Every time expression in `text` (DATE, TIME, DURATION, SET) with its character span
        and TIMEX3 `value`/`mod`, resolved against the document creation date `dct`, the
        tense of its clause and, for anaphoric expressions ("the following day"), the time
        mentioned just before. Pure: no I/O, no clock.
    ranges(text, dct) -> list[tuple[Timex, Timex]]
        Pairs of expressions that open and close one span ("from Nov. 15 to 26",
        "Nov. 18-19", "between March and May"): TimeML tags both ends, and the second end
        carries a full value ("26" -> 2006-11-26).
    value_interval(value) -> (first_day, last_day) | None
        The inclusive days a TIMEX3 date value covers (2013-W11 -> Mon..Sun).
    value_precision(value) -> one of model.PRECISIONS | None
    event_date(value, mod=None) -> EventDate | None
        What the event extractor stores; None for durations, sets and REF values.
    explain(text, dct) -> list[tuple[Timex, rule_id]]
        `tag` with the id of the rule behind each expression (for tests and debugging).
    calendar_words() -> frozenset[str]
        The month and weekday names the tagger knows, with their abbreviations.

Stage one (`rules.yaml`, `lexicon.yaml`, loaded and validated by `rules.py`; `safety.py`
refuses patterns that could backtrack without bound) finds the expressions and writes an
underspecified value (`specs.py`); stage two (`resolve.py`, with `tense.py` and its cue words
in `tense.yaml`) anchors it on the DCT, the clause's tense and the time last mentioned.
`values.py` is the calendar arithmetic both stages share; `engine.Work` counts what tagging
a text costs (the pathological-input tests check it grows linearly).
"""
from __future__ import annotations

from .dates import event_date, value_interval, value_precision
from .engine import explain, tag
from .rules import calendar_words
from .spans import ranges

__all__ = [
    "calendar_words", "event_date", "explain", "ranges", "tag", "value_interval",
    "value_precision",
]
