"""The undated mentions told as the day's news: the items of a news advisory, the day a
story's lead reports, and whether a meeting, call or journey with no date of its own is the
news of that day rather than background or what is still to come."""

from __future__ import annotations

import re
from datetime import date

from ..timex import event_date
from .dating import Dated, Timeline
from .drafts import MentionInfo
from .entities import Entities
from .mentions import COUNTRY, NAME, ORGANISATION, PERSON, Mention
from .patterns import patterns
from .places import country_of_place
from .text import Document, Sentence
from .trigger_nouns import TRIGGER_NOUNS
from .triggers import Trigger

_P = patterns("news_day")

_ADVISORY_LEAD = _P["advisory_lead"]
_BULLET_ITEM = _P["bullet_item"]
_DATELINE_ITEM = _P["dateline_item"]


def advisory_item(doc: Document, trig: Trigger) -> bool:
    """Whether `trig` stands in an item of a news advisory (see `advisory_day`)."""
    if not doc.sentences or trig.sentence.index == 0:
        return False
    first = doc.sentences[0]
    return bool(
        _ADVISORY_LEAD.search(doc.text, first.start, first.end)
        and (
            _BULLET_ITEM.match(doc.text, trig.sentence.start)
            or _DATELINE_ITEM.match(doc.text, trig.sentence.start)
        )
    )


def new_item(doc: Document, trig: Trigger, before: Trigger) -> bool:
    """Whether `trig` opens an item of a news advisory under a dateline of its own, after the
    sentence of `before` ("KUWAIT CITY: Organisation of Arab Petroleum Exporting Countries
    meets" ... "UNITED NATIONS: UN Security Council to examine a new report"): another story,
    whose event is none told in an item before it."""
    return (
        trig.sentence.index > before.sentence.index
        and advisory_item(doc, trig)
        and _DATELINE_ITEM.match(doc.text, trig.sentence.start) is not None
    )


def advisory_day(doc: Document, timeline: Timeline, m: MentionInfo, dct: date) -> Dated | None:
    """The day of a news advisory for an item it lists with no date of its own: "The following
    are ... news stories scheduled to be covered ... on Thursday. -- Chinese president arrived
    in Islamabad. -- The 4th High-level Group Meeting ... will be held in Istanbul": each
    item, done, under way or to come, is news of the advisory's day."""
    if not advisory_item(doc, m.trig):
        return None
    first = doc.sentences[0]
    for c in timeline.in_sentence(first.start, first.end):
        if c.date.precision == "day" and abs((c.date.start - dct).days) <= NEWS_DAYS:
            return Dated(c.date, "context")
    day = event_date(dct.isoformat())
    return Dated(day, "context") if day is not None else None


def lead_day(doc: Document, timeline: Timeline, dct: date) -> Dated | None:
    """The day the story's first sentence reports ("a UN official announced Thursday"), else
    the past day it tells of, near publication ("China and the US on Wednesday held ...")."""
    if not doc.sentences:
        return None
    first = doc.sentences[0]
    report = timeline.report_date(first.start, first.end)
    if report is not None:
        return report
    for c in timeline.in_sentence(first.start, first.end):
        if near_past_day(c, dct):
            return Dated(c.date, "context")
    return None


def near_past_day(dated, dct: date) -> bool:
    """Whether an event, a date or a timex (anything with a `date`) is dated to one day no
    later than the story's and at most NEWS_DAYS before it ("on Sunday", told Tuesday)."""
    when = dated.date
    return (
        when is not None
        and when.precision == "day"
        and 0 <= (dct - when.start).days <= NEWS_DAYS
    )


def report_day(doc: Document, timeline: Timeline, sentence: Sentence, dct: date) -> Dated | None:
    """The day `sentence` reports ("Rybkin said Monday on arrival"), else the day the story's
    lead reports (`lead_day`), if either is a single day."""
    found = timeline.report_date(sentence.start, sentence.end) or lead_day(doc, timeline, dct)
    return found if found is not None and found.date.precision == "day" else None


_PAST_TRAVEL = _P["past_travel"]
_BEGAN_VISIT = _P["began_visit"]
_QUOTED = re.compile(r"\"[^\"]*\"|“[^”]*”|``.*?''")


