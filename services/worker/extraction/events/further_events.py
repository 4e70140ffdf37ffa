"""The further events that one assembled event's words tell: the undated legs of a dated
tour, the other editions of a series told in the same breath, the next legs of a visit told
day by day, the stop a visitor arrived from, and a meeting with each of several people its
subject met in turn."""

from __future__ import annotations

import dataclasses
import re
from datetime import date, timedelta

from ..model import EventDate
from .date_ranges import length_days
from .dating import Timeline
from .drafts import Draft
from .entities import Entities
from .mentions import COUNTRY, PERSON, PLACE
from .patterns import patterns
from .places import capital_of
from .text import Document
from .triggers import Trigger

_P = patterns("further_events")

_MET_AND = _P["met_and"]
_NOT_A_LIST = _P["not_a_list"]


_OF_COUNTRY = _P["of_country"]


def each_met(doc: Document, d: Draft) -> list[Draft]:
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


_HOLD_TALKS = _P["hold_talks"]


def legs(drafts: list[Draft]) -> list[Draft]:
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


_EDITION = _P["edition"]


def editions(
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


_NEXT_LEG = _P["next_leg"]


def day_legs(
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


_PREVIOUS_STOP = _P["previous_stop"]


def stop_noun(doc: Document, trig: Trigger) -> bool:
    """Whether `trig` is the visit noun of a stop its traveller came from ("flew here from
    Malaysia where he was on a three-day visit"): that visit is told through the arrival
    (`previous_stops`), not on its own, and its length is not the arrival's stay."""
    stop = _PREVIOUS_STOP.search(doc.text, trig.sentence.start, trig.sentence.end)
    return stop is not None and stop.start("noun") == trig.start


def previous_stops(
    doc: Document, ents: Entities, timeline: Timeline, drafts: list[Draft]
) -> list[Draft]:
    """The stop a visitor came from, told with its length in a sentence of his arrival
    ("Kamal, who flew here from neighbouring Malaysia where he was on a three-day visit";
    "The delegation arrived here from Thailand after ending a four-day visit there"): a visit
    there by the same visitors, its days the ones right before the day of the arrival, which
    opens the visit the article tells him arriving for. That visit is the one the sentence's
    arrival word belongs to, or the one of the person it names before the phrase."""
    found: list[Draft] = []
    arrivals = [
        d
        for d in drafts
        if d.type == "visit"
        and d.date is not None
        and d.date.precision == "day"
        and d.lead.trig.rule.kind == "arrival"
    ]
    for stop in _PREVIOUS_STOP.finditer(doc.text) if arrivals else ():
        sentence = doc.sentence_at(stop.start())
        named = {
            x.key for x in ents.between(sentence.start, stop.start()) if x.kind == PERSON
        }
        # the visit the phrase's own arrival word belongs to, else the named traveller's
        arrival = next(
            (
                d
                for d in arrivals
                if any(stop.start() <= m.trig.start < stop.end() for m in d.mentions)
            ),
            None,
        ) or next((d for d in arrivals if named & set(d.keys)), None)
        days = length_days(stop.group("length"), timeline.dct)
        place = next(
            (
                x
                for x in ents.between(stop.start("place"), stop.end("place"))
                if x.kind in (PLACE, COUNTRY)
            ),
            None,
        )
        if (
            arrival is None
            or not days
            or place is None
            or arrival.location is not None
            and arrival.location.key == place.key
        ):
            continue
        end = arrival.date.start - timedelta(days=1)
        start = end - timedelta(days=days - 1)
        span = f"{start.isoformat()}/{end.isoformat()}" if days > 1 else end.isoformat()
        inside = [m for m in arrival.mentions if m.trig.sentence.start == sentence.start]
        found.append(
            dataclasses.replace(
                arrival,
                location=place,
                date=EventDate(span, start, end, "day"),
                mentions=inside or [arrival.lead],
                lead=inside[0] if inside else arrival.lead,
            )
        )
    return found


def _end_of(d: EventDate | None) -> date | None:
    return d.end if d is not None else None
