"""Undated mentions that go on telling the story's own dated episode: the visit of a guest
its dated meeting receives, talks told again by their parties after the lead dated them, what
a traveller said on arrival, a deed told "meanwhile", and a leg flown on from a dated stop.
Each is read only for a mention no clause of its own dates, that says nothing of what is to
come, and is not background (news_day's words)."""

from __future__ import annotations

import re
from datetime import date

from .antecedents import same_place
from .dating import Dated, Timeline
from .drafts import Draft, MentionInfo
from .entities import Entities
from .mentions import COUNTRY, PERSON, PLACE
from .news_day import (
    BACKGROUND,
    FUTURE,
    LEAD_SENTENCES,
    lead_day,
    near_past_day,
    report_day,
)
from .patterns import patterns
from .text import Document
from .trigger_nouns import TRIGGER_NOUNS

_P = patterns("episode_dates")

_PERFECT = _P["perfect"]
_STILL_TO_COME = _P["still_to_come"]
_TOLD_AGAIN = _P["told_again"]
_SAID_ON_ARRIVAL = _P["said_on_arrival"]
_MEANWHILE = _P["meanwhile"]
_ONWARD_FROM = _P["onward_from"]


def episode_date(
    doc: Document,
    ents: Entities,
    timeline: Timeline,
    m: MentionInfo,
    drafts: list[Draft],
    dct: date,
) -> Dated | None:
    """The day of the story's episode an undated mention goes on telling (see the module
    docstring), or None."""
    if m.cue is not None or not _of_the_day(doc, m):
        return None
    if m.type in ("meeting", "call") and any(
        d.type == m.type and set(m.keys) <= set(d.keys) for d in drafts
    ):
        return None  # the event of its parties told already, told again
    return (
        _guest_visit(doc, ents, m, drafts, dct)
        or lead_talks(doc, ents, timeline, m, dct)
        or _said_on_arrival(doc, timeline, m, dct)
        or _meanwhile(doc, timeline, m, drafts, dct)
        or _onward_leg(doc, m, drafts, dct)
    )


def _of_the_day(doc: Document, m: MentionInfo) -> bool:
    """Whether the mention's own clause, up to it, tells neither of what is to come nor of
    the past before the story ("will pay a visit", "his planned visit", "had met", "has
    visited China twice"), and the words after it do not put it still to come ("his visit
    will take place")."""
    start, _ = doc.clause_span(m.trig.start)
    before = doc.text[start : m.trig.end]
    after = doc.text[m.trig.end : m.trig.sentence.end]
    return not (
        FUTURE.search(before)
        or BACKGROUND.search(before)
        or _PERFECT.search(before)
        or _STILL_TO_COME.match(after)
    )


def _guest_visit(
    doc: Document, ents: Entities, m: MentionInfo, drafts: list[Draft], dct: date
) -> Dated | None:
    """A visit whose travellers, named in its sentence, are all received in a meeting told
    before it and dated on the story's day ("In a meeting with Kpatcha Gnassingbe, Xu said ...
    Kpatcha hoped that his visit would be conducive", "after the talks, Yeltsin and Kuchma ...
    A major goal of Kuchma's four-day state visit"): the guest is on that visit that day."""
    word = doc.text[m.trig.start : m.trig.end].lower()
    if m.type != "visit" or not m.keys or word not in TRIGGER_NOUNS or word.endswith("s"):
        # (one noun: "their exports go to Iraq" is no journey of theirs, "the visits to
        # Yasukuni Shrine" are a habit)
        return None
    if any(d.type == "visit" and set(m.keys) & set(d.keys) for d in drafts):
        return None  # (the guest's visit told already: this tells it again)
    sentence = m.trig.sentence
    if not set(m.keys) & {x.key for x in ents.between(sentence.start, sentence.end)}:
        return None  # (the guest named in its sentence: "His trip is still on" may be another's)
    for d in reversed(drafts):
        if (
            d.type == "meeting"
            # (told after it: in its own sentence, the traveller may be the host misread,
            # "The pope met Olmert, in Italy as part of a brief European tour")
            and d.lead.trig.sentence.index < m.trig.sentence.index
            and near_past_day(d, dct)
            and set(m.keys) < set(d.keys)
            and _same_ground(m, d)
        ):
            return Dated(d.date, "context", under_way=True)
    return None


def _same_ground(m: MentionInfo, d: Draft) -> bool:
    """Whether a visit may be to where a meeting is held: either place unknown, or the same
    place or country."""
    place = m.reading.location
    if place is None or d.location is None:
        return True
    return place.kind in (PLACE, COUNTRY) and same_place(place, d.location)


