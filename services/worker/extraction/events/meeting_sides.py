"""The other side of a meeting or call: the party after its trigger ("met (with) X", "talks
between X and Y", "received visiting X"), the people a list or a delegation names, the
party before a meeting noun ("briefed the president in a meeting"), the country that asked
for the talks, and the sides a hyphened compound names ("the Fatah-Hamas talks")."""

from __future__ import annotations

import re
from dataclasses import replace

from .coordination import PARTY_KINDS, conjuncts, own_determiner, parties_in
from .entities import Entities
from .lexicon import lexicon
from .location import in_place, place_country
from .mentions import COUNTRY, GROUP, NAME, ORGANISATION, PERSON, PLACE, Mention
from .patterns import patterns
from .places import is_place
from .subjects import OBJECT_OF
from .text import Document
from .trigger_nouns import TRIGGER_NOUNS
from .triggers import Trigger

_P = patterns("meeting_sides")

_LINK = _P["link"]
CLAUSE_BREAK = _P["clause_break"]

_AT_SITE = _P["at_site"]


def object_parties(
    doc: Document, ents: Entities, trig: Trigger, end: int, skip: list[tuple[int, int]]
) -> list[Mention]:
    """The party after a meeting or call trigger: "met (with) X", "talks between X and Y",
    "received visiting X", "audience with the pope", "called up another world leader – X"."""
    sentence_end = trig.sentence.end
    if trig.rule.kind == "reception":
        # "received visiting X", "welcomed X" (not "welcomed the agreement between X and Y")
        first = next(iter(parties_in(ents, trig.end, end)), None)
        if (
            first is not None
            and first.kind in (PERSON, GROUP)
            # ("welcomed the king's intervention": the owner of the thing welcomed)
            and not (first.possessive and not own_determiner(first))
            and _LINK.match(doc.text[trig.end : first.start])
        ):
            return conjuncts(doc, ents, first, True, end)
        return []
    listed = _people_including(doc, ents, trig) or _delegation_met(doc, ents, trig)
    if listed:
        return listed
    # "talks with officials in Ashgabat": the unnamed officials of a place stand for its
    # country ("held talks with senior political officials in Italy")
    officials = _OFFICIALS_IN.match(doc.text, trig.end, sentence_end)
    if officials:
        for m in ents.between(officials.end(), sentence_end):
            code = place_country(m) if m.start == officials.end() else None
            if code:
                return [Mention(m.start, m.end, COUNTRY, code, m.text)]
            break
    # the sides of ties or rifts told after the trigger ("on relations between China and
    # Taiwan") are no sides of the meeting
    related = _related_sides(doc, ents, trig.end, sentence_end)
    # "between X and Y" / "with X" further on ("were the first between Putin and Xi")
    for m in parties_in(ents, trig.end, sentence_end):
        if m.kind == GROUP and m.possessive:
            continue  # "with his Russian counterpart, Sergei Lavrov": a determiner
        if any(s <= m.start < e for s, e in related):
            continue  # "after meeting Wang Daohan, a top official on relations between China"
        if _owns_a_matter(doc, ents, m, sentence_end) or in_place(doc, ents, trig.end, m):
            continue  # "with Turkey's membership bid on the agenda", "in Doha, Qatar"
        gap = _APPOSED_DESCRIPTION.sub(" ", doc.text[max(trig.end, m.start - 40) : m.start])
        gap = _OWNER_BEFORE.sub(" ", gap)  # "with Zaire's embattled President Mobutu"
        if m.kind == PERSON and m.role:
            gap = _TITLE_ADJECTIVES.sub(" ", gap)  # "with authoritarian President Sali Berisha"
        # "between the delegations of Japan and the DPRK": the sides they stand for
        gap = _DELEGATIONS_OF.sub(" ", gap)[-12:]  # (the preposition stays)
        # ("a telephone call from X": the caller, the other side of a call noun)
        link = r"between|with|from" if trig.type == "call" and _CALL_NOUN.search(
            doc.text, trig.start, trig.end
        ) else r"between|with"
        # "a meeting this week of Abbas and Olmert": the two a meeting noun is "of" (not "a
        # meeting of the Security Council", a body's)
        link += r"|of" if trig.type == "meeting" and _MEETING_NOUN.fullmatch(
            doc.text, trig.start, trig.end
        ) else ""
        if (
            re.search(rf"\b(?:{link})\s+(?:the\s+|his\s+|her\s+)?$", gap)
            and len(doc.text[trig.end : m.start].split()) <= 12
            and not CLAUSE_BREAK.search(doc.text[trig.end : m.start])
        ):
            found = conjuncts(doc, ents, m, True, sentence_end)
            if re.search(r"\bof\s+(?:the\s+|his\s+|her\s+)?$", gap) and not _sides_of(found):
                continue
            # (the delegations or government of the sides are no words of the link: "held
            # talks on Tuesday with the government of Syria" is "held talks with Syria")
            between = _without_when_where(doc, ents, trig.end, m.start, skip)
            between = _DELEGATIONS_OF.sub(" ", between)
            if "between" in gap or trig.type == "call" or len(between.split()) <= 4:
                return found
    parties = parties_in(ents, trig.end, end)
    parties = [
        m
        for i, m in enumerate(parties)
        if not (
            m.kind == GROUP
            and m.possessive
            and i + 1 < len(parties)
            and parties[i + 1].start - m.end <= 1
        )
    ]
    # a possessive pronoun before the object is its determiner, not a party ("met with his
    # Russian counterpart, Sergei Lavrov")
    parties = [
        m
        for m in parties
        if not (m.kind == GROUP and m.possessive)
        and not _owns_a_matter(doc, ents, m, end)
        and not in_place(doc, ents, trig.end, m)  # "talks in Lappeenranta, Finland"
        and not any(s <= m.start < e for s, e in related)
    ]
    for m in parties:
        gap = doc.text[trig.end : m.start]
        gap = re.sub(r"\b(?:his|her|their)\s*$", " ", gap)
        gap = _APPOSED_DESCRIPTION.sub(" ", gap)
        gap = _OWNER_BEFORE.sub(" ", gap)  # "met Egypt's Hosni Mubarak"
        for s, e in sorted(skip, reverse=True):
            if trig.end <= s and e <= m.start:
                gap = gap[: s - trig.end] + " " + gap[e - trig.end :]
        gap = re.sub(r"\bin\s+\S+(?:\s+[A-Z]\S*)*", " ", gap)  # "met in Beijing with"
        # "was met at Grozny airport by", "at the airport": the place met at
        gap = _AT_SITE.sub(" ", gap)
        gap = re.sub(r"^(?:\s*\w+){1,4}\s*[–—-]\s*$", " ", gap)  # "another world leader – X"
        if _LINK.match(gap):
            return conjuncts(doc, ents, _named_in_apposition(doc, ents, m, end), True, end)
        return []
    return []


