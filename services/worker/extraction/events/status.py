"""Whether an event happened, is under way, is to come, was called off or moved: first from
the cue words around its trigger (data/cues.yaml), then from where its date falls against
the publication date and from the tense of its clause."""

from __future__ import annotations

import re
from datetime import date, timedelta

from ..model import EventDate
from .patterns import patterns
from .rules import Cue, rules
from .text import Document
from .triggers import Trigger

_P = patterns("status")
_WORD = re.compile(r"\S+")
# a run of capitalised words ("Palestinian President Mahmoud Abbas"): one name, one word of the
# reach of a cue that calls an event off or moves it, however many it is written in
_NAME_RUN = re.compile(r"(?-i:[A-Z][\w.'’-]*)(?:\s+(?-i:[A-Z][\w.'’-]*))+")
# ", who hopes one day to visit the Holy Land," says nothing of the main clause's tense
_RELATIVE = _P["relative"]
_BRACKETED = re.compile(r"\([^()]*\)")
# a clause of reason or concession with a subject of its own ("as it coincides with")
_REASON_CLAUSE = _P["reason_clause"]
PAST_VERB = _P["past_verb"]
_CONCESSION = _P["concession"]
_TOLD_AUDIENCE = _P["told_audience"]
_REPORTED_THAT = _P["reported_that"]
_QUOTE_CLOSED = _P["quote_closed"]
# An arrival stays under way for this long: a visitor who arrived yesterday is still there.
_ARRIVAL_STAYS = timedelta(days=2)
_GONE_AGAIN = _P["gone_again"]
_WAS_IN = _P["was_in"]
# A visit or gathering told only as begun on a day stays under way for this long after it.
_BEGUN_STAYS = timedelta(days=6)


def _clause_text(doc: Document, trig: Trigger) -> tuple[str, str]:
    """The text of the trigger's clause before it (relative clauses and participles' phrases
    left out) and after it."""
    start, end = doc.clause_span(trig.start)
    before = _RELATIVE.sub(",", doc.text[start : trig.start])
    # a bracketed aside is no words of the clause ("said ahead of the 14th APEC ( Asia-Pacific
    # Economic Cooperation ) summit": the cue is as near as without the expansion)
    before = _BRACKETED.sub(" ", before)
    reasons = list(_REASON_CLAUSE.finditer(before))
    if reasons:
        reason = reasons[-1]
        # "A trip by Tayan has been postponed as it coincides with Levy's visit": the cue is
        # the main clause's, not the visit's in the clause of reason after it
        before = before[reason.start() :]
    quoted = list(_QUOTE_CLOSED.finditer(before))
    if quoted:
        # '"... will welcome the force," said Vukaj after talks with': the quotation's words
        # are the speaker's, not cues of the clause that reports them
        before = before[quoted[-1].end() :]
    concessions = list(_CONCESSION.finditer(before))
    if concessions:
        # "neither side was hopeful of an imminent settlement, despite a meeting this week of
        # Abbas and Olmert": the cue is the clause's, not the meeting's the phrase names
        before = before[concessions[-1].start() :]
    after = doc.text[trig.end : end]
    if _TOLD_AUDIENCE.search(before):
        # "Ovcharov told the Southeast Europe Economic Forum that Bulgaria was expected to
        # inform": the reported clause's words are not the forum's cues
        reported = _REPORTED_THAT.search(after)
        if reported:
            after = after[: reported.start()]
    return before, _BRACKETED.sub(" ", after)


def _words(text: str, names: bool) -> list[str]:
    """The words of `text`; with `names`, a run of capitalised words counted as one."""
    if names:
        text = _NAME_RUN.sub(lambda m: m.group().replace(" ", "_"), text)
    return _WORD.findall(text)


def _window(words: tuple[list[str], list[str]], where: str, reach: int) -> tuple[str, str]:
    """At most `reach` words of the clause before the trigger and after it."""
    before_words = words[0][-reach:] if where in ("before", "around") else []
    after_words = words[1][:reach] if where in ("after", "around") else []
    return " ".join(before_words), " ".join(after_words)


