"""The visitor and destination of a visit ("Hu's visit to India", "arrived in Beijing",
"Bush invited Triet to visit the United States"), who can travel, and a visit to a thing
rather than a place ("visited a factory")."""

from __future__ import annotations

import re

from .coordination import PARTY_KINDS
from .entities import Entities
from .location import BEFORE_PLACE, at_home, placeable
from .mentions import COUNTRY, GROUP, NAME, ORGANISATION, PERSON, PLACE, Mention
from .patterns import patterns
from .sent import SENT_RULES, STATE_PARTY, sent_visit
from .subjects import GROUP_OF, clause_subject, fronted_subject
from .text import Document
from .trigger_nouns import PREPOSITIONS, TRIGGER_NOUNS
from .triggers import Trigger
from .visiting import adjectival_visiting, visit_host

_P = patterns("visits")

_VISITOR_AFTER = _P["visitor_after"]
_DESTINATION_BEFORE_BY = _P["destination_before_by"]
_VEHICLE_BETWEEN = _P["vehicle_between"]
_ERRAND = _P["errand"]
_GATHERING_THERE = _P["gathering_there"]
_ERRAND_DETERMINERS = frozenset("a an the its his her their this that some several".split())
_NP_STOP = frozenset(
    "which who that where when has have had is was are were will would of in on at to for "
    "with and by as from since after before during until".split()
    # ("a visit to the region since his nomination": a clause or phrase after it ends it)
    # a time after the object ends it ("a visit to the region early next year")
    + "early late next last this later earlier soon today tomorrow yesterday tonight".split()
)
_PLACE_NOUNS = frozenset(
    "country countries capital capitals city cities nation nations region regions island islands "
    "state "
    "states kingdom republic province provinces area areas town towns village villages continent "
    "territory territories neighbour neighbor neighbours neighbors south north east west mainland "
    "homeland kingdom emirate frontline border".split()
)


def is_errand(text: str, offset: int) -> bool:
    """Whether a visit's object right after `offset` is a thing, not a place: "visited the
    outdoor loo", "a visit to an exhibition" (not "to the country", "to an eastern European
    capital")."""
    m = _ERRAND.match(text, offset)
    if m is None:
        return False
    words = m.group(0).split()
    words = words[words.index(next(w for w in words if w.lower() in _ERRAND_DETERMINERS)) + 1 :]
    noun = []
    for w in words:
        if w.lower() in _NP_STOP:
            break
        noun.append(w)
    if not noun or len(noun) == len(words) and re.match(r"\s*[A-Z]", text[m.end() : m.end() + 3]):
        return False
    return noun[-1].lower() not in _PLACE_NOUNS


_BY_BEFORE = _P["by_before"]
_DURING_AFTER = _P["during_after"]

_APPOSED_VISITING = _P["apposed_visiting"]


def _premodifying_place(doc: Document, ents: Entities, trig: Trigger) -> Mention | None:
    """A name the gazetteer or the regions know that premodifies the visit's noun, when no
    destination follows it ("during a Washington visit", "a Middle East tour"; not "kicking
    off a Middle East tour in neighboring Lebanon")."""
    if doc.text[trig.start : trig.end].lower() not in ("visit", "visits", "trip", "trips", "tour"):
        return None
    before = ents.between(trig.sentence.start, trig.start)
    m = before[-1] if before else None
    if (
        m is not None
        and m.kind == NAME
        and not m.possessive
        and re.fullmatch(r"\s*", doc.text[m.end : trig.start])
        and placeable(doc.text, m)
    ):
        return m
    return None


