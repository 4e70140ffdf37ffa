"""An event being assembled (`Draft`) and the trigger mentions it is assembled from
(`MentionInfo`): how a mention starts an event, how it adds its length, its more precise
date and its participants to one, and how what the mentions say of the event's ends and
length settles its date."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..model import EventDate
from .bodies import named_for_known_body
from .dating import Dated, join, stretch
from .mentions import COUNTRY, ORGANISATION, PERSON, Mention
from .reading import Reading
from .rules import Cue
from .triggers import Trigger


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
    #: the day its stay was told halfway through ("midway through a three-day visit")
    middle: EventDate | None = None


def new_draft(m: MentionInfo, dated: Dated) -> Draft:
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
    elif dated.boundary == "middle" and dated.date.precision == "day":
        draft.middle = dated.date


def stretched_date(d: Draft) -> EventDate:
    """The date of event `d` with the length its mentions gave it so far ("a three-day visit")."""
    if d.date is None or not d.duration:
        return d.date
    return stretch(d.date, d.duration, _stretched_from(d))


def _stretched_from(d: Draft) -> str:
    """Which of its days event `d`'s date is, for its length to stretch from."""
    if d.closes and d.date == d.closes:
        return "end"
    return "middle" if d.middle and d.date == d.middle else "start"


def people_of(d: Draft, m: MentionInfo) -> bool:
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


def opening_of(d: Draft) -> EventDate:
    """The day event `d` opens, as far as told: its opening day, else its first day."""
    return d.opens or d.date


def guessed(d: Draft) -> bool:
    """Whether event `d` is dated only from its context, so that a later mention's own date
    ("The meeting will be held in Hanoi on Nov. 11") dates it better."""
    dated = d.lead.dated
    return dated is not None and dated.source == "context" and not dated.under_way


def overlap(d: Draft, dated: Dated) -> bool:
    a, b = d.date, dated.date
    return a is None or (a.start <= b.end and b.start <= a.end)


def absorb(d: Draft, m: MentionInfo, dated: Dated | None) -> None:
    """Add mention `m` to event `d`: its length, its more precise date, its participants."""
    d.mentions.append(m)
    d.duration = d.duration or m.duration
    if m.cue and m.cue.status in ("cancelled", "postponed"):
        d.lead = m
    if people_of(d, m) or d.type == "visit" and not d.parties and m.reading.parties:
        # the guidelines name people where the text does, countries only where it names none;
        # "returning from a foreign trip" ... "his return from a three-week trip to Africa":
        # the visitor an earlier mention names
        d.parties = list(m.reading.parties)
        d.keys = list(m.keys)
    if d.type in ("meeting", "call") and (
        len(d.keys) < 2 or m.reading.joining or _fuller_roster(d, m)
    ):
        for p in m.reading.parties:
            if p.key not in d.keys:
                d.keys.append(p.key)
                d.parties.append(p)
    if (
        d.type == "summit"
        and m.reading.parties
        # "the UN Climate Change Conference": a name that holds its body is kept
        and not (d.body_name and not d.parties and named_for_known_body(d.body_name))
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
        or (
            guessed(d)
            and dated.source == "own"
            and dated.boundary is None
            # ("from Dec. 4 to 15 ... he will also attend the East Asian Summit" ... "the
            # summits at the end of the year": a coarser date that holds it dates it no better)
            and not _holds(dated.date, d.date)
        )
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


def _fuller_roster(d: Draft, m: MentionInfo) -> bool:
    """Whether mention `m`, a definite one, names all of meeting `d`'s people and more
    besides: the same talks told again with everyone at them ("The president told Lee during
    their meeting" ... "Lee said following his 25-minute talks with Clinton and Vice President
    Al Gore"; not "Merkel has held talks with Putin and Chirac several times")."""
    people = m.reading.parties
    return (
        m.definite
        and bool(d.parties)
        and all(p.kind == PERSON for p in d.parties)
        and all(p.kind == PERSON for p in people)
        and set(d.keys) < set(m.keys)
    )


def _holds(a: EventDate, b: EventDate) -> bool:
    """Whether date `a` is coarser than `b` and holds all of it ("2005" and "2005-12-04/
    2005-12-15")."""
    return a.start <= b.start and b.end <= a.end and (a.end - a.start) > (b.end - b.start)


def _narrower(a: EventDate, b: EventDate) -> bool:
    """Whether `a` dates the event more precisely than `b`: a finer calendar unit ("2006-11-20"
    rather than "2006-11"). A span of days stated as such ("from Nov. 12 to 19") is not made
    narrower by a day inside it: that day dates a moment of the event, not the event."""
    if b.precision == "day" and "/" in b.value:
        return False
    return (a.end - a.start) < (b.end - b.start)


def finish_date(d: Draft) -> None:
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
        d.date = stretched_date(d)
