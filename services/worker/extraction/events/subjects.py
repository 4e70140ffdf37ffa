"""The party before a trigger: its clause's subject ("Hu Jintao held talks"), skipping the
names a preposition or a verb governs, and the subject of the main clause when the
trigger stands in a phrase that opens its sentence ("On a visit to Japan, Abdullah said")."""

from __future__ import annotations

import re

from .chunks import participle_place
from .coordination import PARTY_KINDS, conjuncts
from .entities import Entities
from .mentions import COUNTRY, GROUP, ORGANISATION, PERSON, Mention
from .patterns import patterns
from .text import Document
from .triggers import Trigger

_P = patterns("subjects")

GOVERNED = _P["governed"]
CAPITALISED_TAIL = re.compile(r"(?:\b[A-Z][\w'’-]*\s+)+\Z")
_MEMBERS_OF = _P["members_of"]
GROUP_OF = _P["group_of"]
OBJECT_OF = _P["object_of"]
_REPORT_THAT = _P["report_that"]
_MEMBERS_OF_OWNER = _P["members_of_owner"]
_PARTICIPLE_ASIDE = _P["participle_aside"]
_COMPANY_ASIDE = _P["company_aside"]
_HELD_OWN = _P["held_own"]
_VISITING_ADJECTIVE = _P["visiting_adjective"]
_BRACKETED_GOVERNED = _P["bracketed_governed"]
_COORDINATED_VERB = _P["coordinated_verb"]
_RELATIVE_CLAUSE = _P["relative_clause"]
_OWNED_OBJECT = _P["owned_object"]
# How many words (not counting names) may stand between a subject and its trigger.
_SUBJECT_REACH = 14
_DESTINATION = _P["destination"]
SUMMIT_PREMODIFIER = _P["summit_premodifier"]

_FRONTED = _P["fronted"]
_APPOSITION = _P["apposition"]
_FRONTED_OFFICE = _P["fronted_office"]
_DATE_ASIDE = _P["date_aside"]

_FRONTED_RELATIVE = _P["fronted_relative"]


def fronted_subject(
    doc: Document, ents: Entities, trig: Trigger, coordinated: bool = False
) -> list[Mention]:
    """The main clause's subject when the trigger stands in a phrase that opens its sentence
    ("On a visit to the region in July, Koizumi proposed ..."); with `coordinated`, the
    names coordinated with it too ("In a telephone conversation on Friday, Putin and Merkel
    discussed Iran": the two sides of the call)."""
    sentence = trig.sentence
    if not (
        _FRONTED.match(doc.text, sentence.start, trig.start)
        # a relative clause on the fronted phrase's noun ("Kicking off a four-day stay in
        # Washington, which includes talks Tuesday with Vice President Dick Cheney,
        # Nogaideli also met"): its event is the main clause's subject's too
        or _FRONTED_RELATIVE.match(doc.text, sentence.start, trig.start)
        # "Visiting Moscow on Tuesday, Li also met Putin": the trigger opens the phrase
        or re.search(r"(?:\A|--|—)\s*\Z", doc.text[sentence.start : trig.start])
        and participle_place(doc.text, trig.start, trig.end)
    ):
        return []
    comma = doc.text.find(",", trig.end, sentence.end)
    if comma < 0:
        return []
    after = comma + 1
    appos = _APPOSITION.match(doc.text, after, sentence.end)
    if appos is None and any(
        m.kind == PERSON and m.end == comma for m in ents.between(trig.end, comma)
    ):
        appos = _FRONTED_OFFICE.match(doc.text, after, sentence.end)
    if appos:
        after = appos.end()
    # ", also on Sunday,": a date after the fronted phrase, before the main clause's subject
    aside = _DATE_ASIDE.match(doc.text, after, sentence.end)
    if aside:
        after = aside.end()
    for m in ents.between(after, sentence.end):
        if m.kind in PARTY_KINDS and re.fullmatch(
            r"\s*(?:the\s+)?", doc.text[after : m.start], re.IGNORECASE
        ):
            return conjuncts(doc, ents, m, True, sentence.end) if coordinated else [m]
        break
    return []


