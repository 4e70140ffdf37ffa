"""Who takes part in an event mention and where it takes place, read from the words around
its trigger: the subject before it ("Hu Jintao held talks"), the party after it ("with Nong
Duc Manh", "between X and Y"), the visitor and destination of a visit ("Hu's visit to
India", "arrived in Beijing"), the body of a summit ("the SCO summit", "Summit of the
Forum on China-Africa Cooperation")."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from .coordination import PARTY_KINDS, conjuncts, own_determiner, parties_in
from .entities import Entities
from .gatherings import premodifier_place, present_at, summit, taking_part
from .location import (
    HOME_BOUND_RULES,
    IN_AT,
    at_home,
    dateline_place,
    name_end,
    place_after,
    place_after_side,
    place_of_verb,
    place_reach_end,
    places_listed,
    site,
)
from .meeting_sides import (
    HELD_WITH,
    company,
    hyphened_sides,
    object_before,
    object_parties,
    requesting_country,
    whom_sides,
)
from .mentions import COUNTRY, GROUP, PERSON, Mention
from .pronouns import resolve_pronoun
from .subjects import clause_subject, fronted_subject
from .text import Document
from .trigger_nouns import definite_subjectless
from .triggers import Trigger
from .visiting import under_way
from .visits import is_errand, visit_reading, visitor_abroad

# the names other modules import from here (assemble)


@dataclass
class Reading:
    """What the words around one trigger say about its event."""

    parties: list[Mention] = field(default_factory=list)  # resolved participant mentions
    location: Mention | None = None
    body_name: str | None = None  # a summit named without a body ("Summit of the Americas")
    errand: bool = False  # a visit to a thing, not a place ("visited a factory")
    destinations: list[Mention] = field(default_factory=list)  # a tour's places, in order
    #: how a visit is told as under way at its clause's time: "visiting" ("talks with visiting
    #: X"), "during" ("agreed Thursday during a visit by X", "On a visit to Japan, ..."), or None
    under_way: str | None = None
    #: its parties join those of the meeting told before ("Present at the meeting were also
    #: Paul Trivelli"), whose sides it does not repeat
    joining: bool = False


def read(
    doc: Document, ents: Entities, trig: Trigger, timex_spans: list[tuple[int, int]]
) -> Reading:
    """Participants and location of the event `trig` reports."""
    clause_start, clause_end = doc.clause_span(trig.start)
    sentence = trig.sentence
    reading = Reading()
    end = min(sentence.end, max(clause_end, trig.match_end))
    if end < sentence.end and doc.text[end] in "–—":
        end = doc.clause_span(end + 1)[
            1
        ]  # "called up another world leader – US President Joe Biden"
    definite = definite_subjectless(
        doc.text[sentence.start : trig.start], doc.text[trig.start : trig.end]
    )
    if trig.type in ("meeting", "call"):
        right = object_parties(doc, ents, trig, end, timex_spans)
        between = re.match(r"\s*(?:\S+\s+){0,2}?between\b", doc.text[trig.end : trig.end + 40])
        # "a meeting this week of Abbas and Olmert" names both its sides too
        sides_of = len(right) > 1 and re.match(
            r"\s*(?:\S+\s+){0,2}?of\s+(?:the\s+)?$", doc.text[trig.end : right[0].start]
        )
        left = (
            []  # "a meeting between Clinton and the Dalai Lama" names both its sides
            if definite or (between and right) or sides_of
            else clause_subject(doc, ents, trig, clause_start)
        )
        passive = re.match(r"\s*by\b", doc.text[trig.end : trig.end + 5])
        if not left or len(left) == 1 and own_determiner(left[0]):
            # "During their meeting on Tuesday, Kibaki and Museveni discussed trade": a fronted
            # phrase's meeting, even a definite one or one "their" determines, is the main
            # clause's two sides'
            fronted = fronted_subject(doc, ents, trig, coordinated=True)
            if len(fronted) > 1 or not left and not definite:
                left = fronted
        held = HELD_WITH.match(doc.text, trig.end, end)
        if held:
            # "briefed him on talks she held earlier in the day with X": the relative clause's
            # subject holds the talks, with the party after "with"
            holder = [m for m in ents.between(trig.end, held.end("who")) if m.kind in PARTY_KINDS]
            after = [m for m in parties_in(ents, held.end(), end) if m.start == held.end()]
            if holder and holder[0].kind == GROUP and left:
                holder = left  # its pronoun stands for the subject of the clause it is in
            if holder and after:
                left, right = holder[:1], conjuncts(doc, ents, after[0], True, end)
        if not right:
            # "Kohl, with whom he had several hours' talks": the person the relative clause
            # opens on is the other side
            whom = whom_sides(doc, ents, trig, left)
            if whom is not None:
                left, right = whom
        if left and not right:
            right = object_before(doc, ents, trig, clause_start)
            if len(right) > 1 and {p.key for p in left} & {p.key for p in right}:
                # the subject read was the last of the list the clause's verb governs: the
                # clause's subject is the one before that list
                first = right[0].start
                left = clause_subject(
                    doc, ents, replace(trig, start=first, match_start=first), clause_start
                )
        reading.parties = (right + left) if passive else (left + right)
        sides = hyphened_sides(doc, ents, trig)
        if sides:
            # "to preside over the Jordanian-Lebanese joint committee meetings with his
            # Jordanian counterpart Adnan Badran": the people named on each side hold them,
            # the subject read before the compound
            holder: list[Mention] = []
            if right and all(p.kind == PERSON for p in right):
                first = min(m.start for m in sides)
                holder = clause_subject(
                    doc, ents, replace(trig, start=first, match_start=first), clause_start
                )
            if (
                holder
                and all(p.kind == PERSON for p in holder)
                and {p.key for p in holder}.isdisjoint(p.key for p in right)
            ):
                reading.parties = holder + right
            else:
                reading.parties = sides  # "an EU-Canada leaders' video-conference": its sides
        present = present_at(doc, ents, trig) if trig.type == "meeting" else []
        if present:
            # "Present at the meeting were also Paul Trivelli": those there take part in the
            # meeting told before, whose sides the sentence does not repeat
            reading.parties = present
            reading.joining = True
        requester = requesting_country(doc, ents, trig, end)
        if (
            requester is not None
            and reading.parties
            and all(p.kind in (COUNTRY, GROUP) for p in reading.parties)
            and all(p.key != requester.key for p in reading.parties)
        ):
            # "US and South Korean officials, who began the discussions Wednesday at North
            # Korea's request": the country that asked for the talks is their other side
            reading.parties = reading.parties + [requester]
        reading.location = place_after(
            doc, ents, trig.end, place_reach_end(doc, trig.end, end), IN_AT
        ) or place_after_side(doc, ents, trig, reading.parties, end)
        if requester is not None and reading.location is requester:
            reading.location = None  # "at North Korea's request" names no place
    elif trig.type == "visit":
        reading.parties, reading.location = visit_reading(doc, ents, trig, end, definite)
        if reading.location is not None and site(doc.text, reading.location):
            reading.location = None  # "a visit to Radisson SAS hotel": a stop on the visit
        if (
            reading.location is not None
            and trig.rule.id in HOME_BOUND_RULES
            and at_home(ents, reading.parties, reading.location)
        ):
            # "Chinese Premier Wen attended a ceremony in Beijing", "Hu ... left Hanoi for
            # Beijing": no visit in one's own country
            reading.location = None
        reading.under_way = under_way(doc, trig)
        reading.errand = reading.location is None and is_errand(doc.text, trig.end)
        if reading.location is not None:
            reading.destinations = places_listed(doc, ents, reading.location, end)
    else:
        reading.parties, reading.body_name = summit(doc, ents, trig, end)
        reading.parties = reading.parties + taking_part(doc, ents, trig)
        # the place is named after the gathering's whole name ("the World Summit on the
        # Information Society to be held in Tunis")
        after = name_end(doc, trig, reading.body_name)
        reading.location = place_after(
            doc, ents, after, place_reach_end(doc, after, end), IN_AT
        ) or premodifier_place(doc, ents, trig)
    if reading.location is None and trig.type in ("meeting", "summit"):
        reading.location = place_of_verb(doc, ents, trig)
    if reading.location is None:
        here = dateline_place(
            doc, trig, end, reading.parties if trig.type == "meeting" else None
        )
        if here is not None and not (
            trig.type == "visit" and at_home(ents, reading.parties, here)
        ):
            # (not a visit "here" of a leader at home: "a briefing on Wen's visit here")
            reading.location = here
    resolved: list[Mention] = []
    for m in reading.parties:
        found = resolve_pronoun(doc, ents, m, trig.start)
        if trig.type == "visit" and reading.location is not None:
            found = visitor_abroad(doc, ents, m, found, reading.location)
        for r in found:
            if all(r.key != x.key for x in resolved):
                resolved.append(r)
    if trig.type in ("meeting", "call"):
        # a firm is no side of the talks of the guidelines ("General Motors Corp. held talks
        # with Renault SA and Nissan Motor Co.": company talks)
        resolved = [m for m in resolved if not company(m)]
    reading.parties = resolved
    return reading