def lead_talks(
    doc: Document, ents: Entities, timeline: Timeline, m: MentionInfo, dct: date
) -> Dated | None:
    """Talks told again as "the talks", "their meeting", with two or more parties that a
    sentence of the lead names and dates near the story's day ("Presidents Kuchma and Yeltsin
    signed an economic cooperation plan Friday ... In their joint statement issued after the
    talks, Yeltsin and Kuchma called for"): the talks of the lead's day, however far into the
    story they are told again. (Asked of a weak word too, which otherwise needs an event told
    before it.)"""
    if m.type not in ("meeting", "call") or len(set(m.keys)) < 2 or m.cue is not None:
        return None
    if not all(p.kind == PERSON for p in m.reading.parties):
        return None  # ("the talks in Hong Kong" of the US and the EU: a round of many)
    if not _of_the_day(doc, m):
        return None
    if not _TOLD_AGAIN.search(doc.text, m.trig.sentence.start, m.trig.start):
        return None
    for lead in doc.sentences[: min(LEAD_SENTENCES[m.type], m.trig.sentence.index)]:
        named = {x.key for x in ents.between(lead.start, lead.end)}
        if not set(m.keys) <= named:
            continue
        dates = timeline.in_sentence(lead.start, lead.end)
        if any(c.date.start > dct for c in dates):
            return None  # a lead of talks to come ("the negotiations next month")
        days = [c for c in dates if near_past_day(c, dct)]
        if days:
            own = [c for c in days if not c.reporting]
            c = (own or days)[0]
            return Dated(c.date, "context", None, c.start, c.end)
    return None


def _said_on_arrival(doc: Document, timeline: Timeline, m: MentionInfo, dct: date) -> Dated | None:
    """An arrival that is the occasion of what its traveller says ("Rybkin said on arrival
    in the Chechen capital Grozny", "Almunia told reporters upon his arrival"): on the day of
    the report, its sentence's or the lead's."""
    if m.type != "visit" or not _SAID_ON_ARRIVAL.search(
        doc.text, m.trig.sentence.start, m.trig.start
    ):
        return None
    found = report_day(doc, timeline, m.trig.sentence, dct)
    return Dated(found.date, "context") if found is not None else None


def _meanwhile(
    doc: Document, timeline: Timeline, m: MentionInfo, drafts: list[Draft], dct: date
) -> Dated | None:
    """A deed told in the past as going on beside the episode told last ("Meanwhile President
    Boris Yeltsin, on holiday in Sochi, met with Kulikov", "In between, he met Kabila in
    Lubumbashi"): on the day of the last event dated near the story's day, or the lead's."""
    word = doc.text[m.trig.start : m.trig.end].lower()
    if m.type == "summit" or word in TRIGGER_NOUNS:
        return None
    if not _MEANWHILE.match(doc.text[m.trig.sentence.start : m.trig.start]):
        return None
    last = next((d for d in reversed(drafts) if near_past_day(d, dct)), None)
    if last is not None:
        return Dated(last.date, "context")
    found = lead_day(doc, timeline, dct)
    return Dated(found.date, "context") if found and near_past_day(found, dct) else None


def flown_on(doc: Document, m: MentionInfo) -> bool:
    """Whether a journey is told from one place to another ("flew from Baghdad to Basra"):
    a new stop, not the stay at the first told again."""
    return _flown_from(doc, m) is not None


def _flown_from(doc: Document, m: MentionInfo) -> re.Match | None:
    """The words right after a visit's trigger that tell the place it is flown on from, with
    it as `place` ("from Baghdad to Basra"), if any."""
    if m.type != "visit":
        return None
    return _ONWARD_FROM.match(doc.text, m.trig.end, m.trig.sentence.end)


def _onward_leg(doc: Document, m: MentionInfo, drafts: list[Draft], dct: date) -> Dated | None:
    """A journey flown on from the place of a visit its traveller made on a day near the
    story's ("Blair flew from Baghdad to the southern port city of Basra", told after his
    unannounced visit to Baghdad on Sunday): the same day, the stop's last."""
    found = _flown_from(doc, m)
    if found is None or not m.keys:
        return None
    for d in reversed(drafts):
        if d.type == "visit" and near_past_day(d, dct) and set(m.keys) & set(d.keys):
            # (the stop a lead tells without naming it: "an unannounced visit by Blair, who
            # flew in", in a Baghdad story)
            where = [w for w in (d.location, *d.lead.reading.destinations) if w is not None]
            if not where or any(doc.text[w.start : w.end] == found["place"] for w in where):
                return Dated(d.date, "context")
            return None
    return None
