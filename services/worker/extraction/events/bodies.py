"""A body's gatherings: the international body a meeting noun or verb names as the one that
meets ("the APEC meeting", "a meeting of EU foreign ministers", "Leaders of APEC began their
annual meeting", "The governing board of the IAEA is to meet"), the countries added to a
body's members ("plus Germany"), a body known by its gathering's name ("East Asia Summit"),
and whether a conference or forum is a gathering of leaders, ministers or officials."""

from __future__ import annotations

import re

from .dating import has_verb
from .entities import Entities
from .gathering_hosts import region_subject
from .lexicon import lexicon as word_lists
from .mentions import COUNTRY, NAME, ORGANISATION, PERSON, Mention
from .other_mentions import names_movement_people
from .patterns import patterns
from .reading import Reading
from .text import Document
from .triggers import Trigger

_P = patterns("bodies")

_OFFICIALS = _P["officials"]
MEMBERS = _P["members"]


def body_meeting(doc: Document, ents: Entities, trig: Trigger) -> bool:
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
        # "the IAEA board's meeting": a listed body's organ, told in the possessive
        or before[-1].key in word_lists().organisations
        and _ORGAN_POSSESSIVE.fullmatch(gap) is not None
    )


_OWN_ORGAN = _P["own_organ"]
_ORGAN_POSSESSIVE = _P["organ_possessive"]
_OF_MEMBERS = _P["of_members"]


def region_meeting(doc: Document, trig: Trigger) -> Mention | None:
    """The body of a meeting noun its clause's subject names by region ("Arab foreign
    ministers will discuss it at an emergency meeting")."""
    if doc.text[trig.start : trig.end].lower() not in ("meeting", "meetings"):
        return None
    return region_subject(doc, trig)


_THEIR_MEETING = _P["their_meeting"]
_MEMBERS_SUBJECT = _P["members_subject"]


def members_meeting(doc: Document, ents: Entities, trig: Trigger) -> Mention | None:
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
_ORGAN_OF = _P["organ_of"]


def organ_subject(doc: Document, ents: Entities, trig: Trigger) -> Mention | None:
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
            if has_verb(doc.text[m.end : trig.start]) and not _TO_MEET.match(
                doc.text[m.end : trig.start]
            ):
                return None
            return m
    return None


_TO_MEET = _P["to_meet"]
_CLAUSE_OPENING = _P["clause_opening"]
_FAILED_TO = _P["failed_to"]


def body_subject(doc: Document, ents: Entities, trig: Trigger) -> Mention | None:
    """The body that opens the clause of the trigger, with only the words of a verb to come
    between ("The OPEC is set to discuss", "The UN Security Council is to discuss"), or of a
    failure to agree ("The UN Security Council late Tuesday failed to agree")."""
    start, _ = doc.clause_span(trig.start)
    named = [m for m in ents.between(start, trig.start) if m.kind in _NAMED_PARTY_KINDS]
    if named and named[-1].kind == ORGANISATION and _FAILED_TO.match(
        doc.text[named[-1].end : trig.end]
    ):
        return named[-1]  # the subject right before "failed to", wherever its clause opens
    if not named or named[0].kind != ORGANISATION:
        return None
    body = named[0]
    # (on slices: `\A` holds only at a string's real start)
    if not _CLAUSE_OPENING.match(doc.text[start : body.start]) or not _TO_MEET.match(
        doc.text[body.end : trig.start]
    ):
        return None
    return body


_BODY_MEMBERS = _P["body_members"]


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


def only_a_body(reading: Reading) -> bool:
    """Whether a meeting's one party is a body ("Leaders of APEC began their annual meeting",
    "NATO ministers met"): its members' gathering, a summit."""
    return (
        bool(reading.parties)
        and {(p.kind, p.key) for p in reading.parties} == {(ORGANISATION, reading.parties[0].key)}
        # ("Maoist rebels held talks": a movement's people, one side of talks, no body)
        and not names_movement_people(reading.parties[0].key)
    )


def meeting_of_body(doc: Document, ents: Entities, trig: Trigger) -> Mention | None:
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


_PLUS = _P["plus"]


def members_plus(doc: Document, ents: Entities, trig: Trigger, body: Mention) -> list[Mention]:
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
    size = MEMBERS_COUNT.get(count.group(1).lower()) if count else None
    if size is not None:
        size += len(added)
        keys = {m.key for m in added}
        for other in doc.sentences:
            word = MEMBERS.search(doc.text, other.start, other.end)
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


_LIST_GAP = _P["list_gap"]


def gathering_body(doc: Document, ents: Entities, trig: Trigger) -> Mention | None:
    """The body of a word list that is known by the name of its gathering and whose name the
    trigger ends ("East Asia Summit", "Asia-Europe Meeting"), if any, whatever its case ("her
    return from an East Asian summit in Malaysia")."""
    word = doc.text[trig.start : trig.end]
    if word.lower() not in ("summit", "meeting"):
        return None
    for m in ents.between(trig.sentence.start, trig.sentence.end):
        if m.kind == ORGANISATION and m.start < trig.start and m.end == trig.end:
            return m if m.key in word_lists().organisations else None
    return None


def inside_name(ents: Entities, trig: Trigger) -> bool:
    """Whether the trigger word is part of a body's name ("... Consultative Conference")."""
    return any(
        m.kind == ORGANISATION and m.start <= trig.start and trig.end <= m.end
        for m in ents.between(trig.sentence.start, trig.sentence.end)
    )


def political(doc: Document, trig: Trigger, reading: Reading) -> bool:
    """Whether a conference or forum is a gathering of leaders, ministers or officials (a
    known international body, countries, or such people named in its sentence), not a trade
    show or a researchers' meeting."""
    known = word_lists().organisations
    if reading.parties and all(
        p.kind == ORGANISATION and names_movement_people(p.key) for p in reading.parties
    ):
        return False  # "Maoist leaders met": a movement's own gathering, of no body
    if trig.rule.id in (
        "summit.session",
        "summit.session-of",
        "summit.its-meeting",
        "summit.before-body",
    ):
        # a session: of a listed international body only, not of a parliament or a party
        return any(p.kind == ORGANISATION and p.key in known for p in reading.parties)
    if trig.rule.id not in ("summit.conference", "summit.forum"):
        return True
    if any(p.kind == ORGANISATION and p.key in known or p.kind == COUNTRY for p in reading.parties):
        return True
    if reading.body_name and _STATES_PARTIES.search(reading.body_name):
        return True  # "the conference of the contracting parties": states are its members
    if reading.body_name and named_for_known_body(reading.body_name):
        return True  # "the UN Climate Change Conference": a listed body's gathering
    return bool(_OFFICIALS.search(doc.text[trig.sentence.start : trig.sentence.end]))


def named_for_known_body(name: str) -> bool:
    """Whether a gathering's own name opens with a listed international body's name."""
    written = [w for w in re.findall(r"[\w'’.-]+", name) if w.lower() != "the"]
    found = word_lists().lookup(written, 0) if written else None
    return found is not None and any(r.category == "organisation" for r in found[1])


_STATES_PARTIES = _P["states_parties"]

# the number of members a group's talks are named by ("six-way talks", "Six major powers")
MEMBERS_COUNT = {
    "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "2+2": 4,
}
