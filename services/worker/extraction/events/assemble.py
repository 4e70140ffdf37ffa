"""From trigger mentions to events: one event per real-world event per article.

Mentions are read in text order. A dated mention either starts an event or, when an earlier
event of the same type shares its participants, place and dates, adds to it (the most
precise date wins; "opened Saturday" and "due to conclude on Sunday" make a span). A mention
without a date of its own only refers back ("the summit", "during his visit"): it lends its
length, its participants or its evidence to the event it refers to, or is dropped.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field
from datetime import date, timedelta

from ..model import EventDate
from ..timex import event_date
from .dating import Dated, Timeline, duration_days, has_verb, join, scheduled_to, stretch
from .entities import COUNTRY, NAME, ORGANISATION, PERSON, PLACE, Entities, Mention
from .lexicon import lexicon as word_lists
from .occasions import occasion_of
from .places import capital_of
from .reading import (
    TRIGGER_NOUNS,
    Reading,
    hyphened_sides,
    place_country,
    read,
    region_subject,
)
from .rules import Cue
from .status import cue_of, past_tense, status_of
from .text import Document
from .triggers import Trigger, sentence_triggers

_DEFINITE = re.compile(
    r"\b(?:the|this|that|his|her|their|its|these|those|such)\s+(?:\S+\s+){0,3}\Z", re.IGNORECASE
)
_DURING = re.compile(
    r"\b(?:during|while\s+on|in\s+the\s+course\s+of)\s+(?:his|her|their|the|this)\s+"
    r"(?:\S+\s+){0,2}?(?:visit|trip|stay|tour)\b",
    re.IGNORECASE,
)
_SIDELINES = re.compile(
    r"\b(?:on|at)\s+the\s+(?:sidelines|margins?|fringes?)\s+of\b|\bduring\s+the\b", re.IGNORECASE
)
_OFFICIALS = re.compile(
    r"\b(?:leaders?|ministers?|ministerial|heads?\s+of\s+(?:state|government)|presidents?|"
    r"premiers?|prime\s+ministers?|officials?|delegates?|delegations?|diplomats?|envoys?|"
    r"negotiators?)\b",
    re.IGNORECASE,
)
_MEMBERS = re.compile(
    r"\b(?:include|includes|including|involve|involves|involving|group|grouping|groups|"
    r"members|participants|brings together|bring together)\b",
    re.IGNORECASE,
)
# a verb that ends the visit or gathering it governs ("wraps up a four-day visit")
_ENDING = re.compile(
    r"\b(?:wrap(?:s|ped|ping)?\s+up|w(?:ound|inds?|inding)\s+up|end(?:s|ed|ing)?|"
    r"conclud(?:e|es|ed|ing)|complet(?:e|es|ed|ing)|clos(?:e|es|ed|ing)|finish(?:es|ed|ing)?)\s+"
    r"(?:a|an|the|his|her|their|its)\s+(?:[\w'’-]+\s+){0,3}\Z",
    re.IGNORECASE,
)
# the verb after a visit or gathering, its clause's subject, ends it ("The two-day NATO
# summit wrapped up in Riga on Wednesday", "the conference ended Tuesday"): the day that
# follows the verb is its last
_ENDED_AFTER = re.compile(
    r"\A(?:\s+(?:in|at)\s+(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,2})?\s+"
    r"(?:wrapped\s+up|wound\s+up|ended|concluded|closed|finished)\b",
    re.IGNORECASE,
)
_AFTER_ENDING = re.compile(
    r"\bafter\s+(?:wrapping\s+up|winding\s+up|ending|concluding|completing|closing)\s+"
    r"(?:a|an|the|his|her|their|its)\s+(?:[\w'’-]+\s+){0,3}\Z",
    re.IGNORECASE,
)
# a phrase that opens its sentence with the start of a visit or gathering ("Kicking off a
# four-day stay in Washington, ..., Nogaideli also met"): it opens at its main clause's time
_FRONTED_OPENING = re.compile(
    r"\A\s*(?:kicking\s+off|starting|beginning|opening|launching)\s+"
    r"(?:a|an|the|his|her|their|its)\s+(?:[\w'’-]+\s+){0,3}\Z",
    re.IGNORECASE,
)
# a visit or gathering one of its ends is told of as today's, in a phrase with no date of its
# own: a participle after a comma ("Scharping, ending a two-day visit, said"), a verb in the
# present ("King Abdullah II begins a two-day private visit", "is wrapping up a tour"), or a
# moment just before an end ("said, hours before the end of the ministerial conference"): that
# end is the day of its clause, else the story's day
_DET_PHRASE = r"(?:a|an|the|his|her|their|its)\s+(?:[\w'’-]+\s+){0,3}"
_DET_WORDS = _DET_PHRASE + r"\Z"
_EDGE_TODAY = re.compile(
    r"(?:(?:\A|,)\s*(?P<p_open>kicking\s+off|starting|beginning|opening|launching)|"
    r"(?:\A|,)\s*(?P<p_end>ending|wrapping\s+up|winding\s+up|concluding|completing|closing)|"
    r"\b(?P<open>begins|starts|opens|kicks\s+off|launches|"
    r"(?:is|are)\s+(?:now\s+)?(?:beginning|starting|opening|kicking\s+off|launching))|"
    r"\b(?P<end>ends|wraps\s+up|winds\s+up|concludes|completes|"
    r"(?:is|are)\s+(?:now\s+)?(?:ending|wrapping\s+up|winding\s+up|concluding|completing)))\s+"
    + _DET_WORDS
    + r"|\b(?:hours|minutes|moments|shortly|just)\s+before\s+the\s+(?:(?P<b_end>end|close)|"
    r"(?P<b_open>opening|start))\s+of\s+(?:a|an|the|this|its|their)\s+(?:[\w'’-]+\s+){0,4}\Z",
    re.IGNORECASE,
)
# a clause of time, told in the present of what is still to come ("after he concludes")
_TIME_CLAUSE = re.compile(
    r"\b(?:after|before|when|once|until|till|unless|if|as\s+soon\s+as)\s+(?:[\w'’.-]+\s+){0,4}\Z",
    re.IGNORECASE,
)
# an end told in the present, right before its day ("which ends Sunday"): of a gathering or
# visit under way, when that day is at most `_UNDER_WAY_AHEAD` days after the story's
_ENDS_NOW = re.compile(
    r"(?<!\bto\s)\b(?:ends|closes|concludes|wraps\s+up|winds\s+up)\s+(?:here\s+|there\s+)?(?:on\s+)?\Z",
    re.IGNORECASE,
)
_UNDER_WAY_AHEAD = 3
# a journey its traveller came back from ("returned Thursday from a five-day visit", "who
# returned from a tour of Asia on Sunday"): the day of the return is its last
_RETURNED_FROM = re.compile(
    r"\b(?:return(?:s|ed|ing)?|c(?:ame|omes?|oming)\s+back|g(?:ot|ets|etting)\s+back|"
    r"fl(?:ew|ies|ying)\s+(?:back|home))\s+(?:(?:home|back|here)\s+)?"
    # ("returned to Seoul on Thursday from a five-day visit", "returned to the South Korean
    # capital Thursday from ...": the place come back to first)
    r"(?:to\s+(?:the\s+)?(?:[\w.'’-]+\s+){1,4}?)?"
    r"(?:(?:on|late|early|last|this|(?-i:[A-Z])[a-z]+\.?|\d{1,2}),?\s+){0,3}from\s+"
    + _DET_WORDS,
    re.IGNORECASE,
)
_PARTICIPLE = re.compile(r"meeting|gathering|gathered|convening", re.IGNORECASE)
# the next step of a day told ("was then to meet", "was then whisked to Tirana", "and then")
_THEN = re.compile(
    r"\b(?:was|were|is|are)\s+then\s+(?:to\b|[a-z]+(?:ed|en|wn)\b)|\band\s+then\b", re.IGNORECASE
)
_IN_MEETING = re.compile(
    r"\b(?:during|in|at|after|following)\s+(?:a|the|his|her|their)\s+(?:\S+\s+)?"
    r"(?:meeting|talks)\s+with\b"
    # ("said Wednesday during talks with Peru's ambassador": talks need no determiner; "after
    # meeting with" is a verb's)
    r"|\b(?:during|after|following)\s+(?:[a-z-]+\s+)?talks\s+with\b",
    re.IGNORECASE,
)


@dataclass
class MentionInfo:
    """One trigger read: its participants, place, date and cue."""

    trig: Trigger
    reading: Reading
    cue: Cue | None
    dated: Dated | None
    duration: int | None
    definite: bool
    #: only refers back ("The meeting will be held in Hanoi"): it adds to an event told
    #: before, never starts one
    reference: bool = False
    #: its clause ends the event ("as he wraps up a four-day visit"): its day is the last
    ends: bool = False
    #: the visit its sentence sets it in ("During his stay in Hanoi, Hu held talks"), whose
    #: days date it once all the visit's mentions are read
    stay: Draft | None = None

    @property
    def type(self) -> str:
        return self.trig.type

    @property
    def keys(self) -> list[str]:
        return [m.key for m in self.reading.parties]


@dataclass
class Draft:
    """An event being assembled from its mentions."""

    type: str
    keys: list[str]
    parties: list[Mention]
    location: Mention | None
    body_name: str | None
    date: EventDate | None
    lead: MentionInfo  # the mention whose date the event has
    mentions: list[MentionInfo] = field(default_factory=list)
    duration: int | None = None
    opens: EventDate | None = None
    closes: EventDate | None = None


def read_mentions(
    doc: Document, ents: Entities, timeline: Timeline, triggers: list[Trigger]
) -> list[MentionInfo]:
    """Every trigger read, minus those its cues rule out or that lack what their rule needs."""
    spans = timeline.spans()
    out = []
    for trig in triggers:
        cue = cue_of(doc, trig)
        gathering = _gathering_body(doc, ents, trig)
        if cue and cue.drop or trig.abbreviates is None and gathering is None and _inside_name(
            ents, trig
        ):
            continue
        if gathering is not None and trig.type != "summit":
            trig = trig.retyped("summit", "body")
        reading = read(doc, ents, trig, spans)
        if gathering is not None:
            # "the first East Asia Summit", "leaders are expected at the Asia-Europe Meeting":
            # a body known by its gathering's name is that gathering's party, with the country
            # that hosts it
            reading.parties = [gathering] + [p for p in reading.parties if p.kind == COUNTRY]
            reading.body_name = None
        body_of = (
            _meeting_of_body(doc, ents, trig)
            or _region_meeting(doc, trig)
            or _members_meeting(doc, ents, trig)
            or _organ_subject(doc, ents, trig)
            if trig.type == "meeting"
            else None
        )
        if trig.type == "meeting" and _body_meeting(doc, ents, trig):
            # "the APEC meeting", "the AU's peace and security council meeting": the body
            body_of = body_of or ents.between(trig.sentence.start, trig.start)[-1]
        if (
            body_of is None
            and trig.rule.id in ("meeting.meet", "meeting.talks")
            and _only_a_body(reading)
            and re.fullmatch(r"\s*,\s*(?:the\s+)?", doc.text[trig.end : reading.parties[0].start])
        ):
            # "At Thursday's meeting, the IAEA Board of Governors decided": the body the
            # fronted meeting is told of, its clause's subject, stays its party as a summit
            body_of = reading.parties[0]
        if trig.type == "meeting" and (
            body_of is not None
            or trig.rule.id in ("meeting.meet", "meeting.talks")
            and _only_a_body(reading)
            or trig.rule.id == "meeting.summit-between"
            and (not reading.parties or any(p.kind == ORGANISATION for p in reading.parties))
        ):
            # "the APEC meeting", "an EU ministers' meeting", "a meeting of EU foreign
            # ministers": a body's gathering is a summit; so is a summit "with" no party
            # after it ("We can leave the EU summit with the knowledge that ...")
            trig = trig.retyped("summit", "body")
            reading = read(doc, ents, trig, spans)
            if body_of is not None and not any(p.kind == ORGANISATION for p in reading.parties):
                reading.parties = [body_of]
        if (
            trig.rule.id in _TWO_SIDED_TALKS
            and len(hyphened_sides(doc, ents, trig)) == 2
        ):
            # "a second round of United States-North Korean missile talks", "the
            # Israeli-Palestinian peace talks": talks of two sides are a meeting
            trig = trig.retyped("meeting", "party")
            reading = read(doc, ents, trig, spans)
        elif (
            trig.rule.id == "summit.peace-talks"
            and not reading.parties
            and not reading.body_name
        ):
            # "Russia's top negotiator in Chechnya, Ivan Rybkin, opened new peace talks
            # Wednesday": talks one side's negotiator holds, no body's gathering, are his
            # meeting with the other side, whom another mention may name
            talks = trig.retyped("meeting", "party")
            held = read(doc, ents, talks, spans)
            if len(held.parties) == 1 and held.parties[0].kind == PERSON or (
                # "India and Pakistan will resume their peace talks next week": two sides'
                # own talks, two countries or two people, are their meeting
                len(held.parties) == 2
                and held.parties[0].kind == held.parties[1].kind
                and held.parties[0].kind in (COUNTRY, PERSON)
            ):
                trig, reading = talks, held
        if trig.rule.id == "summit.members-meet" and not _has_needs(trig, reading):
            # "The two leaders will meet in Jerusalem on Sunday": people already named, not a
            # body's members, meet each other
            talks = trig.retyped("meeting", "party")
            held = read(doc, ents, talks, spans)
            if len(held.parties) >= 2:
                trig, reading = talks, held
        if trig.abbreviates is not None and not reading.parties:
            # "The first AACC was held in Thailand": the body of the name it abbreviates
            named = dataclasses.replace(trig.abbreviates, rule=trig.rule)
            reading.parties = read(doc, ents, named, spans).parties
        reference = not _has_needs(trig, reading)
        if reference and not _refers_back(doc, trig, reading):
            continue
        if not _political(doc, trig, reading):
            continue
        if body_of is not None and trig.type == "summit":
            # (read after its needs: the group of a body's members and others is no body)
            reading.parties = _members_plus(doc, ents, trig, body_of) or reading.parties
        before = doc.text[trig.sentence.start : trig.start]
        names = [(x.start, x.end) for x in ents.between(trig.sentence.start, trig.sentence.end)]
        noun = doc.text[trig.start : trig.end].lower() in TRIGGER_NOUNS
        dated = timeline.govern(trig, triggers, names) or timeline.interval_after(trig)
        if (
            dated is not None
            and cue is not None
            and cue.status == "planned"
            and (
                dated.start >= trig.end
                or not has_verb(doc.text[dated.end : trig.start])
                # ("On Friday, Hu is expected to hold talks": the weekday ahead)
                or scheduled_to(doc.text, dated.end, trig.start)
            )
        ):
            dated = _ahead(doc, dated, timeline.dct)
            if cue.id == "agreed-or-invited" and (
                dated.date.end < timeline.dct
                or dated.date.start < timeline.dct
                and _PAST_WORD.search(doc.text, dated.start, dated.end)
            ):
                # "agreed to a meeting earlier this week", "invited Sinn Fein to rejoin the
                # talks two weeks ago": the time of the agreement, not of the event
                dated = None
        if dated is None and cue is not None and cue.id in ("moved-to", "moved-to-object"):
            # "A summit between Bush and al-Maliki was put off until Thursday": the day it is
            # now set for, still to come
            dated = _moved_to(doc, timeline, trig)
            if dated is not None:
                dated = _ahead(doc, dated, timeline.dct)
        if dated is None and trig.type in ("meeting", "summit"):
            dated = _days_of(doc, timeline, trig)
        if (
            dated is not None
            and dated.start >= trig.end
            and _PROGRAMME.search(doc.text, trig.sentence.start, trig.start)
        ):
            # "a four-day stay in Washington, which includes talks Tuesday with Cheney": a
            # programme told in the present holds what is still to come; its weekday is ahead
            dated = _ahead(doc, dated, timeline.dct)
        if (
            dated is None
            and trig.type == "summit"
            and (reading.body_name or any(p.kind == ORGANISATION for p in reading.parties))
            and _OCCASION_GATHERING.search(before)
        ):
            # "failed Tuesday to agree a joint declaration at a ministerial meeting here",
            # "made the remarks here Saturday when addressing the opening ceremony of the
            # Beijing Summit": the gathering where the clause's deed was done, on its day
            clause = timeline.clause_date(trig) or _day_before_participle(
                doc, timeline, trig, _OCCASION_GATHERING.search(before)
            )
            if clause is not None and clause.date.precision == "day":
                dated = clause
        ends = trig.type in ("visit", "summit") and bool(_ENDING.search(before))
        ended_after = (
            _ENDED_AFTER.match(doc.text[trig.end : trig.sentence.end])
            if trig.type in ("visit", "summit") and noun
            else None
        )
        if ended_after and dated is not None and dated.start >= trig.end + ended_after.end():
            ends = True
        returned = trig.type == "visit" and bool(_RETURNED_FROM.search(before))
        if (
            (ends or returned)
            and dated is not None
            and dated.boundary is None
            and dated.date.precision == "day"
        ):
            # "wrapped up a momentous visit to Turkey on Friday", "returned from a five-day
            # visit to North Korea on Thursday": the day it ends
            dated = dataclasses.replace(dated, boundary="end")
        length = timeline.duration_before(trig.start) if noun else None
        if not length and noun and dated is not None and dated.start > trig.end:
            # "The Beijing Summit ..., a two-day gathering that opened Saturday": the length
            # the apposition gives the gathering its relative clause opens
            opened = _APPOSITION_OPENED.search(doc.text, trig.end, dated.start)
            if opened is not None and opened.end() == dated.start:
                length = timeline.duration_before(opened.start("rel"))
                if length and dated.boundary is None:
                    dated = dataclasses.replace(dated, boundary="start")
        if not length and ends and dated is not None and dated.boundary == "end":
            # "concluded in Hong Kong on Sunday after six days of talks": the length it ran
            length = _length_after(doc, timeline, dated.end)
        if (
            dated is not None
            and dated.boundary == "end"
            and not length
            and trig.type in ("visit", "summit")
            and _ENDS_NOW.search(doc.text, max(trig.sentence.start, dated.start - 30), dated.start)
            and 1 <= (dated.date.start - timeline.dct).days <= _UNDER_WAY_AHEAD
        ):
            # "the conference ... which ends Sunday", told on Saturday: under way, from the
            # story's day to its end
            today = event_date(timeline.dct.isoformat())
            span = join(today, dated.date) if today is not None else None
            if span is not None:
                dated = dataclasses.replace(dated, date=span)
        if dated is None and cue is not None and cue.status == "occurred":
            dated = _last_time(doc, timeline, trig)
            reading.location = None  # a place after "since ..." is no longer that meeting's
        if reading.under_way:
            dated = _under_way_date(timeline, trig, dated, reading.under_way)
        if _EVE_OF.search(before):
            dated = _day_after(timeline, trig, dated) or dated
        out.append(
            MentionInfo(
                trig,
                reading,
                cue,
                dated,
                length,
                bool(_DEFINITE.search(before)),
                reference,
                ends,
            )
        )
    return out


#: Rules of rounds of talks that two sides named by hyphens before the noun make a meeting.
_TWO_SIDED_TALKS = ("summit.round", "summit.peace-talks")


# a gathering named as where its clause's deed is done ("at a ministerial meeting here")
_OCCASION_GATHERING = re.compile(
    r"\b(?:(?:at|during)\s+|(?:when|while|after|in|by)\s+(?:addressing|attending|opening)\s+"
    r"(?:the\s+(?:opening|closing)\s+(?:ceremony|session|meeting)\s+of\s+)?)"
    r"(?:a|an|the|this|its|their)\s+(?:[\w'’-]+\s+){0,4}\Z",
    re.IGNORECASE,
)
_WHEN_PARTICIPLE = re.compile(r"\s*(?:when|while)\b", re.IGNORECASE)


def _day_before_participle(
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


_WEEKDAY = re.compile(
    r"(?:(?:early|late)\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day"
    r"(?:\s+(?:morning|afternoon|evening|night))?",
    re.IGNORECASE,
)


_SINCE = re.compile(r"\s+(?:[\w-]+\s+){0,3}?since\s+(?:early\s+|late\s+)?\Z", re.IGNORECASE)


_APPOSITION_OPENED = re.compile(
    r",\s+(?:an?|the)\s+[^,;()]{0,40}?\s+(?P<rel>that|which)\s+(?:opened|began|started|"
    r"kicked\s+off|opens|begins|starts|kicks\s+off)\s+(?:here\s+|there\s+)?(?:on\s+)?",
    re.IGNORECASE,
)
# "after six days of talks", "after two days of intense negotiations", right after the day
_DAYS_OF = re.compile(r"\s*,?\s*after\s+\Z", re.IGNORECASE)
_OF_TALKS = re.compile(r"\s+of\b", re.IGNORECASE)


def _length_after(doc: Document, timeline: Timeline, offset: int) -> int | None:
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


def _last_time(doc: Document, timeline: Timeline, trig: Trigger) -> Dated | None:
    """The time parties who "have not met since October 1994" last met: that time."""
    for c in timeline.in_sentence(trig.end, trig.sentence.end):
        if _SINCE.fullmatch(doc.text, trig.end, c.start):
            return Dated(c.date, "own", None, c.start, c.end)
    return None


# the verbs that move an event to a new time
_MOVE_VERB = r"(?<!-)\b(?:postponed|put\s+off|delayed|deferred|rescheduled|pushed\s+back|moved)"
_MOVED_TO = re.compile(
    rf"(?:{_MOVE_VERB}|(?<!-)\bbrought\s+forward)\s+(?:again\s+)?(?:until|till|to|for)\s+\Z",
    re.IGNORECASE,
)


# ... the event the verb's object ("has put off his visit to Australia until next month")
_MOVED_OBJECT_TO = re.compile(
    rf"{_MOVE_VERB}\s+(?:his|her|their|its|the|a|an|this|next)\s+"
    r"(?:[^\s.,;]+\s+){0,7}?(?:until|till|to)\s+\Z",
    re.IGNORECASE,
)


def _moved_to(doc: Document, timeline: Timeline, trig: Trigger) -> Dated | None:
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


# "unveiled a series of reform ideas Sunday after two days of peace talks": a gathering of that
# length, over by the day of its clause
_AFTER_LENGTH = re.compile(r"\b(?:after|following)\s+\Z", re.IGNORECASE)
_LENGTH_OF = re.compile(r"\s+of\s+(?:(?!and\b|or\b)[a-z][\w'’-]*\s+){0,3}", re.IGNORECASE)


def _days_of(doc: Document, timeline: Timeline, trig: Trigger) -> Dated | None:
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


_PAST_WORD = re.compile(r"\b(?:earlier|ago|last|previous|past)\b", re.IGNORECASE)


def _ahead(doc: Document, dated: Dated, dct: date) -> Dated:
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


# a programme told in the present ("which includes talks Tuesday", "the visit will also
# include a meeting Friday"): what it includes is still to come
_PROGRAMME = re.compile(
    r"\b(?:includes|include|involves|features|will\s+(?:also\s+)?(?:include|involve|feature)|"
    r"(?:is|are)\s+(?:also\s+)?(?:to|due\s+to|scheduled\s+to|set\s+to|expected\s+to)\s+include)\s+"
    r"(?:also\s+)?(?:[\w'’-]+\s+){0,3}\Z",
    re.IGNORECASE,
)
# "on the eve of a crucial EU summit": the event is the day after its clause's day
_EVE_OF = re.compile(
    r"\bthe\s+eve\s+of\s+(?:a|an|the|his|her|their|its|this|\S+['’]s)\s+(?:[\w'’-]+\s+){0,4}\Z",
    re.IGNORECASE,
)


def _day_after(timeline: Timeline, trig: Trigger, dated: Dated | None) -> Dated | None:
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


def _under_way_date(
    timeline: Timeline, trig: Trigger, dated: Dated | None, how: str
) -> Dated | None:
    """The date of a visit told as under way at its clause's time: its own phrase's date when
    it has one ("during a visit to China last week"), else its clause's, as a moment of it."""
    if how == "during" and dated is not None and dated.start >= trig.end and not dated.under_way:
        return dated
    clause = timeline.clause_date(trig)
    if clause is not None and (how != "visiting" or clause.date.precision == "day"):
        return clause  # one is "visiting" on a day, not in a month or a year
    if how == "visiting":
        return None  # under way on the day of publication (`_context_date`)
    return dataclasses.replace(dated, under_way=True) if dated is not None else None