def visit_reading(
    doc: Document, ents: Entities, trig: Trigger, end: int, definite: bool
) -> tuple[list[Mention], Mention | None]:
    """Visitor and destination of a visit mention."""
    if trig.rule.id in SENT_RULES:
        return sent_visit(doc, ents, trig)
    sentence = trig.sentence
    parties: list[Mention] = []
    location: Mention | None = None
    # "Hu's visit", "Kiir's US visit", "Visiting Russian Prime Minister Viktor Chernomyrdin"
    before = [
        m for m in ents.between(sentence.start, trig.start) if m.kind in PARTY_KINDS + (PLACE,)
    ]
    noun = doc.text[trig.start : trig.end].lower() in (
        "visit",
        "visits",
        "trip",
        "trips",
        "tour",
        "tours",
    )
    if (
        noun
        and before
        and before[-1].kind in (COUNTRY, PLACE)
        and re.fullmatch(r"\s*", doc.text[before[-1].end : trig.start])
    ):
        location = before[-1]  # "US visit", "Japan trip"
        before = before[:-1]
    latter = re.search(
        r"\bthe\s+latter['’]s\s+(?:[\w-]+\s+){0,3}\Z", doc.text[sentence.start : trig.start]
    )
    invited = _INVITED.search(doc.text[sentence.start : trig.start])
    for_to = _FOR_TO.search(doc.text[sentence.start : trig.start])
    if for_to and for_to.group("np").split()[-1].lower() in _TO_NOUNS:
        for_to = None  # "thanked Hu for the invitation to visit China": the noun's infinitive
    if latter and before:
        # "Abdullah hosted Olmert during the latter's surprise visit": the last one named
        persons = [m for m in before if m.kind == PERSON]
        parties = persons[-1:]
    elif (
        before
        and before[-1].kind == PERSON
        and doc.text[trig.start : trig.end].lower() == "visiting"
        and _APPOSED_VISITING.fullmatch(doc.text, before[-1].end, trig.start)
        # (not "with Kasuri, visiting Russian Foreign Minister Sergey Lavrov said": the
        # adjective of the person after it)
        and any(
            m.kind in (PLACE, COUNTRY, NAME) and not doc.text[trig.end : m.start].strip()
            for m in ents.between(trig.end, sentence.end)[:1]
        )
    ):
        # "German Chancellor Angela Merkel, visiting Beijing on Monday, met Hu": the person
        # the participle's aside follows visits
        parties = [before[-1]]
    elif (
        invited
        and before
        and before[-1].kind in PARTY_KINDS
        and before[-1].end <= (sentence.start + invited.end())
    ):
        # "Bush invited Triet to visit the United States": the invitee travels
        inv = [m for m in before if m.start >= sentence.start + invited.start()]
        parties = inv[:1]
    elif for_to:
        # "for the five experts to visit": whom the phrase names, or no one the text names
        np_start = sentence.start + for_to.start("np")
        parties = [m for m in before if m.start >= np_start and m.kind in PARTY_KINDS][:1]
    elif (
        before
        and before[-1].possessive
        and re.fullmatch(r"[\s\w'’-]{0,40}", doc.text[before[-1].end : trig.start])
        and len(doc.text[before[-1].end : trig.start].split()) <= 4
        # "his talks with visiting X": the possessive is another noun's
        and not any(
            w.lower() in PREPOSITIONS for w in doc.text[before[-1].end : trig.start].split()
        )
        # "his visiting Japanese counterpart Shinzo Abe": the possessive is the counterpart's
        and not adjectival_visiting(doc, trig)
    ):
        parties = [before[-1]]
    after = [m for m in ents.between(trig.end, end) if m.kind in PARTY_KINDS]
    if not parties and doc.text[trig.start : trig.end].lower() == "visiting":
        # "Visiting UN Secretary General Kofi Annan": the name finder took the word into the
        # visitor's role phrase
        parties = [
            m
            for m in ents.between(sentence.start, end)
            if m.kind == PERSON and m.start <= trig.start < m.end
        ][:1]
    if (
        not parties
        and after
        and after[0].kind in (PERSON, GROUP)
        and doc.text[trig.start : trig.end].lower() == "visiting"
        # "Visiting Russian Prime Minister Viktor Chernomyrdin": titles may stand between, and
        # an adjective of the person ("Visiting exiled Hamas leader Khaled Meshaal")
        and re.fullmatch(
            r"\s*(?:(?:[a-z][a-z-]*(?:ed|ing|al|ian|ese|ish|ive)|[A-Z][\w'’.-]*)\s+){0,4}",
            doc.text[trig.end : after[0].start],
        )
    ):
        parties = [after[0]]
        after = after[1:]
    led = (
        _VISITING_GROUP_LED.match(doc.text, trig.end, sentence.end)
        if not parties and doc.text[trig.start : trig.end].lower() == "visiting"
        else None
    )
    leader = next(iter(ents.between(led.end(), sentence.end)), None) if led else None
    if leader is not None and leader.kind == PERSON and leader.start == led.end():
        # "The visiting Indian delegation, led by Commerce Minister Kamal Nath, met Wu Yi": the
        # leader named travels, where the person of another country who receives him is
        return [leader], visit_host(doc, ents, trig, [leader])
    if (
        not parties
        and after
        and after[0].kind in (COUNTRY, ORGANISATION)
        and doc.text[trig.start : trig.end].lower() == "visiting"
        and re.fullmatch(r"\s*(?:[a-z-]+\s+){0,2}", doc.text[trig.end : after[0].start])
        and _UNNAMED_OFFICIALS.match(doc.text, after[0].end)
    ):
        # "visiting senior U.S. diplomats", "a visiting UN special envoy": they travel
        return [after[0]], visit_host(doc, ents, trig, [after[0]])
    if not parties:
        for m in after:
            if m.kind == GROUP and m.possessive:
                continue  # "the visit of his predecessor John Paul II": a determiner
            gap = _DESTINATION_BEFORE_BY.sub("", doc.text[trig.end : m.start])
            gap = _VEHICLE_BETWEEN.sub(" by ", gap)  # "the touchdown of the airplane taken by X"
            if (
                _VISITOR_AFTER.search(
                    re.sub(r"\b(?:his|her|their|its)\s+(?:[a-z-]+\s+)?$", "", gap)[-12:]
                )
                and len(gap.split()) <= 6
            ):
                parties = [m]
                break
    agent = next((m for m in reversed(before) if m.kind == PERSON), None)
    if (
        not parties
        and agent is not None
        and _BY_BEFORE.search(doc.text, sentence.start, agent.start)
        and _DURING_AFTER.fullmatch(doc.text, agent.end, trig.start)
    ):
        # "similar comments by Wang Fengchao, deputy director of the office, during a visit
        # to Hong Kong": the one whose words the visit frames travels
        parties = [agent]
    adjectival = adjectival_visiting(doc, trig)
    if (
        not parties
        and not definite
        and not adjectival
        and not for_to
        and _subject_travels(doc, trig)
    ):
        parties = clause_subject(doc, ents, trig, sentence.start)
    if not parties and not adjectival and not for_to:
        parties = fronted_subject(doc, ents, trig)
    if trig.rule.needs == "place" and location is None:
        # "left for Vietnam", "flew to Beijing": the place follows the preposition at once
        for m in ents.between(trig.match_end, end):
            if (
                m.kind in (PLACE, COUNTRY, NAME)
                and BEFORE_PLACE.fullmatch(doc.text[trig.match_end : m.start])
                and placeable(doc.text, m)
            ):
                location = m
            break
        there = _GATHERING_THERE.match(doc.text, trig.match_end, end)
        if location is None and there is not None:
            # "left for the APEC Leaders' Meeting in Hanoi": Hanoi
            location = next(
                (
                    m
                    for m in ents.between(there.end(), end)
                    if m.start == there.end()
                    and m.kind in (PLACE, COUNTRY)
                    and placeable(doc.text, m)
                ),
                None,
            )
        parties = [p for p in parties if location is None or p.key != location.key]
        return _travellers(doc, parties), location
    if location is None:
        # "a tour of the Balkans": a tour names its ground with "of"
        of = "|of" if doc.text[trig.start : trig.end].lower() in ("tour", "tours") else ""
        # a visit noun takes its ground with "to" or "in", never "for": "after a three-day
        # official visit for Lesotho" names the next stop, where the visitor leaves for
        noun = doc.text[trig.start : trig.end].lower() in ("visit", "visits") and bool(
            _DETERMINED.search(doc.text, max(0, trig.start - 60), trig.start)
        )
        for_ = "" if noun else "|for"
        destination = re.compile(
            rf"\b(?:to|in|at|into{for_}{of})\s+(?:the\s+)?(?:\S+\s+){{0,3}}?$", re.IGNORECASE
        )
        for m in ents.between(trig.end, end):
            if m.kind not in (PLACE, COUNTRY, NAME) or not placeable(doc.text, m):
                continue
            gap = doc.text[trig.end : m.start]
            word = doc.text[trig.start : trig.end].lower()
            direct = re.fullmatch(r"\s*(?:the\s+)?", gap) and (
                trig.rule.id == "visit.visit"
                and (
                    word in ("visit", "visits", "visited") or word == "visiting" and not adjectival
                )
                # "toured Japan", "will tour the Middle East": the verb's object is its ground
                or word in ("toured", "touring")
                or word in ("tour", "tours") and _VERB_BEFORE_TOUR.search(doc.text, 0, trig.start)
            )
            if trig.rule.kind == "arrival" and _OTHER_JOURNEY_GAP.search(gap):
                break  # "arrived here Thursday after a state visit to Britain": not Britain
            if direct or (destination.search(gap) and len(gap.split()) <= 8):
                location = m
                break
    if location is None:
        location = _premodifying_place(doc, ents, trig)
    parties = [p for p in parties if location is None or p.key != location.key]
    if location is None and adjectival and parties:
        location = visit_host(doc, ents, trig, parties)
    if trig.rule.kind == "arrival" or any(p.kind == ORGANISATION for p in parties):
        parties = _travellers(
            doc, parties
        )  # a body visits only as a delegation ("an AU delegation")
    return parties, location