def told_as_news(doc: Document, m: MentionInfo) -> bool:
    """Whether an undated mention tells of the story's own day, as far as its words go: a
    meeting or call, a journey in the past ("Olmert, who flew to Italy") or a visit that is
    the occasion of its clause ("Speaking on a visit to Japan"), with no cue and no word of
    what is to come before or just after it (quotations aside)."""
    word = doc.text[m.trig.start : m.trig.end]
    if m.cue is not None:
        return False
    if m.type == "visit" and not (
        m.reading.under_way == "during"
        or _PAST_TRAVEL.fullmatch(word)
        or _surprise(doc, m)
        or _BEGAN_VISIT.search(doc.text, m.trig.sentence.start, m.trig.start)
    ):
        return False
    if m.type == "summit":
        return False
    sentence = m.trig.sentence
    near = _QUOTED.sub(" ", doc.text[sentence.start : near_end(doc, m.trig.end, sentence.end, 7)])
    # what is reported after the mention ("reaffirmed in his meeting with Rice that the
    # bombings will not ...") says nothing of its tense
    near = (
        near[: m.trig.end - sentence.start]
        + _REPORTED.split(near[m.trig.end - sentence.start :])[0]
    )
    return not FUTURE.search(near)


_REPORTED = _P["reported"]


_SURPRISE = _P["surprise"]


def _surprise(doc: Document, m: MentionInfo) -> bool:
    """Whether the mention is of "an unannounced visit", "a surprise trip"."""
    return m.type == "visit" and bool(
        _SURPRISE.search(doc.text, max(0, m.trig.start - 40), m.trig.start)
    )


def near_end(doc: Document, offset: int, limit: int, words: int = 4) -> int:
    """The offset `words` words after `offset` (or `limit` if nearer)."""
    m = re.match(rf"(?:\s*\S+){{0,{words}}}", doc.text[offset:limit])
    return offset + (m.end() if m else 0)


FUTURE = _P["future"]


#: How many sentences the lead of a story runs to (the sentence that dates it among them):
#: a meeting or call told further on is still often the day's news ("X arrived Monday ...
#: In his meeting with Y ..."), a visit mostly the one the lead told.
LEAD_SENTENCES = {"meeting": 6, "call": 6, "visit": 4, "summit": 4}
#: How far from the day of publication the day a story tells of may lie.
NEWS_DAYS = 3
#: How far into a story a gathering told in passing ("a body, meeting in X, did Y", a UN
#: body's session "at" which something was done) still tells the lead's day (a short story's
#: background starts later than that).
APPOSED_MEETING_SENTENCES = 8
BACKGROUND = _P["background"]


def story_day(
    doc: Document, ents: Entities, timeline: Timeline, m: MentionInfo, dct: date
) -> Dated | None:
    """The day a story tells of, for a meeting or call its lead reports without a date: "X
    Friday said ... In a meeting with Y in Beijing, the president ...", "Abe and visiting Ban
    agreed on Monday ... Abe and Ban exchanged ideas". The mention stands in the first
    sentences, one of its parties is named in the sentence that dates the story, it is not
    told as background, and that day lies within a few days of publication."""
    sentence = m.trig.sentence
    if not m.keys:
        return None
    if sentence.index >= LEAD_SENTENCES.get(m.type, 0) and not (
        m.type == "visit"
        and sentence.index < _NAMED_VISIT_SENTENCES
        and _traveller_named(doc, m)
    ):
        return None
    if BACKGROUND.search(doc.text, *doc.clause_span(m.trig.start)):
        return None
    # a verb told as news ("Richardson met Mobutu") is no later than the day it is published
    verb = doc.text[m.trig.start : m.trig.end].lower() not in TRIGGER_NOUNS
    for lead in doc.sentences[: sentence.index + 1]:
        days = [
            c
            for c in timeline.in_sentence(lead.start, lead.end)
            if c.date.precision == "day"
            and abs((c.date.start - dct).days) <= NEWS_DAYS
            and not (verb and c.date.start > dct)
        ]
        if not days:
            continue
        named = {x.key for x in ents.between(lead.start, lead.end)}
        if (
            lead is not sentence
            and not named & set(m.keys)
            and not _owned_by(doc, ents, m, ents.between(lead.start, lead.end))
            and not _acting_for(m, ents.between(lead.start, lead.end))
            and not _bound_for_lead(m, ents.between(lead.start, lead.end))
            and not _surprise(doc, m)
        ):
            return None
        own = [c for c in days if not c.reporting]
        c = (own or days)[0]
        return Dated(c.date, "context", None, c.start, c.end)
    if verb and not any(
        c.date.start <= dct
        for s in doc.sentences[: sentence.index + 1]
        for c in timeline.in_sentence(s.start, s.end)
    ):
        # a story whose lead dates nothing past tells the day it is published ("Mobutu will
        # meet Friday ..., US envoy Bill Richardson announced here ... after Richardson met
        # Mobutu")
        day = event_date(dct.isoformat())
        return Dated(day, "context") if day is not None else None
    return None