def _related_sides(
    doc: Document, ents: Entities, start: int, end: int
) -> list[tuple[int, int]]:
    """The spans of the sides a noun of ties or rifts is "between" ("relations between China
    and Taiwan"), from the noun to the last side listed."""
    spans = []
    for found in _RELATION_BETWEEN.finditer(doc.text, start, end):
        first = next(iter(parties_in(ents, found.end(), end)), None)
        if first is not None and first.start == found.end():
            listed = conjuncts(doc, ents, first, True, end)
            spans.append((found.start(), listed[-1].end))
    return spans


_PLACE_PHRASE = _P["place_phrase"]

_MEETING_NOUN = _P["meeting_noun"]


def _sides_of(found: list[Mention]) -> bool:
    """Whether the parties after "a meeting of" are its sides: two or more people or
    countries ("of Palestinian leader Mahmud Abbas and Israeli Prime Minister Ehud Olmert")."""
    return len({m.key for m in found}) >= 2 and all(m.kind in (PERSON, COUNTRY) for m in found)


def _without_when_where(
    doc: Document, ents: Entities, start: int, end: int, timex: list[tuple[int, int]]
) -> str:
    """The words between a verb and the party after it without the time expressions and the
    places ("in Jordan") they hold: "met last week in Jordan with X" is "met with X", and so is
    "a meeting at his Kennebunkport home with X" (the site, `at_site`)."""
    cuts = [(s, e) for s, e in timex if start <= s and e <= end]
    cuts += [m.span() for m in _AT_SITE.finditer(doc.text, start, end)]
    for m in ents.between(start, end):
        if m.kind in (PLACE, COUNTRY) or m.kind == NAME and is_place(m.text):
            before = _PLACE_PHRASE.search(doc.text, start, m.start)
            if before is not None:
                cuts.append((before.start(), m.end))
    kept, at = [], start
    for s, e in sorted(cuts):  # (cuts may overlap: "at the Crawford ranch" holds a place)
        kept.append(doc.text[at : max(at, s)])
        at = max(at, e)
    kept.append(doc.text[at:end])
    return " ".join(kept)