def visitor_abroad(
    doc: Document, ents: Entities, pronoun: Mention, found: list[Mention], place: Mention
) -> list[Mention]:
    """Whom "his" or "her" of a visit to a place stands for: not a person of that place's
    country, who is at home there, but the nearest person the sentence named before who is
    not ("Olmert met Jordan's King Abdullah II in Amman, on his first visit to Jordan":
    Olmert)."""
    if (
        pronoun.kind != GROUP
        or pronoun.key not in ("he", "his", "she", "her")
        or len(found) != 1
        or not at_home(ents, found, place)
    ):
        return found
    sentence = doc.sentence_at(pronoun.start)
    for m in reversed(ents.between(sentence.start, pronoun.start)):
        if m.kind == PERSON and not m.description and not at_home(ents, [m], place):
            return [m]
    return found


_VERB_BEFORE_TOUR = _P["verb_before_tour"]
_OTHER_JOURNEY_GAP = _P["other_journey_gap"]
_OTHER_JOURNEY_BEFORE = _P["other_journey_before"]


def other_journey(doc: Document, arrival: Trigger, trig: Trigger) -> bool:
    """Whether visit word `trig`, told after `arrival` in its sentence, names a journey set
    before or after it ("Hu arrived here Thursday after a state visit to Britain"), not the
    stay the arrival opens ("arrived here Thursday for a state visit to Germany")."""
    return (
        arrival.rule.kind == "arrival"
        and arrival.sentence is trig.sentence
        and arrival.end <= trig.start
        and bool(_OTHER_JOURNEY_BEFORE.search(doc.text[arrival.end : trig.start]))
    )


