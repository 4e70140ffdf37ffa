"""The dates of a journey or gathering told as what came before its clause's deed: over by
the day right before "after" or "from" ("said Tuesday after a visit to Beijing", "returned
Thursday from a five-day visit"), or in the month of its clause's day when the words before
it name it as the occasion (data/occasions.yaml); and the day, near the story's, that a
clause tells."""

from __future__ import annotations

import re
from datetime import date, timedelta

from ..timex import event_date
from .dating import Dated, Timeline, has_verb
from .drafts import MentionInfo
from .news_day import NEWS_DAYS
from .occasions import occasion_of
from .patterns import patterns
from .text import Document
from .triggers import Trigger

_P = patterns("occasion_dates")


RETURNED_FROM = _P["returned_from"]
_AFTER_DAY = _P["after_day"]


_FROM_DAY = _P["from_day"]


def ended_by(doc: Document, timeline: Timeline, m: MentionInfo) -> Dated | None:
    """The day a visit named after "after" is over by, when the day of what followed it stands
    right before ("Hill said on Tuesday after a whirlwind one-day visit to Beijing"), or the
    day its traveller came back from it ("returned Thursday from a five-day visit"): its last
    day (a length given stretches it back from there)."""
    for c in reversed(timeline.in_sentence(m.trig.sentence.start, m.trig.start)):
        if c.end > m.trig.start:
            continue
        if c.date.precision == "day" and (
            _AFTER_DAY.fullmatch(doc.text, c.end, m.trig.start)
            # ("returned to Beijing on Monday after a state visit to Pakistan", no length
            # given: a journey just before the coming back, its month, by its occasion)
            and not (m.duration is None and _arrived_after(doc, m))
            # "returned Thursday from a five-day visit to North Korea": the return's day
            or RETURNED_FROM.search(doc.text, m.trig.sentence.start, m.trig.start)
            and _FROM_DAY.fullmatch(doc.text, c.end, m.trig.start)
        ):
            return Dated(c.date, "context", boundary="end", start=c.start, end=c.end)
        return None
    return None


def _arrived_after(doc: Document, m: MentionInfo) -> bool:
    """Whether the journey is told as what its traveller arrived or came back after
    (data/occasions.yaml, arrived-after)."""
    found = occasion_of(
        doc.text, m.trig.sentence.start, m.trig.start, m.type, doc.text[m.trig.start : m.trig.end]
    )
    return found is not None and found.id == "arrived-after"


def occasion_date(doc: Document, timeline: Timeline, m: MentionInfo, dct: date) -> Dated | None:
    """The date of a gathering or journey its clause names with no date of its own, by the
    words before it (data/occasions.yaml): the month of the day its clause tells, or of the
    story ("after he attended the 16th Ibero-American Summit", "on her return from an East
    Asian summit")."""
    sentence = m.trig.sentence
    found = occasion_of(
        doc.text, sentence.start, m.trig.start, m.type, doc.text[m.trig.start : m.trig.end]
    )
    if found is None:
        return None
    if any(
        not has_verb(doc.text[m.trig.end : c.start])
        for c in timeline.in_sentence(m.trig.end, sentence.end)
    ):
        return None  # "after he attended the meeting ... from June 22-24": a date of its own
    day = clause_day(doc, timeline, m.trig, dct)
    ref = day.date.start if day is not None else dct
    if m.duration:
        ref -= timedelta(days=m.duration // 2)  # it lies before that day, over its length
    mod = found.mod
    if mod == "edge":
        mod = "START" if ref.day <= 10 else "END" if ref.day >= 20 else None
    month = event_date(f"{ref.year:04d}-{ref.month:02d}", mod)
    return Dated(month, "context") if month is not None else None


def clause_day(doc: Document, timeline: Timeline, trig: Trigger, dct: date) -> Dated | None:
    """The day, near the story's, that the clause of a phrase tells (or, past a "when" or
    "while" that makes the phrase its occasion, the sentence before it: "made the remarks
    here Saturday when addressing ...")."""
    clause = timeline.clause_date(trig)
    if clause is not None and clause.date.precision == "day":
        if abs((clause.date.start - dct).days) <= NEWS_DAYS:
            return clause
        return None
    for c in reversed(timeline.in_sentence(trig.sentence.start, trig.start)):
        if c.end > trig.start or c.date.precision != "day":
            continue
        if re.search(r"[;:]|\s--\s", doc.text[c.end : trig.start]):
            break
        if abs((c.date.start - dct).days) <= NEWS_DAYS:
            return Dated(c.date, "own", None, c.start, c.end)
        break
    return None