def cue_of(doc: Document, trig: Trigger, cues: tuple[Cue, ...] | None = None) -> Cue | None:
    """The first cue of data/cues.yaml that holds around the trigger, if any."""
    word = doc.text[trig.start : trig.end]
    before_text, after_text = _clause_text(doc, trig)
    words = _words(before_text, False), _words(after_text, False)
    # a meeting called off or moved is told in its clause however long the names in it ("A
    # meeting between Israeli Prime Minister Ehud Olmert and Palestinian President Mahmoud
    # Abbas scheduled for Nov. 26 has been postponed")
    named: tuple[list[str], list[str]] | None = None
    for cue in cues if cues is not None else rules().cues:
        if cue.word is not None and not cue.word.fullmatch(word):
            continue
        if cue.where == "sentence":
            if cue.regex.search(doc.text[trig.sentence.start : trig.sentence.end]):
                return cue
            continue
        moved = cue.status in ("cancelled", "postponed")
        if moved and named is None:
            named = _words(before_text, True), _words(after_text, True)
        before, after = _window(named if moved else words, cue.where, cue.reach)
        if cue.where == "before" and cue.regex.search(before):
            return cue
        if cue.where == "after" and cue.regex.search(after):
            return cue
        if cue.where == "around" and (cue.regex.search(before) or cue.regex.search(after)):
            return cue
    return None


def status_of(
    doc: Document, trig: Trigger, cue: Cue | None, d: EventDate, dct: date, under_way: bool = False
) -> str:
    """The status of a dated mention; `under_way`: its date is a moment the event is under way
    at ("talks with visiting X on Monday"), so it goes on after it, as an arrival does."""
    if cue and cue.status in ("cancelled", "postponed"):
        return cue.status
    d = _narrowed(d)
    if under_way and d.precision == "day" and dct - _ARRIVAL_STAYS <= d.end and d.start <= dct:
        return "ongoing"
    if d.end < dct:
        # (not "was in Nairobi on Thursday for talks": a stay told on a past day, no arrival)
        arrival = (
            trig.rule.kind == "arrival" and not _WAS_IN.match(doc.text, trig.start, trig.end)
        ) or (trig.type == "visit" and _on_visit(doc, trig))
        if (
            trig.type == "visit"
            and arrival
            and d.start == d.end  # a stay of a told length is over when its last day is
            and d.end >= dct - _ARRIVAL_STAYS
            and not (cue and cue.status == "planned")
            and not _GONE_AGAIN.match(doc.text, trig.end, trig.sentence.end)
        ):
            # (not "arrived in Seoul on Monday ... and returned to Tokyo later in the day", nor
            # "flew into Indonesia on Monday for a six-hour stop": the stay is over)
            return "ongoing"
        if (
            trig.type in ("visit", "summit")
            and d.precision == "day"
            and d.start == d.end
            and d.end >= dct - _BEGUN_STAYS
            and _begun(doc, trig)
            and not _ended(doc, trig)
        ):
            return "ongoing"  # "the conference kicked off on Monday", on Thursday: under way
        return "occurred"
    if d.start > dct:
        return "planned"
    # the event's date holds the publication day
    if trig.type == "visit" and d.end == dct and left_at_end(doc, trig):
        # "left here Friday for home, wrapping up a four-day visit to Japan", on Friday: the
        # visitor has gone, though the visit's last day is today
        return "occurred"
    if d.end == dct and d.precision == "day":
        after = doc.text[trig.end : doc.clause_span(trig.start)[1]]
        if _CLOSED.match(after):
            return "occurred"  # "the Meeting on Education for All finished here Thursday"
        if _CLOSES_TODAY.match(after):
            return "ongoing"  # "an IPU meeting being hosted in Seoul ends on Tuesday"
    if cue and cue.status == "planned" and _closes_today(doc, trig):
        return "ongoing"  # "the summit, due to conclude on Sunday" (today): under way
    if d.start == dct and (cue and cue.id == "later-today" or _begins_later(doc, trig)):
        # "will arrive later on Wednesday for a three-day visit", "the meeting, which opens
        # later Tuesday", on that day: not begun
        return "planned"
    if (
        cue
        and cue.status == "planned"
        and trig.rule.kind == "arrival"
        and d.start == dct
        and d.precision == "day"
    ):
        # "The pontiff was due to arrive in the city at around 5:30 p.m." for a two-day
        # visit, on that day: the arrival that opens the stay is still to come
        return "planned"
    if cue and cue.status == "planned" and _OPENED.search(_told_after(doc, trig)):
        # "left the hotel to attend the six-party talks, which opened in Beijing Wednesday
        # morning", on Wednesday: the clause of the event itself tells it has begun
        return "ongoing"
    if d.precision == "day" and d.start < d.end and cue and cue.status == "planned":
        return "ongoing"  # "the forum slated for Saturday and Sunday", on Saturday: begun
    if cue and cue.status in ("planned", "ongoing"):
        return cue.status
    if d.start < d.end and d.precision == "day":
        if trig.type in ("meeting", "call") and past_tense(doc, trig) and not _begun(doc, trig):
            # a meeting held during a visit still under way (not "began two days of talks
            # on Wednesday", on Wednesday: under way)
            return "occurred"
        if d.end == dct and (_closed(doc, trig) or _ended(doc, trig)):
            return "occurred"  # "a two-day meeting which ended Monday", on Monday
        if (
            trig.type == "summit"
            and d.end == dct
            and past_tense(doc, trig)
            and not _begun(doc, trig)
        ):
            # "congratulated Vietnam on hosting the summit Saturday and Sunday", on Sunday: a
            # gathering told in the past on its last day is over (a visitor is still there)
            return "occurred"
        return "ongoing"  # a span of days under way
    if d.precision != "day":
        if trig.type in ("visit", "summit") and _begun(doc, trig):
            return "ongoing"  # "embarked on his first tour of the region this week"
        return (
            "occurred"
            if past_tense(doc, trig)
            else "ongoing"
            if trig.type in ("visit", "summit")
            else "occurred"
        )
    if (
        trig.type == "visit"
        and not _ended(doc, trig)
        and not (_brief(doc, trig) and past_tense(doc, trig))
    ):
        return "ongoing"  # "on Sunday visited Xi'an", on Sunday: the visitor is there today
    if _begun(doc, trig):
        # "opened the annual summit Saturday", "started their talks Thursday morning", on
        # that day: under way
        return "ongoing"
    return "occurred" if past_tense(doc, trig) or trig.type in ("meeting", "call") else "ongoing"