_VISITING_GROUP_LED = _P["visiting_group_led"]

_UNNAMED_OFFICIALS = _P["unnamed_officials"]


_FOR_TO = _P["for_to"]
_DETERMINED = _P["determined"]
# nouns that take an infinitive of their own ("for the invitation to visit", "for a chance to")
_TO_NOUNS = frozenset(
    "invitation invitations chance chances opportunity opportunities plan plans decision "
    "request requests proposal proposals offer bid effort efforts attempt preparations "
    "permission approval clearance visa visas time".split()
)
_INVITED = _P["invited"]


def _travellers(doc: Document, parties: list[Mention]) -> list[Mention]:
    """Who can travel: people, and countries only as delegations ("the Sudanese government
    delegation", "leaders from Bhutan, India and Nepal"), not "half went to Africa"."""
    delegations = any(
        STATE_PARTY.search(doc.text[p.start : p.end + 12])
        or GROUP_OF.search(doc.text[max(0, p.start - 30) : p.start])
        for p in parties
    )
    return [p for p in parties if p.kind in (PERSON, GROUP) or delegations]


def _subject_travels(doc: Document, trig: Trigger) -> bool:
    """Whether the subject of the clause is the traveller: always for a verb ("Hu visited"),
    and for a noun ("a visit") only after a verb that makes the visit the subject's ("pay a
    visit", "began his tour"), not after one that comments on it ("opposed the visits")."""
    word = doc.text[trig.start : trig.end].lower()
    if word not in TRIGGER_NOUNS:
        return True
    before = doc.text[trig.sentence.start : trig.start]
    noun = re.search(
        r"(?:^|\s)(?:(\S+)\s+(?:up|off)\s+|(\S+)\s+)(?:a|an|the|his|her|their|its|this|that)\s+"
        r"(?:[\w'’-]+\s+){0,3}\Z",
        before,
        re.IGNORECASE,
    )
    if noun is None:
        return True  # a verb ("Hu will visit India"), or a noun without a governing verb
    # a phrasal verb counts by its verb ("wrapped up a visit", "kicked off a tour")
    verb = (noun.group(1) or noun.group(2)).lower().strip(",")
    return (
        verb in LIGHT_VERBS or verb in PREPOSITIONS or verb in ("and", "to") or not verb.isalpha()
    )


#: Verbs whose subject makes the visit they govern ("pay a visit", "wrapped up a tour").
LIGHT_VERBS = frozenset(
    "pay pays paid paying make makes made making begin begins began beginning start starts started "
    "starting end ends ended ending conclude concludes concluded concluding wrap wraps wrapped "
    "complete completes completed undertake undertakes undertook continue continues continued "
    "continuing resume resumed cut interrupt interrupted extend extended embark embarked kick "
    "kicked kicks kicking open opened go went going take takes took taking wound winding winds "
    "set sets embarking undertaking wrapping completing "
    # one calls off or puts off one's own journey
    "postpone postpones postponed postponing cancel cancels cancelled canceled cancelling "
    "canceling delay delays delayed defer deferred called calls put puts scrap scrapped".split()
)