def _body_meeting(doc: Document, ents: Entities, trig: Trigger) -> bool:
    """Whether a meeting noun is a body's gathering ("the APEC meeting")."""
    before = ents.between(trig.sentence.start, trig.start)
    if not before or before[-1].kind != ORGANISATION:
        return False
    gap = doc.text[before[-1].end : trig.start]
    return doc.text[trig.start : trig.end].lower() in ("meeting", "meetings") and (
        re.fullmatch(r"\s*(?:[A-Z][\w'’]*\s+){0,3}", gap) is not None
        # "the AU's peace and security council meeting": an organ of the body it owns
        or before[-1].possessive
        and re.fullmatch(_OWN_ORGAN, gap) is not None
    )


_OWN_ORGAN = re.compile(
    r"(?:['’]s)?\s*(?:[\w-]+\s+){0,3}(?:council|committee|commission|board|assembly|conference|"
    r"ministerial|ministers['’]?|leaders['’]?|summit|annual|extraordinary|emergency)\s+",
    re.IGNORECASE,
)
_OF_MEMBERS = re.compile(
    r"\s+of\s+(?:the\s+|its\s+)?(?:(?:[\w-]+\s+){0,3}?(?:members|ministers|leaders|heads\s+of\s+"
    r"state)\s+(?:of|from)\s+(?:the\s+)?)?",
    re.IGNORECASE,
)


def _region_meeting(doc: Document, trig: Trigger) -> Mention | None:
    """The body of a meeting noun its clause's subject names by region ("Arab foreign
    ministers will discuss it at an emergency meeting")."""
    if doc.text[trig.start : trig.end].lower() not in ("meeting", "meetings"):
        return None
    return region_subject(doc, trig)


_THEIR_MEETING = re.compile(r"\btheir\s+(?:[\w-]+\s+){0,2}\Z", re.IGNORECASE)
_MEMBERS_SUBJECT = re.compile(
    r"\W*(?:the\s+)?(?:[\w().-]+\s+){0,8}?(?:leaders|ministers|heads\s+of\s+state|members|"
    r"governors|delegates)\b",
    re.IGNORECASE,
)


