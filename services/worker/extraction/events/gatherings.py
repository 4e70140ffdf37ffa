"""The bodies or countries whose summit, conference or meeting a gathering is ("the SCO
summit", "Summit of the Forum on China-Africa Cooperation"), or its own name ("Summit of
the Americas", "the UN Climate Change Conference"), and the people named taking part."""

from __future__ import annotations

import re

from .coordination import PARTY_KINDS, conjuncts
from .dating import CALENDAR_WORD
from .entities import Entities
from .gathering_hosts import (
    gathering_of,
    its_body,
    members_of,
    opened_by,
    sponsor,
    summit_host,
)
from .lexicon import lexicon
from .location import placeable
from .meeting_sides import CLAUSE_BREAK
from .mentions import COUNTRY, NAME, ORGANISATION, PERSON, PLACE, Mention
from .patterns import patterns
from .places import capital_of, is_place
from .subjects import CAPITALISED_TAIL, SUMMIT_PREMODIFIER, clause_subject
from .text import Document
from .tokenize import mend
from .triggers import Trigger

_P = patterns("gatherings")

_NAMED_ON = _P["named_on"]
_SUMMIT_OF = _P["summit_of"]
# what may stand between a gathering's name words and its capitalised trigger
_NAME_GAP = re.compile(r"\s*(?:'s|’s|'|’)?\s*")


_CONFERENCE_OF_PARTIES = _P["conference_of_parties"]
_REVIEWED_TREATY = _P["reviewed_treaty"]
_MEMBERS_SUBJECT = _P["members_subject"]

_NAME_REST = _P["name_rest"]


# words of a gathering's name that tell who meets or what kind of meeting it is, not a theme
_WHO_OR_KIND = frozenset(
    "chiefs chief ceo ceos business world general group groups youth women parliamentary "
    "partners donors member members states heads leaders officials senior experts joint "
    "ministerial ministers working executive council plenary consultative review plus one "
    "two three four five six seven eight nine ten spring summer autumn fall winter".split()
)


def _is_theme(name: str) -> bool:
    """Whether the capitalised words `name` between a body and its gathering's head noun
    ("UN Climate Change Conference") tell the gathering's theme: no office, group of people,
    kind of meeting, region or place."""
    lex = lexicon()
    tokens = [w.strip("'’").lower() for w in name.split()]
    tokens = [w[:-2] if w.endswith("'s") or w.endswith("’s") else w for w in tokens]
    if any(
        w in _WHO_OR_KIND or w in lex.person_groups or w in lex.weak_roles or w in lex.regions
        for w in tokens
    ):
        return False
    if any(SUMMIT_PREMODIFIER.fullmatch(w) for w in tokens):
        return False
    if any(lex.lookup([w], 0) for w in tokens):
        return False  # an office, a country or a body's word
    return not is_place(name)


