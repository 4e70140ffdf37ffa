"""The dates a mention's own words give beyond the expression that governs it: the next such
weekday for what is still to come, the time an event was moved to, the days of talks a deed
came after, the day after an eve, the moment a visit is under way at, the length told after
an end, and the last time parties met."""

from __future__ import annotations

import dataclasses
import re
from datetime import date, timedelta

from ..model import EventDate
from ..timex import event_date
from .dating import Dated, Timeline, duration_days, stretch
from .patterns import patterns
from .text import Document
from .triggers import Trigger
from .visiting import told_midway

_P = patterns("mention_dates")

_WHEN_PARTICIPLE = _P["when_participle"]


def day_before_participle(
    doc: Document, timeline: Timeline, trig: Trigger, occasion: re.Match | None
) -> Dated | None:
    """The day of the clause a "when addressing ..." phrase hangs on ("made the remarks here
    Saturday when addressing the opening ceremony of the Beijing Summit"): the expression
    right before "when", a few words at most."""
    if occasion is None:
        return None
    at = trig.sentence.start + occasion.start()
    if not _WHEN_PARTICIPLE.match(doc.text, at):
        return None
    for c in reversed(timeline.in_sentence(trig.sentence.start, at)):
        between = doc.text[c.end : at]
        if len(between.split()) <= 3 and not re.search(r"[,;:]", between):
            return Dated(c.date, "own", None, c.start, c.end, under_way=True)
        break
    return None


_WEEKDAY = _P["weekday"]


_SINCE = _P["since"]
_DAYS_OF = _P["days_of"]
_OF_TALKS = _P["of_talks"]


def length_after(doc: Document, timeline: Timeline, offset: int) -> int | None:
    """Days of a length told right after the day a gathering or visit ended on ("ended on
    Sunday after six days of talks")."""
    for t in timeline.timexes:
        if t.start < offset or t.start > offset + 40:
            continue
        if (
            t.type == "DURATION"
            and _DAYS_OF.fullmatch(doc.text, offset, t.start)
            and _OF_TALKS.match(doc.text, t.end)
        ):
            return duration_days(t.value)
        return None
    return None


def last_time(doc: Document, timeline: Timeline, trig: Trigger) -> Dated | None:
    """The time parties who "have not met since October 1994" last met: that time."""
    for c in timeline.in_sentence(trig.end, trig.sentence.end):
        if _SINCE.fullmatch(doc.text, trig.end, c.start):
            return Dated(c.date, "own", None, c.start, c.end)
    return None


# the verbs that move an event to a new time
_MOVED_TO = _P["moved_to"]


_MOVED_OBJECT_TO = _P["moved_object_to"]


def moved_to(doc: Document, timeline: Timeline, trig: Trigger) -> Dated | None:
    """The time an event was moved to ("was put off until Thursday", "postponed to Dec. 12",
    "put off his visit to Australia until next month"): the expression right after the verb
    of the move, or after its object, in the trigger's clause."""
    clause_end = doc.clause_span(trig.start)[1]
    for c in timeline.in_sentence(trig.end, min(trig.sentence.end, clause_end)):
        if _MOVED_TO.search(doc.text, max(trig.end, c.start - 40), c.start):
            return Dated(c.date, "own", None, c.start, c.end)
        verb_from = max(trig.sentence.start, trig.start - 40)
        found = _MOVED_OBJECT_TO.search(doc.text, verb_from, c.start)
        if found is not None and found.start() < trig.start:
            return Dated(c.date, "own", None, c.start, c.end)
    return None


_AFTER_LENGTH = _P["after_length"]
_LENGTH_OF = _P["length_of"]


def days_of(doc: Document, timeline: Timeline, trig: Trigger) -> Dated | None:
    """The span of talks told as the time a deed of a dated clause came after ("unveiled ideas
    Sunday after two days of peace talks"): so many days up to that day."""
    sentence = trig.sentence
    for t in timeline.timexes:
        if not (sentence.start <= t.start and t.end <= trig.start) or t.type != "DURATION":
            continue
        if not (
            _LENGTH_OF.fullmatch(doc.text, t.end, trig.start)
            and _AFTER_LENGTH.search(doc.text, max(sentence.start, t.start - 12), t.start)
        ):
            continue
        days = duration_days(t.value)
        clause = timeline.clause_date(trig)
        if not days or clause is None or clause.date.precision != "day":
            return None
        span = stretch(clause.date, days, "end")
        return Dated(span, "own", "end", clause.start, clause.end)
    return None


def ahead(doc: Document, dated: Dated, dct: date) -> Dated:
    """A weekday that dates an event still to come is the next such day (GUIDELINES.md: in
    the direction the event's tense implies), though the clause's verb be past ("has agreed
    to talks Friday")."""
    d = dated.date
    if (
        d.precision != "day"
        or d.start >= dct
        or (dct - d.start).days > 6
        or not _WEEKDAY.fullmatch(doc.text[dated.start : dated.end])
    ):
        return dated
    week = timedelta(days=7)
    value = (d.start + week).isoformat()
    return dataclasses.replace(
        dated, date=EventDate(value, d.start + week, d.end + week, d.precision, d.mod)
    )


def day_after(timeline: Timeline, trig: Trigger, dated: Dated | None) -> Dated | None:
    """The date of an event told "on the eve of" it: the day after the day of its clause
    (or of the report, or of publication), unless its own phrase dates it ("on the eve of
    the summit on Thursday")."""
    if dated is not None and dated.start >= trig.end and not dated.under_way:
        return None  # its own date, after it
    clause = timeline.clause_date(trig)
    base = clause.date if clause is not None and clause.date.precision == "day" else None
    if base is None:
        report = timeline.report_date(trig.sentence.start, trig.sentence.end)
        base = report.date if report is not None else event_date(timeline.dct.isoformat())
    if base is None or base.precision != "day":
        return None
    day = event_date((base.start + timedelta(days=1)).isoformat())
    return Dated(day, "own") if day is not None else None


def under_way_date(
    timeline: Timeline, trig: Trigger, dated: Dated | None, how: str
) -> Dated | None:
    """The date of a visit told as under way at its clause's time: its own phrase's date when
    it has one ("during a visit to China last week"), else its clause's, as a moment of it."""
    if how == "during" and dated is not None and dated.start >= trig.end and not dated.under_way:
        return dated
    clause = timeline.clause_date(trig)
    if clause is not None and (how != "visiting" or clause.date.precision == "day"):
        # one is "visiting" on a day, not in a month or a year
        return halfway(timeline.doc, trig, clause)
    if how == "visiting":
        return None  # under way on the day of publication (`context_date`)
    return dataclasses.replace(dated, under_way=True) if dated is not None else None


def halfway(doc: Document, trig: Trigger, dated: Dated | None) -> Dated | None:
    """A day a visit is told halfway through ("he said Friday, midway through a three-day
    official visit to Thailand") as the middle of its stay, for its length to stretch both
    ways from."""
    if (
        dated is not None
        and dated.boundary is None
        and dated.date.precision == "day"
        and dated.date.start == dated.date.end
        and told_midway(doc, trig)
    ):
        return dataclasses.replace(dated, boundary="middle")
    return dated