def _members_meeting(doc: Document, ents: Entities, trig: Trigger) -> Mention | None:
    """The body whose members hold "their meeting" ("Leaders of the 21 member economies of
    APEC wrapped up their two-day meeting", "G20 finance ministers finished their 8th
    meeting"): the body their subject names."""
    if doc.text[trig.start : trig.end].lower() not in ("meeting", "meetings"):
        return None
    start, _ = doc.clause_span(trig.start)
    if not _THEIR_MEETING.search(doc.text, start, trig.start):
        return None
    subject = _MEMBERS_SUBJECT.match(doc.text, start, trig.start)
    for m in ents.between(start, trig.start) if subject is not None else ():
        if m.kind == ORGANISATION and (
            m.end <= subject.end() or not has_verb(doc.text[subject.end() : m.start])
        ):
            return m  # named in the subject's phrase ("Leaders of ... APEC", "G20 ministers")
    return _members_antecedent(doc, ents, trig)


# the parties that may open a meeting verb's clause (not a group: "the two sides")
_NAMED_PARTY_KINDS = (PERSON, COUNTRY, ORGANISATION)
# "The governing board of the IAEA is to meet": an organ of a body opening the clause
_ORGAN_OF = re.compile(
    r"\W*(?:the\s+|its\s+)?(?:[\w-]+\s+){0,3}?(?:board|council|committee|commission|"
    r"assembly|secretariat|conference|executive|governors|directors)\s+of\s+(?:the\s+)?\Z",
    re.IGNORECASE,
)


def _organ_subject(doc: Document, ents: Entities, trig: Trigger) -> Mention | None:
    """The body whose organ is the subject of a meeting verb ("The governing board of the
    IAEA is to meet on Nov. 24"): the organ's sitting, the body's gathering."""
    if trig.rule.id not in ("meeting.meet", "meeting.talks"):
        return None
    if doc.text[trig.start : trig.end].lower() in ("meeting", "meetings"):
        return None  # a noun: its own reading finds whose meeting it is
    start, _ = doc.clause_span(trig.start)
    for m in ents.between(start, trig.start):
        if m.kind in _NAMED_PARTY_KINDS:
            if m.kind != ORGANISATION or not _ORGAN_OF.fullmatch(doc.text, start, m.start):
                return None
            if has_verb(doc.text[m.end : trig.start]) and not _TO_MEET.search(
                doc.text, m.end, trig.start
            ):
                return None
            return m
    return None


# "is to meet", "will meet", "was scheduled to meet": the verb of the organ's own clause
_TO_MEET = re.compile(
    r"\A\s*(?:(?:is|are|was|were|will|would|shall|has|have|had|be|been|due|expected|"
    r"scheduled|set|to|also|again|then|now|next)\s+)*\Z",
    re.IGNORECASE,
)


# "the APEC economic leaders", "OPEC's oil ministers": a body's members, named by the body
_BODY_MEMBERS = re.compile(
    r"\A(?:['’]s?)?\s+(?:[\w-]+\s+){0,2}?(?:leaders|ministers|heads\s+of\s+state|members|"
    r"governors|delegates)\b",
    re.IGNORECASE,
)


def _members_antecedent(doc: Document, ents: Entities, trig: Trigger) -> Mention | None:
    """The body whose members "their meeting" points back to when they are no subject
    ("will be submitted to the APEC economic leaders for approval during their meeting on
    Nov. 18-19"): the members the sentence names last before it, with no other party between."""
    before = [
        m
        for m in ents.between(trig.sentence.start, trig.start)
        if m.kind in (PERSON, COUNTRY, ORGANISATION)
    ]
    if not before or before[-1].kind != ORGANISATION:
        return None
    body = before[-1]
    found = _BODY_MEMBERS.match(doc.text[body.end : trig.start])
    if found is None:
        return None
    if re.search(r"[;:]", doc.text[body.end : trig.start]):
        return None
    return body


def _only_a_body(reading: Reading) -> bool:
    """Whether a meeting's one party is a body ("Leaders of APEC began their annual meeting",
    "NATO ministers met"): its members' gathering, a summit."""
    return bool(reading.parties) and {(p.kind, p.key) for p in reading.parties} == {
        (ORGANISATION, reading.parties[0].key)
    }


def _meeting_of_body(doc: Document, ents: Entities, trig: Trigger) -> Mention | None:
    """The body a meeting noun names after it: "a meeting of EU foreign ministers", "the
    meeting of the five permanent members of the UN Security Council"."""
    if doc.text[trig.start : trig.end].lower() not in ("meeting", "meetings"):
        return None
    found = _OF_MEMBERS.match(doc.text, trig.end, trig.sentence.end)
    if found is None:
        return None
    after = ents.between(found.end(), trig.sentence.end)
    first = after[0] if after else None
    if first is None or first.start != found.end():
        return None
    if first.kind == NAME and len(after) > 1 and after[1].kind == ORGANISATION:
        # "a meeting of the Group 20 (G20)": the body its abbreviation names
        if re.fullmatch(r"[^,;()]{0,20}\(\s*", doc.text[first.end : after[1].start]):
            return after[1]
    return first if first.kind == ORGANISATION else None


_PLUS = re.compile(r"\s+plus\s+(?:the\s+)?", re.IGNORECASE)


def _members_plus(doc: Document, ents: Entities, trig: Trigger, body: Mention) -> list[Mention]:
    """The countries of "a meeting of the five permanent members of the UN Security Council
    plus Germany": a body's members and those added to them are a group of their own, which
    the article may list elsewhere ("The so-called P5-plus-one group -- Britain, China,
    France, Germany, Russia and the United States"); else the body and those added."""
    plus = _PLUS.match(doc.text, body.end, trig.sentence.end)
    if plus is None:
        return []
    added = _country_list(doc, ents, plus.end(), trig.sentence.end)
    if not added or added[0].start != plus.end():
        return []
    count = re.search(r"\b(\w+)\s+(?:permanent\s+)?members\b", doc.text[trig.end : body.start])
    size = _MEMBERS_COUNT.get(count.group(1).lower()) if count else None
    if size is not None:
        size += len(added)
        keys = {m.key for m in added}
        for other in doc.sentences:
            word = _MEMBERS.search(doc.text, other.start, other.end)
            if word is None:
                continue
            found = _country_list(doc, ents, word.end(), other.end)
            if len(found) == size and keys <= {m.key for m in found}:
                return found
    return [body, *added]


def _country_list(doc: Document, ents: Entities, start: int, end: int) -> list[Mention]:
    """The countries listed one after another ("Britain, China and the United States") from
    the first country named in [start, end)."""
    out: list[Mention] = []
    for m in ents.between(start, end):
        if m.kind != COUNTRY:
            if out:
                break
            continue
        if out and not _LIST_GAP.fullmatch(doc.text[out[-1].end : m.start]):
            break
        if all(m.key != x.key for x in out):
            out.append(m)
    return out


_LIST_GAP = re.compile(r"\s*(?:,|and|,\s*and)\s*(?:the\s+)?", re.IGNORECASE)


def _gathering_body(doc: Document, ents: Entities, trig: Trigger) -> Mention | None:
    """The body of a word list that is known by the name of its gathering and whose name the
    trigger ends ("East Asia Summit", "Asia-Europe Meeting"), if any."""
    word = doc.text[trig.start : trig.end]
    if word not in ("Summit", "Meeting"):
        return None
    for m in ents.between(trig.sentence.start, trig.sentence.end):
        if m.kind == ORGANISATION and m.start < trig.start and m.end == trig.end:
            return m if m.key in word_lists().organisations else None
    return None


def _inside_name(ents: Entities, trig: Trigger) -> bool:
    """Whether the trigger word is part of a body's name ("... Consultative Conference")."""
    return any(
        m.kind == ORGANISATION and m.start <= trig.start and trig.end <= m.end
        for m in ents.between(trig.sentence.start, trig.sentence.end)
    )


def _political(doc: Document, trig: Trigger, reading: Reading) -> bool:
    """Whether a conference or forum is a gathering of leaders, ministers or officials (a
    known international body, countries, or such people named in its sentence), not a trade
    show or a researchers' meeting."""
    known = word_lists().organisations
    if trig.rule.id in ("summit.session", "summit.session-of", "summit.its-meeting"):
        # a session: of a listed international body only, not of a parliament or a party
        return any(p.kind == ORGANISATION and p.key in known for p in reading.parties)
    if trig.rule.id not in ("summit.conference", "summit.forum"):
        return True
    if any(p.kind == ORGANISATION and p.key in known or p.kind == COUNTRY for p in reading.parties):
        return True
    if reading.body_name and _STATES_PARTIES.search(reading.body_name):
        return True  # "the conference of the contracting parties": states are its members
    if reading.body_name and _named_for_known_body(reading.body_name):
        return True  # "the UN Climate Change Conference": a listed body's gathering
    return bool(_OFFICIALS.search(doc.text[trig.sentence.start : trig.sentence.end]))


def _named_for_known_body(name: str) -> bool:
    """Whether a gathering's own name opens with a listed international body's name."""
    written = [w for w in re.findall(r"[\w'’.-]+", name) if w.lower() != "the"]
    found = word_lists().lookup(written, 0) if written else None
    return found is not None and any(r.category == "organisation" for r in found[1])


_STATES_PARTIES = re.compile(r"\bparties\b", re.IGNORECASE)
_BACK_REFERENCE = re.compile(
    r"\b(?:the|this|that|these|those)\s+(?:[a-z][\w-]*\s+){0,2}\Z", re.IGNORECASE
)


def _refers_back(doc: Document, trig: Trigger, reading: Reading) -> bool:
    """Whether a trigger noun that names none of its parties refers back to an event told
    before ("The meeting will be held in Hanoi on Nov. 11", "the conference has ended"): it
    lends that event its date or place, or is dropped if none was told."""
    noun = doc.text[trig.start : trig.end].lower() in TRIGGER_NOUNS
    return (
        trig.rule.needs in ("party", "body")
        and not reading.errand
        and noun
        and bool(_BACK_REFERENCE.search(doc.text, trig.sentence.start, trig.start))
    ) or (
        # "OPEC members meeting in Nigeria this week ... At a gathering in Abuja on Thursday":
        # a gathering told by its place may be one already told (assemble: same place, dates)
        trig.type == "summit"
        and trig.rule.needs == "body"
        and noun
        and reading.location is not None
    )


def _has_needs(trig: Trigger, reading: Reading) -> bool:
    if reading.errand:
        return False
    needs = trig.rule.needs
    if needs == "party" and not reading.parties:
        return False
    if needs == "place" and reading.location is None:
        return False
    if needs == "body" and not (
        reading.body_name or any(m.kind == ORGANISATION for m in reading.parties)
    ):
        return False
    return True


def assemble(
    doc: Document, ents: Entities, timeline: Timeline, mentions: list[MentionInfo], dct: date
) -> list[Draft]:
    """Group mentions into events (see the module docstring)."""
    drafts: list[Draft] = []
    history: list[tuple[MentionInfo, Draft | None]] = []  # every mention so far, and its event
    for m in mentions:
        if (
            m.trig.rule.kind == "weak"
            and not any(d.type == m.type for d in drafts)
            and not _names_its_parties(doc, m)
        ):
            if not any(p.type == m.type and p.reading.parties and d is None for p, d in history):
                continue  # a weak word refers back to an event, dated or not, or to nothing
        gathering = _gathering_back(doc, history, m)
        if gathering is not None:
            # "OPEC ministers meet in Kuwait on Monday ... the meeting will discuss quotas":
            # a bare meeting noun refers back to the gathering told last, a summit
            m.trig = m.trig.retyped("summit", "body")
            if m.dated is not None and _ANOTHER_OF_SERIES.search(
                doc.text, m.trig.sentence.start, m.trig.start
            ):
                # "The last such meeting here was in 1966", "the next meeting early next
                # year": another gathering of the same body, on its own date
                draft = _new_draft(m, m.dated)
                draft.parties, draft.keys, body = gathering
                draft.body_name = draft.body_name or body
                drafts.append(draft)
                history.append((m, draft))
                continue
        dated = m.dated or _context_date(doc, ents, timeline, m, drafts, dct)
        m.dated = dated
        target = (
            _other_side(doc, drafts, m)
            or next((d for d in reversed(drafts) if _one_delegation(doc, d, m)), None)
            or _antecedent(drafts, history, m)
        )
        if isinstance(target, Draft):
            _absorb(target, m, dated)
            history.append((m, target))
            continue
        if dated is None or (m.reference and not isinstance(target, MentionInfo)):
            history.append((m, None))
            continue
        draft = _new_draft(m, dated)
        lender = target if isinstance(target, MentionInfo) else None
        if lender is not None and m.type == "visit" and _someone_else(ents, m):
            lender = None  # "Gavin Henson ... injured during the Lions tour"
        if not draft.parties and not draft.body_name and lender is None:
            lender = next(
                (
                    p
                    for p, d in reversed(history)
                    if d is None and p.type == m.type and p.reading.parties
                ),
                None,
            )
            if (
                lender is not None
                and m.type == "visit"
                and not _their_trip(doc, ents, history, m, lender)
            ):
                lender = None
        leg = None if lender is not None or draft.parties else _leg_of(ents, history, m, dated)
        if leg is not None:
            # "Satcher led a team of medical specialists to Africa" ... "The team planned to
            # leave Nairobi on Thursday for Dar es Salaam": the next leg of the same trip
            draft.parties, draft.keys = list(leg.parties), list(leg.keys)
        if lender is not None:
            _absorb(draft, lender, None)
        elif draft.parties:
            # an earlier undated mention of the same event ("Medvedev met with Xi Jinping" ...
            # "Medvedev's meeting in Beijing the previous week") lends its participants
            for p, d in history:
                if (
                    d is None
                    and p.type == m.type
                    and set(p.keys) & set(draft.keys)
                    and _compatible_place(draft, p)
                ):
                    _absorb(draft, p, None)
        if not draft.parties and not draft.body_name and m.type != "summit":
            history.append((m, None))
            continue
        drafts.append(draft)
        history.append((m, draft))
    for d in drafts:
        _finish_date(d)
        if d.type == "summit" and not d.parties and not d.body_name:
            d.parties = _summit_fallback(doc, ents, d)
    for d in drafts:
        stay = d.lead.stay
        dated = d.lead.dated
        if stay is not None and stay.date is not None and dated and dated.source == "context":
            # "Hu ... left Hanoi for Beijing Wednesday. During his stay in Hanoi, Hu held
            # talks ... Hu arrived in Hanoi on Monday morning": talks dated only by the stay
            # span its days, as the article tells them in the end (its arrival told after)
            d.date = stay.date
    drafts.extend(_legs(drafts))
    drafts.extend(_editions(doc, ents, timeline, drafts))
    drafts.extend(_day_legs(doc, ents, timeline, drafts))
    for d in drafts:
        if d.type == "meeting" and d.location is None:
            d.location = _visited_place(d, drafts) or _summit_place(doc, d, drafts)
    drafts = [one for d in drafts for one in _each_met(doc, d)]
    return [d for d in drafts if d.date is not None and _enough_parties(d)]