def summit(
    doc: Document, ents: Entities, trig: Trigger, end: int
) -> tuple[list[Mention], str | None]:
    """The bodies or countries whose summit it is, or the summit's own name."""
    sentence = trig.sentence
    bodies = (ORGANISATION, COUNTRY)
    # "the Shanghai Cooperation Organization summit", "EU-Russia summit",
    # "APEC Economic Leaders' Meeting"
    pre: list[Mention] = []
    edge = trig.start
    word = doc.text[trig.start : trig.end]
    theme: bool | None = None  # whether the words of the gathering's own name are a theme
    for m in reversed(ents.between(sentence.start, trig.start)):
        gap = doc.text[m.end : edge]
        if m.kind == NAME and SUMMIT_PREMODIFIER.match(doc.text[m.start : edge]):
            edge = m.start  # "APEC Ministerial Meeting", "APEC Economic Leaders' Meeting"
            theme = False
            continue
        if m.kind == NAME and word[:1].isupper() and _NAME_GAP.fullmatch(gap):
            # the rest of a gathering's own name: "the APEC Joint Ministerial Meeting", "the
            # ASEAN Air Chiefs' Conference" are the body's gatherings
            edge = m.start
            theme = _is_theme(m.text) if theme is None else False
            continue
        if (
            theme
            and not pre
            and m.kind == ORGANISATION
            and not m.possessive
            and not doc.text[m.end : edge].strip()
        ):
            # "the UN Climate Change Conference": a gathering the body holds on a theme is
            # known by its own name, not the body's (who meets or what kind of meeting it is,
            # "the APEC Joint Ministerial Meeting", leaves it the body's)
            return [], re.sub(r"^the\s+", "", doc.text[m.start : trig.end], flags=re.IGNORECASE)
        if (
            m.kind == COUNTRY
            and not m.possessive
            and SUMMIT_PREMODIFIER.match(gap)
            and capital_of(m.text) == m.key
        ):
            # "the Hong Kong meeting", "the Singapore summit": a city-state's name before the
            # gathering is where it meets, not who meets (the WTO's, in "the WTO Hong Kong
            # ministerial meeting")
            edge = m.start
            continue
        if m.kind in bodies and SUMMIT_PREMODIFIER.match(gap):
            pre.append(m)
            edge = m.start
        elif (
            m.kind in bodies
            and re.search(r"\(\s*$", doc.text[sentence.start : m.start])
            and re.match(r"\s*\)", gap)
            and SUMMIT_PREMODIFIER.match(gap[gap.index(")") + 1 :])
        ):
            # "the 14th Asia-Pacific Economic Cooperation (APEC) Economic Leaders' Informal
            # Meeting": the body by the abbreviation in brackets after its long name (read
            # next, the gap before the bracket being none)
            pre.append(m)
            edge = doc.text.rindex("(", sentence.start, m.start)
        else:
            break
    if pre:
        # ("Germany will host the G8 summit": the body's gathering; the read sets' gold leaves
        # its host out, heldout4's Nigeria aside)
        return list(reversed(pre)), None
    if trig.rule.id == "summit.its-meeting":
        return its_body(doc, ents, trig), None
    if trig.rule.id == "summit.review-conference":
        # "a meeting in Geneva to review the 1972 Biological Weapons Convention": the treaty's
        # review conference
        treaty = _REVIEWED_TREATY.search(doc.text, trig.end, end)
        return [], f"{treaty.group('name')} review conference" if treaty else None
    if trig.rule.id == "summit.before-body":
        # "to go before the Security Council": the body named right after the word
        return [
            m
            for m in ents.between(trig.end, end)[:1]
            if m.kind == ORGANISATION
            and re.fullmatch(r"\s*(?:the\s+)?(?:full\s+)?", doc.text[trig.end : m.start])
        ], None
    # "peace talks in Nigeria between the Sudanese government and rebel groups"
    after = re.match(r"(?:\s+\S+){0,4}?\s+between\s+(?:the\s+)?", doc.text[trig.end : end])
    if after is not None:
        found = [m for m in ents.between(trig.end + after.end(), end) if m.kind in PARTY_KINDS]
        if found and found[0].start == trig.end + after.end():
            return conjuncts(doc, ents, found[0], True, end), None
    # "Summit of the Forum on China-Africa Cooperation", "summit of the SAARC"
    for m in ents.between(trig.end, end):
        gap = doc.text[trig.end : m.start]
        if _SUMMIT_OF.match(gap) or re.fullmatch(r"\s*\(\s*", gap):
            if (
                doc.text[trig.start].isupper()
                and _NAMED_ON.fullmatch(gap)
                and m.kind in (ORGANISATION, NAME)
                and not m.possessive
                and not m.text.isupper()
                and (first := _name_start(doc, trig.start)) < trig.start
            ):
                # "the World Summit on the Information Society": a gathering named for its
                # theme, not the theme's body (not "the World Summit on UN reform", whose
                # abbreviation only qualifies the theme)
                return [], doc.text[first : m.end]
            if m.possessive:
                break  # "the final summit of Britain's turn at the EU presidency": not Britain's
            if m.kind in bodies:
                rest = _NAME_REST.match(doc.text, m.end, end)
                if rest is not None:
                    # "a meeting of the Standing Committee for Economic and Commercial
                    # Cooperation (COMCEC)": the body by the abbreviation of its whole name
                    short = [x for x in ents.between(rest.end(), end) if x.start == rest.end()]
                    if short and short[0].kind == ORGANISATION:
                        m = short[0]
                return conjuncts(doc, ents, m, True, end), None
            if m.kind in (NAME, PLACE) and doc.text[trig.start].isupper():
                return [], mend(doc.text[trig.start : m.end])  # "Summit of the Americas"
        break
    # a named gathering: "Leadership Summit", "the Africa-France summit"
    word = doc.text[trig.start : trig.end]
    names = [m for m in ents.between(sentence.start, trig.start) if m.kind == NAME]
    if names and re.fullmatch(r"\s*", doc.text[names[-1].end : trig.start]):
        if word[:1].isupper() or re.fullmatch(r"[A-Z][\w'’]*-[A-Z][\w'’]*", names[-1].text):
            return [], mend(doc.text[names[-1].start : trig.end])
    # "the conference of the contracting parties on wetland (COP9)": a convention's states
    # parties' gathering, by its own name
    parties = _CONFERENCE_OF_PARTIES.match(doc.text, trig.start, end)
    if parties is not None:
        return [], parties.group(0)
    # "The five permanent members of the UN Security Council -- Britain, China, ... -- are
    # expected to discuss": the body whose members the clause's subject is, and them
    members = _MEMBERS_SUBJECT.match(doc.text, doc.clause_span(trig.start)[0], trig.start)
    if members is not None and trig.rule.id == "summit.members-meet":
        after = ents.between(members.end(), trig.start)
        if after and after[0].start == members.end() and after[0].kind == ORGANISATION:
            listed = [m for m in after[1:] if m.kind == COUNTRY]
            return [after[0], *listed], None
    # "European Union leaders meet", "leaders of SAARC members": the subject when it is a body
    subject = [m for m in clause_subject(doc, ents, trig, sentence.start) if m.kind in bodies]
    if _AGENT_BEFORE.search(doc.text, sentence.start, trig.start):
        subject = []  # "COMCEC is one of the committees established by the Third Islamic Summit"
    if subject and any(m.kind == ORGANISATION for m in subject):
        return subject, None
    body = gathering_of(doc, trig) or sponsor(doc, trig) or members_of(doc, ents, trig)
    if body is not None:
        return [body], None
    opened = opened_by(doc, ents, trig)
    if opened:
        return opened, None
    # "a conference on state governance in Africa hosted by the European Commission"
    held_by = _HELD_BY.match(doc.text, trig.end, end)
    if held_by is not None:
        found = [m for m in ents.between(held_by.end(), end) if m.kind in bodies]
        if found and found[0].start == held_by.end():
            return [found[0]], None
    return summit_host(doc, ents, trig), None


