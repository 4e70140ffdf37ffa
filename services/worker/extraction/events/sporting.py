"""A journey to a sporting contest, no visit of the guidelines' kind: an athlete or a team
travelling to play ("skater Mao Asada is heading to Russia to defend the Grand Prix Final",
"Tong, who just arrived here with her teammates", "went to London in 1980 ... and competed at
Wembley"), or a country's team arriving in a story of a sport ("The Chinese team arrived at
Doha International Airport", the badminton team at the Asian Games)."""

from __future__ import annotations

from .entities import Entities
from .mentions import COUNTRY, PERSON
from .patterns import patterns
from .reading import Reading
from .text import Document
from .triggers import Trigger

_P = patterns("sporting")
_CONTEST = _P["contest"]
_TEAM_OF = _P["team_of"]
_SPORT = _P["sport"]


def sporting_trip(doc: Document, ents: Entities, trig: Trigger, reading: Reading) -> bool:
    """Whether the visit `trig` tells is a journey to a sporting contest: its sentence tells
    the traveller competes, defends a title or travels with teammates (a traveller who holds
    an office travels as such: "Thai Sports Minister Somchai arrived in Doha for the Asian
    Games, in which Thai athletes will compete"), or its traveller is a country's team in an
    article that names a sport or a sporting contest."""
    if trig.type != "visit":
        return False
    if _CONTEST.search(doc.text, trig.sentence.start, trig.sentence.end):
        return not any(_office_holder(ents, p.key) for p in reading.parties if p.kind == PERSON)
    return any(
        p.kind == COUNTRY and _TEAM_OF.match(doc.text, p.start) for p in reading.parties
    ) and bool(_SPORT.search(doc.text))


def _office_holder(ents: Entities, key: str) -> bool:
    """Whether the article gives person `key` an office ("Sports Minister", "President")."""
    entity = ents.entities.get(key)
    return entity is not None and bool(entity.roles - {"honorific"})