# a determiner and lower-case words only before a meeting noun ("the meeting", "the last
# such meeting", "this week's meeting"), not a name ("the Ban-Aso meeting")
_BARE_MEETING = re.compile(
    r"\b(?:the|this|that|such)\s+(?:(?-i:[a-z0-9][\w'’-]*)\s+){0,3}\Z", re.IGNORECASE
)
# another gathering of the same series than the one told ("the next meeting", "the last
# such meeting")
_ANOTHER_OF_SERIES = re.compile(
    r"\b(?:next|last|previous|such|another)\s+(?:(?-i:[a-z0-9][\w'’-]*)\s+){0,2}\Z",
    re.IGNORECASE,
)


def _gathering_back(
    doc: Document, history: list[tuple[MentionInfo, Draft | None]], m: MentionInfo
) -> tuple[list[Mention], list[str], str | None] | None:
    """The summit a meeting noun that names no party refers back to ("the meeting", "the
    last such meeting"): the last gathering its article told, meeting or summit, when that
    was a summit (a body's gathering or a multilateral one): its parties, keys and name."""
    if (
        m.type != "meeting"
        or m.keys
        or m.trig.rule.id != "meeting.meet"
        or doc.text[m.trig.start : m.trig.end].lower() not in ("meeting", "meetings")
        or not _BARE_MEETING.search(doc.text, m.trig.sentence.start, m.trig.start)
    ):
        return None
    for p, d in reversed(history):
        if p.type not in ("meeting", "summit"):
            continue
        if d is not None:
            if d.type == "summit" and (d.parties or d.body_name):
                return list(d.parties), list(d.keys), d.body_name
            return None
        if p.reading.parties or p.reading.body_name:
            # an undated mention ("Kuwait is hosting the 138th OPEC conference")
            if p.type == "summit":
                return list(p.reading.parties), list(p.keys), p.reading.body_name
            return None
    return None


# a pronoun that stands for a traveller told before ("his return from a three-week trip")
_PRONOUN = re.compile(r"\b(?:his|her|their|he|she|they)\b", re.IGNORECASE)


def _their_trip(
    doc: Document,
    ents: Entities,
    history: list[tuple[MentionInfo, Draft | None]],
    m: MentionInfo,
    lender: MentionInfo,
) -> bool:
    """Whether a visit that names no visitor is that of the undated visit told last ("King
    Gyanendra ... returning from a foreign trip" ... "His announcement came days after his
    return from a three-week trip to Africa"): no other visit is told between them, and its
    sentence points back by a pronoun before it and names no one else before it."""
    at = next(i for i, (p, _) in enumerate(history) if p is lender)
    if any(p.type == "visit" for p, _ in history[at + 1 :]) or _someone_else(ents, m):
        return False
    return bool(_PRONOUN.search(doc.text, m.trig.sentence.start, m.trig.start))


def _leg_of(
    ents: Entities,
    history: list[tuple[MentionInfo, Draft | None]],
    m: MentionInfo,
    dated: Dated | None,
) -> Draft | None:
    """The visit a definite departure or arrival that names no traveller ("The team planned to
    leave Nairobi on Thursday for Dar es Salaam") is the next leg of: the visit told last, by
    travellers it names, to another place, begun no later."""
    if (
        m.type != "visit"
        or not m.definite
        or m.trig.rule.kind != "arrival"
        or m.reading.location is None
        or dated is None
        or _someone_else(ents, m)
    ):
        return None
    d = next((d for p, d in reversed(history) if p.type == "visit"), None)
    if (
        d is None
        or not d.parties
        or d.location is None
        or _same_place(d.location, m.reading.location)
        or d.date is None
        or dated.date.start < d.date.start
    ):
        return None
    return d


def _someone_else(ents: Entities, m: MentionInfo) -> bool:
    """Whether the sentence of a visit that names no visitor names a person before it, whose
    trip it may be: then no visitor told before is lent to it."""
    s = m.trig.sentence
    return any(e.kind in (PERSON, NAME) for e in ents.between(s.start, m.trig.start))


# what may stand between two people one "met": "and", a comma or a semicolon, with the
# second's title ("met President Pervez Musharraf and Prime Minister Shaukat Aziz")
_MET_AND = re.compile(r"\s*(?:,\s*|;\s*)?(?:and\s+)?(?:[\w.'’-]+\s+){0,6}?\Z", re.IGNORECASE)
_NOT_A_LIST = re.compile(
    r"\b(?:including|includes|who|whom|which|whose|to|in|at|on|for|from|of\s+the\s+\w+\s+team|"
    r"members|said|says|with|after|before|while)\b",
    re.IGNORECASE,
)


_OF_COUNTRY = re.compile(
    r"^\s+of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:of\s+)?(?:the\s+)?[A-Z][\w'’-]*){0,3}"
)


def _each_met(doc: Document, d: Draft) -> list[Draft]:
    """A meeting whose subject "met" two or more people by name, or "held talks with" them, one
    after the other, is one meeting with each ("Boucher met President Pervez Musharraf and Prime
    Minister Shaukat Aziz on Tuesday", "Enkhbold will meet Wu Bangguo and Jia Qinglin", "would
    hold talks with President Ong Teng Cheong and former premier Lee Kuan Yew"): calls on
    officials in turn, not one gathering ("a meeting with A and B" stays one)."""
    trig = d.lead.trig
    word = doc.text[trig.start : trig.end].lower()
    held = trig.rule.id == "meeting.talks" and _HOLD_TALKS.match(
        doc.text, trig.match_start, trig.end
    )
    if d.type != "meeting" or not (
        held or trig.rule.id == "meeting.meet" and word in ("met", "meet", "meets")
    ):
        return [d]
    sentence = trig.sentence
    objects = [p for p in d.parties if p.kind == PERSON and trig.end <= p.start < sentence.end]
    subjects = [p for p in d.parties if p not in objects]
    if len(objects) < 2 or not subjects or len({p.key for p in objects}) != len(objects):
        return [d]
    for a, b in zip(objects, objects[1:], strict=False):
        # "Denis Sassou-Nguesso of the Republic of Congo, Yoweri Museveni of Uganda": each
        # person's country
        gap = _OF_COUNTRY.sub("", doc.text[a.end : b.start])
        if (
            not re.search(r"\band\b|[,;]", gap)
            or _NOT_A_LIST.search(gap)
            or not _MET_AND.fullmatch(gap)
        ):
            return [d]
    out = []
    for p in objects:
        parties = subjects + [p]
        out.append(dataclasses.replace(d, parties=parties, keys=[x.key for x in parties]))
    return out


# talks a subject holds, the verb's object list after them ("hold talks with A and B")
_HOLD_TALKS = re.compile(r"(?:hold|holds|held|holding)\s+talks\Z", re.IGNORECASE)
_BETWEEN_AFTER = re.compile(r"\s*(?:\S+\s+){0,2}?(?:between|with)\b", re.IGNORECASE)


def _names_its_parties(doc: Document, m: MentionInfo) -> bool:
    """Whether a word that mostly refers back ("the talks") names its own event: two parties
    after it ("the direct talks between Belgrade and Pristina") and a date of its own."""
    return (
        len(set(m.keys)) >= 2
        and m.dated is not None
        and m.dated.source == "own"
        and bool(_BETWEEN_AFTER.match(doc.text, m.trig.end))
    )


def _legs(drafts: list[Draft]) -> list[Draft]:
    """The undated legs of a tour whose span and other legs the article dates: "successive
    visits to Vietnam, Laos, India and Pakistan from Nov. 15 to 26 ... Laos from Nov. 19 to
    20" make a Vietnam leg from Nov. 15 to 19."""
    out: list[Draft] = []
    for tour in drafts:
        places = tour.lead.reading.destinations
        span = tour.date
        if tour.type != "visit" or len(places) < 2 or span is None or span.precision != "day":
            continue
        if span.start == span.end:
            continue
        dated: dict[str, EventDate] = {}
        for d in drafts:
            if (
                d is not tour
                and d.type == "visit"
                and d.location is not None
                and d.date is not None
                and d.date.precision == "day"
                and set(d.keys) & set(tour.keys)
                and span.start <= d.date.start
                and d.date.end <= span.end
            ):
                dated.setdefault(d.location.key, d.date)
        if not dated:
            continue
        for i, place in enumerate(places):
            if place.key in dated:
                continue
            before = span.start if i == 0 else _end_of(dated.get(places[i - 1].key))
            after = next((dated[p.key].start for p in places[i + 1 :] if p.key in dated), None)
            if before is None or after is None or after < before:
                continue
            leg = dataclasses.replace(
                tour,
                location=place,
                date=EventDate(f"{before.isoformat()}/{after.isoformat()}", before, after, "day"),
                mentions=list(tour.mentions),
            )
            out.append(leg)
        if out:
            tour.location = None  # the tour goes to all its places
    return out


# what tells another edition of a series in the same breath, its place and time left for
# the expression after it: "The first X was held in Thailand in 2004, the second in Malaysia
# in 2005"
_EDITION = re.compile(
    r"(?:,\s*(?:and\s+|while\s+)?|\s+and\s+)the\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|"
    r"tenth|next|last|latest|\d+(?:st|nd|rd|th))\s+(?:one\s+)?(?:was\s+|were\s+)?(?:held\s+)?"
    r"(?:in|at)\s+(?:the\s+)?(?P<place>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s+(?:in|on)\s+\Z"
)


def _editions(
    doc: Document, ents: Entities, timeline: Timeline, drafts: list[Draft]
) -> list[Draft]:
    """The other editions of a series a gathering's sentence tells with their place and time
    ("The first ASEAN summit was held in Bali in 1976, the second in Kuala Lumpur in 1977")."""
    out: list[Draft] = []
    for d in drafts:
        if d.type != "summit" or d.date is None:
            continue
        trig = d.lead.trig
        for c in timeline.in_sentence(trig.end, trig.sentence.end):
            found = _EDITION.search(doc.text, trig.end, c.start)
            if found is None or c.date == d.date:
                continue
            place = next(
                (
                    m
                    for m in ents.between(found.start("place"), found.end("place"))
                    if m.kind in (PLACE, COUNTRY)
                ),
                None,
            )
            out.append(
                dataclasses.replace(d, date=c.date, location=place, mentions=list(d.mentions))
            )
    return out


# the next leg of a journey told with its own day after the first's ("will visit Israel on
# Sunday and Jordan on Monday", "in Cairo on Saturday, then Amman on Sunday")
_NEXT_LEG = re.compile(
    r"\A\s*(?:,\s*(?:and\s+|then\s+|and\s+then\s+)?|\s+(?:and\s+)?(?:then\s+)?)"
    r"(?:(?:on\s+)?to\s+|in\s+)?(?:the\s+)?"
    r"(?P<place>(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,3})\s+(?:on\s+)?\Z",
    re.IGNORECASE,
)


def _day_legs(
    doc: Document, ents: Entities, timeline: Timeline, drafts: list[Draft]
) -> list[Draft]:
    """The further legs of a visit its sentence tells each with its own day, right after the
    first leg's place and day ("will visit Israel on Sunday and Jordan on Monday")."""
    out: list[Draft] = []
    for d in drafts:
        dated = d.lead.dated
        if (
            d.type != "visit"
            or d.location is None
            or d.date is None
            or d.date.precision != "day"
            or dated is None
            or dated.source != "own"
            or dated.start < d.location.end
            or not re.fullmatch(r"\s*(?:on\s+)?", doc.text[d.location.end : dated.start])
        ):
            continue
        last = dated.end
        for c in timeline.in_sentence(last, d.lead.trig.sentence.end):
            if c.start < last:
                continue
            found = _NEXT_LEG.match(doc.text[last : c.start])
            if found is None or c.date.precision != "day" or c.date == d.date:
                break
            place = next(
                (
                    m
                    for m in ents.between(last + found.start("place"), last + found.end("place"))
                    if m.kind in (PLACE, COUNTRY)
                ),
                None,
            )
            if place is None:
                break
            if place.kind == COUNTRY and capital_of(place.text):
                place = dataclasses.replace(place, kind=PLACE, key=place.text)  # "Beijing"
            out.append(
                dataclasses.replace(d, date=c.date, location=place, mentions=list(d.mentions))
            )
            last = c.end
    return out


def _end_of(d: EventDate | None) -> date | None:
    return d.end if d is not None else None