_CALL_NOUN = _P["call_noun"]

_WITH_INCLUDING = _P["with_including"]


_WITH_DELEGATION = _P["with_delegation"]
_LED_BY = _P["led_by"]
_DELEGATION_LED = _P["delegation_led"]


def _delegation_met(doc: Document, ents: Entities, trig: Trigger) -> list[Mention]:
    """Whom a delegation met stands for: the people it is led by ("a delegation here on
    Monday headed by Erika Zommere", "... The delegation is headed by Fusae Ota, governor of
    Osaka-Fu, Keiji Yamada ..."), else the country it comes from ("a delegation from the
    Kansai region of Japan")."""
    found = _WITH_DELEGATION.match(doc.text, trig.end, trig.sentence.end)
    if found is None:
        return []
    sentence = trig.sentence
    led = _LED_BY.match(doc.text, found.end(), sentence.end)
    if led:
        first = [m for m in ents.between(led.end(), sentence.end) if m.kind == PERSON]
        if first and first[0].start == led.end():
            return conjuncts(doc, ents, first[0], True, sentence.end)
    if sentence.index + 1 < len(doc.sentences):
        nxt = doc.sentences[sentence.index + 1]
        heads = _DELEGATION_LED.match(doc.text, nxt.start, nxt.end)
        if heads:
            people = [
                m
                for m in ents.between(heads.end(), nxt.end)
                if m.kind == PERSON and not m.description
            ]
            if people and people[0].start == heads.end():
                return people
    start = doc.text.rfind(" ", trig.end, found.end() - len("delegation")) + 1
    for m in ents.between(trig.end, sentence.end):
        if m.start >= found.end() and not re.fullmatch(
            r"\s+(?:from|of)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:of\s+)?(?:the\s+)?",
            doc.text[found.end() : m.start],
        ):
            break
        if m.kind == COUNTRY and (m.start >= found.end() or m.start >= start - 30):
            return [m]
    return []


_OF_ITS = _P["of_its"]


def _people_including(doc: Document, ents: Entities, trig: Trigger) -> list[Mention]:
    """The people listed after "with five African presidents, including", each with the
    country "of" names after it ("Denis Sassou-Nguesso of the Republic of Congo, Yoweri
    Museveni of Uganda and Paul Kagame of Rwanda")."""
    end = trig.sentence.end  # (", on separate occasions," may end the trigger's clause)
    head = _WITH_INCLUDING.match(doc.text, trig.end, end)
    if head is None:
        return []
    out: list[Mention] = []
    last = head.end()
    for m in ents.between(head.end(), end):
        gap = doc.text[last : m.start]
        if out and m.kind == COUNTRY and _OF_ITS.fullmatch(gap):
            last = m.end  # "of Uganda": the person's country
            continue
        if m.kind != PERSON or not re.fullmatch(r"\s*(?:,|and|,\s*and)?\s*", gap):
            break
        if out and not gap.strip():
            break
        out.append(m)
        last = m.end
    return out if len(out) >= 2 else []


_OFFICIALS_IN = _P["officials_in"]