_OWNER_GAP = re.compile(r"(?:['’]s?)?\s*")


def _acting_for(m: MentionInfo, lead: list[Mention]) -> bool:
    """Whether every party of the mention is a person of a country the lead names ("Japan and
    China agreed on Tuesday ... Japanese Foreign Minister Taro Aso and Chinese Foreign
    Minister Li Zhaoxing reached the agreement in talks in Hanoi"): the lead's countries act
    through them, so it tells of the same people."""
    countries = {x.key for x in lead if x.kind == COUNTRY}
    parties = m.reading.parties
    return bool(countries) and bool(parties) and all(
        p.kind == PERSON and p.nationality in countries for p in parties
    )


def _bound_for_lead(m: MentionInfo, lead: list[Mention]) -> bool:
    """Whether the mention is a journey to the country the lead tells of ("Angola spruced up
    its battered capital for the inauguration Friday ... South African leader Nelson Mandela
    headed for Luanda to join 30 other heads of state"): a traveller who comes to the lead's
    place is part of its news."""
    place = m.reading.location
    if m.type != "visit" or place is None:
        return False
    countries = {x.key for x in lead if x.kind == COUNTRY}
    code = place.key if place.kind == COUNTRY else country_of_place(place.text)
    return code is not None and code in countries


def _owned_by(doc: Document, ents: Entities, m: MentionInfo, lead: list[Mention]) -> bool:
    """Whether a body the lead names is one a party of the mention leads or belongs to, named
    with the party's title in its own sentence ("Greens' leader Dominique Voynet", "the ANC's
    secretary general Kgalema Motlanthe"): a lead that names the body ("Leaders of France's
    small Greens party struck an electoral pact ... on Wednesday") tells of the same people."""
    bodies = [x for x in lead if x.kind in (NAME, ORGANISATION)]
    if not bodies:
        return False
    sentence = m.trig.sentence
    for p in m.reading.parties:
        if not sentence.start <= p.start < sentence.end:
            continue
        owners = {
            x.key
            for x in ents.between(sentence.start, p.start)
            if x.kind in (NAME, ORGANISATION) and _OWNER_GAP.fullmatch(doc.text, x.end, p.start)
        }
        title = doc.text[p.start : p.end].replace(p.text, " ")
        if any(
            b.key in owners or re.search(rf"\b{re.escape(b.text)}\b", title) for b in bodies
        ):
            return True
    return False


#: A journey told past the lead with its traveller named by name ("Almunia arrived in Cyprus
#: for a conference on changeover of the euro", sixth sentence of a story whose lead has
#: Almunia speak on Wednesday) is still the lead's news this far into the story.
_NAMED_VISIT_SENTENCES = 6


def _traveller_named(doc: Document, m: MentionInfo) -> bool:
    """Whether a person the mention travels is named by name in its own words, outside a
    quotation: "Almunia arrived", not "he went" or "Japanese leaders ... visited"."""
    sentence = m.trig.sentence
    if _QUOTED.search(doc.text[sentence.start : sentence.end]) or re.match(
        r"\s*[\"“`]", doc.text[sentence.start : sentence.end]
    ):
        return False
    return any(
        p.kind == PERSON and not p.description and p.text[:1].isupper()
        for p in m.reading.parties
    )
