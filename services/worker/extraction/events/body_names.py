"""Organisations as an article names them: the abbreviations it defines ("... Cooperation
(SAARC)"), a body's organs ("IAEA Board of Governors"), a generic body a gathering's name
completes ("High Level Group Meeting on Education for All"), "the council" told again, news
agencies, and the form a body goes by."""

from __future__ import annotations

import re
from functools import cache

from .chunks import Chunk, tokens_text
from .lexicon import Lexicon
from .mentions import COUNTRY, ORGANISATION, Mention
from .other_mentions import adherents
from .patterns import patterns
from .text import Document

_P = patterns("body_names")


def defined_acronyms(doc: Document) -> dict[str, str]:
    """Abbreviations the article defines: 'South Asian Association for Regional Cooperation
    (SAARC)' -> {'SAARC': 'South Asian Association for Regional Cooperation'}."""
    out: dict[str, str] = {}
    for m in re.finditer(
        r"((?:[A-Z][\w'’-]*\s+(?:(?:of|for|on|and|the|de)\s+)*){1,9})\(\s*([A-Z][A-Za-z.]{1,9})\s*\)",
        doc.text,
    ):
        long_form = m.group(1).strip()
        short = m.group(2).strip(".")
        initials = "".join(w[0] for w in long_form.split() if w[0].isupper())
        # keep the shortest tail of the long form whose initials spell the abbreviation
        words = long_form.split()
        for start in range(len(words)):
            tail = words[start:]
            if tail[0][0].isupper() and (
                "".join(w[0] for w in tail if w[0].isupper()).upper().startswith(short[:2].upper())
                # "Education for All (EFA)": a small word may give a letter too
                or "".join(w[0] for w in tail).upper() == short.upper()
            ):
                long_form = " ".join(tail)
                break
        if initials and short.isupper() and len(long_form.split()) >= 2:
            out[short] = long_form
    return out


_BODY_NOUN = _P["body_noun"]


def _head_noun(name: str) -> str:
    """The noun a body's name is headed by: "UN Security Council" -> "council", "Council of
    Europe" -> "council", "IAEA Board of Governors" -> "board"."""
    words = name.split()
    if "of" in words[1:]:
        words = words[: words.index("of", 1)]
    return words[-1].lower() if words else ""


def body_back_references(doc: Document, mentions: list[Mention]) -> list[Mention]:
    """Add a mention for each lower-case "the council" (commission, committee, assembly,
    board) that tells again of the body with that head noun named last before it ("the
    Security Council's five permanent members ... to the council's 15 members at a formal
    meeting"). Nothing if no such body was named before."""
    added: list[Mention] = []
    for found in _BODY_NOUN.finditer(doc.text):
        start, end = found.start(1), found.end(1)
        if any(m.start < found.end() and start < m.end for m in mentions):
            continue
        body = next(
            (
                m
                for m in reversed(mentions)
                if m.end <= found.start()
                and m.kind == ORGANISATION
                and (_head_noun(m.key) == found.group(1) or _head_noun(m.text) == found.group(1))
            ),
            None,
        )
        if body is not None:
            noun, owner = found.group(1), bool(found.group(2))
            added.append(Mention(start, end, ORGANISATION, body.key, noun, possessive=owner))
    return sorted(mentions + added, key=lambda m: m.start) if added else mentions


def titled_bodies(
    doc: Document, sentence_chunks: list[list[Chunk]], taken: set[int]
) -> dict[str, str]:
    """The bodies named inside people's titles (the tokens a person mention took: "Chief of the
    International Atomic Energy Agency (IAEA) Mohamed ElBaradei"): key -> fullest form there."""
    out: dict[str, str] = {}
    for chunks in sentence_chunks:
        for c in chunks:
            if c.first not in taken or c.kind != "phrase" or c.value("country"):
                continue
            key = c.value("organisation")
            if key is not None:
                form = org_form(tokens_text(doc, c.first, c.last))
                if len(form) > len(out.get(key, "")):
                    out[key] = form
    return out


_ORGAN_AFTER = _P["organ_after"]
_ORGAN_BEFORE = _P["organ_before"]
_OWNED_ORGAN = _P["owned_organ"]