_TO_PLACE_COMMA = _P["to_place_comma"]


def _named_in_apposition(doc: Document, ents: Entities, m: Mention, end: int) -> Mention:
    """The person an office description is followed by in apposition ("summoned Venezuelan
    Ambassador to Ecuador, Oscar Navas"): that person, not whom the description would name."""
    if not (m.kind == PERSON and m.description):
        return m
    gap = _TO_PLACE_COMMA.match(doc.text, m.end, end)
    if gap is None:
        return m
    after = [x for x in ents.between(gap.end(), end) if x.kind == PERSON and not x.description]
    return after[0] if after and after[0].start == gap.end() else m


HELD_WITH = _P["held_with"]
_WITH_WHOM = _P["with_whom"]
_PRONOUNS = ("he", "she")
_MAIN_SUBJECT = _P["main_subject"]


def whom_sides(
    doc: Document, ents: Entities, trig: Trigger, left: list[Mention]
) -> tuple[list[Mention], list[Mention]] | None:
    """The two sides of a meeting or call told in a relative clause on one of them ("Kohl,
    with whom he had several hours' talks", "Abe, with whom he will hold talks Friday",
    "Olmert, whom Abbas met"): the person the clause opens on, and its subject `left`; a
    pronoun subject stands for someone else than that person (the one named before it in the
    sentence, else the main clause's subject after the relative clause)."""
    sentence = trig.sentence
    found = _WITH_WHOM.search(doc.text, sentence.start, trig.match_start)
    if found is None:
        return None
    before = parties_in(ents, sentence.start, found.start())
    if not before or doc.text[before[-1].end : found.start()].strip():
        return None
    other = before[-1]
    if other.possessive:
        return None
    holder = [m for m in left if m.key != other.key and m.kind != GROUP]
    if left and left[0].kind == GROUP and left[0].text.lower() in _PRONOUNS:
        pronoun = left[0]
        earlier = [
            m for m in before[:-1] if m.kind == PERSON and m.key != other.key and not m.possessive
        ]
        if earlier:
            holder = [earlier[-1]]
            # ("Singh and Abe, with whom he will hold talks": Singh)
        else:
            # "Speaking ... with Kohl, with whom he had talks, Yeltsin said"
            close = doc.text.find(",", trig.end, sentence.end)
            after = (
                [m for m in ents.between(close + 1, sentence.end) if m.kind == PERSON]
                if close >= 0
                else []
            )
            if after and _MAIN_SUBJECT.search(doc.text[close + 1 : after[0].start]):
                holder = [after[0]]
        holder = [
            replace(m, start=pronoun.start, end=pronoun.end, text=pronoun.text, description=True)
            for m in holder
        ]
    if not holder:
        return None
    return holder[:1], [other]


_IN_THE_MEETING = _P["in_the_meeting"]


def object_before(
    doc: Document, ents: Entities, trig: Trigger, clause_start: int
) -> list[Mention]:
    """The other party of a meeting noun in a phrase after its clause's verb and object: the
    one the subject briefed, told or met there ("Wei briefed the president in a meeting")."""
    parties = [m for m in ents.between(clause_start, trig.start) if m.kind in PARTY_KINDS]
    if not parties or not _IN_THE_MEETING.match(doc.text[parties[-1].end : trig.start]):
        return []
    m = parties[-1]
    if m.kind == GROUP and m.possessive:
        return []
    if OBJECT_OF.search(doc.text[max(clause_start, m.start - 24) : m.start]):
        return [m]
    # "Arroyo made the commitment to former president Fidel Ramos and house speaker Jose de
    # Venecia during a private meeting Monday": the people the deed was done to or with
    listed = [m]
    for prev in reversed(parties[:-1]):
        gap = _TITLE_ADJECTIVES.sub("", doc.text[prev.end : listed[0].start])
        if not (listed[0].kind == PERSON and _LIST_GAP.fullmatch(gap)):
            break
        listed.insert(0, prev)
    first = listed[0]
    if (
        all(p.kind == PERSON for p in listed)
        and _TO_WITH.search(doc.text, max(clause_start, first.start - 12), first.start)
    ):
        return listed
    return []


