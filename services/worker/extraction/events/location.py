"""Where an event takes place: a place named after its trigger ("talks in Beijing"), after
the meeting's other side, after a verb the gathering is subject of ("opened in Dhaka"),
the dateline's city of an event told "here", the places a tour lists; and whether a place
lies in its travellers' own country."""

from __future__ import annotations

import re

from shared.entities import country_code

from .entities import Entities
from .lexicon import lexicon
from .mentions import COUNTRY, NAME, PLACE, Mention
from .patterns import patterns
from .places import country_of_place, is_place
from .text import Document
from .triggers import Trigger

_P = patterns("location")

BEFORE_PLACE = _P["before_place"]


def in_place(doc: Document, ents: Entities, start: int, m: Mention) -> bool:
    """Whether country `m` follows a place's name and a comma ("Cancun, Mexico"): the place's
    country, read from `start`."""
    before = [x for x in ents.between(start, m.start) if x.kind in (PLACE, COUNTRY)]
    return bool(before) and before[-1].kind == PLACE and bool(
        re.fullmatch(r"\s*,\s*", doc.text[before[-1].end : m.start])
    )


def site(text: str, place: Mention) -> bool:
    """Whether a place no country is known for is a site inside a town: its name ends in a
    site word ("Raghadan Palace") or one follows it ("Radisson SAS hotel")."""
    if place.kind == COUNTRY or place_country(place) is not None:
        return False
    words = lexicon().site_words
    after = text[place.end : place.end + 20].split()
    return place.text.split()[-1].lower() in words or bool(
        after and after[0].lower().strip(".,;") in words
    )


def place_country(m: Mention) -> str | None:
    """The ISO 3166-1 alpha-3 code of the country a country or place mention lies in."""
    if m.kind == COUNTRY:
        return m.key
    return country_of_place(m.text)


def placeable(text: str, m: Mention) -> bool:
    """Whether mention `m` can be where an event takes place: a country, a place the gazetteer
    knows ("Busan", "Texas", "the Kremlin"), a region ("the Middle East"), or a name a place
    word ends or follows ("Hainan Province", "the Balkan region"); not a name a preposition
    alone made a place ("came to Lleyton Hewitt", "in Confucius' hometown")."""
    lex = lexicon()
    if m.kind == COUNTRY or is_place(m.text):
        return True
    if re.sub(r"^the\s+", "", m.text.lower()) in lex.regions:
        return True
    if m.text.split()[-1].lower() in lex.place_words:
        return True
    after = text[m.end : m.end + 30].split()
    if bool(after) and after[0].lower().strip(".,;") in lex.place_words:
        return True
    # "in Heiligendamm, Germany": a name the country after it places
    country = _COUNTRY_AFTER.match(text, m.end)
    return (
        country is not None
        and len(country.group(1)) > 3  # a name, not a code ("IN")
        and country_code(country.group(1)) is not None
    )


_COUNTRY_AFTER = re.compile(r",\s+((?-i:[A-Z][\w'’-]*)(?:\s+(?-i:[A-Z][\w'’-]*)){0,2})\b")


IN_AT = _P["in_at"]


#: How far after a meeting or summit trigger its place may be named.
_PLACE_REACH = 8


def name_end(doc: Document, trig: Trigger, name: str | None) -> int:
    """Where a gathering's own name that holds its trigger ends (the trigger's end if none)."""
    if not name:
        return trig.end
    at = doc.text.find(name, max(trig.sentence.start, trig.end - len(name)), trig.sentence.end)
    return at + len(name) if 0 <= at <= trig.start and at + len(name) > trig.end else trig.end


def place_reach_end(doc: Document, start: int, end: int) -> int:
    """The offset `_PLACE_REACH` words after `start` (or `end` if nearer)."""
    m = re.match(rf"(?:\s*\S+){{0,{_PLACE_REACH}}}", doc.text[start:end])
    return start + (m.end() if m else 0)


def place_after(
    doc: Document, ents: Entities, start: int, end: int, preposition: re.Pattern
) -> Mention | None:
    """The first place or country named after a preposition in [start, end)."""
    for m in ents.between(start, end):
        if m.kind in (PLACE, COUNTRY, NAME) and placeable(doc.text, m):
            before = doc.text[max(start, m.start - 12) : m.start]
            if preposition.search(before):
                # "in Vietnam's capital city of Hanoi": the city the owner's phrase names
                limit = doc.sentence_at(m.start).end
                named = _CAPITAL_OF.match(doc.text, m.end, limit) if m.possessive else None
                if named:
                    city = next(iter(ents.between(named.end(), limit)), None)
                    if city is not None and city.start == named.end() and placeable(doc.text, city):
                        return city
                return m
    return None


