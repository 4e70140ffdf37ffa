"""The kinds of mention that can take part in an event, and the names coordinated with a
party ("A, B and C", "Mesic and his counterpart Drnovsek", "X, general secretary of the
Party, and Y"), read away from the trigger."""

from __future__ import annotations

import re

from .entities import Entities
from .lexicon import lexicon
from .mentions import COUNTRY, GROUP, ORGANISATION, PERSON, Mention
from .patterns import patterns
from .text import Document

_P = patterns("coordination")

PARTY_KINDS = (PERSON, COUNTRY, ORGANISATION, GROUP)


def parties_in(ents: Entities, start: int, end: int) -> list[Mention]:
    """The party mentions in [start, end), without a country or body that only qualifies the
    person named right after it ("Zaire's embattled President Mobutu")."""
    found = [m for m in ents.between(start, end) if m.kind in PARTY_KINDS]
    return [
        m
        for i, m in enumerate(found)
        if not (
            m.possessive
            and m.kind in (COUNTRY, ORGANISATION)
            and i + 1 < len(found)
            and found[i + 1].kind == PERSON
            and re.fullmatch(r"[\s\w-]{0,40}", ents.text[m.end : found[i + 1].start])
            and len(ents.text[m.end : found[i + 1].start].split()) <= 4
        )
    ]


_DETERMINER_GAP = _P["determiner_gap"]


def own_determiner(m: Mention) -> bool:
    """Whether `m` is a possessive pronoun that only determines the name after it ("his")."""
    return m.kind == GROUP and m.possessive and m.key in ("his", "her", "their")


def conjuncts(
    doc: Document, ents: Entities, first: Mention, forward: bool, limit: int
) -> list[Mention]:
    """`first` and the mentions coordinated with it ("A, B and C"), reading away from the
    trigger."""
    out = [first]
    gaps: list[bool] = []  # whether each link is a bare comma
    current = first
    while True:
        if forward:
            # (a country told in the possessive before the person named next only qualifies
            # him: "Assad and Egypt's Hosni Mubarak")
            nxt = parties_in(ents, current.end, limit)
            if not nxt:
                break
            cand = nxt[0]
            gap = doc.text[current.end : cand.start]
            close = re.match(r"\s*\)", doc.text[cand.end : limit])
            if len(nxt) > 1 and close and re.fullmatch(r"\s*\(\s*", gap):
                # "the European Union (EU) and Norway": the name and its abbreviation are one
                gap = doc.text[cand.end + close.end() : nxt[1].start]
                nxt = nxt[1:]
                cand = nxt[0]
            if (
                own_determiner(cand)
                and len(nxt) > 1
                and _DETERMINER_GAP.fullmatch(doc.text[cand.end : nxt[1].start])
            ):
                # "Mesic and his counterpart Drnovsek", "X and his visiting counterpart Y":
                # the one "his" names
                cand = nxt[1]
                gap = doc.text[current.end : nxt[0].start]
        else:
            prev = parties_in(ents, limit, current.start)
            if not prev:
                break
            cand = prev[-1]
            gap = doc.text[cand.end : current.start]
            if (
                len(prev) > 1
                and gap.lstrip().startswith(")")
                and re.fullmatch(r"\s*\(\s*", doc.text[prev[-2].end : cand.start])
            ):
                # "the United States, Japan, the European Union (EU) and Norway": the name
                # and its abbreviation are one
                gap = gap.lstrip()[1:]
                cand = prev[-2]
            if own_determiner(cand) and not gap.strip() and len(prev) > 1:
                cand = prev[-2]  # "Mesic and his Slovenian counterpart Janez Drnovsek"
                gap = doc.text[cand.end : prev[-1].start]
        skip = _office_apposition(doc, current, limit) if forward else None
        if skip is not None:
            # "talks with Nong Duc Manh, general secretary of the Central Committee of the
            # Communist Party of Vietnam, and Vietnamese President Tran Duc Luong": the names
            # inside a person's office apposition are not the list's next item
            after = [m for m in ents.between(skip, limit) if m.kind in PARTY_KINDS]
            if not after:
                break
            cand, gap = after[0], " and "
        if not _LIST_GAP.fullmatch(gap):
            break
        out.append(cand)
        gaps.append(gap.strip().lower() in (",", ", the"))
        current = cand
    if gaps and (all(gaps) or not forward and gaps[0]):
        # a list needs a conjunction ("A, B and C"), and its last item follows it; commas
        # alone join an apposition or a fronted phrase to its clause ("At the invitation of
        # Wen Jiabao, Fradkov paid", "Prior to talks between Japan and the DPRK, Li Bin met"),
        # unless the list is left open after its last item ("with Syria, Jordan, Egypt and
        # other Arab countries")
        if forward and all(gaps) and _OPEN_LIST_END.match(doc.text, current.end, limit):
            return out
        return out[:1]
    return out


_OFFICE_APPOSITION = _P["office_apposition"]
_LIST_GAP = _P["list_gap"]
_OPEN_LIST_END = _P["open_list_end"]


def _office_apposition(doc: Document, current: Mention, limit: int) -> int | None:
    """Where the list goes on after a named person's lower-case office apposition followed by
    "and" (", general secretary of the ... Party of Vietnam, and"), else None."""
    if current.kind != PERSON or current.description:
        return None
    found = _OFFICE_APPOSITION.match(doc.text, current.end, limit)
    if found is None:
        return None
    words = found.group(1).split()
    lex = lexicon()
    for i in range(len(words)):
        hit = lex.lookup(words, i)
        if hit and any(r.category == "role" for r in hit[1]):
            return found.end()
        if words[i] not in lex.role_modifiers:
            return None
    return None