_TO_WITH = _P["to_with"]
_LIST_GAP = _P["list_gap"]

_DELEGATIONS_OF = _P["delegations_of"]
_RELATION_BETWEEN = _P["relation_between"]
_OWNER_BEFORE = _P["owner_before"]
_OWNED_AGENT = _P["owned_agent"]
#: How many words after a possessive owner tell what it owns.
_OWNED_WORDS = 3


def _owns_a_matter(doc: Document, ents: Entities, m: Mention, end: int) -> bool:
    """Whether a country or body told in the possessive owns a matter, not a person or an
    organ that could take part ("with Turkey's membership bid at the top of the agenda": what
    the talks take up; not "with China's top legislator Wu Bangguo", "with Iran's government")."""
    if not m.possessive or m.kind not in (COUNTRY, ORGANISATION):
        return False
    after = [x for x in ents.between(m.end, end) if x.kind in PARTY_KINDS]
    words = re.findall(r"[\w'’-]+", doc.text[m.end : after[0].start if after else end])
    if after and len(words) <= _OWNED_WORDS:
        return False  # the owner of the party named next
    owned = [w.lower() for w in words[:_OWNED_WORDS]]
    lex = lexicon()
    return bool(owned) and not any(
        _OWNED_AGENT.fullmatch(w)
        or w in lex.person_groups
        or w in lex.weak_roles
        or lex.lookup([w], 0)
        for w in owned
    )
_TITLE_ADJECTIVES = _P["title_adjectives"]
_APPOSED_DESCRIPTION = _P["apposed_description"]
_REQUEST_AFTER = _P["request_after"]
_REQUEST_OF = _P["request_of"]
_AT_OWNER = _P["at_owner"]


def requesting_country(doc: Document, ents: Entities, trig: Trigger, end: int) -> Mention | None:
    """The country a meeting's clause says asked for it, after the trigger ("began the
    discussions Wednesday at North Korea's request"); not a person (a mediator who asks two
    sides to meet is none of them)."""
    for m in ents.between(trig.end, end):
        if m.kind != COUNTRY:
            continue
        before = doc.text[max(trig.end, m.start - 30) : m.start]
        owner = m.possessive and _AT_OWNER.search(before)
        if owner and _REQUEST_AFTER.match(doc.text, m.end) or _REQUEST_OF.search(before):
            return m
    return None


_COMPANY_WORDS = frozenset(
    "corp corporation co inc ltd plc ag sa gmbh llc nv bv motors airlines airways holdings "
    "industries".split()
)


def company(m: Mention) -> bool:
    """Whether an organisation mention names a firm by its legal or trade word ("Renault SA",
    "Nissan Motor Co.", "General Motors")."""
    words = m.text.replace(".", " ").split()
    return m.kind == ORGANISATION and bool(words) and words[-1].lower() in _COMPANY_WORDS


_AFTER_SIDES = _P["after_sides"]


def hyphened_sides(doc: Document, ents: Entities, trig: Trigger) -> list[Mention]:
    """The countries, bodies or people a meeting or call noun is premodified by, joined by
    hyphens ("the Fatah-Hamas talks", "an Israeli-US summit meeting", "a Sino-Japanese
    dialogue"): the sides that hold it."""
    word = doc.text[trig.start : trig.end].lower()
    if word not in TRIGGER_NOUNS and not word.startswith("video"):
        return []
    before = [m for m in ents.between(trig.sentence.start, trig.start) if m.kind in PARTY_KINDS]
    if not before or not _AFTER_SIDES.fullmatch(doc.text, before[-1].end, trig.start):
        return []
    sides = [before[-1]]
    for m in reversed(before[:-1]):
        if doc.text[m.end : sides[0].start] != "-":
            break
        sides.insert(0, m)
    if len(sides) < 2 or len({m.key for m in sides}) < len(sides) or any(
        m.kind == GROUP or m.possessive for m in sides
    ):
        return []
    return sides
