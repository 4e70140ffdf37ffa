"""Who holds a summit the text names no body for: a body its sentence names, the countries
its sentence names as actors rather than places, or the members of talks named by their
number ("the six-party talks") that the article lists elsewhere or the word lists know; and
the two countries that hold a bilateral meeting that names neither."""

from __future__ import annotations

import re

from .bodies import MEMBERS, MEMBERS_COUNT
from .drafts import Draft
from .entities import Entities
from .lexicon import lexicon as word_lists
from .location import in_place
from .mentions import COUNTRY, ORGANISATION, Mention
from .other_mentions import names_movement_people
from .patterns import patterns
from .places import capital_of
from .text import Document
from .triggers import Trigger

_P = patterns("summit_parties")

#: Rules of talks held by a group of countries that the article lists elsewhere as its members.
MEMBERS_LISTED = ("summit.multiparty-talks", "summit.powers", "summit.round-back")


def summit_fallback(doc: Document, ents: Entities, d: Draft) -> list[Mention]:
    """Who holds a summit the text names no body for: a body its sentence names, else the
    countries its sentence lists (never a body named elsewhere in the article: the summit of
    one sentence is not the body of another's)."""
    s = d.lead.trig.sentence
    if _BODY_ANAPHOR.search(doc.text, s.start, d.lead.trig.start):
        # "The CSTO has long been interested in cooperation with NATO ..., Ivanov was quoted
        # as saying at a meeting of the group's defense ministers' meeting": the body the
        # story is about, the first it names
        first = next((m for m in ents.between(0, s.end) if m.kind == ORGANISATION), None)
        if first is not None:
            return [first]
    orgs = [
        m
        for m in ents.between(s.start, s.end)
        # (a movement's people, "Hezbollah guerillas", are no body)
        if m.kind == ORGANISATION and not names_movement_people(m.key)
    ]
    countries = _distinct(_parties_not_places(doc, ents, s))
    rule = d.lead.trig.rule.id
    if orgs and rule not in MEMBERS_LISTED:
        return [
            min(orgs, key=lambda m: abs(m.start - d.lead.trig.start))
        ]  # "NATO's heads of state ... at a summit"
    # "six-way talks", "Six major powers": as many members as the number says; a sentence
    # that names fewer ("North Korea walked away from the six-way talks") names some only
    size = MEMBERS_COUNT.get(
        doc.text[d.lead.trig.match_start : d.lead.trig.end].split("-")[0].split()[0].lower()
    ) if rule in MEMBERS_LISTED else None
    if len(countries) >= 2 and (size is None or len(countries) >= size):
        return countries
    if rule in MEMBERS_LISTED:
        # "The negotiations -- which include the two Koreas, China, Japan, Russia ..."
        lists = []
        for other in doc.sentences:
            text = doc.text[other.start : other.end]
            if MEMBERS.search(text):
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


_TO_RESUME = _P["to_resume"]
_BODY_ANAPHOR = _P["body_anaphor"]


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


_PLACE_BEFORE = _P["place_before"]
_GATHERING_AFTER = _P["gathering_after"]
_TWO_SIDED = _P["two_sided"]


def bilateral_sides(doc: Document, ents: Entities, trig: Trigger) -> list[Mention]:
    """The sides of a meeting its words tell as two-sided but name neither side of: the two
    countries its sentence names as actors ("Indonesia dismissed a report that it would sign
    a security pact with Australia during the bilateral meeting scheduled Monday"); none
    where the sentence names more or fewer."""
    if not _TWO_SIDED.fullmatch(doc.text, trig.match_start, trig.end):
        return []
    countries = _distinct(_parties_not_places(doc, ents, trig.sentence))
    return countries if len(countries) == 2 else []


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
        if (
            _PLACE_BEFORE.search(doc.text[max(s.start, m.start - 12) : m.start])
            or in_place(doc, ents, s.start, m)
            or capital_of(m.text) == m.key and _GATHERING_AFTER.match(doc.text[m.end : s.end])
        ):
            # "in Cancun, Mexico": the place's country; "the Hong Kong meeting": a
            # city-state's name before a gathering is where it meets
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