_PARTICIPATION = _P["participation"]


def taking_part(doc: Document, ents: Entities, trig: Trigger) -> list[Mention]:
    """The people a gathering's sentence names as taking part in it after it ("with the
    participation of X and Y")."""
    found = _PARTICIPATION.match(doc.text, trig.end, trig.sentence.end)
    if found is None or CLAUSE_BREAK.search(doc.text, trig.end, found.end()):
        return []
    first = next(
        (m for m in ents.between(found.end(), trig.sentence.end) if m.kind in PARTY_KINDS), None
    )
    if first is None or first.start != found.end() or first.kind != PERSON:
        return []
    return [m for m in conjuncts(doc, ents, first, True, trig.sentence.end) if m.kind == PERSON]


_PRESENT_AT_BEFORE = _P["present_at_before"]
_PRESENT_AT_AFTER = _P["present_at_after"]


def present_at(doc: Document, ents: Entities, trig: Trigger) -> list[Mention]:
    """The people a sentence sets at a meeting told before it ("Present at the meeting were
    also Paul Trivelli, the United States ambassador, and ..."): they take part in it."""
    sentence = trig.sentence
    if not _PRESENT_AT_BEFORE.search(doc.text[sentence.start : trig.start]):
        return []
    found = _PRESENT_AT_AFTER.match(doc.text[trig.end : sentence.end])
    if found is None:
        return []
    at = trig.end + found.end()
    first = next((m for m in ents.between(at, sentence.end) if m.kind in PARTY_KINDS), None)
    if first is None or first.start != at or first.kind != PERSON:
        return []
    return [m for m in conjuncts(doc, ents, first, True, sentence.end) if m.kind == PERSON]


def _name_start(doc: Document, start: int) -> int:
    """Where the capitalised words just before `start` begin ("World" in "World Summit")."""
    words = CAPITALISED_TAIL.search(doc.text[max(0, start - 80) : start])
    if words is None:
        return start
    # not a date's words before the name ("the September World Summit")
    kept = _DATE_WORD.sub("", words.group(0))
    return start - len(kept)


_DATE_WORD = re.compile(rf"^(?:{CALENDAR_WORD}\s+)+")


_AGENT_BEFORE = _P["agent_before"]

_HELD_BY = _P["held_by"]


def premodifier_place(doc: Document, ents: Entities, trig: Trigger) -> Mention | None:
    """The place that names a summit ("the Beijing Summit", "a crunch Brussels summit", "the
    Hong Kong ministerial meeting": a city-state's name)."""
    for m in reversed(ents.between(trig.sentence.start, trig.start)):
        if (
            (
                m.kind in (PLACE, NAME)
                and placeable(doc.text, m)
                or m.kind == COUNTRY and not m.possessive and capital_of(m.text) == m.key
            )
            and re.fullmatch(r"\s*(?:[a-z-]+\s+)?", doc.text[m.end : trig.start])
        ):
            return m
        break
    return None