def _visited_place(meeting: Draft, drafts: list[Draft]) -> Mention | None:
    """Where a meeting of a visitor takes place: the place of the visit of one of its parties
    that its date falls in ("arrived in Kathmandu Wednesday on a three-day visit ... during
    a meeting with Koirala")."""
    for d in drafts:
        if (
            d.type == "visit"
            and d.location is not None
            and d.date is not None
            and meeting.date is not None
            and set(d.keys) & set(meeting.keys)
            and d.date.start <= meeting.date.start
            and meeting.date.end <= d.date.end
            and d.location.key not in meeting.keys
        ):
            return d.location
    return None


def _summit_place(doc: Document, meeting: Draft, drafts: list[Draft]) -> Mention | None:
    """Where a meeting "on the sidelines of" a summit takes place: the summit's place."""
    for m in meeting.mentions:
        sentence = m.trig.sentence
        link = _SIDELINES.search(doc.text, m.trig.end, sentence.end)
        if link is None:
            continue
        for d in drafts:
            if (
                d.type == "summit"
                and d.location is not None
                and any(
                    x.trig.sentence is sentence and x.trig.start >= link.start() for x in d.mentions
                )
            ):
                return d.location
    return None


def _enough_parties(d: Draft) -> bool:
    """A meeting or call needs two sides; a visit a visitor; a summit a body or a name."""
    if d.type in ("meeting", "call"):
        return len({m.key for m in d.parties}) >= 2
    return bool(d.parties or d.body_name)


#: Rules of talks held by a group of countries that the article lists elsewhere as its members.
_MEMBERS_LISTED = ("summit.multiparty-talks", "summit.powers", "summit.round-back")
# the number of members a group's talks are named by ("six-way talks", "Six major powers")
_MEMBERS_COUNT = {
    "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "2+2": 4,
}


def _summit_fallback(doc: Document, ents: Entities, d: Draft) -> list[Mention]:
    """Who holds a summit the text names no body for: a body its sentence names, else the
    countries its sentence lists (never a body named elsewhere in the article: the summit of
    one sentence is not the body of another's)."""
    s = d.lead.trig.sentence
    orgs = [m for m in ents.between(s.start, s.end) if m.kind == ORGANISATION]
    countries = _distinct(_parties_not_places(doc, ents, s))
    rule = d.lead.trig.rule.id
    if orgs and rule not in _MEMBERS_LISTED:
        return [
            min(orgs, key=lambda m: abs(m.start - d.lead.trig.start))
        ]  # "NATO's heads of state ... at a summit"
    # "six-way talks", "Six major powers": as many members as the number says; a sentence
    # that names fewer ("North Korea walked away from the six-way talks") names some only
    size = _MEMBERS_COUNT.get(
        doc.text[d.lead.trig.match_start : d.lead.trig.end].split("-")[0].split()[0].lower()
    ) if rule in _MEMBERS_LISTED else None
    if len(countries) >= 2 and (size is None or len(countries) >= size):
        return countries
    if rule in _MEMBERS_LISTED:
        # "The negotiations -- which include the two Koreas, China, Japan, Russia ..."
        lists = []
        for other in doc.sentences:
            text = doc.text[other.start : other.end]
            if _MEMBERS.search(text):
                found = _distinct(
                    [m for m in ents.between(other.start, other.end) if m.kind == COUNTRY]
                )
                if len(found) >= 3:
                    lists.append(found)
        if lists and size is not None:
            # "a revised draft drawn up by France, Britain and Germany" ... "Ambassadors of
            # Britain, China, France, Russia and the United States ... plus Germany": the list
            # of six is the six powers', the fullest the nearest to it
            return min(lists, key=lambda found: (abs(len(found) - size), -len(found)))
        if lists:
            return lists[0]
        known = _known_members(doc, d.lead.trig, size)
        if known:
            # "the fifth round of the six-party talks, which opened in Beijing": talks news
            # names by their number, whose members the article does not list
            return known
        if len(countries) >= 2:
            return countries
        # countries hold such talks, not bodies; "powers" that coerce Iran are not Iran
        if rule == "summit.multiparty-talks" and not countries and orgs:
            # "UN mission chief Martin said his team would start trilateral negotiations":
            # talks no country is named for, the body the sentence names
            return [min(orgs, key=lambda m: abs(m.start - d.lead.trig.start))]
        return countries if rule == "summit.multiparty-talks" else []
    if rule == "summit.peace-talks":
        # "the postponement of the third round of the Khartoum peace talks" two sentences
        # after "The UN estimates ...": the sides hold peace talks, not a body named before
        return []
    # "EU finance ministers failed to agree ... the ministers decided to let heads of state
    # work out at a summit next week": the body of the sentences just before
    earlier = [
        m
        for m in ents.between(doc.sentences[max(0, s.index - 2)].start, s.start)
        if m.kind == ORGANISATION
    ]
    return earlier[-1:]


# talks that a clause's deed is to bring back ("to continue efforts on resuming the six-party
# talks", "hoped for a return to the talks"): not a round held on the clause's day
_TO_RESUME = re.compile(
    r"\b(?:resum(?:e|es|ed|ing|ption)|return(?:s|ed|ing)?|revive|reviving|revival)\s+"
    r"(?:(?:of|to)\s+)?(?:the\s+)?(?:[\w-]+\s+){0,2}\Z",
    re.IGNORECASE,
)


def _known_members(doc: Document, trig: Trigger, size: int | None) -> list[Mention]:
    """The members of talks named by their number (organisations.yaml, `talks_of`): of the
    entry of that size whose matter's word the text names nearest the talks, first in their
    sentence, then in the article."""
    entries = [e for e in word_lists().talks_of if e[0] == size]
    if not entries or _TO_RESUME.search(doc.text, trig.sentence.start, trig.match_start):
        return []  # ("efforts on resuming the six-party talks": no round held that day)
    s = trig.sentence
    for start, end in ((s.start, s.end), (0, len(doc.text))):
        found = []
        for _, about, members in entries:
            words = "|".join(re.escape(w) for w in about)
            near = [
                abs(start + m.start() - trig.start)
                for m in re.finditer(rf"\b(?:{words})\b", doc.text[start:end])
            ]
            if near:
                found.append((min(near), members))
        if found:
            members = min(found)[1]
            names = word_lists().country_names
            return [
                Mention(trig.start, trig.end, COUNTRY, code, names.get(code, code))
                for code in members
            ]
    return []


_PLACE_BEFORE = re.compile(r"\b(?:in|at|to|from|into|across|over|near)\s+(?:the\s+)?$", re.I)


def _parties_not_places(doc: Document, ents: Entities, s) -> list[Mention]:
    """The countries a sentence names as actors, not as places ("the situation in the
    Palestinian territories, Iraq and Lebanon" names places)."""
    out: list[Mention] = []
    place_list = False
    previous: Mention | None = None
    for m in ents.between(s.start, s.end):
        if m.kind != COUNTRY:
            continue
        gap = doc.text[previous.end : m.start] if previous is not None else ""
        coordinated = previous is not None and re.fullmatch(
            r"\s*(?:,|and|,\s*and)\s*(?:the\s+)?", gap
        )
        if _PLACE_BEFORE.search(doc.text[max(s.start, m.start - 12) : m.start]):
            place_list = True
        elif not coordinated:
            place_list = False
        if not place_list:
            out.append(m)
        previous = m
    return out


def _distinct(mentions: list[Mention]) -> list[Mention]:
    seen: dict[str, Mention] = {}
    for m in mentions:
        seen.setdefault(m.key, m)
    return list(seen.values())


def _new_draft(m: MentionInfo, dated: Dated) -> Draft:
    r = m.reading
    draft = Draft(
        m.type,
        list(m.keys),
        list(r.parties),
        r.location,
        r.body_name,
        dated.date,
        m,
        [m],
        duration=m.duration,
    )
    _note_boundary(draft, dated)
    return draft


def _note_boundary(draft: Draft, dated: Dated) -> None:
    if dated.boundary == "start" and dated.date.precision == "day":
        draft.opens = dated.date
    elif dated.boundary == "end" and dated.date.precision == "day":
        draft.closes = dated.date