def body_organs(doc: Document, mentions: list[Mention]) -> None:
    """Make a body's organ one organisation of its own, named by the body as written and the
    organ ("IAEA Board of Governors"): the organ, not the whole body, meets and decides. Last,
    every mention that starts inside an earlier one is dropped (the organ's parts, and any other
    nested mention the finders left)."""
    out: list[Mention] = []
    for m in mentions:
        owned = (
            _OWNED_ORGAN.match(doc.text, m.end)
            if m.kind == ORGANISATION and m.possessive
            else None
        )
        if owned is not None:
            # "the AU's peace and security council": the body's organ, written in lower case
            organ = " ".join(
                w if w == "and" else w.capitalize() for w in owned.group(1).split()
            )
            # named by the body's written-out name ("African Union Peace and Security
            # Council"), which shares a word with the body and with the organ
            key = f"{org_form(m.key)} {organ}"
            out = [x for x in out if x.end <= m.start]
            out.append(Mention(m.start, owned.end(), ORGANISATION, key, key))
            continue
        if m.kind != ORGANISATION or m.possessive or re.search(r"\s", m.text.strip()) is None and (
            not m.text.isupper()
        ):
            out.append(m)
            continue
        after = _ORGAN_AFTER.match(doc.text, m.end)
        before = _ORGAN_BEFORE.search(doc.text, max(0, m.start - 60), m.start)
        written = org_form(m.text)
        if after is not None and not written.endswith(after.group(1).split()[-1]):
            start, end, organ = m.start, after.end(), after.group(1)
        elif before is not None:
            start, end, organ = before.start(), m.end, before.group(1)
        else:
            out.append(m)
            continue
        organ = re.sub(r"\s+", " ", organ)
        key = f"{written} {organ}"
        out = [x for x in out if x.end <= start]
        owner = re.match(r"['’]s?(?!\w)", doc.text[end : end + 2]) is not None
        out.append(Mention(start, end, ORGANISATION, key, key, possessive=owner))
    mentions[:] = [
        x for i, x in enumerate(out) if not any(y.start < x.start < y.end for y in out[:i])
    ]


_GATHERING_IN_NAME = _P["gathering_in_name"]


def completed_bodies(
    doc: Document, mentions: list[Mention], acronyms: dict[str, str], lex: Lexicon
) -> None:
    """A body named only by generic words ("High Level Group") whose name a gathering's noun
    interrupts ("the 6th High Level Group Meeting on Education for All (EFA)", "the High-level
    Group Meeting of Alliance of Civilizations Initiative") is the body the words after the
    noun complete: "High Level Group on Education for All" (an abbreviation the article
    defines written out: "the next High Level Group Meeting on EFA")."""
    for i, m in enumerate(mentions):
        if m.kind != ORGANISATION or m.possessive or m.key in lex.organisations:
            continue
        words = [w for w in re.split(r"[\s-]+", m.text.lower()) if w]
        if not words or words[-1] not in lex.institutions or not all(
            w in lex.institutions or w in lex.body_modifiers for w in words
        ):
            continue
        after = _GATHERING_IN_NAME.match(doc.text, m.end)
        if after is None:
            continue
        end = after.end(2)
        for x in mentions:
            if x.kind in (ORGANISATION, COUNTRY) and after.start(2) < x.start < end:
                end = x.start  # "... on Education For All of United Nations Educational, ..."
                break
        rest = re.sub(r"(?:\s+(?:of|for|and|the))*\s*\Z", "", doc.text[after.start(2) : end])
        rest = acronyms.get(rest, rest)
        name = f"{org_form(m.text)} {after.group(1)} {rest}"
        mentions[i] = Mention(m.start, m.end, ORGANISATION, name, name)


def news_agency(m: Mention, lex: Lexicon) -> bool:
    """Whether a body's mention names a news agency (lexicon.yaml, news_agencies)."""
    return bool(_agency_words(lex.news_agencies).search(f"{m.text} {m.key}"))


@cache
def _agency_words(words: frozenset[str]) -> re.Pattern:
    alternatives = "|".join(sorted((re.escape(w) for w in words), key=lambda w: (-len(w), w)))
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])", re.IGNORECASE)


def display(m: Mention, lex: Lexicon) -> str:
    if m.kind == COUNTRY:
        return lex.country_names.get(m.key, m.text)
    if m.key in lex.spelled_out:
        return m.key  # "an EU summit": the European Union's
    return adherents(m.text) or org_form(m.text)


def org_form(text: str) -> str:
    return re.sub(r"^(?:the|The)\s+", "", text)