def _narrowed(d: EventDate) -> EventDate:
    """The part of a coarse date its modifier points at: the first, middle or last third
    ("mid-November" is about the 11th to the 20th)."""
    if d.mod not in ("START", "MID", "END") or d.precision == "day":
        return d
    days = (d.end - d.start).days + 1
    third = max(days // 3, 1)
    offset = {"START": 0, "MID": third, "END": days - third}[d.mod]
    start = d.start + timedelta(days=offset)
    return EventDate(
        d.value, start, min(d.end, start + timedelta(days=third - 1)), d.precision, d.mod
    )


def _closes_today(doc: Document, trig: Trigger) -> bool:
    """ "due to conclude", "to end": the cue is about the event's end, not its start."""
    after = doc.text[trig.end : doc.clause_span(trig.start)[1]]
    # ("will visit Baghdad at the end of the month": a noun, the time, not the event's close)
    return bool(
        re.search(
            r"(?<!\bthe\s)\b(?:conclude|close|end|wrap\s+up)\b(?!\s+of\b)", after, re.IGNORECASE
        )
    )


_CLOSED = _P["closed"]
_CLOSES_TODAY = _P["closes_today"]


def _closed(doc: Document, trig: Trigger) -> bool:
    """ "which ended Monday", "closed on Sunday", "Meeting on Education for All (EFA) finished
    here Thursday": the clause tells the event is over."""
    after = doc.text[trig.end : doc.clause_span(trig.start)[1]]
    return bool(_CLOSED.match(after))


def past_tense(doc: Document, trig: Trigger) -> bool:
    """Whether the trigger's clause is in the past tense: a past verb at or before it, or,
    for a noun that opens its clause, right after it ("The meeting ended Thursday")."""
    start, end = doc.clause_span(trig.start)
    if PAST_VERB.search(doc.text[start : trig.end]):
        return True
    if _PARTICIPLE_PHRASE.search(doc.text, trig.sentence.start, trig.end):
        # "OPEC ministers, meeting in Kuwait on Monday, kept their ceiling": the participle's
        # phrase takes the tense of the main verb right after it
        close = doc.text.find(",", trig.end, trig.sentence.end)
        if close != -1 and _MAIN_PAST.match(doc.text, close + 1):
            return True
    return bool(
        re.match(
            r"\W*(?:\S+\s+){0,3}?(?:\w+ed|met|held|began|took|went|was|were)\b",
            doc.text[trig.end : end],
        )
    )


_PARTICIPLE_PHRASE = _P["participle_phrase"]
_MAIN_PAST = _P["main_past"]


_BEGUN = _P["begun"]


def _begun(doc: Document, trig: Trigger) -> bool:
    """Whether the trigger's clause tells that the event began, not that it happened: "began
    his tour this week" is under way in that week, as is "The conference opened Monday"."""
    start, end = doc.clause_span(trig.start)
    if _BEGUN.search(doc.text, start, trig.start):
        return True
    if _BEGUN_AFTER_PARTIES.match(doc.text, trig.end, trig.sentence.end):
        return True  # "Talks between the Russian and Japanese foreign ministers opened here"
    if _BEGUN_AFTER_AIM.match(doc.text, trig.end, trig.sentence.end):
        return True  # "Six-nation talks aimed at convincing North Korea ... began here Monday"
    return bool(_BEGUN.search(" ".join(_told_after(doc, trig).split()[:5])))


def _begins_later(doc: Document, trig: Trigger) -> bool:
    """ "The WTO meeting in Hong Kong, which opens later Tuesday", "the summit begins later
    today": its beginning is still to come on that day."""
    return bool(_BEGINS_LATER.search(doc.text[trig.end : trig.sentence.end]))


def _told_after(doc: Document, trig: Trigger) -> str:
    """What the words after the trigger tell of it: its relative clause ("the 16th
    Ibero-American Summit, which opened on Friday") or the rest of its clause, up to a comma
    or an "and"."""
    which = _WHICH.match(doc.text, trig.end, trig.sentence.end)
    after = (
        doc.text[which.end() : trig.sentence.end]
        if which
        else doc.text[trig.end : doc.clause_span(trig.start)[1]]
    )
    return re.split(r"[,;]|\band\b", after, maxsplit=1)[0]


_WHICH = _P["which"]
_OPENED = _P["opened"]
_BEGINS_LATER = _P["begins_later"]
_BEGUN_AFTER_PARTIES = _P["begun_after_parties"]
_BEGUN_AFTER_AIM = _P["begun_after_aim"]


_ENDED = _P["ended"]


# a journey its traveller came back from, left at its end or after ("returned home on Monday
# after a three-day state visit", "left here Friday for home, wrapping up a four-day visit")
_CAME_BACK_FROM = _P["came_back_from"]


def left_at_end(doc: Document, trig: Trigger) -> bool:
    """Whether the traveller came back from the visit or left at its end ("returned home on
    Monday after a state visit", "left here Friday for home, wrapping up a four-day visit")."""
    start, _ = doc.clause_span(trig.start)
    return bool(
        _CAME_BACK_FROM.search(doc.text, start, trig.start)
        or _DEPARTED_AT_END.match(doc.text, trig.start, trig.sentence.end)
    )


_DEPARTED_AT_END = _P["departed_at_end"]


def _ended(doc: Document, trig: Trigger) -> bool:
    """Whether the trigger's clause tells that the visit is over ("ended his visit to Vietnam
    Wednesday", "has visited Kosovo", "returned home on Monday after a state visit"), though
    its day be the day of publication."""
    start, _ = doc.clause_span(trig.start)
    return bool(
        _ENDED.search(doc.text, start, trig.start)
        or trig.type == "visit"
        and left_at_end(doc, trig)
    )


_ENDED_PAST = _P["ended_past"]


def told_ended(doc: Document, trig: Trigger) -> bool:
    """Whether the trigger's clause tells in the past that the event ended ("ended their
    two-day meeting here on Sunday", "the two-day ministerial meeting closed here Thursday"):
    over on the day it ended, though that be the story's day."""
    start, _ = doc.clause_span(trig.start)
    return bool(_ENDED_PAST.search(doc.text, start, trig.start) or _closed(doc, trig))


_BRIEF = re.compile(
    r"\b(?:flying|brief|short|lightning|whirlwind|one-day|day-long|daylong|half-day|"
    r"\w+-hour)\s+(?:[\w-]+\s+)?\Z",
    re.IGNORECASE,
)


def _brief(doc: Document, trig: Trigger) -> bool:
    """Whether a visit is told as lasting hours ("made a flying visit to Vlore on Sunday"):
    told in the past on its day, it is over by the time it is reported."""
    return bool(_BRIEF.search(doc.text, max(0, trig.start - 40), trig.start))


def _on_visit(doc: Document, trig: Trigger) -> bool:
    """ "is on a three-day visit", "who was here to attend": the visitor is there now."""
    start, _ = doc.clause_span(trig.start)
    return bool(
        re.search(
            r"\b(?:is|are|was|were)\s+(?:now\s+)?(?:on|here|in)\b",
            doc.text[start : trig.start],
            re.IGNORECASE,
        )
    )