def _context_date(
    doc: Document,
    ents: Entities,
    timeline: Timeline,
    m: MentionInfo,
    drafts: list[Draft],
    dct: date,
) -> Dated | None:
    """A date for a mention whose clause gives none: the publication day for what is under
    way ("the ongoing summit", "arriving in Japan"), the visit it happens during, or, for a
    past meeting or call, the day the sentence reports ("said Monday ... after he met")."""
    sentence = m.trig.sentence
    word = doc.text[m.trig.start : m.trig.end].lower()
    advisory = _advisory_day(doc, timeline, m, dct)
    if advisory is not None:
        return advisory
    clause = doc.clause_span(m.trig.start)
    if (
        m.type in ("meeting", "call", "visit")
        and not (m.cue and m.cue.status == "planned")  # ("agreed to meet ... earlier today")
        and (
            _SAME_DAY.search(doc.text, *clause)
            # "he said after later holding talks in Jerusalem with Olmert": a deed done later
            # the day told, in a clause of no time of its own, past
            or _LATER_DEED.search(doc.text, *clause)
            and not _FUTURE.search(doc.text, *clause)
            and not _BACKGROUND.search(doc.text, *clause)
        )
    ):
        # "Earlier in the day, Talabani also met Rafsanjani", "The delegation arrived here
        # earlier in the day": the day the story tells of, its lead's or its own
        lead = _lead_day(doc, timeline, dct)
        if lead is not None and lead.date.precision == "day":
            return Dated(lead.date, "context")
        day = event_date(dct.isoformat())
        return Dated(day, "context") if day is not None else None
    if m.type in ("meeting", "call") and _AFTER_ARRIVAL.search(
        doc.text, m.trig.end, _near_end(doc, m.trig.end, sentence.end, 16)
    ):
        # "held talks with his Iranian counterpart soon after arrival": the day the visit of
        # one of its parties opens
        for d in reversed(drafts):
            if d.type == "visit" and d.date is not None and set(m.keys) & set(d.keys):
                first = _opening(d)
                day = event_date(first.start.isoformat())
                if day is not None:
                    return Dated(day, "context")
                break
    if (
        m.type == "summit"
        and (m.reading.body_name or any(p.kind == ORGANISATION for p in m.reading.parties))
        and _IMMINENT.search(doc.text, sentence.start, m.trig.start)
        or m.type == "visit"
        and _JUST_ENDED.search(doc.text, sentence.start, m.trig.start)
    ):
        # "Putin said ahead of the 14th APEC summit meeting in Hanoi", "complained during the
        # just-ended Commonwealth summit", "a question on Bush's just-concluded visit to
        # China": a gathering days away or just over, or a visit just over, in the month the
        # story is told (not "reports ahead of the G7 gathering", told after it)
        month = event_date(dct.strftime("%Y-%m"))
        if month is not None:
            return Dated(month, "context")
    if m.type == "visit":
        ended = _ended_by(doc, timeline, m)
        if ended is not None:
            return ended
        if not (m.cue and m.cue.status == "planned") and not _FUTURE.search(
            doc.text, sentence.start, m.trig.start
        ):
            # "days after his return from a three-week trip to Africa", "passing through
            # Geneva after visiting Washington": a journey just before its clause's day
            found = _occasion_date(doc, timeline, m, dct)
            if found is not None:
                return found
    if m.type in ("visit", "summit") and _AFTER_ENDING.search(
        doc.text, sentence.start, m.trig.start
    ):
        # "After wrapping up a two-day ministerial meeting, the ministers endorsed ...": over
        # by the story's day, which is its last
        day = event_date(dct.isoformat())
        if day is not None:
            return Dated(day, "context", boundary="end")
    if m.type in ("visit", "summit") and _FRONTED_OPENING.match(
        doc.text[sentence.start : m.trig.start]
    ):
        # "Kicking off a four-day stay in Washington, which includes talks Tuesday with ...,
        # Nogaideli also met ...": it opens at the time of its main clause, the story's day
        # when the clause gives none of its own
        found = timeline.clause_date(m.trig)
        if found is not None and found.date.precision == "day":
            return Dated(found.date, "context", boundary="start")
        day = event_date(dct.isoformat())
        if day is not None:
            return Dated(day, "context", boundary="start")
    edge = _EDGE_TODAY.search(doc.text, sentence.start, m.trig.start)
    if (
        m.type in ("visit", "summit")
        and edge is not None
        # ("after he concludes his state visit": a time still to come)
        and not _TIME_CLAUSE.search(doc.text, sentence.start, edge.start())
    ):
        # "Scharping, ending a two-day visit, said ...", "King Abdullah II begins a two-day
        # private visit", "said, hours before the end of the ministerial conference": that
        # end falls on its clause's day, or the story's
        found = _clause_day(doc, timeline, m.trig, dct)
        day = found.date if found is not None else event_date(dct.isoformat())
        if day is not None:
            opening = edge["p_open"] or edge["open"] or edge["b_open"]
            return Dated(day, "context", boundary="start" if opening else "end")
    if (
        m.trig.rule.id == "visit.be-in"
        and not (m.cue and m.cue.status == "planned")
        # ("was in the US capital recently to counsel top officials": some day before)
        and not _BACKGROUND.search(doc.text, *clause)
    ):
        # "Hu is in Hanoi for a summit": there on the story's day; "was in Geneva to lobby":
        # the day the story tells of
        day = event_date(dct.isoformat())
        present = re.match(r"(?:is|are)\b", doc.text[m.trig.start : m.trig.end])
        if day is not None:
            return Dated(day, "context", under_way=bool(present))
    if (
        (m.cue and m.cue.status == "ongoing")
        or m.reading.under_way == "visiting"
        or (
            m.trig.rule.kind == "arrival"
            and word.endswith("ing")
            and not (m.cue and m.cue.status == "planned")
        )
    ):
        # "is on a visit", "talks with visiting X", "arriving in Japan": under way today
        day = event_date(dct.isoformat())
        if day is not None:
            return Dated(day, "context", under_way=True)
    if (
        m.trig.rule.id == "summit.session-of"
        and m.reading.location is not None
        and m.trig.sentence.index < _APPOSED_MEETING_SENTENCES
    ):
        # "sought to sponsor a resolution at the annual session of the UN Human Rights
        # Commission in Geneva": a body's session told in passing at its place is under way
        # at its clause's time, or on the lead's day
        found = timeline.clause_date(m.trig) or _lead_day(doc, timeline, dct)
        if found is not None:
            return dataclasses.replace(found, source="context", under_way=True)
    if (
        m.trig.rule.id in ("summit.members-meet", "summit.body-meeting")
        or m.type == "summit"
        and m.trig.rule.id in ("meeting.meet", "summit.ministerial")
        and _PLACE_NEXT.match(doc.text, m.trig.end)
        # ("European foreign ministers meeting in Luxembourg": a participle, not a noun)
        and (m.trig.rule.id == "meeting.meet" or _MEMBERS_BEFORE.search(doc.text, 0, m.trig.start))
    ) and _PARTICIPLE.fullmatch(word):
        # ("the UN Human Rights Commission meeting in Geneva": a body's members meeting there)
        # "Foreign ministers of member-states meeting in the Ethiopian capital agreed": the
        # gathering is under way at its clause's time, or the story's day
        found = timeline.clause_date(m.trig) or _story_day(doc, ents, timeline, m, dct)
        if found is None and (
            m.trig.rule.id == "meeting.meet"
            or m.trig.rule.id == "summit.ministerial"
            and m.trig.sentence.index < _APPOSED_MEETING_SENTENCES
        ):
            found = _lead_day(doc, timeline, dct)  # the lead's day, as a moment of it
        if m.trig.rule.id == "summit.body-meeting":
            # "OPEC, meeting in Kuwait, maintained its quota": a gathering told in passing as
            # the occasion of what the body did is the day the lead tells of, over when its
            # clause is past
            if found is None and m.trig.sentence.index < _APPOSED_MEETING_SENTENCES:
                found = _lead_day(doc, timeline, dct)
            return found
        if found is not None and found.date.end < dct:
            # "OPEC ministers meeting in Nigeria on Thursday announced ..." in a Friday story:
            # a gathering its clause dates before the story's day is over by then
            return dataclasses.replace(found, under_way=False)
        if found is not None:
            return dataclasses.replace(found, under_way=True)
    text = doc.text[sentence.start : sentence.end]
    link = _SIDELINES.search(doc.text, m.trig.end, sentence.end)
    if link and m.type == "meeting":
        # "met ... on the sidelines of the SCO summit in mid-September": the summit's date
        for other in timeline_triggers(timeline, sentence):
            if other.type == "summit" and other.start >= link.start():
                dated = timeline.govern(other, [])
                if dated is not None:
                    return Dated(dated.date, "context")
    if m.type == "summit" and any(p.kind == ORGANISATION for p in m.reading.parties):
        # (a known body's gathering: "the Asia-Pacific forum" alone names none)
        host = _sidelines_host(doc, m, drafts)
        if host is not None:
            # "will hold talks in Busan on Friday on the sidelines of the APEC summit": the
            # gathering is on the day, and in the place, of the meeting it hosts
            if m.reading.location is None:
                m.reading.location = host.location
            return Dated(host.date, "context")
    during = _DURING.search(doc.text, sentence.start, sentence.end)
    if m.type in ("meeting", "call", "visit") and during:
        visit, place = _visit_during(doc, ents, m, during, drafts, dct)
        if visit is not None:
            if m.reading.location is None:
                m.reading.location = place  # "during his stay in Portugal": there
            m.stay = visit
            return Dated(_stretched(visit), "context")
    if m.type in ("meeting", "call"):
        # "Boucher, who arrived in Kathmandu Wednesday on a three-day visit, made the
        # assurance during a meeting with Koirala": a meeting of a visitor, in the sentence of
        # the visit, takes place during it
        for d in reversed(drafts):
            if (
                d.type == "visit"
                and d.date is not None
                and d.lead.trig.sentence is sentence
                and set(m.keys) & set(d.keys)
                # "left on Friday for Vietnam to attend the meeting": what a journey is for
                # comes after its day
                and not (
                    m.cue is not None
                    and m.cue.status == "planned"
                    and d.lead.trig.rule.kind == "arrival"
                    and d.date.start == d.date.end
                )
            ):
                if d.lead.dated is not None and _FRONTED_OPENING.match(
                    doc.text[sentence.start : d.lead.trig.start]
                ):
                    # "Kicking off a four-day stay in Washington, ..., Nogaideli also met
                    # Hadley": done as the visit opens, on its first day
                    return Dated(d.lead.dated.date, "context")
                return Dated(_stretched(d), "context")
    if m.type in ("meeting", "visit") and _THEN.search(text):
        # "... was given an audience with the pope and was then to meet Prodi": the next
        # step of a day already dated for one of its parties
        for d in reversed(drafts):
            if (
                d.date is not None
                and d.date.precision == "day"
                and abs((d.date.start - dct).days) <= _NEWS_DAYS
                and (not m.keys or set(m.keys) & set(d.keys))
            ):
                return Dated(d.date, "context")
    if m.type in ("meeting", "call") and not (m.cue and m.cue.status == "planned"):
        # "said Monday after he met": the day of a report dates what its sentence says was
        # done, not an event it only names ("said Tuesday that Israel opposed talks")
        report = timeline.report_date(sentence.start, sentence.end)
        if report is not None and (
            word not in TRIGGER_NOUNS
            or m.trig.rule.id == "meeting.talks"
            or _IN_MEETING.search(text)
        ):
            return report
        if _IN_MEETING.search(text) and re.search(r"\b(?:said|told|stressed|noted|added)\b", text):
            # "During his meeting with Ungureanu, Tang noted": the occasion of what the lead
            # reports
            lead = _lead_day(doc, timeline, dct)
            # ("said in an earlier meeting with X": background; what is said after it is not)
            if lead is not None and not _BACKGROUND.search(doc.text, clause[0], m.trig.end):
                return Dated(lead.date, "context")
    if m.type == "summit":
        found = _occasion_date(doc, timeline, m, dct)
        if found is not None:
            return found
    if (
        m.type == "summit"
        and sentence.index == 0
        and _AT_GATHERING.search(doc.text, sentence.start, m.trig.start)
        and not (m.cue and m.cue.status == "planned")
        # (its own phrase, from the comma before it: "Britain was to present proposals
        # Friday ..., a spokesman said, reporting progress in talks at a summit")
        and not _FUTURE.search(
            doc.text, max(sentence.start, doc.text.rfind(",", 0, m.trig.start)), m.trig.start
        )
        and not _BACKGROUND.search(doc.text, *clause)
    ):
        # "a spokesman for Blair said, reporting progress in talks at a crunch Brussels
        # summit": the gathering the lead's news is made at is under way on the lead's day
        found = _lead_day(doc, timeline, dct)
        if found is not None and found.date.precision == "day":
            return dataclasses.replace(found, source="context", under_way=True)
    if (
        m.type == "summit"
        and sentence.index < _LEAD_SENTENCES["summit"]
        and _TOLD_GATHERING.search(doc.text, sentence.start, m.trig.start)
        and not _FUTURE.search(doc.text, sentence.start, m.trig.start)
    ):
        # "Museveni told a conference on governance hosted by the European Commission": what a
        # speaker told a gathering, in a story's lead, is the lead's news
        return _lead_day(doc, timeline, dct)
    if _told_as_news(doc, m) and not any(
        d.type == m.type in ("meeting", "call") and set(m.keys) <= set(d.keys) for d in drafts
    ):
        # (an event of its parties told already is the one it tells of again: "The two
        # leaders met late Saturday ... Olmert said his meeting with Abbas")
        return _story_day(doc, ents, timeline, m, dct)
    return None


# the lead of a news advisory: "The following are some of the major international news
# stories scheduled to be covered or pursued by Xinhua on Thursday.", "Middle East news
# highlights on Tuesday:", "What's coming up around the world:"
_ADVISORY_LEAD = re.compile(
    r"\bnews\s+stories\b[^.]*?\b(?:scheduled|due|expected|planned)\s+to\s+be\s+covered\b"
    r"|\bnews\s+highlights\s+(?:on|for)\b|\bwhat['’]s\s+coming\s+up\b",
    re.IGNORECASE,
)
# an item of it: "-- Chinese president arrived in Islamabad.", "- Anti-Syria political parties
# gather", or one under its dateline in capitals ("KUWAIT CITY: Organisation of Arab Petroleum
# Exporting Countries meets", "NABLUS, West Bank: ...")
_ADVISORY_ITEM = re.compile(
    r"\s*(?:--|-|\u2014|\*)\s"
    r"|\s*[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+)*(?:,\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*)?:\s"
)


def _advisory_item(doc: Document, trig: Trigger) -> bool:
    """Whether `trig` stands in an item of a news advisory (see `_advisory_day`)."""
    if not doc.sentences or trig.sentence.index == 0:
        return False
    first = doc.sentences[0]
    return bool(
        _ADVISORY_LEAD.search(doc.text, first.start, first.end)
        and _ADVISORY_ITEM.match(doc.text, trig.sentence.start)
    )


def _advisory_day(doc: Document, timeline: Timeline, m: MentionInfo, dct: date) -> Dated | None:
    """The day of a news advisory for an item it lists with no date of its own: "The following
    are ... news stories scheduled to be covered ... on Thursday. -- Chinese president arrived
    in Islamabad. -- The 4th High-level Group Meeting ... will be held in Istanbul": each
    item, done, under way or to come, is news of the advisory's day."""
    if not _advisory_item(doc, m.trig):
        return None
    first = doc.sentences[0]
    for c in timeline.in_sentence(first.start, first.end):
        if c.date.precision == "day" and abs((c.date.start - dct).days) <= _NEWS_DAYS:
            return Dated(c.date, "context")
    day = event_date(dct.isoformat())
    return Dated(day, "context") if day is not None else None


_AFTER_ARRIVAL = re.compile(
    r"\b(?:soon\s+|shortly\s+|right\s+|immediately\s+|just\s+)?(?:after|upon|on)\s+"
    r"(?:his|her|their|its\s+)?\s*arrival\b(?!\s+(?:of|by)\b)",
    re.IGNORECASE,
)
_IMMINENT = re.compile(
    r"(?:\b(?:said|says|told\s+\S+|stressed|warned|urged|wrote|spoke)\s+(?:\S+\s+){0,2}?"
    r"(?:ahead\s+of|in\s+the\s+run-up\s+to)\s+(?:the|a|this|its|their)\s+|"
    r"\b(?:the|a|this|its|their)\s+(?:just[- ]ended|just[- ]concluded|recently[- ]concluded)\s+)"
    r"(?:[\w'’().-]+\s+){0,6}\Z",
    re.IGNORECASE,
)
_JUST_ENDED = re.compile(
    r"(?:\b(?:the|a|this|his|her|their|its)|['’]s)\s+(?:just|recently)[- ]"
    r"(?:ended|concluded|completed|finished)\s+(?:[\w'’().-]+\s+){0,4}\Z",
    re.IGNORECASE,
)
# "said on Tuesday after a whirlwind one-day visit to Beijing", "arrived here Thursday after
# a state visit to Britain": the day right before "after" is the day the visit is over by
_AFTER_DAY = re.compile(
    r"\s*,?\s*(?:(?:here|there)\s+)?(?:after|following)\s+" + _DET_PHRASE, re.IGNORECASE
)


# ... or right before "from" after a return ("returned Thursday from a five-day visit")
_FROM_DAY = re.compile(r"\s*,?\s*(?:(?:here|there|home)\s+)?from\s+" + _DET_PHRASE, re.IGNORECASE)


def _ended_by(doc: Document, timeline: Timeline, m: MentionInfo) -> Dated | None:
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
            or _RETURNED_FROM.search(doc.text, m.trig.sentence.start, m.trig.start)
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


_SAME_DAY = re.compile(
    r"\b(?:earlier|later)\s+(?:in\s+the\s+day|today|this\s+(?:morning|afternoon|evening))\b",
    re.IGNORECASE,
)


_LATER_DEED = re.compile(
    r"\blater\s+(?:held|holding|met|meeting|had|having|talked|talking|spoke|speaking|"
    r"conferred|conferring|telephoned|phoned|called|visited|visiting|flew|flying|arrived|"
    r"arriving|travell?ed|travell?ing)\b",
    re.IGNORECASE,
)