def clause_subject(
    doc: Document, ents: Entities, trig: Trigger, clause_start: int
) -> list[Mention]:
    """The party before the trigger: the nearest participant mention, with those coordinated
    with it; a relative clause's subject is the name before "who" ("Enkhbold, who will pay")."""
    sentence = trig.sentence
    candidates = [m for m in ents.between(sentence.start, trig.start) if m.kind in PARTY_KINDS]
    before_trigger = doc.text[sentence.start : trig.start]
    # ", still hoping to bring North Korea to the peace table,": a participle's phrase
    # between the subject and its verb names no subject
    asides = [
        (sentence.start + a.start(), sentence.start + a.end())
        for a in _PARTICIPLE_ASIDE.finditer(before_trigger)
    ]
    candidates = [m for m in candidates if not any(s <= m.start < e for s, e in asides)]
    for m in reversed(candidates):
        before = doc.text[max(sentence.start, m.start - 12) : m.start]
        if m.kind == ORGANISATION:
            # "secretary general of the International Telecommunication Union": a body's
            # name may begin with capitalised words the mention left out
            near = doc.text[max(sentence.start, m.start - 60) : m.start]
            wider = CAPITALISED_TAIL.sub("", near)
            if wider != near:
                before = wider[-12:]
        closed = re.match(r"\s*\)", doc.text[m.end : trig.start])
        if (
            closed
            and _BRACKETED_GOVERNED.search(doc.text, max(sentence.start, m.start - 200), m.start)
            # (not "of the World Trade Organization (WTO) ministerial meeting": its gathering's)
            and not SUMMIT_PREMODIFIER.match(doc.text[m.end + closed.end() : trig.start])
        ):
            continue  # "chairman of China's National People's Congress (NPC), met": governed
        if m.kind == GROUP and m.possessive and _HELD_OWN.search(doc.text, sentence.start, m.start):
            continue  # "India and Japan held their strategic dialogue": the subject's own
        if m.kind == COUNTRY and _DESTINATION.search(before) and not m.possessive:
            continue  # "left for Vietnam", "in China": a place, not a party
        # (", who", or "who" alone: "Hu told Kibaki who is in Beijing for a summit")
        relative = re.match(r"\s*,?\s*(?:who|which)\b", doc.text[m.end : trig.start])
        if (
            OBJECT_OF.search(doc.text[max(sentence.start, m.start - 24) : m.start])
            and not m.possessive
            and not relative
            # "The visiting U.S. president said this when meeting with Triet": an adjective
            and not _VISITING_ADJECTIVE.search(doc.text[sentence.start : m.start])
        ):
            continue  # "Bush, who visited Jordan last month for talks": Jordan is visited
        if (
            not m.possessive
            and not relative
            and GOVERNED.search(before)
            and not GROUP_OF.search(before)
            # "the permanent members of the UN Security Council" (a window wide enough; "Luo,
            # a member of the Standing Committee" is one person, not the body)
            and not _MEMBERS_OF.search(doc.text, max(sentence.start, m.start - 40), m.start)
        ):
            continue  # "secretary-general of the United Nations", "opposition to NATO"
        if m.possessive and _OWNED_OBJECT.match(doc.text[m.end : trig.match_start]):
            continue  # "critical of Netanyahu's policies, and has met": the object's owner
        if (
            m.possessive
            and len(doc.text[m.end : trig.start].split()) > 3
            and not _MEMBERS_OF_OWNER.match(doc.text, m.end, trig.start)
        ):
            continue  # "NATO's eastward expansion, most recently during a visit": a modifier
        between = doc.text[m.end : trig.start]
        if re.search(r"[;:]", between):
            break
        # a relative clause or a participle's phrase between them does not count (", who
        # arrived on Wednesday,", ", accompanied by Albanian Prime Minister Bashkim Fino,")
        between = _COMPANY_ASIDE.sub(" ", _RELATIVE_CLAUSE.sub(" ", between))
        words = len(between.split()) - sum(
            len(doc.text[x.start : x.end].split())
            for x in candidates
            if m.end <= x.start and x.end <= trig.start
        )
        # "Natsios arrived in Khartoum on Saturday in a bid to ... and met Lam Akol": a verb
        # coordinated with the clause's first one shares its subject
        # ("... and hold talks with X": the verb the rule's phrase opens with)
        coordinated = _COORDINATED_VERB.search(doc.text, sentence.start, trig.match_start)
        reach = _SUBJECT_REACH * 2 if coordinated else _SUBJECT_REACH
        if words > reach or _REPORT_THAT.search(between):
            break  # "He confirmed that most of the troops were to arrive": he only reports
        return conjuncts(doc, ents, m, False, sentence.start)
    return []