_SIDE_THEN_PLACE = _P["side_then_place"]

_PLACE_VERB = _P["place_verb"]
_AUXILIARY = _P["auxiliary"]
_NOT_SUBJECT_GAP = _P["not_subject_gap"]


def place_of_verb(doc: Document, ents: Entities, trig: Trigger) -> Mention | None:
    """The place a verb after the gathering or talks, its subject, names."""
    sentence = trig.sentence
    verb = _PLACE_VERB.search(doc.text, trig.end, sentence.end)
    if verb is None:
        return None
    gap = doc.text[trig.end : verb.start()]
    if len(gap.split()) > 20 or _NOT_SUBJECT_GAP.search(gap):
        return None
    aux = list(_AUXILIARY.finditer(gap))
    if aux and len(gap[aux[0].start() :].split()) > 4:
        return None  # "The summit will discuss the crisis that began in Darfur"
    return place_after(doc, ents, verb.end(), place_reach_end(doc, verb.end(), sentence.end), IN_AT)


# a wire story's dateline: "KUALA LUMPUR, Dec. 12 (Xinhua) --", "NAIROBI, Kenya (AP) _",
# "BRUSSELS, Dec. 15 --"
_DATELINE = re.compile(r"\A\s*((?-i:[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}))(?=,|\s*\()")
_HERE = _P["here"]


def place_after_side(
    doc: Document, ents: Entities, trig: Trigger, parties: list[Mention], end: int
) -> Mention | None:
    """The place named right after the meeting's other side, however long that side's name
    ("met Spanish Prime Minister Jose Luis Rodriguez Zapatero in Istanbul"), a time between
    at most; not a site inside a town ("at Raghadan Palace")."""
    after = [p for p in parties if trig.end <= p.start and p.end <= end]
    if not after:
        return None
    side_end = max(p.end for p in after)
    gap = _SIDE_THEN_PLACE.match(doc.text, side_end, end)
    if gap is None:
        return None
    m = next((m for m in ents.between(gap.end(), end) if m.start == gap.end()), None)
    if m is None or m.kind not in (PLACE, COUNTRY, NAME) or not placeable(doc.text, m):
        return None
    if site(doc.text, m) or m.text.split()[-1].lower() in lexicon().site_words:
        return None  # "at the White House": a building, not the town
    return m


def dateline_place(
    doc: Document, trig: Trigger, end: int, parties: list[Mention] | None = None
) -> Mention | None:
    """The dateline's city of an event told "here" right after its trigger, in its clause, or,
    given the meeting's `parties`, right after its other side ("held talks with Indian Prime
    Minister Manmohan Singh here on Tuesday")."""
    dateline = _DATELINE.match(doc.text)
    if dateline is None or dateline.end() > trig.start:
        return None
    here = _HERE.match(doc.text[trig.end : end])
    after = [p.end for p in parties or () if trig.end <= p.start and p.end <= end]
    if here is None and after:
        here = _HERE.match(doc.text[max(after) : end])
    if here is None or re.search(r"[\"“”,;]", here.group(0)):
        return None
    name = " ".join(w[:1] + w[1:].lower() for w in dateline.group(1).split())
    if not is_place(name):
        return None
    return Mention(dateline.start(1), dateline.end(1), PLACE, name, name)


_CAPITAL_OF = _P["capital_of"]


#: Rules whose place is no visit when it lies in the traveller's own country.
HOME_BOUND_RULES = frozenset({"visit.attend-in", "visit.left-for", "visit.left-after"})


def at_home(ents: Entities, people: list[Mention], place: Mention) -> bool:
    """Whether a place lies in the country of the people there: no travel brought them."""
    code = place_country(place)
    if code is None:
        return False
    theirs = {m.nationality for m in people} | {
        ents.entities[m.key].nationality for m in people if m.key in ents.entities
    }
    return code in theirs


def places_listed(doc: Document, ents: Entities, first: Mention, end: int) -> list[Mention]:
    """`first` and the places listed after it ("visits to Vietnam, Laos, India and Pakistan")."""
    out = [first]
    for m in ents.between(first.end, end):
        if m.kind not in (COUNTRY, PLACE, NAME):
            continue
        if not re.fullmatch(r"\s*(?:,|and|,\s*and)\s*(?:the\s+)?", doc.text[out[-1].end : m.start]):
            break
        if all(m.key != x.key for x in out):
            out.append(m)
    return out