def _occasion_date(doc: Document, timeline: Timeline, m: MentionInfo, dct: date) -> Dated | None:
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
    day = _clause_day(doc, timeline, m.trig, dct)
    ref = day.date.start if day is not None else dct
    if m.duration:
        ref -= timedelta(days=m.duration // 2)  # it lies before that day, over its length
    mod = found.mod
    if mod == "edge":
        mod = "START" if ref.day <= 10 else "END" if ref.day >= 20 else None
    month = event_date(f"{ref.year:04d}-{ref.month:02d}", mod)
    return Dated(month, "context") if month is not None else None


def _clause_day(doc: Document, timeline: Timeline, trig: Trigger, dct: date) -> Dated | None:
    """The day, near the story's, that the clause of a phrase tells (or, past a "when" or
    "while" that makes the phrase its occasion, the sentence before it: "made the remarks
    here Saturday when addressing ...")."""
    clause = timeline.clause_date(trig)
    if clause is not None and clause.date.precision == "day":
        if abs((clause.date.start - dct).days) <= _NEWS_DAYS:
            return clause
        return None
    for c in reversed(timeline.in_sentence(trig.sentence.start, trig.start)):
        if c.end > trig.start or c.date.precision != "day":
            continue
        if re.search(r"[;:]|\s--\s", doc.text[c.end : trig.start]):
            break
        if abs((c.date.start - dct).days) <= _NEWS_DAYS:
            return Dated(c.date, "own", None, c.start, c.end)
        break
    return None


_MEMBERS_BEFORE = re.compile(r"\b(?:ministers|leaders|delegates)\s+\Z", re.IGNORECASE)
_PLACE_NEXT = re.compile(r"\s+(?:here|there|in|at)\b", re.IGNORECASE)
# the gathering a lead's news is made at: "reporting progress in talks at a crunch Brussels"
_AT_GATHERING = re.compile(
    r"\b(?:talks|negotiations|said|says|told\s+\S+|agreed|announced)\s+"
    r"(?:[\w'’\"“”-]+\s+){0,3}?at\s+(?:a|the)\s+(?:[\w'’-]+\s+){0,3}\Z",
    re.IGNORECASE,
)
_TOLD_GATHERING = re.compile(
    r"\b(?:told|addressed)\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,3}\Z", re.IGNORECASE
)


def _lead_day(doc: Document, timeline: Timeline, dct: date) -> Dated | None:
    """The day the story's first sentence reports ("a UN official announced Thursday"), else
    the past day it tells of, near publication ("China and the US on Wednesday held ...")."""
    if not doc.sentences:
        return None
    first = doc.sentences[0]
    report = timeline.report_date(first.start, first.end)
    if report is not None:
        return report
    for c in timeline.in_sentence(first.start, first.end):
        if c.date.precision == "day" and 0 <= (dct - c.date.start).days <= _NEWS_DAYS:
            return Dated(c.date, "context")
    return None


_PAST_TRAVEL = re.compile(
    r"flew|arrived|left|travell?ed|came|went|visited|toured|headed|departed|landed",
    re.IGNORECASE,
)
# a visit the subject began, made or ended, told in the past ("where she began a five-day
# European tour"): the journey is news, as "flew" or "arrived" is
_BEGAN_VISIT = re.compile(
    r"(?<!has\s)(?<!have\s)(?<!had\s)(?<!just\s)"  # ("has just made a visit": told before)
    r"\b(?:began|started|kicked\s+off|embarked\s+on|paid|made|wrapped\s+up|ended|concluded|"
    r"completed)\s+(?:a|an|the|his|her|their|its)\s+(?:[\w'’-]+\s+){0,3}\Z",
    re.IGNORECASE,
)
_QUOTED = re.compile(r"\"[^\"]*\"|“[^”]*”|``.*?''")


def _told_as_news(doc: Document, m: MentionInfo) -> bool:
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
    near = _QUOTED.sub(" ", doc.text[sentence.start : _near_end(doc, m.trig.end, sentence.end, 7)])
    # what is reported after the mention ("reaffirmed in his meeting with Rice that the
    # bombings will not ...") says nothing of its tense
    near = (
        near[: m.trig.end - sentence.start]
        + _REPORTED.split(near[m.trig.end - sentence.start :])[0]
    )
    return not _FUTURE.search(near)


_REPORTED = re.compile(r"\bthat\b|[\"“:]")


# a visit no one announced is news on the day it is made, whoever the lead names
_SURPRISE = re.compile(
    r"\b(?:an?\s+|his\s+|her\s+)?(?:unannounced|surprise|unexpected|lightning)\s+(?:\S+\s+)?\Z",
    re.IGNORECASE,
)


def _surprise(doc: Document, m: MentionInfo) -> bool:
    """Whether the mention is of "an unannounced visit", "a surprise trip"."""
    return m.type == "visit" and bool(
        _SURPRISE.search(doc.text, max(0, m.trig.start - 40), m.trig.start)
    )


def _near_end(doc: Document, offset: int, limit: int, words: int = 4) -> int:
    """The offset `words` words after `offset` (or `limit` if nearer)."""
    m = re.match(rf"(?:\s*\S+){{0,{words}}}", doc.text[offset:limit])
    return offset + (m.end() if m else 0)


# words of a sentence that tells of what is to come, not of the day's news
_FUTURE = re.compile(
    r"\b(?:will|would|shall|wo|'ll|to\s+be|(?:is|are|was|were)\s+to|expected|scheduled|plans?|"
    r"planned|due|upcoming|next)\b",
    re.IGNORECASE,
)


#: How many sentences the lead of a story runs to (the sentence that dates it among them):
#: a meeting or call told further on is still often the day's news ("X arrived Monday ...
#: In his meeting with Y ..."), a visit mostly the one the lead told.
_LEAD_SENTENCES = {"meeting": 6, "call": 6, "visit": 4, "summit": 4}
#: How far from the day of publication the day a story tells of may lie.
_NEWS_DAYS = 3
#: How far into a story a gathering told in passing ("a body, meeting in X, did Y", a UN
#: body's session "at" which something was done) still tells the lead's day (a short story's
#: background starts later than that).
_APPOSED_MEETING_SENTENCES = 8
# words that make a mention background rather than the day's news ("earlier in the day" is
# the day's)
_BACKGROUND = re.compile(
    r"\b(?:last|previous|previously|earlier(?!\s+(?:in\s+the\s+day|today|this\s+morning))|"
    r"formerly|once|ago|since|before|recent|"
    r"recently|first\s+time|had\s+(?:\w+ly\s+)?(?:met|held|had|talked|spoken|been|\w+ed))\b",
    re.IGNORECASE,
)


def _story_day(
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
    if sentence.index >= _LEAD_SENTENCES.get(m.type, 0) and not (
        m.type == "visit"
        and sentence.index < _NAMED_VISIT_SENTENCES
        and _traveller_named(doc, m)
    ):
        return None
    if _BACKGROUND.search(doc.text, *doc.clause_span(m.trig.start)):
        return None
    # a verb told as news ("Richardson met Mobutu") is no later than the day it is published
    verb = doc.text[m.trig.start : m.trig.end].lower() not in TRIGGER_NOUNS
    for lead in doc.sentences[: sentence.index + 1]:
        days = [
            c
            for c in timeline.in_sentence(lead.start, lead.end)
            if c.date.precision == "day"
            and abs((c.date.start - dct).days) <= _NEWS_DAYS
            and not (verb and c.date.start > dct)
        ]
        if not days:
            continue
        named = {x.key for x in ents.between(lead.start, lead.end)}
        if lead is not sentence and not named & set(m.keys) and not _surprise(doc, m):
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


def _visit_during(
    doc: Document,
    ents: Entities,
    m: MentionInfo,
    during: re.Match,
    drafts: list[Draft],
    dct: date,
) -> tuple[Draft | None, Mention | None]:
    """The visit "during his stay in Portugal" names, and the place the phrase names: a visit
    of one of the mention's parties, to that place when it names one (a leg of a tour counts),
    and, for what is still to come, not one over before publication."""
    place = next(
        (
            x
            for x in ents.between(during.end(), during.end() + 40)
            if x.kind in (COUNTRY, PLACE, NAME)
            and re.fullmatch(r"\s*(?:in|to|of)\s+(?:the\s+)?", doc.text[during.end() : x.start])
        ),
        None,
    )
    planned = m.cue is not None and m.cue.status == "planned"
    for d in reversed(drafts):
        if d.type != "visit" or d.date is None or (m.keys and not set(m.keys) & set(d.keys)):
            continue
        if planned and d.date.end < dct:
            continue
        if place is not None:
            where = [d.location, *d.lead.reading.destinations]
            if not any(w is not None and _same_place(w, place) for w in where):
                continue
        return d, place
    return None, place


def _same_place(a: Mention, b: Mention) -> bool:
    """Whether two place mentions name one place, or one country ("Portugal" and "Lisbon")."""
    if a.key == b.key:
        return True
    ca, cb = place_country(a), place_country(b)
    return ca is not None and ca == cb and COUNTRY in (a.kind, b.kind)


# a gathering named right after the phrase that sets a meeting on its sidelines
_SIDELINES_BEFORE = re.compile(
    r"\b(?:on|at)\s+the\s+(?:sidelines|margins?|fringes?)\s+of\s+(?:the\s+)?"
    r"(?:[\w'’.()-]+\s+){0,6}\Z",
    re.IGNORECASE,
)


def _sidelines_host(doc: Document, m: MentionInfo, drafts: list[Draft]) -> Draft | None:
    """The dated meeting of `m`'s sentence that `m`, a gathering, hosts on its sidelines
    ("X and Y will hold talks on Friday on the sidelines of the APEC summit")."""
    sentence = m.trig.sentence
    link = _SIDELINES_BEFORE.search(doc.text, sentence.start, m.trig.start)
    if link is None:
        return None
    return next(
        (
            d
            for d in reversed(drafts)
            if d.type == "meeting"
            and d.date is not None
            and d.lead.trig.sentence is sentence
            and d.lead.trig.start < link.start()
        ),
        None,
    )


def _stretched(d: Draft) -> EventDate:
    """The date of event `d` with the length its mentions gave it so far ("a three-day visit")."""
    if d.date is None or not d.duration:
        return d.date
    boundary = "end" if d.closes and d.date == d.closes else "start"
    return stretch(d.date, d.duration, boundary)


def timeline_triggers(timeline: Timeline, sentence) -> list[Trigger]:
    """The triggers of one sentence (the summit a meeting happens on the sidelines of)."""
    return sentence_triggers(timeline.doc.text, sentence)


def _compatible_parties(d: Draft, m: MentionInfo) -> bool:
    """Whether the participants of `m` can be those of `d`: one set holds the other (a call
    of Putin with Biden is not his call with Xi)."""
    if not m.keys or not d.keys:
        return True
    a, b = set(m.keys), set(d.keys)
    return a <= b or b <= a


def _people_of(d: Draft, m: MentionInfo) -> bool:
    """Whether the people `m` names stand for the countries that are all of the meeting or
    call `d`'s sides ("China and the United States held talks ... Chinese Vice Foreign
    Minister Yang Jiechi and U.S. Undersecretary Nicholas Burns co-chaired the talks")."""
    people = m.reading.parties
    return (
        d.type in ("meeting", "call")
        and len(set(d.keys)) >= 2
        and all(p.kind == COUNTRY for p in d.parties)
        and len(people) >= 2
        and all(p.kind == PERSON and p.nationality for p in people)
        and {p.nationality for p in people} == set(d.keys)
    )


def _compatible_place(d: Draft, m: MentionInfo) -> bool:
    """Whether `m` can take place where `d` does: the same place or one unnamed, or the visit
    an arrival is for ("arrived in Dar es Salaam ... for a visit to Tanzania"), not the next
    leg ("spent five hours in Tanzania before heading to Nairobi")."""
    a, b = d.location, m.reading.location
    if a is None or b is None or a.key == b.key:
        return True
    return (
        d.type == "visit"
        and d.lead.trig.sentence is m.trig.sentence
        and d.lead.trig.rule.kind == "arrival"
        and m.trig.rule.kind != "arrival"
    )


def _antecedent(
    drafts: list[Draft], history: list[tuple[MentionInfo, Draft | None]], m: MentionInfo
) -> Draft | MentionInfo | None:
    """What `m` refers back to. A definite mention with no participants of its own ("the
    trip") refers to the last mention of its type: that mention's event, or that mention
    itself when it had no date (then it lends its participants). Otherwise, the latest event
    of the same type whose participants, place and dates agree with `m`."""
    stay = _arrival_before(drafts, m)
    if stay is not None:
        return stay
    if m.definite and not m.keys:
        for p, d in reversed(history):
            if p.type == m.type:
                if d is None:
                    return p if p.reading.parties else None
                if m.dated is None or _overlap(d, m.dated) or _guessed(d):
                    return d
                break
    for d in reversed(drafts):
        if d.type == m.type == "summit" and _body_and_countries(d, m):
            continue
        if d.type == m.type in ("visit", "summit") and m.dated is not None and _same_stay(d, m):
            return d
        if (
            d.type == m.type == "summit"
            and m.dated is not None
            and d.date is not None
            and _overlap(d, m.dated)
            and (
                _compatible_place(d, m)
                or d.location is not None
                and m.reading.location is not None
                and _same_place(d.location, m.reading.location)
            )
        ):
            return d  # one summit at a time: overlapping dates are the same gathering
        if (
            d.type == m.type
            and (m.definite or m.dated is None and not (m.cue and m.cue.status == "planned"))
            and _people_of(d, m)
            and (m.dated is None or _overlap(d, m.dated))
        ):
            # "China and the US held a dialogue ... X and Y co-chaired the dialogue"; "The US
            # and North Korea held talks ... X had met directly with his counterpart Y"
            return d
        if d.type != m.type or not _compatible_parties(d, m) or not _compatible_place(d, m):
            continue
        if m.dated is None:
            if m.type == "visit" and not _same_destination(d, m):
                continue  # "Wen's visit to Slovakia" is no earlier visit elsewhere
            if m.definite or (m.keys and set(m.keys) & set(d.keys)):
                return d
            if d.type == "summit" and not (m.keys and d.keys):
                return d  # one summit at a time: "a UN-sponsored three-day summit" is the one dated
            continue
        if _overlap(d, m.dated):
            if m.keys and d.keys or m.definite or d.type == "summit":
                return d
            if (
                not m.keys
                and d.lead.trig.rule.kind == "arrival"
                and d.lead.trig.sentence is m.trig.sentence
            ):
                return d  # "The delegation arrived in Hong Kong on Sunday for a three-day visit"
        elif m.dated.boundary == "end" and 0 <= (m.dated.date.end - _opening(d).start).days <= 14:
            return d  # "opened Saturday ... due to conclude on Sunday"
        elif (
            m.dated.boundary == "start"
            and d.closes is not None
            and 0 <= (d.closes.start - m.dated.date.start).days <= 14
            and (not m.keys or set(m.keys) & set(d.keys))
        ):
            # "the Beijing Summit of the FOCAC, due to conclude on Sunday ... The landmark
            # Beijing Summit opened here Saturday": one gathering, from its opening to its close
            return d
    return None


_DELEGATION_AFTER = re.compile(r"\s+delegation\b", re.IGNORECASE)


def _one_delegation(doc: Document, d: Draft, m: MentionInfo) -> bool:
    """Whether a meeting `m` that has no date of its own is the meeting `d` of the same day
    with a delegation that `m` names anew ("Jia Qinglin met with a Japanese delegation here
    on Wednesday ... made the appeal while meeting the Japan-China Friendship Association
    delegation"): the same person meets one delegation, named first by its country."""
    if (
        d.type != m.type
        or m.type != "meeting"
        or m.dated is None
        or m.dated.source == "own"
        or d.date is None
        or not _overlap(d, m.dated)
    ):
        return False
    shared = set(m.keys) & set(d.keys)
    if not shared:
        return False
    mine = [p for p in m.reading.parties if p.key not in shared]
    theirs = [p for p in d.parties if p.key not in shared]
    return (
        len(mine) == 1
        and len(theirs) == 1
        and theirs[0].kind == COUNTRY
        and mine[0].kind == ORGANISATION
        and all(_a_delegation(doc, p) for p in (mine[0], theirs[0]))
    )


def _a_delegation(doc: Document, p: Mention) -> bool:
    """Whether a party is named as a delegation ("a Japanese delegation", "the ... Association
    delegation")."""
    return doc.text[p.start : p.end].lower().endswith("delegation") or bool(
        _DELEGATION_AFTER.match(doc.text, p.end)
    )


# "with" right after a meeting noun ("The meeting with Y"): the side it is with follows
_THE_MEETING_WITH = re.compile(r"\s+with\b", re.IGNORECASE)


def _other_side(doc: Document, drafts: list[Draft], m: MentionInfo) -> Draft | None:
    """The meeting told with one side only that "The meeting with Y" in the next sentences
    names the other side of ("Baker will meet the leader of the Polisario Front on April 26.
    ... The meeting with Mohamed Abdelaziz in Tindouf will be his first visit")."""
    last = next((d for d in reversed(drafts) if d.type == m.type), None)
    if (
        last is None
        or m.type != "meeting"
        or not m.definite
        or doc.text[m.trig.start : m.trig.end].lower() != "meeting"
        or not _THE_MEETING_WITH.match(doc.text, m.trig.end)
        or len(set(last.keys)) != 1
        or not m.keys
        or set(m.keys) & set(last.keys)
        or m.dated is not None and not _overlap(last, m.dated)
        or not 0 < m.trig.sentence.index - last.lead.trig.sentence.index <= 2
    ):
        return None
    return last


def _body_and_countries(d: Draft, m: MentionInfo) -> bool:
    """Whether one of summit `d` and mention `m` is talks of countries and the other a body's
    gathering: "the six-party talks will begin on Nov. 9" and "the APEC summit slated for mid
    November" are two gatherings, whatever their dates."""
    talks, gathering = (d.lead, m) if d.lead.trig.rule.id in _MEMBERS_LISTED else (m, d.lead)
    return talks.trig.rule.id in _MEMBERS_LISTED and any(
        p.kind == ORGANISATION for p in gathering.reading.parties
    )


#: How long before a moment a visit is told under way at its arrival may lie.
_STAY_DAYS = 3


def _arrival_before(drafts: list[Draft], m: MentionInfo) -> Draft | None:
    """The visit an arrival told after it opens: one to the same place, of the same visitors
    (or of visitors it does not name: "The delegation arrived in Hong Kong on Sunday"), dated
    a day up to `_STAY_DAYS` after the arrival ("toured Disneyland on Monday") by its own
    words (a moment it is told under way at gives way to the arrival: `_same_stay`)."""
    if m.type != "visit" or m.trig.rule.kind != "arrival" or m.dated is None:
        return None
    arrival, place = m.dated.date, m.reading.location
    if arrival.precision != "day" or arrival.start != arrival.end or place is None:
        return None
    for d in reversed(drafts):
        if (
            d.type == "visit"
            and d.date is not None
            and d.date.precision == "day"
            and d.location is not None
            and not (d.lead.dated is not None and d.lead.dated.under_way)
            and _same_place(d.location, place)
            and (not m.keys or set(m.keys) & set(d.keys))
            and 1 <= (d.date.start - arrival.end).days <= _STAY_DAYS
        ):
            return d
    return None


def _same_stay(d: Draft, m: MentionInfo) -> bool:
    """Whether mention `m` and event `d`, one of them only told as under way at a moment, are
    one stay: a visit of the same visitor whose days hold that moment or whose arrival lies up
    to `_STAY_DAYS` before it ("talks with visiting Ban on Monday", "Ban arrived in Japan on
    Sunday"); a summit of no other body whose days hold it or begin the day after ("leaders
    who are here for the summit" the day before it opens)."""
    if d.date is None or not _same_country(d, m):
        return False
    if m.type == "visit" and not set(m.keys) & set(d.keys):
        return False
    if m.type == "summit" and m.keys and d.keys and not set(m.keys) & set(d.keys):
        return False
    a, b = d.date, m.dated.date
    if m.dated.under_way:
        moment, stay = b, a
    elif d.lead.dated is not None and d.lead.dated.under_way:
        moment, stay = a, b
    else:
        return False
    if m.type == "summit":
        return (stay.start - moment.end).days <= 1 and moment.start <= stay.end
    if stay.precision != "day" and moment.start > stay.end:
        # "Gingrich told Jiang during a visit to China last week": a visit told by its week
        # or month is over by a moment after it (the slack is for a stay dated by its arrival)
        return False
    return stay.start <= moment.end and (moment.start - stay.end).days <= _STAY_DAYS


def _same_country(d: Draft, m: MentionInfo) -> bool:
    """Whether the places of `d` and `m`, where both are named, lie in one country."""
    a, b = d.location, m.reading.location
    if a is None or b is None or a.key == b.key:
        return True
    ca, cb = place_country(a), place_country(b)
    return ca is not None and ca == cb


def _same_destination(d: Draft, m: MentionInfo) -> bool:
    """Whether an undated visit mention goes where visit `d` goes: it names no place, or the
    place of `d` or of one of its legs, or `d` names none and is told in the same or the
    sentence before."""
    place = m.reading.location
    if place is None:
        return True
    where = [x for x in (d.location, *d.lead.reading.destinations) if x is not None]
    if where:
        return any(_same_place(x, place) for x in where)
    return m.trig.sentence.index - d.lead.trig.sentence.index <= 1


def _opening(d: Draft) -> EventDate:
    """The day event `d` opens, as far as told: its opening day, else its first day."""
    return d.opens or d.date


def _guessed(d: Draft) -> bool:
    """Whether event `d` is dated only from its context, so that a later mention's own date
    ("The meeting will be held in Hanoi on Nov. 11") dates it better."""
    dated = d.lead.dated
    return dated is not None and dated.source == "context" and not dated.under_way


def _overlap(d: Draft, dated: Dated) -> bool:
    a, b = d.date, dated.date
    return a is None or (a.start <= b.end and b.start <= a.end)


def _absorb(d: Draft, m: MentionInfo, dated: Dated | None) -> None:
    """Add mention `m` to event `d`: its length, its more precise date, its participants."""
    d.mentions.append(m)
    d.duration = d.duration or m.duration
    if m.cue and m.cue.status in ("cancelled", "postponed"):
        d.lead = m
    if _people_of(d, m) or d.type == "visit" and not d.parties and m.reading.parties:
        # the guidelines name people where the text does, countries only where it names none;
        # "returning from a foreign trip" ... "his return from a three-week trip to Africa":
        # the visitor an earlier mention names
        d.parties = list(m.reading.parties)
        d.keys = list(m.keys)
    if d.type in ("meeting", "call") and len(d.keys) < 2:
        for p in m.reading.parties:
            if p.key not in d.keys:
                d.keys.append(p.key)
                d.parties.append(p)
    if (
        d.type == "summit"
        and m.reading.parties
        # "the UN Climate Change Conference": a name that holds its body is kept
        and not (d.body_name and not d.parties and _named_for_known_body(d.body_name))
        and (
            not d.parties
            and (not d.body_name or any(p.kind == ORGANISATION for p in m.reading.parties))
            or not any(p.kind == ORGANISATION for p in d.parties)
            and any(p.kind == ORGANISATION for p in m.reading.parties)
        )
    ):
        d.parties = list(m.reading.parties)  # a body's name beats "China-Africa"
        d.keys = list(m.keys)
    d.location = d.location or m.reading.location
    d.body_name = d.body_name or m.reading.body_name
    if (
        m.ends
        and (dated is None or dated.source == "context")
        and d.date is not None
        and d.date.precision == "day"
        and d.date.start == d.date.end
    ):
        d.closes = d.date  # "tour a facility Wednesday as he wraps up a four-day visit"
    if dated is None:
        return
    if (
        m.trig.rule.kind == "arrival"
        and d.type == "visit"
        and d.date is not None
        and dated.date.precision == "day"
        and dated.date.end < d.date.start
        and not dated.under_way
        and not (d.lead.dated is not None and d.lead.dated.under_way)
    ):
        # the arrival told after a day of the stay opens the stay
        d.date = join(dated.date, d.date) or dated.date
        d.opens = dated.date
        d.lead = m
        return
    _note_boundary(d, dated)
    lead_under_way = d.lead.dated is not None and d.lead.dated.under_way
    if (
        d.date is None
        or (_guessed(d) and dated.source == "own" and dated.boundary is None)
        or (
            lead_under_way
            and not dated.under_way
            and dated.boundary is None
            and dated.date != d.date
        )
        or (lead_under_way == dated.under_way and _narrower(dated.date, d.date))
    ):
        # a moment a visit is under way at never dates it better than its days or arrival
        d.date = dated.date
        if not (d.lead.cue and d.lead.cue.status in ("cancelled", "postponed")):
            d.lead = m


def _narrower(a: EventDate, b: EventDate) -> bool:
    """Whether `a` dates the event more precisely than `b`: a finer calendar unit ("2006-11-20"
    rather than "2006-11"). A span of days stated as such ("from Nov. 12 to 19") is not made
    narrower by a day inside it: that day dates a moment of the event, not the event."""
    if b.precision == "day" and "/" in b.value:
        return False
    return (a.end - a.start) < (b.end - b.start)


def _finish_date(d: Draft) -> None:
    """Apply what the mentions say of the event's ends and length."""
    if d.date is None:
        return
    if d.duration and d.closes and not d.opens and d.closes.end >= d.date.end:
        # "Visiting ... Mahathir said on Tuesday" ... "will leave Zimbabwe on Wednesday after a
        # three-day official visit": back from its last day, over the day it was under way
        stretched = stretch(d.closes, d.duration, "end")
        if stretched.start <= d.date.start:
            d.date = stretched
            return
    first = d.opens or (
        d.date if d.date.precision == "day" and d.date.start == d.date.end else None
    )
    if first and d.closes and d.closes.end > first.start:
        spanned = join(first, d.closes)
        if spanned:
            d.date = spanned
            return
    if d.duration and d.opens and d.date.start == d.opens.start:
        # "arrived on Sunday for a three-day visit" ... "toured on Monday": from the arrival
        stretched = stretch(d.opens, d.duration, "start")
        if stretched.end >= d.date.end:
            d.date = stretched
    elif d.duration:
        boundary = "end" if d.closes and d.date == d.closes else "start"
        d.date = stretch(d.date, d.duration, boundary)


def status(doc: Document, d: Draft, dct: date) -> str:
    """The status of an assembled event, read at the mention that dates it."""
    under_way = d.lead.dated is not None and d.lead.dated.under_way
    found = status_of(doc, d.lead.trig, d.lead.cue, d.date, dct, under_way)
    if (
        found in ("occurred", "planned")
        and d.date is not None
        and d.date.start <= dct <= d.date.end
        and any(m.cue is not None and m.cue.status == "ongoing" for m in d.mentions)
    ):
        return "ongoing"  # "the ongoing EU-Russia summit" ... "the summit on Friday" (today)
    if (
        found == "occurred"
        and d.type == "visit"
        and any(
            m.dated is not None
            and m.dated.under_way
            and m.dated.date.start <= dct <= m.dated.date.end
            for m in d.mentions
        )
    ):
        # "Visiting Hamas leader Khaled Meshaal warned Saturday" (today), "Meshaal, who
        # arrived here on Wednesday night": the stay dated by its arrival is still under way
        return "ongoing"
    if found in ("ongoing", "occurred") and _advisory_item(doc, d.lead.trig):
        # "-- NATO parliamentary forum opens in Doha Saturday", "-- Seniora arrives in Amman"
        # in the list of stories "scheduled to be covered": what is not told as done is to come
        if not past_tense(doc, d.lead.trig):
            return "planned"
    return found
